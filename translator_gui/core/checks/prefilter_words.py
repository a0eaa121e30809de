"""The words of a French text as the parse prefilters (prefilters.py) cut them, with their
offsets: an elided article split off unless the lexicon knows the whole word (« aujourd'hui »),
as spaCy's tokenizer would."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain

from translator_gui.core import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A word (_WORD) and the non-letters before it; at the end, the non-letters after the last word
# (possessive, and _WORD starts at any letter: _WORD.finditer's words, in one linear pass).
_GAPS_AND_WORDS = re.compile(rf"([\W\d_]*+)({_WORD.pattern}|\Z)")
# The words are kept for the most recent texts: a document run asks several prefilters about the
# same text, each cutting it into words.
_RECENT = 4096


@lru_cache(maxsize=_RECENT)
def _words(text: str) -> list[str]:
    """Words, an elided article split off unless the lexicon knows the whole (aujourd'hui).
    (Cached: callers must not change the list.)"""
    return [word for word, _start, _end in _word_spans(text)]


@lru_cache(maxsize=_RECENT)
def _word_spans(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) as `_words` cuts them: an elided article split off unless the
    lexicon knows the whole."""
    # (each word with the non-letters before it, pairs of strings made in C, the offsets their
    # running sum: as text._words does, without a match object per word)
    pairs = _GAPS_AND_WORDS.findall(text)
    if pairs and not pairs[-1][1]:
        pairs.pop()  # the non-letters after the last word (and an empty match at the end)
        if pairs and not pairs[-1][1]:
            pairs.pop()
    bounds = list(accumulate(map(len, chain.from_iterable(pairs))))
    spans = list(zip([word for _gap, word in pairs], bounds[0::2], bounds[1::2], strict=True))
    if "'" not in text and "’" not in text:
        return spans
    found: list[tuple[str, int, int]] = []
    for span in spans:
        word, start, end = span
        if ("'" in word or "’" in word) and not lexicon.french().analyses(word):
            elided, _mark, rest = word.partition("'" if "'" in word else "’")
            if ("'" in rest or "’" in rest) and lexicon.french().analyses(rest):
                # « d'aujourd'hui », « qu'aujourd'hui »: the elided word, then the whole
                found.append((elided, start, start + len(elided)))
                found.append((rest, end - len(rest), end))
                continue
            for part in re.finditer(r"[^'’]+", word):
                found.append((part.group(), start + part.start(), start + part.end()))
        else:
            found.append(span)
    return found


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of each word of `text` as the prefilters cut them (an elided word
    split off unless the lexicon knows the whole), kept for the most recent texts: callers
    must not change the list."""
    return _word_spans(text)
