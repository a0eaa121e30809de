"""French noun-phrase agreement read from the lexicon of forms (resources/lexicon), not the
parser: machine translation breaks the sentences a parser relies on, but « des chaussures
noirs » is wrong whatever surrounds it. The check stays quiet whenever the lexicon leaves a
doubt: a noun of both genders, an épicène adjective, a word that may be a verb, an adjective
that may agree with another noun nearby (« le directeur des ventes nationales »)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from translator_gui.core.checks.agreement_coordination import (
    coordinated_clashes,
    coordinated_subjects,
    feminine_pair,
)
from translator_gui.core.checks.agreement_copula import copula_clashes, pronoun_attributes
from translator_gui.core.checks.agreement_detached import bracketed_participles, detached_participles
from translator_gui.core.checks.agreement_source import findings_with_source
from translator_gui.core.checks.agreement_words import (
    _DATA,
    _GENDER,
    _GN,
    _NEGATIONS,
    _NUMBER,
    _adjective,
    _adjective_only,
    _adverb,
    _agrees,
    _agrees_with_next,
    _cardinal,
    _describe,
    _determiner,
    _elided,
    _ends_idiom,
    _gap,
    _may_be_adjective,
    _may_be_noun,
    _may_head,
    _next,
    _nominal,
    _noun,
    _noun_readings,
    _nouns_coordinated,
    _prenominal_adjective,
    _readings,
    _verb_number,
    copula_at,
    inflect,
)
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import (
    Found,
    Word,
    common_words,
    data_words,
    is_common_word,
    remembered,
    word_before,
    words,
)
from translator_gui.core.lexicon import Analysis, french

# Words before « la », « les »… that make them object pronouns (« il la ferme »).
_SUBJECTS = frozenset("il elle on ils elles je j tu nous vous ne n qui".split())


# Prepositions that make a noun phrase the complement of the noun before it (« le directeur des
# ventes », « les sacs à main », « une lame en acier »): an adjective after it may agree with that
# noun instead.
_LINKS = frozenset({"de", "d", "du", "des", "à", "au", "aux", "en", "sans", "pour", "par"})
# Articles that hold a preposition (« du » = « de le »).
_CONTRACTED = frozenset({"du", "des", "au", "aux"})
# Prepositions no finite verb can follow (« en » can: « on en parle »): a word after them that
# may be a noun or a verb (« sans machines ») is the noun.
_GOVERNING = frozenset({"de", "d", "à", "sans", "avec", "pour", "par", "dans", "sur", "sous",
                        "entre", "contre", "vers", "chez"})


def _before_noun(form: str) -> bool:
    """A numeral or an adjective that can only stand before a noun here (« six », « haute »)."""
    readings = _readings(form)
    return bool(readings) and all(a.pos in {"num", "adj"} for a in readings)


@lru_cache(maxsize=4096)
def _personal_verb_only(form: str) -> bool:
    """Whether every verb reading of `form` is of the first or second person (« jetons »,
    « plaques »): a third-person verb may follow a subject noun and take an attribute (« la
    couleur reste vive »), these cannot."""
    verbs = [a for a in _readings(form) if a.pos == "verb"]
    return bool(verbs) and not any("3" in a.person for a in verbs)


def _nouns_before(text: str, text_words: list[Word], index: int) -> Iterator[_GN]:
    """Gender and number of the nouns the noun phrase at `index` complements, back along its
    chain of prepositions (« les pièces de rechange en acier » gives « rechange » and
    « pièces » to « acier »); nothing when the phrase complements no noun."""
    for gender, number, _k in _chain(text, text_words, index):
        yield gender, number


def _next_disagrees(text: str, text_words: list[Word], k: int, wanted: _GN) -> bool:
    """Whether the adjective after the one at `k` (next to it, or after « et »/« ou »)
    disagrees with the noun too."""
    for n in (k + 1, k + 2):
        if n >= len(text_words) or _gap(text, text_words[n - 1], text_words[n]):
            return False
        if n == k + 1 and text_words[n].lower in {"et", "ou"}:
            continue
        after = _adjective(text_words[n].text, _next(text, text_words, n))
        return after is not None and not _agrees(after[0], wanted)
    return False


def _apposed(text: str, text_words: list[Word], i: int) -> Iterator[_GN]:
    """Gender and number of the noun right before a bare noun (« une électricité rock »): the
    bare noun may be its modifier, and an adjective after both may qualify the first."""
    if i >= 2 and text[text_words[i - 1].end:text_words[i].start] == " " \
            and _adjective(text_words[i - 1].text) is not None \
            and not any(a.pos == "noun" for a in _readings(text_words[i - 1].lower)):
        i -= 1  # « des composants haute performance légers »: past the bare noun's adjective
    if i >= 1 and text[text_words[i - 1].end:text_words[i].start] == " ":
        for a in _readings(text_words[i - 1].lower):
            if a.pos == "noun":
                yield a.gender, a.number


def _governed(text: str, text_words: list[Word], index: int) -> bool:
    """Whether the noun phrase at `index`, or the first noun of the chain it complements,
    follows a preposition or a verb (« d'une enquête de police », « a formé un parrain »): the
    object of a preposition or a verb is no subject, whatever verb comes next."""
    k = min((k for _g, _n, k in _chain(text, text_words, index)), default=index)
    while k >= 1 and text[text_words[k - 1].end:text_words[k].start] in {" ", "'", "’"} and \
            text_words[k - 1].lower not in _LINKS and \
            any(a.pos in {"det", "adj", "num"} for a in _readings(text_words[k - 1].lower)):
        k -= 1
    if k < 1 or text[text_words[k - 1].end:text_words[k].start] not in {" ", "'", "’"}:
        return False
    before = text_words[k - 1].lower
    readings = _readings(before)
    return before in _LINKS or before in _GOVERNING or any(a.pos == "prep" for a in readings) \
        or (any(a.pos in {"verb", "ppas"} for a in readings)
            and all(a.pos in {"verb", "ppas", "inf", "adj"} for a in readings))


def _chain(text: str, text_words: list[Word], index: int) -> Iterator[tuple[str | None,
                                                                         str | None, int]]:
    def joined(k: int) -> bool:  # « de la », « d'acier »: nothing but a space or an elision
        return text[text_words[k].end:text_words[k + 1].start] in {" ", "'", "’"}

    k, hops = index - 1, 0
    if 0 < index < len(text_words) - 1 and text_words[index].lower in _CONTRACTED \
            and joined(index) and joined(index - 1) \
            and any(a.pos == "noun" for a in _readings(text_words[index - 1].lower)) \
            and not any(a.lemma in {"être", "avoir"} for a in _readings(text_words[index - 1].lower)):
        k = index  # « garantie du fabricant »: after a noun (not « a », « est ») it holds « de »
    # « de haute performance », « à six faces »: a numeral or an adjective before the noun
    while k >= 1 and joined(k) and _before_noun(text_words[k].lower):
        k -= 1
    while k >= 0 and hops < 4 and text_words[k].lower in _LINKS and joined(k):
        hops += 1
        k -= 1
        found = False
        while k >= 0 and joined(k):
            word = text_words[k]
            if word.lower in {"et", "ou"}:  # « de cinéma et de télévision »
                k -= 1
                continue
            readings = _readings(word.lower)
            determined = k >= 1 and joined(k - 1) and (_determiner(
                _elided(text, text_words[k - 1])) is not None or text_words[k - 1].lower in
                data_words(_DATA, "quantifier"))  # « les frais », « chaque ensemble »: a noun
            if word.lower in _LINKS or not readings or (any(
                    a.pos in {"pron", "conj", "prep", "adv"} for a in readings)
                    and not (determined and any(a.pos == "noun" for a in readings))) or (
                    found and not any(a.pos in {"det", "adj", "ppas"} for a in readings)) or (
                    not found and all(a.pos in {"verb", "inf"} for a in readings)):
                break  # … or a verb: « le sac comprend des bretelles »
            shown = _determiner(_elided(text, text_words[k - 1])) if determined else None
            for gender, number in _noun_readings(readings, shown):
                # « destruction totale »: a word that may be an adjective does not end
                # the phrase, the noun before it is a head too
                found = found or not any(b.pos == "adj" for b in readings)
                yield gender, number, k
            k -= 1
        if not found:
            return


class FrenchNounPhraseAgreement(Check):
    id = "fr-noun-phrase-agreement"
    feeds_wants_parse = True  # the adjective check's wants_parse reads find_cached
    name = "Noun-phrase agreement (French, lexicon)"
    description = ("An adjective that does not agree in gender or number with the noun of its "
                   "noun phrase (« des chaussures noirs » → « noires », « une grand maison » → "
                   "« grande », « les pièces métalliques et durables » is right), or with its "
                   "subject after être (« la lame est tranchant » → « tranchante »). Read from "
                   "the lexicon of French forms, so it survives broken sentences; quiet when a "
                   "form is ambiguous or the adjective may agree with another noun nearby.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Ces chaussures noirs sont confortables.",
                            "These black shoes are comfortable.", flags=("chaussures noirs",)),)
    good_examples = (Example("Le directeur des ventes nationales a présenté une grande table "
                             "ronde et des pièces solides.", "The national sales director "
                             "presented a large round table and solid parts."),)

    # What the parser-based adjective check reports on the same word is left to it.
    yields_to = ("fr-adjective-agreement",)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        # A number clash the English source settles gets the noun's other form as the fix.
        return findings_with_source(context, find_cached)


def _found(word: Word, lemma: str, wanted: _GN, noun: str, complement: bool = False,
           pair: tuple[int, int, str] | None = None) -> Found:
    """The finding on a disagreeing adjective. `pair` (start, end, text) is the noun phrase
    from the noun to the adjective when they stand together (« peau résistant »): the two
    words that disagree are the span, the adjective's agreeing form is the fix."""
    gender, number = wanted
    described = " ".join(x for x in (_GENDER.get(gender or ""), _NUMBER.get(number or "")) if x)
    message = f"« {word.text} » should agree with « {noun} » ({described})."
    form = inflect(word.lower, lemma, gender, number) if gender and number else None
    if complement:  # « N de N adj »: the adjective may qualify either noun
        message = f"« {word.text} » agrees with no noun before it (« {noun} »: {described})."
        form = None
    start, end = word.start, word.end
    if pair is not None and not complement:
        start, end = pair[0], pair[1]
    if form and form != word.lower:
        if pair is not None and not complement:
            form = (pair[2][:word.start - start] + form + pair[2][word.end - start:])
        return Found(start, end, message, replacement=form)
    return Found(start, end, message, hint=f"the {described} form of « {lemma} »")


def find(text: str) -> Iterator[Found]:
    text_words = words(text)
    prenominal = data_words(_DATA, "prenominal")
    flagged: set[int] = set()
    # (most words are no noun: what follows settles nothing without one; a noun reading settles
    # nothing either when the word can be no noun phrase's noun, unless a prenominal adjective
    # stands before it or it opens the text: 43% of the words with one on WMT14)
    for j in [j for j, word in enumerate(text_words) if _may_head(word.text) or _may_be_noun(
            word.text) and (j == 0 or _prenominal_adjective(text_words[j - 1].text))]:
        if _nothing_after(text, text_words, j) and not (
                j >= 1 and _prenominal_adjective(text_words[j - 1].text)):
            continue  # (two nouns in three: no adjective before or after them, no copula)
        noun_word = text_words[j]
        i = j  # the first word of the noun phrase
        det: _GN = (None, None)
        pre: tuple[Word, list[Analysis], str] | None = None
        if j >= 1 and not _gap(text, text_words[j - 1], noun_word):
            before = text_words[j - 1]
            adjective = _adjective(before.text)
            if adjective and adjective[1] in prenominal and j >= 2 \
                    and not _gap(text, text_words[j - 2], before) \
                    and _determiner(_elided(text, text_words[j - 2])) is not None:
                pre, i = (before, *adjective), j - 2
                det = _determiner(_elided(text, text_words[j - 2])) or det
            elif _determiner(_elided(text, before)) is not None:
                det, i = _determiner(_elided(text, before)) or det, j - 1
            elif adjective and adjective[1] in prenominal and j >= 2 \
                    and text_words[j - 2].lower in _GOVERNING | {"en"} \
                    and not _gap(text, text_words[j - 2], before) \
                    and _noun(noun_word.text, det, True) is not None \
                    and not _ends_idiom(text, before.end):
                pre, i = (before, *adjective), j - 1  # « de haut qualité », « en petit série »
            elif before.text[:1].isupper() and _cardinal(before.lower):
                # « Quatre raquettes … sont équipés »: a number opening a sentence is its
                # subject's determiner (elsewhere it may follow a preposition: « sur quatre
                # étages » is a complement of what comes before)
                det, i = (None, "p"), j - 1
        determined = i < j and not (i >= 1 and text_words[i - 1].lower in _SUBJECTS)
        if i == j and j >= 1 and text_words[j - 1].lower in _GOVERNING \
                and text[text_words[j - 1].end:noun_word.start] in {" ", "'", "’"}:
            determined = True  # « sans machines », « avec poignées »: no finite verb there
        elif i == j and j >= 1 and _cardinal(text_words[j - 1].lower) \
                and text[text_words[j - 1].end:noun_word.start] == " " \
                and (j < 2 or text_words[j - 2].lower not in _GOVERNING):
            # « comprend deux piles »: a number is a determiner (after a preposition, « sur
            # quatre étages », the phrase complements a noun an adjective after may agree with)
            determined, det = True, (None, "p")
        form = noun_word.text
        if j == 0 and form[:1].isupper() and form[1:].islower() \
                and not text[:noun_word.start].strip(" «\"“(") and len(text_words) > 2:
            # « Pompe de rechange incluse », « Filtres … sont »: a bare noun opening the text
            # is its subject (a title, a list item). A singular one counts only before its
            # complement: alone it may be a name (« Rockstar est détenu »).
            after_first = _next(text, text_words, 0)
            plural = form.lower().endswith(("s", "x"))
            # « Pompe n'est pas inclus »; not a name (« Pierre est venu », « Rockstar est »)
            common = is_common_word(form, common_words("fr")) and not any(
                a.pos == "propn" for a in _readings(form))
            k = 1  # « Ceinture blanche est incluse »: adjectives may stand before the copula
            while k < len(text_words) - 1 and not _gap(text, text_words[k - 1], text_words[k]) \
                    and _adjective(text_words[k].text, _next(text, text_words, k)) is not None:
                k += 1
            if plural or after_first in {"de", "d", "en", "à"} or (
                    common and _attribute_at(text_words, k, "s") is not None):
                form, determined = form.lower(), True
        noun = _noun(form, det, determined)
        if noun is None and not determined and j + 1 < len(text_words) \
                and not _gap(text, noun_word, text_words[j + 1]) \
                and _adjective_only(text_words[j + 1].text) and _personal_verb_only(form) \
                and not (j >= 1 and (text_words[j - 1].lower in _SUBJECTS
                                     or _cardinal(text_words[j - 1].lower))):
            # « plaques maniable », « jetons bleu »: a bare noun whose verb readings are of the
            # first or second person only (« plaques », « jetons ») has no subject pronoun
            # before it, so before an adjective it is the noun (after a number word, « sur
            # quatre étages située », the phrase may complement a noun before)
            noun = _noun(form, det, True)
        if noun is None and determined and j + 1 < len(text_words) \
                and not _gap(text, noun_word, text_words[j + 1]) \
                and (_adjective_only(text_words[j + 1].text) or text_words[j + 1].lower == "qui"):
            # « des produits petites », « de volants pondérées »: a word that is a noun and an
            # adjective, after its determiner and before an adjective or « qui », is the noun
            noun = _nominal(form, det)
        if noun is None and pre is not None and determined:
            # « les nouvelles politiques »: after its determiner and a prenominal adjective the
            # word is the noun, whatever else it may be (an adjective, a verb)
            nouns = [a for a in _readings(form.lower()) if a.pos == "noun"]
            numbers, lemmas = {a.number for a in nouns}, {a.lemma for a in nouns}
            genders = {a.gender for a in nouns}
            if len(numbers) == 1 and len(lemmas) == 1 and None not in numbers:
                # its gender when the lexicon gives the noun one and no verb reading
                # (« les premiers victimes »; « la première est » is a verb after a pronoun)
                verb = any(a.pos == "verb" for a in _readings(form.lower()))
                gender = genders.pop() if len(genders) == 1 and not verb else None
                noun = (gender, numbers.pop()), lemmas.pop()
        if noun is None:
            continue
        # « alignement et respiration profonde complet »: after coordinated nouns a plural
        # adjective may qualify both, a singular one only the last
        after_et = i >= 1 and text_words[i - 1].lower in {"et", "ou", "ni"} \
            and not _after_clause(text, text_words, i - 1)
        before_phrase = word_before(text, text_words[i].start)
        if not before_phrase.isalpha() and any(c.isdigit() for c in before_phrase):
            continue  # « 1er novembre », « 16 pouces »: a date or a measure (no letter is a
            # digit: a word of letters alone, most, holds none)
        if i == j and j >= 1 and text_words[j - 1].text[:1].isupper():
            continue  # « Franklin sport a été fondée »: the noun ends a name
        complement = i >= 1 and text_words[i - 1].lower in {"de", "d", "des", "du"}
        if complement and any((not w.text.islower() and w.start > 0) or not _readings(w.text)
                              for w in text_words[max(0, i - 3):i - 1]):
            continue  # « le GCSE de langue indépendant »: the head may be a name
        if complement and next(_nouns_before(text, text_words, i), None) is None:
            continue  # « du brut de référence », « un modèle 777 d'origine »: head unknown
        (gender, number), _lemma = noun
        if _ends_idiom(text, noun_word.end):
            continue  # « par la suite », « de toute évidence »: an adverb, not a noun phrase
        if gender is None and number is not None and pre is not None:
            # « les nouvelles politiques »: a noun of either gender (« le politique », « la
            # politique ») takes the one the adjective before it shows
            genders = {a.gender for a in pre[1] if a.number in (number, None)} - {None}
            gender = genders.pop() if len(genders) == 1 else None
        if gender is None or number is None:
            continue
        wanted = (gender, number)
        if pre is not None and not _agrees(pre[1], wanted) and pre[0].start not in flagged:
            flagged.add(pre[0].start)
            yield _found(pre[0], pre[2], wanted, noun_word.text,
                         pair=(pre[0].start, noun_word.end, text[pre[0].start:noun_word.end]))
        # Adjectives after the noun, possibly coordinated (« solides et légères »).
        k, coordinated, joined, previous = j + 1, False, False, noun_word
        relative = False  # « qui » between the noun phrase and its copula
        wrong_before = wrong_or_right = False  # an adjective of it disagrees / was read
        while k < len(text_words) and (not _gap(text, previous, text_words[k]) or (
                # « une installation rapide, facile et sûr »: a list of adjectives that « et »
                # ends goes on after its commas
                previous is not noun_word and k in _coordinated(text, text_words, k - 1))):
            current = text_words[k]
            if current.lower == "et" and not joined and k + 1 < len(text_words):
                coordinated = joined = True
                previous, k = current, k + 1
                continue
            if _adverb(current.lower) and k + 1 < len(text_words) and previous.lower != "et" \
                    and not complement and not _gap(text, current, text_words[k + 1]) \
                    and _adverb(text_words[k + 1].lower) is False:
                # « la plaque préalablement assaisonné »; after a complement the adverbial
                # phrase may qualify either noun (« des protections de zones bien ajusté »)
                previous, k = current, k + 1
                continue
            adjective = _adjective(current.text, _next(text, text_words, k))
            if adjective is None:
                break
            analyses, lemma = adjective
            if after_et and (number != "s" or any(a.number != "s" for a in analyses)) \
                    and not feminine_pair(text_words, i, wanted, analyses):
                break
            following = text_words[k + 1] if k + 1 < len(text_words) else None
            nominal = any(a.pos == "noun" for a in _readings(current.lower))
            participle = any(a.pos == "ppas" for a in analyses)
            if participle and (previous.lower == "et" or (following is not None
                                                          and following.lower == "par")):
                break  # « … et tenté de », « libérés par »: a verb, not an adjective
            if nominal and number == "s" and not _agrees(analyses, wanted) \
                    and lemma in data_words(_DATA, "apposition"):
                break  # « la satisfaction passagers », « l'expérience client »: apposition
            # A plural noun-or-adjective after a singular noun (« la pédale automatiques »,
            # « le gril caractéristiques »): wrong either way, but it may be a noun the draft
            # set there from English (a verb read as a noun): a hint, not a fix.
            apposed = nominal and number == "s" and all(a.number == "p" for a in analyses)
            adjacent = following is not None and not _gap(text, current, following)
            if wrong_or_right and not adjacent and previous.lower in {"plus", "moins"}:
                break  # « la zone pubienne plus jeunes, … »: a comparative said of the subject
            if following is not None and (
                    (adjacent and nominal and following.lower in {"de", "d"})
                    or (nominal and previous.lower == "et" and not wrong_or_right)
                    or (adjacent and _agrees_with_next(analyses, following.text,
                                                    _next(text, text_words, k + 1)))):
                # « courants d'air »: another noun phrase (not past a comma); after « et » a
                # noun unless an adjective stands before « et » (« rouges et blancs »)
                break
            next_word = text_words[k + 1] if k + 1 < len(text_words) else None
            if next_word is not None and not _gap(text, current, next_word) \
                    and next_word.lower == "et":
                coordinated = True  # the first of two coordinated adjectives
            # Coordinated adjectives after a plural noun may each be singular (« public et privé »).
            if not _agrees(analyses, wanted, number=not (coordinated and number == "p")) \
                    and current.start not in flagged \
                    and not any(_agrees(analyses, other) for other in _nouns_before(text, text_words, i)) \
                    and not (i == j and any(_agrees(analyses, other)
                                            for other in _apposed(text, text_words, i))):
                flagged.add(current.start)
                found = _found(current, lemma, wanted, noun_word.text, complement,
                               pair=(noun_word.start, current.end,
                                     text[noun_word.start:current.end]))
                if found.replacement is not None and (
                        wrong_before or apposed or _next_disagrees(text, text_words, k, wanted)
                        or (i == j >= 1 and any(a.pos == "noun" for a in _readings(
                            text_words[j - 1].lower)) and not _gap(text, text_words[j - 1],
                                                                   noun_word))):
                    # « fonte vrai assaisonné », « machines encombrant et coûteux »: another
                    # adjective disagrees too, fixing one word alone is not enough; « 20 livres
                    # gilet pondérée »: a bare noun after a noun, words in English order
                    found = found._replace(replacement=None,
                                           hint=f"the {_describe(wanted)} form of « {lemma} »")
                wrong_before = True
                yield found
            wrong_or_right = True  # an adjective of this noun phrase was read
            previous, k = current, k + 1
        if after_et:
            continue  # coordinated subjects: the attribute agrees with them together
        # The attribute after a copula: « la lame est (très) tranchant », « la couleur reste
        # vif », « les pièces peuvent être remplacé ».
        if i < j and not complement:
            # « la tente Coleman Montana est livré »: a name set after its noun (a brand, a
            # model) leaves the noun the subject
            named = k
            while named < len(text_words) and named - k < 4 \
                    and text_words[named].text[:1].isupper() \
                    and not _gap(text, text_words[named - 1], text_words[named]):
                named += 1
            if k < named < len(text_words) \
                    and _attribute_at(text_words, named, number) is not None:
                previous, k = text_words[named - 1], named
        if k + 2 < len(text_words) and text_words[k].lower == "qui" \
                and not _gap(text, previous, text_words[k]) \
                and not _gap(text, text_words[k], text_words[k + 1]):
            previous, k = text_words[k], k + 1  # « des arbalètes qui sont puissant »
            relative = True
        if k + 1 < len(text_words) and not _gap(text, previous, text_words[k]) \
                and previous.lower not in {"et", "ou"} \
                and _copula_after(text_words, k):  # « … et ont été »: another subject
            m = _attribute_at(text_words, k, number)
            chain = list(_chain(text, text_words, i))
            heads = [(g, n) for g, n, _at in chain]
            agrees_with = noun_word.text  # the noun the attribute agrees with (the message)
            if m is None:
                # « les bandes de résistance sont parfaits »: the copula agrees with the noun
                # this phrase complements; that noun is the subject.
                found_head = next(((g, n, at) for g, n, at in chain if g and n and n != number),
                                  None)
                if _nouns_coordinated(text_words, max(0, i - 8), i):
                    found_head = None  # « les essais et les mises à jour … étaient prévus »
                m = None if found_head is None else _attribute_at(text_words, k, found_head[1])
                if m is None or found_head is None:
                    continue
                wanted, agrees_with = found_head[:2], text_words[found_head[2]].text
            if heads and not relative and _governed(text, text_words, i):
                continue  # « un parrain d'une enquête de police a été emprisonné »
            if i >= 1 and not heads and (text_words[i - 1].lower in _LINKS or any(
                    a.pos == "prep" for a in _readings(text_words[i - 1].lower)) or (
                    i < j and text_words[i].lower in {"des", "du", "au", "aux"} and not relative
                    and not _gap(text, text_words[i - 1], text_words[i]))):
                # « la liste envoyée par la ministre est … »: not the subject; « un changement
                # dans la loi qui a été voté »: « qui » may stand for the noun before
                continue
            # The head of « N de N … est »: the subject the attribute agrees with.
            subject = None if relative else _subject_head(text, text_words, i, k)
            # A noun the copula does not agree with in number is not its subject: the
            # attribute cannot agree with it (« une gamme d'arbalètes qui sont … réglable »).
            # (« … et un livret d'instructions complètes sont inclus »: coordinated subjects)
            first = min((at for _g, _n, at in chain), default=i)
            if not _nouns_coordinated(text_words, max(0, first - 2), first):
                heads = [(g, n) for g, n in heads if n is None or n == wanted[1]]
            for n in _coordinated(text, text_words, m):
                attribute = text_words[n]
                adjective = _adjective(attribute.text, _next(text, text_words, n), attribute=True)
                if adjective is None or attribute.start in flagged \
                        or _ends_idiom(text, attribute.end):
                    break  # « sont bien sûr élevés »: an adverb, not the attribute
                if _construction(text, text_words, n):
                    break  # « est facile à », « est soutenu par »: leave the construction alone
                if not _agrees(adjective[0], wanted) and not any(
                        _agrees(adjective[0], other) for other in heads) and (
                        relative or not _opens_clause(text, text_words, first) or not any(
                            _agrees(adjective[0], (g, gn)) for g, gn, at in chain if at == first)):
                    # (outside a « qui » clause an attribute agreeing with the head of « N de
                    # N » is right even where the verb agrees with the complement: « Les
                    # granulés de charbon ne peut pas être régénérés » — the verb is wrong)
                    flagged.add(attribute.start)
                    yield _found(attribute, adjective[1], wanted, agrees_with)
                elif subject is not None and not _agrees(adjective[0], subject[0]):
                    # « la barre de remorquage est inclus »: the complement is no subject
                    flagged.add(attribute.start)
                    yield _found(attribute, adjective[1], subject[0], subject[1].text)
    yield from pronoun_attributes(text, text_words, flagged)
    yield from coordinated_clashes(text, text_words, flagged)
    yield from coordinated_subjects(text, text_words, flagged)
    yield from detached_participles(text, text_words, flagged)
    yield from bracketed_participles(text, text_words, flagged)
    yield from copula_clashes(text, text_words, flagged)


def _nothing_after(text: str, text_words: list[Word], j: int) -> bool:
    """Whether what follows the noun at `j` gives `find` nothing to judge: the text ends or
    something other than a space comes next, or the next word is no adjective, adverb, « et »,
    « qui », capitalized word (a name set after its noun) or copula. Then only an adjective
    before the noun may disagree with it: `find` passes over the others before reading their
    determiner, chain of complements and idioms (0.2 s of CPU on WMT14's 3,003 French
    texts)."""
    k = j + 1
    if k >= len(text_words):
        return True
    current = text_words[k]
    # (one space between, most words: no gap, without a call)
    if text[text_words[j].end:current.start] != " " and _gap(text, text_words[j], current):
        return True
    if current.lower in {"et", "qui"} or current.text[:1].isupper() or _adverb(current.lower):
        return False
    # (a word with no adjective or participle reading is no _adjective, whatever follows it)
    return (not _may_be_adjective(current.text)
            or _adjective(current.text, _next(text, text_words, k)) is None) \
        and not _copula_after(text_words, k)


def _opens_clause(text: str, text_words: list[Word], at: int) -> bool:
    """Whether the noun at `at`, past its determiner, opens its sentence or clause (nothing but
    punctuation before it): a subject there, not the object of a preposition (« se relie à
    toutes les bouteilles d'eau … peut »)."""
    start = at - 1 if at >= 1 and _determiner(_elided(text, text_words[at - 1])) is not None \
        else at
    before = text[:text_words[start].start].rstrip()
    return not before or before[-1] in ".;:!?,«\"(—–"


def _subject_head(text: str, text_words: list[Word], i: int, k: int
                  ) -> tuple[_GN, Word] | None:
    """The first noun of the chain of complements the noun phrase at `i` ends, when a copula of
    its number starts at `k` (« la barre de remorquage est », « les housses du siège sont »):
    the subject, whose gender and number the attribute takes, not the complement's. None when
    the chain is not one subject: coordinated nouns, a collective or person noun at its head
    (« la plupart des membres sont »), a head the lexicon reads two ways."""
    chain = list(_chain(text, text_words, i))
    if not chain:
        return None
    first = min(c for _g, _n, c in chain)
    readings = {(g, n) for g, n, c in chain if c == first}
    if len(readings) != 1 or first < 1 and not text_words[first].text[:1].isupper():
        return None
    gender, number = readings.pop()
    head = text_words[first]
    lemmas = french().lemmas(head.lower, "noun")
    if gender is None or number is None or not head.text[1:].islower() or len(lemmas) != 1 \
            or lemmas & (data_words(_DATA, "collective") | data_words(_DATA, "epicene")):
        return None
    if _nouns_coordinated(text_words, max(0, first - 8), k):
        return None  # « les pommes et le jus de raisin sont bons »
    if any(not w.text.islower() for w in text_words[first + 1:k]):
        return None  # « la fureur Slim Line tactique couteau de cou a été »: names inside
    if first >= 1 and not _gap(text, text_words[first - 1], head) and (
            not head.text.islower() or _determiner(_elided(text, text_words[first - 1])) is None):
        return None  # « … carrefour balustrade pour barres de toit est »: no subject's start
    if _attribute_at(text_words, k, number) is None:
        return None
    return (gender, number), head


def _compared(text_words: list[Word], n: int) -> bool:
    """Whether the attribute at `n` is compared (« plus légers que », « aussi solide qu' »): its
    « que » opens the comparison, not a construction, and it agrees with the subject still."""
    return n >= 1 and text_words[n - 1].lower in {"plus", "moins", "aussi", "si"} \
        and text_words[n + 1].lower in {"que", "qu"}


def _after_clause(text: str, text_words: list[Word], c: int) -> bool:
    """Whether the « et » at `c` joins two clauses, not two nouns: a participle or a finite verb
    that is no noun stands right before it (« l'usine a fermé et la production est arrêtée »)."""
    if c < 1 or text[text_words[c - 1].end:text_words[c].start] != " " \
            or not text_words[c - 1].text.islower():
        return False
    readings = _readings(text_words[c - 1].lower)
    if not readings or not all(a.pos in {"verb", "ppas", "adj"} for a in readings) \
            or not any(a.pos == "ppas" for a in readings) or c < 2:
        return False
    # the participle after its auxiliary: a compound tense ends the first clause
    return any(a.pos == "verb" and a.lemma in {"avoir", "être"}
               for a in _readings(text_words[c - 2].lower))


# Words after an attribute that make it part of a construction (« facile à », « fier de »).
_CONSTRUCTIONS = frozenset({"de", "d", "à", "que", "qu", "par"})


def _construction(text: str, text_words: list[Word], n: int) -> bool:
    """Whether the attribute at `n` opens a construction: a word of _CONSTRUCTIONS right after
    it in the same clause (« est facile à », « est soutenu par »), not after a full stop or a
    comma (« … est bien équilibré. À seulement 1,3 onces, … »), and not a comparison's « que »;
    or an invariable phrase of the agreement data (« sont bon marché », « est dernier cri »)."""
    if n + 1 >= len(text_words) or text[text_words[n].end:text_words[n + 1].start] not in {
            " ", "\u00a0"}:
        return False
    following = text_words[n + 1].text
    if following.lower() in _CONSTRUCTIONS and not _compared(text_words, n):
        return True
    after = text[text_words[n].start:text_words[n].start + 40].lower()
    return any(after.startswith(locution) and not after[len(locution):][:1].isalpha()
               for locution in data_words(_DATA, "locution"))


def _coordinated(text: str, text_words: list[Word], m: int) -> list[int]:
    """The attribute at `m` and those coordinated with it (« sont puissant, léger et
    réglable »), each after its adverbs. A list after commas counts only when « et » or « ou »
    and an adjective end it (« est simple, points forts de métal… » starts another clause)."""
    size = len(text_words)
    found = [m]
    while m + 2 < size:
        between = text[text_words[m].end:text_words[m + 1].start].strip()
        k, last = m + 1, False
        if between in {",", ""} and text_words[k].lower in {"et", "ou"}:
            k, last = k + 1, True
        elif between != ",":
            break
        if k >= size or (last and text[text_words[k - 1].end:text_words[k].start] != " "):
            break
        while k < size - 1 and _adverb(text_words[k].lower) \
                and text[text_words[k].end:text_words[k + 1].start] == " ":
            k += 1
        if _adjective(text_words[k].text, _next(text, text_words, k), attribute=True) is None:
            break
        found.append(k)
        if last:
            return found
        m = k
    return found[:1]



def _copula_after(text_words: list[Word], k: int) -> bool:
    """Whether a copula starts at `k` (after « ne »): _attribute_at is None for every number
    where none does."""
    if text_words[k].lower in {"ne", "n"}:
        k += 1
    return k < len(text_words) and copula_at(text_words, k) is not None


def _attribute_at(text_words: list[Word], k: int, number: str | None) -> int | None:
    """The index of the attribute when a copula of that number starts at `k` (« est », « reste »,
    « peut être », « a été », « n'est pas »), after its adverbs; None otherwise."""
    size = len(text_words)
    if k < size and text_words[k].lower in {"ne", "n"}:
        k += 1
    if k >= size:
        return None
    copula = copula_at(text_words, k)
    if copula is None:
        return None
    verb, m = copula
    if _verb_number(verb) != number:
        return None
    while m < size - 1 and (text_words[m].lower in _NEGATIONS or _adverb(text_words[m].lower)):
        m += 1
    return m if m < size else None


# `find`, remembered per text (the parse-based adjective check's wants_parse asks it too, after
# this check has been over the whole document: as many texts as a long document has).
find_cached = remembered(find, 16384)
