"""Text normalization shared by the core: how two spellings of a word are compared."""

from __future__ import annotations

import unicodedata

_APOSTROPHES = {"’": "'", "ʼ": "'", "`": "'", "´": "'"}


class _CharacterFolds(dict[int, str]):
    """Code point -> what fold() leaves of that character before casefolding: apostrophes
    unified, then its canonical decomposition without its combining marks. Worked out on first
    meeting each character (a text holds few distinct ones), then str.translate does the whole
    text in C. Equal to decomposing the whole text (NFD) and dropping its marks: NFD decomposes
    each character on its own and only reorders marks, all of which are dropped."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        char = _APOSTROPHES.get(char, char)
        folded = "".join(c for c in unicodedata.normalize("NFD", char)
                         if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLDS = _CharacterFolds()


def fold(text: str) -> str:
    """Casefolded, accent-free, apostrophes unified: how two spellings of a word are compared."""
    if text.isascii():
        return text.replace("`", "'").casefold()
    return text.translate(_FOLDS).casefold()
