"""The parse prefilters of the French verb checks (checks/agreement.py): subject–verb
agreement and the attribute after « être ». Each reads the text as the check reads its parse —
the subject it judges (a noun with its determiner, or a subject pronoun), what makes it leave a
verb alone (punctuation, a pronoun or an agreeing noun between, a coordinated subject, another
clause) — and wants a parse only where the lexicon of forms shows the subject the phrase is
about disagreeing: the head of « les membres du bureau », not its complement, is the subject a
right parse takes, and the check flags nothing when a noun of the phrase agrees."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from translator_gui.core.checks.prefilter_words import _word_spans, _words
from translator_gui.core.checks.prefilters import (
    _AGREEING,
    _ANSWERS,
    _ANY,
    _CONTRACTED,
    _ETRE,
    _FAR,
    _FUNCTION,
    _LINK,
    _NOUN,
    _PRONOUNS,
    _SUBJECT_PRONOUNS,
    _THIRD,
    _agrees_with_one,
    _det_like,
    _features,
    _is_auxiliary,
    _is_etre,
    _only,
    _Pair,
    _phrase_start,
    _readings,
    _unknown,
    _with_determiner,
    _word_reading,
)
from translator_gui.core.lexicon import Analysis

# Subjects the participle check leaves alone (« c'est », « on est », « je suis »): one right
# before « être » (past « ne » and clitics) is the verb's subject.
_UNCHECKED_SUBJECTS = frozenset("je j tu on c ce cela ça".split())
_BEFORE_VERB = frozenset("ne n se s y en l le la les lui leur me m te t pas jamais plus "
                         "donc".split())
_NOT_ATTRIBUTES = frozenset({"det", "conj", "pron"})


def _unchecked_subject(words: list[str], at: int) -> bool:
    """Whether the subject right before the form of « être » at `at` is one the check leaves
    alone."""
    k = at - 1
    while k >= 0 and (words[k].lower() in _BEFORE_VERB or _is_auxiliary(words[k])):
        k -= 1  # « n'a pas été », « s'est »
    return k >= 0 and words[k].lower() in _UNCHECKED_SUBJECTS


# Reflexive pronouns: « être » after one (« s'est », « se sont ») makes a pronominal verb,
# which the participle check leaves alone.
_REFLEXIVE = frozenset("se s me m te t nous vous".split())
# Words that may stand between « être » and its attribute (« n'est pas encore terminé »).
_BETWEEN_ATTRIBUTE = frozenset("pas plus jamais point guère ne n très bien aussi déjà toujours "
                               "même encore souvent vraiment tout trop si presque entièrement "
                               "totalement également désormais ensuite alors".split())
# Links from a noun to the noun phrase complementing it (« les pièces en acier »).
_COMPLEMENT_LINKS = frozenset("de d du des à au aux en pour avec sans par sur".split())


def _punctuated(gap: str) -> bool:
    """Whether the text between two words holds punctuation (not only spaces, figures or an
    elision's apostrophe)."""
    return any(not (c.isspace() or c.isdigit() or c in "'’") for c in gap)


def _participle_subjects(text: str, spans: list[tuple[str, int, int]], etre: int
                         ) -> list[_Pair] | None:
    """The (gender, number) readings of the subjects the participle check may take for the
    form of « être » at `etre`: a subject pronoun, or the nearest noun with a determiner and
    the nouns with a determiner its phrase complements (the check spares an attribute
    agreeing with one of them; a bare complement, « en acier », « de stock », is often tagged
    an adjective, and spares nothing). None when the check judges no attribute of this verb:
    a pronoun it spares, a name, a pronominal verb, punctuation or a verb between, no noun."""
    k = etre - 1
    while k >= 0 and (spans[k][0].lower() in _BEFORE_VERB or _is_auxiliary(spans[k][0])) \
            and spans[k][0].lower() not in _PRONOUNS:
        if spans[k][0].lower() in _REFLEXIVE:
            return None  # « s'est », « se sont »
        k -= 1
    while k >= 0:
        word, _start, end = spans[k]
        if _punctuated(text[end:spans[k + 1][1]]):
            return None  # punctuation between: the check's subject is a guess
        lower = word.lower()
        if lower in _PRONOUNS:
            return [_PRONOUNS[lower]]
        if k >= 2 and word[:1].isupper() and not word.isupper() and spans[k - 1][0].islower() \
                and _features(spans[k - 1][0].lower(), _NOUN) and _with_determiner(spans, k - 1):
            k -= 1  # « cette version Ceradyn est »: a name qualifying the noun before it
            continue
        if not word.islower() or lower in _SUBJECT_PRONOUNS and lower != "qui" \
                or lower in _OPENERS:
            return None
        if lower == "qui" or lower in _COMPLEMENT_LINKS:
            k -= 1  # « la cale qui est », « l'armature en acier est »
            continue
        readings = _readings(lower)
        if _with_determiner(spans, k):
            if not readings:  # an unknown noun: as its determiner shows it
                return [_DETERMINER_FEATURES.get(spans[_phrase_start(spans, k)][0].lower(), _ANY)]
            nouns = _features(lower, _NOUN)
            if nouns:
                return [*nouns, *_complemented_nouns(spans, k)]
        if not readings or any(a.pos == "adj" for a in readings) or k and spans[k - 1][
                0].lower() in _COMPLEMENT_LINKS or any(
                a.pos in {"adv", "noun"} for a in readings) and not any(
                a.pos in {"verb", "inf", "prep"} for a in readings):
            k -= 1  # « la voiture rouge est », « des lingettes sèches sont », a bare noun
            continue
        return None  # a verb, a preposition: no subject the check reads
    return None


_DETERMINER_FEATURES: dict[str, _Pair] = {
    **dict.fromkeys("le un ce cet du au mon ton son".split(), ("m", "s")),
    **dict.fromkeys("la une cette ma ta sa".split(), ("f", "s")),
    **dict.fromkeys("les des ces aux mes tes ses nos vos leurs".split(), (None, "p"))}


def _complemented_nouns(spans: list[tuple[str, int, int]], k: int) -> list[_Pair]:
    """The readings of the nouns with a determiner that the noun phrase at `k` complements,
    up to three links back (« les membres du bureau de vote »); a name agrees with anything."""
    found: list[_Pair] = []
    j = _phrase_start(spans, k) - 1
    if j >= 0 and spans[j + 1][0].lower() in _CONTRACTED:
        j += 1  # (« du bureau »: « du » is its link too)
    for _hop in range(3):
        if j < 1 or spans[j][0].lower() not in _COMPLEMENT_LINKS:
            break
        j -= 1
        while j >= 0 and spans[j][0].islower() and _only(spans[j][0], "adj"):
            j -= 1
        if j < 0:
            break
        if not spans[j][0].islower():
            found.append(_ANY)  # a name: the check gives it the benefit of the doubt
            break
        if not _with_determiner(spans, j):
            break
        found.extend(_features(spans[j][0].lower(), _NOUN))
        j = _phrase_start(spans, j) - 1
    return found


@lru_cache(maxsize=_ANSWERS)
def participle_may_disagree(text: str) -> bool:
    """After a form of « être », its attribute (an adjective or participle) agreeing with none
    of the nouns its subject may be (its subject's phrase, the nouns it complements) or with
    its subject pronoun, as the participle check reads them."""
    spans = _word_spans(text)
    # (the forms of « être », a word in twenty, picked in C)
    for i in compress(range(len(spans)), map(_ETRE, map(_word_reading, _words(text)))):
        if _unchecked_subject(_words(text), i):
            continue
        subjects: list[_Pair] | None = None
        looked = False  # (the subjects are worked out when an attribute is seen)
        for k in range(i + 1, min(len(spans), i + 5)):
            after = spans[k][0]
            if text[spans[k - 1][2]:spans[k][1]].strip(" '’") or not after.islower():
                break
            if _is_etre(after) or after in _BETWEEN_ATTRIBUTE:
                continue  # « a été », « n'est pas »
            if not looked:
                subjects, looked = _participle_subjects(text, spans, i), True
            if subjects is None:
                break
            if _unknown(after):
                return True
            readings = _readings(after)
            if any(a.pos in _NOT_ATTRIBUTES or a.pos == "prep" for a in readings):
                break  # « même », « tel », « en »: no attribute
            adjective = _features(after, _AGREEING)
            if adjective:
                if subjects and not any(_agrees_with_one(adjective, [s]) for s in subjects):
                    return True
                break
            if not any(a.pos == "adv" for a in readings):
                break
    return False


# Determiners that are never object pronouns: a word right after one is read as a noun
# (« la manière », « un nombre », « cette taxe »), not a verb, however the lexicon lists it.
_NOUN_DETERMINERS = frozenset("un une des du au aux ce cet cette ces mon ma mes ton ta tes son "
                              "sa ses notre nos votre vos quelques plusieurs chaque".split())
# Punctuation between a subject and its verb makes the check leave the verb alone (an incise
# or a list: the parser's subject is a guess), so the search for a subject stops there.
_BREAKS = frozenset(",;:()«»–—-[]\"/!?.")


# Prepositions a finite verb never follows (« en » does: « il en fait »), nor an article
# after them (« pour le compte »: after a preposition « le » is no object pronoun).
_PREPOSITIONS = frozenset("de d à pour par sur sous dans avec sans contre entre vers chez "
                          "selon malgré parmi".split())
_ARTICLES = frozenset("le la les l".split())


def _after_preposition(text: str, spans: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the word at `i` follows a preposition, or a preposition and an article, with
    nothing but spaces (or an elision's apostrophe) between."""
    def joined(j: int) -> bool:
        return not text[spans[j][2]:spans[j + 1][1]].strip(" '’")

    if i < 1 or not joined(i - 1):
        return False
    before = spans[i - 1][0].lower()
    if before in _PREPOSITIONS:
        return True
    return (before in _ARTICLES and i >= 2 and joined(i - 2)
            and spans[i - 2][0].lower() in _PREPOSITIONS)


def _shows_number(word: str, number: str) -> bool:
    """Whether a noun's form can show `number` as the agreement check reads it: a plural in
    -s or -x, a singular not ending so."""
    plural = word.lower().endswith(("s", "x"))
    return plural if number == "p" else not plural


# Words that are only pronouns (clitics, relatives): one standing between a noun and a verb
# makes the check leave the verb alone (a pronoun is the subject, or stands between).
_CLITICS = frozenset("se s me m te t lui y qui dont".split())
# A word right after one of these (nothing but a space or an elision between) is an article's
# noun, or a verb with its object pronoun before it: the check flags neither (a pronoun
# between the subject and its verb).
_ARTICLE_OR_OBJECT = frozenset("le la les l".split())
# What may stand between a subject noun and its determiner (« les deux principaux partis »).
_BEFORE_NOUN = frozenset({"adj", "adv", "num", "ppas"})
_DET_SINGULAR = frozenset("le la l un une ce cet cette du au mon ma ton ta son sa".split())
_DET_PLURAL = frozenset("les des ces aux mes tes ses nos vos leurs plusieurs quelques".split())


def _determined(spans: list[tuple[str, int, int]], j: int, number: str) -> bool:
    """Whether the noun at `j` may be a subject the verb check flags for `number` (the number
    its form shows): the check wants a determiner on it, one not contradicting that number
    (« les » before a singular form leaves its number unknown)."""
    k = j - 1
    for _skip in range(3):  # adjectives, adverbs or numbers between (« les trois grands … »)
        if k < 0:
            return False
        lower = spans[k][0].lower()
        if any(a.pos == "det" for a in _readings(lower)) or lower in _DET_SINGULAR:
            break
        if not any(a.pos in _BEFORE_NOUN for a in _readings(lower)):
            return False
        k -= 1
    else:
        return False
    return spans[k][0].lower() not in (_DET_PLURAL if number == "s" else _DET_SINGULAR)


# Words that open another clause or coordinate (« que les entreprises soutiennent », « … et
# a »): the check's subject of the verb after them is not a noun before them.
_OPENERS = frozenset("et ou ni avec que qu si quand lorsque lorsqu où puisque parce car mais "
                     "comme dont lequel laquelle lesquels lesquelles auquel auxquels auxquelles "
                     "duquel desquels desquelles".split())
# Before a subject, words the check spares it after (coordinated subjects).
_COORDINATING = frozenset("et ou ni avec".split())
# Before a noun phrase, words that make it a complement, not a subject (« avec le chaton »,
# « au silence »); « de » is read apart (the noun it complements may be the subject).
_GOVERNORS = frozenset("à au aux en pour par sur sous dans avec sans contre entre vers chez "
                       "selon malgré parmi après avant depuis pendant derrière devant".split())



def _chain_numbers(spans: list[tuple[str, int, int]], j: int) -> set[str | None]:
    """The numbers of the nouns the noun at `j` complements through « de » (« les membres du
    bureau »: « membres »), up to three links back, coordinated nouns (« de l'informatique et
    des libertés ») included."""
    found: set[str | None] = set()
    k = _phrase_start(spans, j) - 1
    for _hop in range(3):
        if k < 1 or spans[k][0].lower() not in _LINK:
            return found
        k -= 1
        while k >= 0 and spans[k][0].islower() and _only(spans[k][0], "adj"):
            k -= 1
        if k >= 0 and spans[k][0].lower() in {"et", "ou"}:
            k = _phrase_start(spans, k - 1) - 1 if k >= 1 else -1
            while k >= 0 and spans[k][0].lower() not in _LINK:
                k -= 1  # (to the link of the first coordinated complement)
            continue
        if k < 0 or not spans[k][0].islower():
            return found
        numbers = {a.number for a in _readings(spans[k][0].lower()) if a.pos == "noun"}
        if not numbers:
            return found
        found |= numbers
        k = _phrase_start(spans, k) - 1
    return found


def _not_a_verb_after(before: str, readings: tuple[Analysis, ...]) -> bool:
    """Whether a third-person form with these readings, right after the word `before`, is no
    finite verb the check reads: a noun after « en », a possessive or an adjective (« en
    ligne », « leur poste », « la troisième place », « premier président »), or a participle
    or object after a verb (« ont décrit », « faisaient rage », « d'être parent »)."""
    previous = _readings(before)
    kinds = {a.pos for a in previous}
    if previous and kinds <= {"verb", "inf"} or any(
            a.lemma in ("être", "avoir") and a.pos in {"verb", "inf"} for a in previous):
        return True
    if not any(a.pos == "noun" for a in readings) or any(
            a.lemma in ("être", "avoir") for a in readings):
        return False  # (« est », « a »: the verb, whatever noun they spell too)
    return before in {"en", "leur", "leurs"} or "adj" in kinds and not kinds & {
        "verb", "pron", "noun", "ppas"}


def _after_a_modifier(first: str, second: str, readings: tuple[Analysis, ...]) -> bool:
    """Whether a third-person form with these readings after the words `first` `second` is
    no finite verb the check reads: a noun after a determiner and an adjective (« le nouveau
    président », « une seconde base »), a participle after an auxiliary and an adverb (« ont
    récemment fait »)."""
    second_kinds = {a.pos for a in _readings(second)}
    if "adj" in second_kinds and any(a.pos == "noun" for a in readings) and not any(
            a.lemma in ("être", "avoir") for a in readings) and (
            _det_like(first) or _readings(first) and all(a.pos == "verb" for a in _readings(first))):
        return True
    return second_kinds <= {"adv", "other"} and bool(second_kinds) and any(
        a.lemma in ("être", "avoir") and a.pos == "verb" for a in _readings(first))


@lru_cache(maxsize=_ANSWERS)
def verb_may_disagree(text: str) -> bool:
    """A third-person verb whose number a noun shortly before it contradicts (its subject may
    be that noun, past a complement: « les granulés de charbon actif ne peut »).

    As the check reads them: the verb's number is the one its ending shows (-ent, -ont
    plural), the subject's the one its ending shows, the subject has a determiner, and no
    punctuation or pronoun stands between."""
    spans = _word_spans(text)
    words = _words(text)
    # (the lower-case words that may be a third-person verb, one in ten, picked in C)
    lowercase = list(map(str.islower, words))
    for i in compress(compress(range(len(words)), lowercase),
                      map(_THIRD, map(_word_reading, compress(words, lowercase)))):
        word = words[i]
        readings = _readings(word)
        if i and (spans[i - 1][0].lower() in _NOUN_DETERMINERS
                  or spans[i - 1][0].lower() in _ARTICLE_OR_OBJECT) \
                and not text[spans[i - 1][2]:spans[i][1]].strip(" '’"):
            continue
        if _after_preposition(text, spans, i):
            continue  # « à fond », « pour le compte », « de police »: a noun, not a verb
        if i and not text[spans[i - 1][2]:spans[i][1]].isspace():
            pass
        elif i and _not_a_verb_after(spans[i - 1][0].lower(), readings):
            continue  # « en ligne », « leur poste », « premier président », « ont décrit »
        elif i >= 2 and text[spans[i - 2][2]:spans[i - 1][1]].isspace() and _after_a_modifier(
                spans[i - 2][0].lower(), spans[i - 1][0].lower(), readings):
            continue  # « le nouveau président », « font bonne figure », « ont récemment fait »
        shown = "p" if word.endswith(("ent", "ont")) and not word.endswith(
            ("tient", "vient")) else "s"
        wanted = "s" if shown == "p" else "p"  # the subject's number the check would flag
        for j in range(i - 1, max(-1, i - _FAR), -1):
            before, _, end = spans[j]
            if not _BREAKS.isdisjoint(text[end:spans[j + 1][1]]):
                break
            lower = before.lower()
            readings = _readings(lower)
            if lower in _CLITICS:
                break  # a pronoun between: the check leaves the verb alone
            if before.islower() and not readings:
                if _shows_number(before, wanted) and _determined(spans, j, wanted):
                    return True  # an unknown word may be the subject
                continue
            if lower in _SUBJECT_PRONOUNS or not before.islower():
                break  # a pronoun or a name is nearer: the check leaves such verbs alone
            if lower in _OPENERS:
                break  # another clause, or a coordination: the check's subject is not before
            if any(a.pos in _FUNCTION for a in readings):
                continue
            nouns = [a.number for a in readings if a.pos == "noun"]
            if nouns and all(n is not None and n != shown for n in nouns) \
                    and _shows_number(before, wanted) and _determined(spans, j, wanted):
                start = _phrase_start(spans, j)
                opener = spans[start - 1][0].lower() if start else ""
                if opener in _GOVERNORS or start and _only(spans[start - 1][0], "ppre"):
                    continue  # « avec le chaton », « impliquant plusieurs personnes »: an object
                if opener in _COORDINATING or start and "," in text[
                        spans[start - 1][2]:spans[start][1]]:
                    break  # « une femme et son enfant ont »: coordinated subjects are spared
                if shown in _chain_numbers(spans, j) or None in _chain_numbers(spans, j):
                    break  # « les membres du bureau sont »: a noun of the phrase agrees
                return True
            if nouns and all(a.pos == "noun" for a in readings) and (
                    shown in nouns or None in nouns or not _shows_number(before, wanted)) \
                    and _phrase_start(spans, j) < j:
                # a noun of the verb's number (or of either) with its determiner: the subject,
                # agreeing, or a noun between the subject and the verb, which makes the check
                # leave it alone (a bare one, « de charbon », may be tagged an adjective)
                break
    return False
