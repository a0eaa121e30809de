"""A determiner and the noun after a name set in English order: « le Bushnell 22 Rimfire
lunette de visée », « un Coleman 4D pompe », « le Bowflex 552 SelectTech haltères ». English puts
the brand and the model before the noun ("the Coleman 4D pump"), French after it (« la pompe
Coleman 4D »); machine translation keeps the English order and gives the determiner the gender
or number of the name (often the English article's default) instead of the noun's. Read from
the lexicon of forms: the noun after the name has one gender and one number, and the
determiner clashes with it. Reported by fr-determiner-agreement with a hint (the words want
reordering, a new determiner alone would leave the English order)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from itertools import compress
from operator import itemgetter

from translator_gui.core.checks.agreement_lexicon import _attribute_at, _construction
from translator_gui.core.checks.agreement_words import (
    _DATA,
    _GENDER,
    _NUMBER,
    _adjective,
    _agrees,
    _determiner,
    _elided,
    _ends_idiom,
    _next,
    _readings,
)
from translator_gui.core.checks.text import WORD_TEXT, Found, Word, data_rows, data_words

# Words before « le », « la », « les » that make them object pronouns (« il la trouve »).
_CLITIC_HOSTS = frozenset("il elle on ils elles je j tu nous vous ne n qui que qu me m te t "
                          "se s lui y en".split())
# Articles that hold a preposition (« la ministre des Transports baronne Kramer »: « des » is
# « de les », the name complements the noun before).
_CONTRACTED = frozenset({"du", "des", "au", "aux"})
# What may stand between the words of a product name besides a space: model numbers and their
# marks (« 3-9 x 32 », « .22 », « 4D », « 552 », « ™ »).
_NAME_GAP = frozenset(" -.,/0123456789™®&'’+\u00a0")
# Lowercase words that may stand inside a model name between figures (« 13 x 11 »).
_NAME_LINKS = frozenset({"x"})
_MOST_NAME_WORDS = 4
_FIRST = itemgetter(0)


@cache
def _persons() -> tuple[frozenset[str], tuple[str, ...]]:
    """Nouns naming people (animate-nouns.tsv, French rows): « baronne », « ministre »… stand
    between a title and a name (« le ministre des Transports baronne Kramer »), not a product."""
    words, prefixes = set(), []
    for row in data_rows("animate-nouns.tsv"):
        if len(row) >= 2 and row[0] == "fr":
            if row[1].endswith("*"):
                prefixes.append(row[1][:-1])
            else:
                words.add(row[1])
    return frozenset(words), tuple(prefixes)


def _person(form: str) -> bool:
    words, prefixes = _persons()
    return form in words or form.startswith(prefixes)


def _named_noun(form: str, following: str | None) -> tuple[str, str] | None:
    """(gender, number) of a lowercase word the lexicon reads as a noun of one gender and one
    number and nothing else a name may be followed by (an adjective, a participle: « le Vatican
    sonde », « le Pentagone estime »: a verb after its subject); a word that may also be a
    finite verb of the third person counts only before a copula (« un Coleman 4D pompe est
    inclus »)."""
    if not form.isalpha() or not form.islower() or len(form) < 3:
        return None
    readings = _readings(form)
    nouns = [a for a in readings if a.pos == "noun"]
    if not nouns or any(a.pos not in {"noun", "verb"} for a in readings):
        return None
    if any(a.pos == "verb" and "3" in a.person for a in readings) \
            and following not in data_words(_DATA, "copula"):
        return None
    genders = {a.gender for a in nouns}
    numbers = {a.number for a in nouns}
    lemmas = {a.lemma for a in nouns}
    if len(genders) != 1 or len(numbers) != 1 or len(lemmas) != 1 or None in genders | numbers:
        return None
    lemma = lemmas.pop()
    if lemma in data_words(_DATA, "epicene") or _person(lemma) or _person(form):
        return None
    return genders.pop() or "", numbers.pop() or ""


def _before_capitals(text_words: list[Word], last: int) -> list[int]:
    """The indices below len(text_words) - `last` of the words followed by a capitalized word:
    where a determiner may stand before a name (a capital is rare in French)."""
    return [k - 1 for k in _capitals(text_words) if 0 < k <= len(text_words) - last]


# The capitalized words' indices of the last list of words asked about: the three name
# passes of fr-determiner-agreement ask about the same list in turn (read once, not three
# times). One tuple, set at once: another thread reads either the old or the new one.
_LAST_CAPITALS: tuple[list[Word] | None, list[int]] = (None, [])


def _capitals(text_words: list[Word]) -> list[int]:
    """The indices of the capitalized words of `text_words` (a list no one changes)."""
    global _LAST_CAPITALS
    last = _LAST_CAPITALS
    if last[0] is text_words:
        return last[1]
    # (picked in C: a word is never empty, its first letter is its text[:1]; a Python test of
    # each word cost twice as much)
    found = list(compress(range(len(text_words)),
                          map(str.isupper, map(_FIRST, map(WORD_TEXT, text_words)))))
    _LAST_CAPITALS = (text_words, found)
    return found


def name_order_clashes(text: str, text_words: list[Word]) -> Iterator[Found]:
    """Findings on a determiner, a name of one to four capitalized words (with its figures) and
    the lowercase noun right after it that the determiner does not agree with."""
    size = len(text_words)
    for d in _before_capitals(text_words, 2):
        det = text_words[d]
        if det.lower in _CONTRACTED or (det.text.isupper() and len(det.text) > 1):
            continue  # (most words: no name after them)
        features = _determiner(_elided(text, det))
        if features is None or features == (None, None):
            continue
        if d >= 1 and text[text_words[d - 1].end:det.start] in {" ", "'", "’"} \
                and text_words[d - 1].lower in _CLITIC_HOSTS:
            continue  # « il le Fait »: an object pronoun
        if text[det.end:text_words[d + 1].start] not in {" ", "'", "’"}:
            continue
        n = d + 1
        while n < size and n - d <= _MOST_NAME_WORDS and (
                text_words[n].text[:1].isupper() or text_words[n].lower in _NAME_LINKS) \
                and set(text[text_words[n - 1].end:text_words[n].start]) <= _NAME_GAP \
                and "," not in text[text_words[n - 1].end:text_words[n].start]:
            n += 1
        if n >= size or n - d > _MOST_NAME_WORDS or n == d + 1:
            continue
        gap = text[text_words[n - 1].end:text_words[n].start]
        if not set(gap) <= _NAME_GAP or "," in gap or not gap.endswith(" "):
            continue
        noun = text_words[n]
        following = text_words[n + 1].lower if n + 1 < size and \
            text[noun.end:text_words[n + 1].start] == " " else None
        shown = _named_noun(noun.text, following)
        if shown is None:
            continue
        gender, number = shown
        if (features[0] is None or features[0] == gender) and \
                (features[1] is None or features[1] == number):
            continue
        wanted = " ".join(x for x in (_GENDER.get(gender), _NUMBER.get(number)) if x)
        yield Found(det.start, noun.end,
                    f"« {det.text} » does not agree with « {noun.text} » ({wanted}), the noun "
                    f"after the name: English word order.",
                    hint=f"the {wanted} determiner, and the noun before the name "
                         f"(« {noun.text} {text[text_words[d + 1].start:noun.start].strip()} »)")


def _name_end(text: str, text_words: list[Word], d: int) -> int:
    """The index after the name of one to four capitalized words (with their figures) right
    after the determiner at `d`; d + 1 when none stands there."""
    n = d + 1
    while n < len(text_words) and n - d <= _MOST_NAME_WORDS \
            and text_words[n].text[:1].isupper() \
            and set(text[text_words[n - 1].end:text_words[n].start]) <= _NAME_GAP \
            and "," not in text[text_words[n - 1].end:text_words[n].start]:
        n += 1
    return n if n - d <= _MOST_NAME_WORDS else d + 1


def _determined_names(text: str, text_words: list[Word], last: int,
                      unknown: Callable[[tuple[str | None, str | None]], bool], after_de: bool
                      ) -> Iterator[tuple[int, Word, tuple[str | None, str | None], int]]:
    """(index of the determiner, the determiner, its gender and number, index of the word after
    the name) for each determiner followed by a capitalized name and a plain gap (« la Minimoto
    est », « un C.O.R. maximale »); not for an article inside a name (« Marine Le Pen »), after
    a capital or an object pronoun, nor, with `after_de`, after « de » (« les fichiers de la NSA
    volés »: what follows may be the noun's before). `last`: how many words at the end cannot
    open one; `unknown`: determiner features too vague to judge."""
    size = len(text_words)
    for d in _before_capitals(text_words, last):
        det = text_words[d]
        if det.lower in _CONTRACTED or det.lower == "l":
            continue
        features = _determiner(det.text)
        if features is None or unknown(features):
            continue
        before = text[:det.start].rstrip(" «\"“(")
        if det.text[:1].isupper() and before and before[-1] not in ".!?:;":
            continue  # « Marine Le Pen », « Jean de La Fontaine »: the article is in the name
        if d >= 1:
            previous = text_words[d - 1]
            joined = text[previous.end:det.start]
            if (joined == " " or after_de and joined in {"'", "’"}) and (
                    previous.text[:1].isupper() or previous.lower in _CLITIC_HOSTS
                    or after_de and previous.lower in {"de", "d"}):
                continue
        if text[det.end:text_words[d + 1].start] != " ":
            continue
        n = _name_end(text, text_words, d)
        if n == d + 1 or n >= size:
            continue
        gap = text[text_words[n - 1].end:text_words[n].start]
        if not set(gap) <= _NAME_GAP or "," in gap or not gap.endswith(" "):
            continue
        yield d, det, features, n


def name_attribute_clashes(text: str, text_words: list[Word]) -> Iterator[Found]:
    """Findings on a determiner, a name and the attribute after its copula that do not agree
    (« la Minimoto est livré », « le Nomad 3 est prête »): the name takes the gender the
    determiner gives it, and its attribute the same; which of the two is wrong the lexicon
    cannot say, so both are the span, with a hint."""
    for d, det, features, n in _determined_names(text, text_words, 3, lambda f: f[0] is None,
                                                 after_de=False):
        m = _attribute_at(text_words, n, features[1])
        if m is None:
            continue
        attribute = text_words[m]
        adjective = _adjective(attribute.text, _next(text, text_words, m), attribute=True)
        if adjective is None or _construction(text, text_words, m) \
                or _ends_idiom(text, attribute.end) or _agrees(adjective[0], features):
            continue
        name = text[text_words[d + 1].start:text_words[n].start].strip()
        yield Found(det.start, attribute.end,
                    f"« {det.text} » and « {attribute.text} » give « {name} » two genders.",
                    hint=f"make « {det.text} » and « {attribute.text} » agree (the gender of "
                         f"« {name} »)")


def name_adjective_clashes(text: str, text_words: list[Word]) -> Iterator[Found]:
    """Findings on a determiner, a name and the adjective right after the name that do not
    agree (« la Zipka Plus parfait », « un C.O.R. maximale »): the adjective takes the gender and
    number the determiner gives the name (« la Banque mondiale », « le Real Madrid espagnol »).
    An adjective before a noun of its own (« le Trek Marlin grand vélo ») is left alone."""
    for d, det, features, n in _determined_names(text, text_words, 2,
                                                 lambda f: f == (None, None), after_de=True):
        word = text_words[n]
        following = _next(text, text_words, n)
        adjective = _adjective(word.text, following)
        if adjective is None or any(a.pos == "noun" for a in _readings(word.lower)):
            continue
        if following and any(a.pos == "noun" for a in _readings(following)):
            continue  # « le Trek Marlin grand vélo »: the adjective of the next noun
        if _agrees(adjective[0], features):
            continue
        name = text[text_words[d + 1].start:word.start].strip()
        yield Found(det.start, word.end,
                    f"« {det.text} » and « {word.text} » give « {name} » two genders or "
                    f"numbers.",
                    hint=f"make « {det.text} » and « {word.text} » agree (the gender and number "
                         f"of « {name} »)")
