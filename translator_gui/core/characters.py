"""Control characters in the translator's text: mapped once, on reading, the same for every format.

A form feed in a .txt, a vertical tab pasted from an old word processor or a stray C1 byte
cannot be written into Word or XLIFF/TMX (XML forbids them): left in, one export fails and
another silently deletes the character and glues the words around it. So every reader maps
them to a space (a word boundary stays a word boundary), tabs and line breaks excepted, and
the writers apply the same mapping to anything typed in since.
"""

from __future__ import annotations

import re

# C0 controls but tab, line feed and carriage return; DEL and the C1 block; the two
# non-characters XML also forbids. U+2028/U+2029 are valid XML and stay.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def map_control_characters(text: str) -> str:
    """`text` with each control character replaced by a space (tab and line breaks kept)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(" ", text)


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None
