"""What several checks read of one text, worked out once per text and shared through the
segment's context (SegmentContext.index): the text folded as the pattern gates read it, and
which patterns of each gated table may match it.

The French side of a French → English pair is read by the French calques, the English calques'
source patterns and the negation table, each of which would fold it again. An index lives as
long as its context (one run, one re-check): nothing is kept per text beyond it.
"""

from __future__ import annotations

from translator_gui.core.checks.gate_index import GateIndex
from translator_gui.core.checks.gates import _FOLD

# How many answers about single words (a word's readings reduced to what one rule asks: is it
# a listed verb, an adjective French puts after its noun...) each of those rules keeps: the
# frequent words of a document, for a few hundred bytes each (65,536 of them, six rules, would
# hold some 100 MB in a 10,000-pair window). A word pushed out is only worked out again.
WORD_ANSWERS = 8192
# The letters gates.fold changes after lowering (re's case equivalences: « ı », « ſ », « K »…)
_REFOLDED = frozenset(map(chr, _FOLD))


def fold(text: str) -> str:
    """gates.fold (kept there: its code names the gates prepared at install), without the
    translation of every letter where the lowered text holds none it changes (nearly all):
    a fourth of its cost."""
    lowered = text.lower()
    if lowered.isascii() or _REFOLDED.isdisjoint(lowered):
        return lowered
    return lowered.translate(_FOLD)


class TextIndex:
    """One text's shared readings, each made on first use."""

    __slots__ = ("text", "_folded", "_opened")

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._opened: dict[GateIndex, set[int]] = {}

    @property
    def folded(self) -> str:
        """The text folded as the gates read it (checks/gates.fold)."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def opened(self, gates: GateIndex) -> set[int]:
        """The patterns of a table (its GateIndex) whose gate opens on this text. The caller
        must not change the set."""
        found = self._opened.get(gates)
        if found is None:
            found = self._opened[gates] = gates.open(self.folded)
        return found
