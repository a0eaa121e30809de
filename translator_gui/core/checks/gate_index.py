"""A table's gates (checks/gates.py) tried on a text in one pass: which of its patterns may match.

Kept apart from gates.py: the gates prepared at install are named by that module's code, and
this index reads gates, it does not make them.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet

_GRAM = 3
# An index of this many beginnings or fewer looks for each in the text instead.
_FEW_GRAMS = 32


class GateIndex:
    """The gates of a whole table, tried on a text in one pass: which patterns `opens` lets
    through, found from the text's three-letter pieces (each gate string is looked up under
    its first three letters, and tested only when the text holds them) instead of testing
    every pattern's strings in turn: some 110 patterns a text, few of whose strings are in it."""

    def __init__(self, gates: Iterable[tuple[str, ...] | None]) -> None:
        self._always: set[int] = set()
        by_string: dict[str, set[int]] = {}
        for number, words in enumerate(gates):
            if words is None:
                self._always.add(number)
                continue
            for word in words:
                by_string.setdefault(word, set()).add(number)
        # three-letter beginning -> (gate string, the patterns it opens); shorter strings
        # (none are made: MIN_GATE_LENGTH) are tested on their own
        self._by_gram: dict[str, list[tuple[str, set[int]]]] = {}
        self._short: list[tuple[str, set[int]]] = []
        for word, numbers in by_string.items():
            if len(word) < _GRAM:
                self._short.append((word, numbers))
            else:
                self._by_gram.setdefault(word[:_GRAM], []).append((word, numbers))
        self._grams = frozenset(self._by_gram)

    def open(self, folded: str, grams: AbstractSet[str] | None = None) -> set[int]:
        """The numbers of the patterns whose gate opens on the text folded as `folded`
        (those `opens` lets through). `grams`: the folded text's three-letter pieces
        (text_grams), when the caller has them already (SegmentContext.index)."""
        found = set(self._always)
        entries: Iterable[list[tuple[str, set[int]]]]
        if len(self._grams) <= _FEW_GRAMS:
            # (the negation tables: a few beginnings, each looked for, cost less than the
            # text's every three-letter piece)
            entries = [self._by_gram[gram] for gram in self._grams if gram in folded]
        else:
            if grams is None:
                grams = text_grams(folded)
            entries = map(self._by_gram.__getitem__, self._grams.intersection(grams))
        for entry in entries:
            for word, numbers in entry:
                if word in folded:
                    found |= numbers
        for word, numbers in self._short:
            if word in folded:
                found |= numbers
        return found

    @property
    def reads_pieces(self) -> bool:
        """Whether open() reads the text's three-letter pieces (else it looks for its few
        beginnings in the text)."""
        return len(self._grams) > _FEW_GRAMS


def text_grams(folded: str) -> AbstractSet[str]:
    """The three-letter pieces of a (folded) text. (Strings: tuples zipped from the text are
    made faster, but hashed again at each lookup and, kept for a chunk of segments, gone over
    by the garbage collector: the three calque tables' gates on WMT14 took 0.58 s instead of
    0.48.)"""
    return {folded[i:i + _GRAM] for i in range(len(folded) - _GRAM + 1)}
