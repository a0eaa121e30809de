"""Text normalization shared by the core: how two spellings of a word are compared."""

from __future__ import annotations

import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'"})


def fold(text: str) -> str:
    """Casefolded, accent-free, apostrophes unified: how two spellings of a word are compared."""
    if text.isascii():
        return text.replace("`", "'").casefold()
    text = unicodedata.normalize("NFD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()
