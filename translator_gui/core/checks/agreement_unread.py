"""A determiner and the adjective after a noun the lexicon cannot read, a word it does not know
(an English word left in the draft, a compound it lacks: « le spedal automatiques », « une
pluie-mouche imprégnés », « des runtimes long »). Nothing says which gender or number the noun
has, but the determiner and the adjective both agree with it, so they must agree with each
other. Reported by fr-determiner-agreement; the three words
are the span, with a hint (either the determiner or the adjective may be the wrong one)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import compress

from translator_gui.core.checks.agreement_lexicon import _nouns_before
from translator_gui.core.checks.agreement_words import (
    _GENDER,
    _NUMBER,
    _adjective,
    _agrees,
    _determiner,
    _elided,
    _gap,
    _next,
    _readings,
)
from translator_gui.core.checks.text import WORD_TEXT, Found, Word
from translator_gui.core.checks.text_index import WORD_ANSWERS

# Words before « le », « la », « les » that make them object pronouns (« il la trouve belle »).
_CLITIC_HOSTS = frozenset("il elle on ils elles je j tu nous vous ne n qui que qu me m te t "
                          "se s lui y en".split())


def _unread(word: Word) -> bool:
    """Whether the lexicon cannot read the noun: a lowercase word it does not know (a noun of
    either gender it knows takes the determiner's, and the noun-phrase check reads it)."""
    return _unknown(word.text)


@lru_cache(maxsize=WORD_ANSWERS)  # asked of every word of every French text
def _unknown(word: str) -> bool:
    return word.islower() and len(word) >= 2 and not _readings(word)




def _describe(gender: str | None, number: str | None) -> str:
    return " ".join(x for x in (_GENDER.get(gender or ""), _NUMBER.get(number or "")) if x)


def unread_noun_clashes(text: str, text_words: list[Word]) -> Iterator[Found]:
    """Findings on a determiner and the adjective right after a noun the lexicon cannot read
    that disagree with each other (and the adjective with no noun it may complement)."""
    # (the determiners before a word the lexicon does not know, rare, picked in C: a loop
    # over every word cost some 0.03 s of CPU on WMT14's 3,003 French texts)
    for d in compress(range(len(text_words) - 2), map(_unknown, map(WORD_TEXT, text_words[1:-1]))):
        det, noun, adjective = text_words[d], text_words[d + 1], text_words[d + 2]
        features = _determiner(_elided(text, det))
        if features is None or features == (None, None) or (
                det.text.isupper() and len(det.text) > 1):
            continue
        if _gap(text, det, noun) or text[noun.end:adjective.start] != " " or not _unread(noun):
            continue
        if d >= 1 and text[text_words[d - 1].end:det.start] in {" ", "'", "’"} and \
                text_words[d - 1].lower in _CLITIC_HOSTS:
            continue  # « il le trouve », « qui la rend »: an object pronoun
        found = _adjective(adjective.text, _next(text, text_words, d + 2))
        if found is None:
            continue
        readings = found[0]
        if _agrees(readings, features):
            continue
        if any(_agrees(readings, other) for other in _nouns_before(text, text_words, d)):
            continue  # « le directeur des ventes … »: the adjective may qualify another noun
        shown = {(a.gender, a.number) for a in readings}
        gender, number = shown.pop() if len(shown) == 1 else (None, None)
        yield Found(det.start, adjective.end,
                    f"« {det.text} » ({_describe(*features)}) and « {adjective.text} » "
                    f"({_describe(gender, number) or 'another form'}) cannot both agree with "
                    f"« {noun.text} ».",
                    hint=f"make « {det.text} » and « {adjective.text} » agree with the gender "
                         f"and number of « {noun.text} »")
