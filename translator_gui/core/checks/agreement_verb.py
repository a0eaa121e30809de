"""French subject–verb number agreement read from the lexicon of forms: a subject pronoun or a
noun phrase that opens a clause, and the finite verb right after it (« ils est », « les housses
protège », « des matelas qui ne sera pas »). Quiet when the verb form may be of either number,
when the word may be something else than a verb, or the subject may be coordinated."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress

from translator_gui.core.checks.agreement_determiner import _determiners, _noun
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import (
    WORD_LOWER,
    WORD_TEXT,
    Found,
    Word,
    data_words,
    findings,
    remembered,
    words,
)
from translator_gui.core.checks.text_index import WORD_ANSWERS
from translator_gui.core.lexicon import french

_DATA = "agreement-fr.tsv"
_NUMBER = {"s": "singular", "p": "plural"}
_PRONOUNS = {"il": "s", "elle": "s", "on": "s", "ils": "p", "elles": "p"}
# Object pronouns and the negation that may stand between a subject and its verb.
_CLITICS = frozenset("ne n le la les l lui leur y en se s me m te t nous vous".split())
# Words after which a determiner opens a clause's subject.
_CLAUSE_OPENERS = frozenset("que qu quand lorsque lorsqu si car mais puisque puisqu où dont "
                            "parce".split())
_AUXILIARIES = frozenset({"être", "avoir"})
# Words after which only a verb can come (« qui ne coule », « se vend »): a form that is also a
# noun is read as the verb there.
_VERB_ONLY_BEFORE = frozenset({"ne", "n", "se", "s", "qui"})


# The lexicon's remembered lookup itself: no Python call around it (asked for most words).
_readings = french().analyses


def _verb_number(word: Word, after_clitic: bool = False) -> str | None:
    """The number a finite verb form shows in the third person, when it is only a verb (or an
    auxiliary: « est » is also a noun; or any form after « ne », « qui » or an object pronoun,
    where a noun cannot stand: « qui ne coule pas ») and only of one number; None otherwise."""
    if not word.text.islower():
        return None
    readings = _readings(word.text)
    verbs = [a for a in readings if a.pos == "verb"]
    if not verbs or any(a.pos != "verb" and not (a.pos == "noun" and (after_clitic or any(
            v.lemma in _AUXILIARIES for v in verbs))) for a in readings):
        return None
    third = {a.number for a in verbs if "3" in a.person}
    return third.pop() if len(third) == 1 else None


def _after_clitics(text: str, text_words: list[Word], k: int) -> int | None:
    """The index of the verb after a subject ending at k - 1: past « ne » and object pronouns."""
    while k < len(text_words) and text_words[k].lower in _CLITICS and k + 1 < len(text_words) \
            and _joined(text, text_words[k], text_words[k + 1]):
        k += 1
    return k if k < len(text_words) else None


def _joined(text: str, left: Word, right: Word) -> bool:
    return text[left.end:right.start] in {" ", "'", "’"}


def _opens_clause(text: str, text_words: list[Word], d: int) -> bool:
    if d == 0:
        return not text[:text_words[0].start].strip(" «\"“(")
    between = text[text_words[d - 1].end:text_words[d].start]
    if between.strip() in {".", ";", ":", "!", "?", ",", "—", "(", "--"}:
        return True
    if d >= 2 and text_words[d - 1].lower in {"que", "qu"} and text_words[d - 2].lower in {
            "tel", "tels", "telle", "telles", "ainsi", "plus", "moins", "autant", "aussi"}:
        return False  # « des outils tels que la génétique »: a comparison, not a clause
    return _joined(text, text_words[d - 1], text_words[d]) and \
        text_words[d - 1].lower in _CLAUSE_OPENERS


def find(text: str) -> Iterator[Found]:
    text_words = words(text)
    yield from _pronoun_subjects(text, text_words)
    yield from _person_subjects(text, text_words)
    yield from _noun_subjects(text, text_words)


# Subject pronouns of the first and second person: (person, number) their verb shows.
_PERSONS = {"je": ("1", "s"), "j": ("1", "s"), "tu": ("2", "s"), "nous": ("1", "p"),
            "vous": ("2", "p")}
_PERSON_WORDS = {("1", "s"): "first person singular", ("2", "s"): "second person singular",
                 ("1", "p"): "first person plural", ("2", "p"): "second person plural"}
# Words after which « nous », « vous » open a clause as its subject (after a verb or « qui »
# they are objects: « il vous permet », « qui vous donne »).
_SUBJECT_OPENERS = frozenset("que qu si quand lorsque lorsqu puisque puisqu car comme où dont "
                             "quoique quoiqu".split())


def _person_subjects(text: str, text_words: list[Word]) -> Iterator[Found]:
    """« vous peut », « nous utilisent »: a verb that cannot be of its subject pronoun's person
    and number. The pronoun must open its clause (« nous », « vous » may be objects)."""
    for p, pronoun in enumerate(text_words[:-1]):
        wanted = _PERSONS.get(pronoun.lower)
        if wanted is None or text[pronoun.end:pronoun.end + 1] == "-":
            continue  # « vous-même »
        if text[pronoun.start - 1:pronoun.start] in {"-"}:
            continue  # « pouvez-vous »
        if p == 0:
            opens = not text[:pronoun.start].strip(" «\"“(")
        else:
            between = text[text_words[p - 1].end:pronoun.start].strip()
            opens = between in {".", "!", "?", ";", ":"} or (
                between in {"", "'", "’"} and text_words[p - 1].lower in _SUBJECT_OPENERS)
        if not opens:
            continue
        v = _after_clitics(text, text_words, p + 1)
        if v is None or any(not _joined(text, text_words[m], text_words[m + 1])
                            for m in range(p, v)):
            continue
        verb = text_words[v]
        if not verb.text.islower():
            continue
        readings = _readings(verb.text)
        if not readings or any(a.pos != "verb" for a in readings):
            continue  # a noun, a participle, an infinitive: nothing to say
        if any(wanted[0] in a.person and a.number in (None, wanted[1]) for a in readings):
            continue
        yield Found(pronoun.start, verb.end,
                    f"« {verb.text} » is not a form of the {_PERSON_WORDS[wanted]} of its subject "
                    f"« {pronoun.text} ».",
                    hint=f"the {_PERSON_WORDS[wanted]} of « {readings[0].lemma} »")


def _pronoun_subjects(text: str, text_words: list[Word]) -> Iterator[Found]:
    # (only the subject pronouns, whose lower case a key of _PRONOUNS always is, picked in C)
    for p in compress(range(len(text_words) - 1),
                      map(_PRONOUNS.__contains__, map(WORD_LOWER, text_words[:-1]))):
        pronoun = text_words[p]
        number = _PRONOUNS.get(pronoun.text) or _PRONOUNS.get(pronoun.lower) \
            if pronoun.text[1:].islower() or len(pronoun.text) == 2 else None
        if number is None or text[pronoun.start - 1:pronoun.start] in {"-", "'", "’"} and \
                not (p > 0 and text_words[p - 1].lower in {"qu", "lorsqu", "puisqu", "quoiqu"}):
            continue  # « a-t-il », « entre elles »…: not a subject
        if text[pronoun.end:pronoun.end + 1] == "-":
            continue  # « elle-même »
        if p > 0 and _joined(text, text_words[p - 1], pronoun) and any(
                a.pos == "prep" for a in _readings(text_words[p - 1].lower)) \
                and text_words[p - 1].lower not in {"qu"}:
            continue  # « pour elle », « avec eux »: a stressed pronoun, not the subject
        found = _verb_after(text, text_words, p)
        if found is None:
            other = _other_person_after(text, text_words, p)
            if other is not None:  # « qu'ils roulez », « elle avons »
                yield Found(pronoun.start, other.end,
                            f"« {other.text} » is a form of the first or second person but its "
                            f"subject « {pronoun.text} » is of the third.",
                            hint=f"the third person of « {other.text} » with « {pronoun.text} »")
            continue
        if found[1] == number:
            continue
        verb, shown = found
        yield Found(pronoun.start, verb.end,
                    f"« {verb.text} » is {_NUMBER[shown]} but its subject « {pronoun.text} » "
                    f"is {_NUMBER[number]}.",
                    hint=f"make « {pronoun.text} » and « {verb.text} » agree in number")


def _verb_after(text: str, text_words: list[Word], last: int) -> tuple[Word, str] | None:
    """The finite verb right after a subject ending at word `last` (object pronouns may stand
    between, nothing else) and the number it shows; None when there is none or it tells none."""
    v = _after_clitics(text, text_words, last + 1)
    if v is None or any(not _joined(text, text_words[m], text_words[m + 1])
                        for m in range(last, v)):
        return None
    shown = _verb_number(text_words[v], after_clitic=v > last + 1
                         and text_words[v - 1].lower in _VERB_ONLY_BEFORE)
    return None if shown is None else (text_words[v], shown)


def _other_person_after(text: str, text_words: list[Word], last: int) -> Word | None:
    """The verb right after a third-person subject pronoun ending at word `last` when it can
    only be of the first or second person (« roulez », « avons »); None otherwise."""
    v = _after_clitics(text, text_words, last + 1)
    if v is None or any(not _joined(text, text_words[m], text_words[m + 1])
                        for m in range(last, v)):
        return None
    word = text_words[v]
    readings = _readings(word.text) if word.text.islower() else ()
    if not readings or any(a.pos != "verb" or "3" in a.person or not a.person
                           for a in readings):
        return None
    return word


def _subject_starts(text: str, text_words: list[Word]
                    ) -> Iterator[tuple[int, int, tuple[str | None, str | None], bool]]:
    """(first word, noun, the determiner's gender and number, whether it opens its clause) of
    each noun phrase that may be a subject: after a determiner of one number, and after an
    adverb of quantity and « de » (« beaucoup de tentes »: plural)."""
    determiners = _determiners()
    plural_quantity = data_words(_DATA, "plural-quantity")
    # (the words that may open a subject, a determiner, a quantity or a capitalized word, a
    # word in four, picked in C)
    for d in compress(range(len(text_words) - 2),
                      map(_may_open_subject, map(WORD_TEXT, text_words[:-2]))):
        det = text_words[d]
        # (a word with no capital opens no sentence as a bare plural: no call for most words)
        if det.text[:1].isupper() and _bare_plural_opening(text, text_words, d):
            yield d, d, (None, "p"), True  # « Granulés de charbon ne peut pas »
            continue
        features = determiners.get(det.lower)
        if features is not None and features[1] is not None:
            n = d + 1
        elif det.lower in plural_quantity and \
                text_words[d + 1].lower in {"de", "d"} and _joined(text, det, text_words[d + 1]):
            features, n = (None, "p"), d + 2  # « beaucoup de tentes », « peu de gens »
        else:
            continue
        # A noun phrase opening a clause is its subject; one that is the object of a verb
        # (« il a acheté des coussins qui … ») is the antecedent of a relative « qui » only.
        opens = _opens_clause(text, text_words, d)
        if not opens and not (d >= 1 and _joined(text, text_words[d - 1], det)
                              and _is_verb(text_words[d - 1].lower)):
            continue
        if n < len(text_words) and _joined(text, text_words[n - 1], text_words[n]):
            yield d, n, features, opens


@lru_cache(maxsize=WORD_ANSWERS)
def _may_open_subject(form: str) -> bool:
    """Whether _subject_starts may start a noun phrase at a word written `form`: capitalized,
    a determiner or an adverb of quantity."""
    lower = form.lower()
    return form[:1].isupper() or lower in _determiners() or lower in data_words(
        _DATA, "plural-quantity")




def _bare_plural_opening(text: str, text_words: list[Word], d: int) -> bool:
    """Whether word `d` opens its sentence with a capital and is a plural noun without a
    determiner (« Granulés de charbon actif ne peut pas… »): its subject, as in a title or
    a list item. Plural only: a singular one may be a name (« Rockstar est »)."""
    word = text_words[d]
    if not (word.text[:1].isupper() and word.text[1:].islower()) or not (
            d == 0 and not text[:word.start].strip(" «\"“(")
            or d > 0 and text[text_words[d - 1].end:word.start].strip() in {".", "!", "?"}):
        return False
    # A verb form of the second person singular of a verb in -er (« filtres », « pastilles »)
    # wants « tu » before it (its imperative drops the s): at the sentence's start it is the noun.
    readings = [a for a in _readings(word.lower)
                if not (a.pos == "verb" and a.person == "2" and a.lemma.endswith("er"))]
    return any(a.pos == "noun" for a in readings) and all(
        a.pos in {"noun", "adj", "ppas"} and a.number == "p" for a in readings)


def _noun_subjects(text: str, text_words: list[Word]) -> Iterator[Found]:
    collective = data_words(_DATA, "collective")
    for d, n, features, opens in _subject_starts(text, text_words):
        det = text_words[d]
        word = text_words[n] if n > d else text_words[n]._replace(text=text_words[n].lower)
        readings = _noun(word, False)
        if readings is None:
            continue
        nouns = [a for a in readings if a.pos == "noun"]
        if {a.lemma for a in nouns} & collective or not any(
                a.number in (None, features[1]) for a in nouns):
            continue
        if n == d + 2 and any(a.number != "p" for a in nouns):
            continue  # « peu de temps est »: after a quantity only a plural noun tells
        number = features[1]
        if number is None:
            continue
        k, complemented = n + 1, False
        # Adjectives after the noun, then one bare complement (« les housses de protection »).
        while k < len(text_words) and _joined(text, text_words[k - 1], text_words[k]) and \
                _only_adjective(text_words[k].lower):
            k += 1
        if k + 1 < len(text_words) and text_words[k].lower in {"de", "d"} \
                and _joined(text, text_words[k - 1], text_words[k]) \
                and _joined(text, text_words[k], text_words[k + 1]) \
                and _noun(text_words[k + 1], False) is not None:
            k, complemented = k + 2, True
            # (the complement's adjectives: also words that may be nouns, « charbon actif »,
            # but no verb: what follows them is the verb looked for)
            while k < len(text_words) and _joined(text, text_words[k - 1], text_words[k]) and \
                    _adjective_no_verb(text_words[k].lower):
                k += 1
        if k >= len(text_words) or not _joined(text, text_words[k - 1], text_words[k]):
            continue
        if text_words[k].lower in {"et", "ou", "ni"}:
            continue  # coordinated subjects
        if text_words[k].lower == "qui" and k + 1 < len(text_words):
            if complemented:
                continue  # « les propriétés de manipulation qui a »: either noun may be meant
            k += 1  # « des matelas qui ne sera pas »: the relative's verb agrees with them
        elif not opens:
            continue
        found = _verb_after(text, text_words, k - 1)
        if found is None or found[1] == number:
            continue
        verb, shown = found
        noun = text_words[n]
        subject = f"{det.text} {noun.text}" if n == d + 1 else text[det.start:noun.end]
        yield Found(verb.start, verb.end,
                    f"« {verb.text} » is {_NUMBER[shown]} but its subject « {subject} » "
                    f"is {_NUMBER[number]}.",
                    hint=f"put « {verb.text} » in the {_NUMBER[number]}")


def _adjective_no_verb(form: str) -> bool:
    readings = _readings(form)
    return any(a.pos == "adj" for a in readings) and all(
        a.pos in {"adj", "noun"} for a in readings)


@lru_cache(maxsize=WORD_ANSWERS)  # (asked of the word before most determiners: 8,800 times
def _is_verb(form: str) -> bool:  # on WMT14's French, 2,400 forms)
    """A verb form that is no noun (« acheté », « vend »): what follows is its object, not a
    complement of a noun (« la housse des coussins qui glisse » may mean either)."""
    readings = _readings(form)
    return any(a.pos in {"verb", "ppas", "inf"} for a in readings) and all(
        a.pos in {"verb", "ppas", "inf", "adj"} for a in readings)


def _only_adjective(form: str) -> bool:
    readings = _readings(form)
    return any(a.pos in {"adj", "ppas"} for a in readings) and all(
        a.pos in {"adj", "ppas", "ppre"} for a in readings)


class FrenchVerbNumberAgreement(Check):
    id = "fr-verb-number-agreement"
    name = "Subject–verb number (French, lexicon)"
    description = ("A finite verb whose number clashes with the subject right before it: a "
                   "subject pronoun (« ils est », « elle sont ») or a noun phrase opening the "
                   "clause (« les housses protège », « des matelas qui ne sera pas »). Read from "
                   "the lexicon of French forms; quiet when the verb form may be of either "
                   "number, may be another word, or the subject may be coordinated.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Ils est prêts ; les housses protège le siège.",
                            "They are ready and the covers protect the seat.",
                            flags=("Ils est", "protège")),)
    good_examples = (Example("Ils sont prêts et les housses protègent le siège ; pour elle "
                             "sont les fleurs.", "They are ready and the covers protect the "
                             "seat; for her are the flowers."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", find_cached)


find_cached = remembered(find)
