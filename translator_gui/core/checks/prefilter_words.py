"""The words of a French text as the parse prefilters (prefilters.py) cut them, with their
offsets: an elided article split off unless the lexicon knows the whole word (« aujourd'hui »),
as spaCy's tokenizer would."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from translator_gui.core import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# (_WORD kept by split: every other piece is a word; linear in any text)
_WORD_CUTS = re.compile(f"({_WORD.pattern})")
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
    # (the text cut at its words, strings made in C, the offsets the running sum of their
    # lengths: as text._words does, without a match object per word)
    pieces = _WORD_CUTS.split(text)
    bounds = list(accumulate(map(len, pieces)))
    spans = list(zip(pieces[1::2], bounds[0:-1:2], bounds[1::2], strict=True))
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
