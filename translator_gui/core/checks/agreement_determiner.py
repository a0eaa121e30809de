"""French determiner–noun agreement read from the lexicon of forms: « les décision », « cette
accord », « un petite pratique ». The noun's gender is part of the word, so a gender clash is the
determiner's (its agreeing form is the fix); a number clash may be either word's (a hint)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import compress

from translator_gui.core.checks.agreement_names import (
    name_adjective_clashes,
    name_attribute_clashes,
    name_order_clashes,
)
from translator_gui.core.checks.agreement_numerals import numeral_clashes
from translator_gui.core.checks.agreement_relative import relative_pronoun_clashes
from translator_gui.core.checks.agreement_source import findings_with_source
from translator_gui.core.checks.agreement_unread import unread_noun_clashes
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import WORD_LOWER, Found, Word, data_rows, data_words, remembered, words
from translator_gui.core.checks.text_index import WORD_ANSWERS
from translator_gui.core.lexicon import Analysis, french

_DATA = "agreement-fr.tsv"
_GN = tuple[str | None, str | None]
_GENDER = {"m": "masculine", "f": "feminine"}
_NUMBER = {"s": "singular", "p": "plural"}
# Words before « le », « la », « les », « leur » that make them object pronouns (« il la ferme »,
# « qui les vend »), and before a possessive or article that make the next word a verb.
_CLITIC_HOSTS = frozenset("il elle on ils elles je j tu nous vous ne n qui que qu me m te t se s "
                          "lui y en".split())
_CLITIC_DETERMINERS = frozenset({"le", "la", "les", "l", "leur"})
# Parts of speech that make the word after a determiner something else than its noun.
_NOT_NOUN = frozenset({"det", "pron", "prep", "conj", "adv", "other", "inf", "num", "intj"})


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@cache
def _determiners() -> dict[str, _GN]:
    """Gender and number of each determiner checked (the lexicon's, one reading each)."""
    found: dict[str, _GN] = {}
    for form in data_words(_DATA, "determiner") | data_words(_DATA, "quantifier"):
        readings = [a for a in french().analyses(form.rstrip("'")) if a.pos == "det"]
        genders = {a.gender for a in readings}
        numbers = {a.number for a in readings}
        if readings:
            found[form.rstrip("'")] = (genders.pop() if len(genders) == 1 else None,
                                       numbers.pop() if len(numbers) == 1 else None)
    found["l"] = (None, "s")  # the elided article: singular, either gender
    return found


@cache
def _alternatives() -> dict[tuple[str, str], tuple[str, str]]:
    """(determiner, gender wanted) -> (form before a consonant, form before a vowel), from the
    rows « det-gender<TAB>form<TAB>gender<TAB>before consonant<TAB>before vowel »."""
    return {(row[1], row[2]): (row[3], row[4]) for row in data_rows(_DATA)
            if row[0] == "det-gender" and len(row) == 5}


# The lexicon's remembered lookup itself: no Python call around it (asked for most words).
_readings = french().analyses


def _fits(readings: Iterable[Analysis], wanted: _GN) -> bool:
    return any(_compatible(a.gender, wanted[0]) and _compatible(a.number, wanted[1])
               for a in readings)


def _noun(word: Word, clitic: bool) -> list[Analysis] | None:
    """The nominal readings of the word after a determiner, or None when it may be something
    else: a function word, an infinitive (« pour la ranger »), a finite verb after an object
    pronoun (« il la ferme »), a word the lexicon does not know (a name, an English word)."""
    if not word.text.islower() or len(word.text) < 2:
        return None
    readings = _readings(word.text)
    if not readings or any(a.pos in _NOT_NOUN for a in readings):
        return None
    nominal = [a for a in readings if a.pos in {"noun", "adj", "ppas", "ppre"}]
    if not any(a.pos == "noun" for a in nominal):
        return None
    if clitic and len(nominal) < len(readings):
        return None
    return nominal


def _gap(text: str, left: Word, right: Word) -> bool:
    """Anything but one space between two words (a number, a comma, a bracket, a hyphen)."""
    between = text[left.end:right.start]
    return between not in {" ", "\u00a0"} and not (between in {"'", "’"} and left.lower in {
        "l", "d", "qu"})


# Determiners that are also pronouns before a verb (« ce donne »), and quantifiers that stand
# alone before a participle (« ils ont tous reçu »).
_PRONOUN_LIKE = frozenset({"ce", "tous", "toutes"})
_QUANTIFIERS = frozenset({"tous", "toutes", "toute"})
# The adverbs of a superlative between the article and its adjective (« les plus beaux »).
_DEGREE = frozenset({"plus", "moins"})


def _opens_noun_phrase(word: str) -> bool:
    """Whether a determiner may follow this word as an article: after a preposition, a verb,
    a conjunction or an adverb (« avec la pompe », « remplace la tige »), not after a noun
    (« la ceinture les garde »: an object pronoun)."""
    readings = _readings(word)
    if not readings or any(a.pos in {"prep", "conj", "adv", "other"} for a in readings):
        return True
    return not any(a.pos == "noun" for a in readings)  # a verb, not a noun that may be one


def _adjective_only(word: Word) -> bool:
    readings = _readings(word.lower)
    return word.text.islower() and bool(readings) and all(
        a.pos in {"adj", "ppas"} for a in readings)


def _is_noun_only(word: str) -> bool:
    readings = _readings(word)
    return bool(readings) and all(a.pos == "noun" for a in readings)


def _starts_with_vowel(word: str) -> bool:
    return word[:1].lower() in "aàâäeéèêëiîïoôöuùûüyh"


def _replacement(det: Word, noun: str, gender: str) -> str | None:
    """The determiner of the noun's gender, same kind and number: « cette » → « cet » before
    « accord », « un » → « une »; None when the choice depends on more (an h, an elision)."""
    forms = _alternatives().get((det.lower, gender))
    if forms is None:
        return None
    if noun[:1].lower() == "h":
        return None  # « le héros », « l'homme »: aspirated or not, the lexicon does not say
    form = forms[1] if _starts_with_vowel(noun) else forms[0]
    if not form or form.endswith("'"):
        return None  # an elided form would join the noun: a person should retype both words
    if det.text[:1].isupper():
        form = form[:1].upper() + form[1:]
    return form


def find(text: str) -> Iterator[Found]:
    text_words = words(text)
    determiners = _determiners()
    prenominal = data_words(_DATA, "prenominal")
    epicene = data_words(_DATA, "epicene")
    # (the determiners and numbers, a word in four, picked in C)
    for d in compress(range(len(text_words) - 1), map(_features, map(WORD_LOWER, text_words[:-1]))):
        det = text_words[d]
        features = _features(det.lower)
        assert features is not None
        if text_words[d + 1].lower not in _DEGREE and \
                _plainly_agrees(text_words[d + 1].text, features):
            continue  # (most determiners: their noun right after them agrees)
        if det.text.isupper() and len(det.text) > 1:
            continue  # « CE », « LA »: an acronym or a heading
        before = text_words[d - 1].lower if d > 0 and text[text_words[d - 1].end:det.start] in {
            " ", "'", "’"} else ""
        clitic = det.lower in _CLITIC_DETERMINERS and (before in _CLITIC_HOSTS or (
            before != "" and not _opens_noun_phrase(before)))
        if det.lower == "l" and text[det.end:det.end + 1] not in {"'", "’"}:
            continue  # « L » alone: a letter, not the article
        if det.lower in {"un", "une"} and before and _is_noun_only(before):
            continue  # « numéro un », « page une »: a numeral after a noun
        if det.lower in {"un", "une"} and d >= 1 and any(
                any(a.pos == "num" for a in _readings(w.lower))
                for w in text_words[max(0, d - 2):d] if w.lower != "et"):
            continue  # « vingt et un jours », « cent une pages »: part of a number
        n = d + 1
        if _gap(text, det, text_words[n]):
            continue
        # One prenominal adjective may stand between (« un petite pratique »): the determiner
        # agrees with the noun after it.
        adjective, english_order = None, False
        superlative = text_words[n].lower in _DEGREE and n + 2 < len(text_words) \
            and not _gap(text, text_words[n], text_words[n + 1])
        if superlative:
            n += 1  # « les plus beaux couteau »: the adverb of a superlative stands between
        if _prenominal(text_words[n], prenominal) and n + 1 < len(text_words) \
                and not _gap(text, text_words[n], text_words[n + 1]):
            if _fits(_readings(text_words[n].lower), features) and not (
                    superlative and _is_noun_only(text_words[n + 1].text)):
                continue  # « la nouvelle est »: the adjective may be the noun itself
            adjective, n = text_words[n], n + 1
        elif superlative:
            continue
        elif n + 1 < len(text_words) and _adjective_only(text_words[n]) \
                and text[text_words[n].end:text_words[n + 1].start] in {" ", ", "} \
                and _is_noun_only(text_words[n + 1].lower) and text_words[n + 1].text.islower():
            # « un incomparable protection », « un robuste, armure »: an adjective put first as
            # in English; the determiner still agrees with the noun after it (a hint: the
            # words want reordering too, « une protection incomparable »)
            adjective, n, english_order = text_words[n], n + 1, True
        noun = text_words[n]
        readings = _noun(noun, clitic or adjective is not None or det.lower in _PRONOUN_LIKE)
        if readings is None or _fits(readings, features):
            continue
        if det.lower in _QUANTIFIERS and any(a.pos == "ppas" for a in readings):
            continue  # « ils ont tous reçu »: a pronoun before a participle
        following = text_words[n + 1] if n + 1 < len(text_words) else None
        if following is not None and not _gap(text, noun, following) and any(
                a.pos == "adj" for a in readings) and _fits(
                [a for a in _readings(following.text) if a.pos == "noun"], features):
            continue  # « la majeur partie »: an adjective before its noun (another error)
        lemmas = {a.lemma for a in readings if a.pos == "noun"}
        if lemmas & epicene or noun.lower in epicene:
            readings = [a._replace(gender=None) for a in readings]
            if _fits(readings, features):
                continue
        if n + 2 < len(text_words) and text_words[n + 1].lower in {"et", "ou"} \
                and not _gap(text, noun, text_words[n + 1]) \
                and text_words[n + 2].lower not in determiners and any(
                    a.pos == "noun" for a in _readings(text_words[n + 2].lower)):
            # « les vice et président »: the determiner may cover coordinated nouns (not a
            # noun with its own determiner: « les style et la fonctionnalité »)
            continue
        found = _finding(text, det, adjective, noun, readings, features, text_words, n)
        if english_order and found.replacement is not None:
            found = found._replace(replacement=None, hint=f"a determiner that agrees with "
                                   f"« {noun.text} », and the adjective after the noun")
        yield found
    # « 30 ampoule »: a number in figures before a singular noun
    yield from numeral_clashes(text)
    # « le spedal automatiques »: a noun the lexicon cannot read between two words that clash
    yield from unread_noun_clashes(text, text_words)
    # « les défis auxquelles »: a compound relative pronoun agreeing with no noun before it
    yield from relative_pronoun_clashes(text, text_words)
    # « un Coleman 4D pompe »: a name in English order between the determiner and its noun
    yield from name_order_clashes(text, text_words)
    # « la Minimoto est livré »: a name whose determiner and attribute give it two genders
    yield from name_attribute_clashes(text, text_words)
    # « la Zipka Plus parfait »: an adjective after the name that its determiner contradicts
    yield from name_adjective_clashes(text, text_words)


@lru_cache(maxsize=WORD_ANSWERS)
def _plainly_agrees(word: str, features: _GN) -> bool:
    """Whether a determiner of these features followed by `word` is passed over whatever
    stands around them: `word` is no adjective that may come before its noun (those send the
    check to the word after), and is no noun (_noun, even read as no clitic's) or one that
    agrees. Asked of every determiner of every French text, mostly of the same pairs."""
    read = Word(word, 0, len(word), word.lower())
    if _prenominal(read, data_words(_DATA, "prenominal")) or _adjective_only(read):
        return False
    readings = _noun(read, False)
    return readings is None or _fits(readings, features)


@lru_cache(maxsize=WORD_ANSWERS)
def _features(form: str) -> _GN | None:
    """Gender and number a determiner or a number word shows; None for any other word: (None,
    "p") for a cardinal number word above one (« deux », « trente »: the noun after it is
    plural, « deux tailles »), not « un » nor « cent » (a noun too). (Asked of every word of
    every French text: remembered, the number word's test read here, not remembered on its
    own, which cost a second first answer for every form.)"""
    found = _determiners().get(form)
    if found is not None:
        return found
    readings = _readings(form)
    if readings and all(a.pos == "num" and a.number == "p" for a in readings):
        return None, "p"
    return None


def _prenominal(word: Word, prenominal: frozenset[str]) -> bool:
    readings = _readings(word.lower)
    return word.text.islower() and bool(readings) and all(
        a.pos in {"adj", "noun"} for a in readings) and any(
        a.pos == "adj" and a.lemma in prenominal for a in readings)


def _finding(text: str, det: Word, adjective: Word | None, noun: Word,
             readings: list[Analysis], features: _GN, text_words: list[Word], n: int) -> Found:
    genders = {a.gender for a in readings if a.pos == "noun"}
    numbers = {a.number for a in readings if a.pos == "noun"}
    gender = genders.pop() if len(genders) == 1 else None
    number = numbers.pop() if len(numbers) == 1 else None
    number_clash = not any(_compatible(a.number, features[1]) for a in readings)
    described = " ".join(x for x in (_GENDER.get(features[0] or ""),
                                     _NUMBER.get(features[1] or "")) if x)
    noun_described = " ".join(x for x in (_GENDER.get(gender or ""),
                                          _NUMBER.get(number or "")) if x)
    if number_clash:
        # « les décision »: the determiner or the noun may be the wrong one; both are the span.
        return Found(det.start, noun.end,
                     f"« {det.text} » is {described} but « {noun.text} » is {noun_described}.",
                     hint=f"make « {det.text} » and « {noun.text} » agree in number")
    message = (f"« {det.text} » ({described}) does not agree with « {noun.text} » "
               f"({noun_described}).")
    form = _replacement(det, noun.text, gender) if gender else None
    following = text_words[n + 1] if n + 1 < len(text_words) else None
    wanted = (gender, features[1])
    after = [] if following is None or text[noun.end:following.start] != " " else [
        a for a in _readings(following.lower) if a.pos in {"adj", "ppas"}]
    if following is not None and any(a.pos in _NOT_NOUN for a in _readings(following.lower)):
        after = []  # « sur », « bien »: a function word that is also a rare adjective
    if form is not None and (
            (adjective is not None and not _fits(_readings(adjective.lower), wanted))
            or (after and not _fits(after, wanted))):
        form = None  # an adjective agrees with the determiner: changing one word is not enough
    # The two words that disagree are the span (« cette accord »): a reviewer sees the pair,
    # and the fix rewrites the determiner only.
    if form is not None:
        return Found(det.start, noun.end, message, replacement=form + text[det.end:noun.end])
    return Found(det.start, noun.end, message,
                 hint=f"the {_GENDER.get(gender or '', '')} determiner for « {noun.text} »"
                 if gender else f"a determiner that agrees with « {noun.text} »")


class FrenchDeterminerAgreement(Check):
    id = "fr-determiner-agreement"
    name = "Determiner–noun agreement (French, lexicon)"
    description = ("A determiner whose gender or number clashes with its noun (« cette accord » "
                   "→ « cet accord », « un petite pratique », « les décision »), read from the "
                   "lexicon of French forms. Quiet when the noun may have either gender or "
                   "number (« le/la tour », « les pays »), may be a verb after an object pronoun "
                   "(« il la ferme ») or is unknown (a name). Also a compound relative "
                   "pronoun that agrees with no noun it may stand for (« les défis "
                   "auxquelles » → « auxquels »).")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Cette accord couvre les décision du conseil.",
                            "This agreement covers the council's decisions.",
                            flags=("Cette accord", "les décision")),)
    good_examples = (Example("Cet accord couvre les décisions du conseil ; il la ferme.",
                             "This agreement covers the council's decisions; he closes it."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        # A number clash the English source settles gets the noun's other form as the fix.
        return findings_with_source(context, find_cached)


find_cached = remembered(find)
