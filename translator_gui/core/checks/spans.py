"""Span bookkeeping that stays linear in a long sentence: whether a new span overlaps the spans
kept so far, or lies inside one of them, is a bisection, not a comparison with each of them
(which was quadratic in a sentence of thousands of findings)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class DisjointSpans:
    """Spans that do not overlap, kept in order (add only a span `overlaps` says is free)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # The last span opening before `end` is the only one that can reach past `start`.
        k = bisect_left(self._starts, end) - 1
        return k >= 0 and self._ends[k] > start

    def add(self, start: int, end: int) -> None:
        # In order of start, then end (an empty span before the one opening where it lies):
        # the ends then rise too, so the last span opening before a point reaches furthest.
        k = (bisect_left if start == end else bisect_right)(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)


class Enclosures:
    """Fixed spans (they may overlap), asked which hold a given span or lie inside it."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        self._ends = [end for _start, end in ordered]
        # the furthest end among the spans opening at or before each one
        self._reach: list[int] = []
        for end in self._ends:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def holds(self, start: int, end: int) -> bool:
        """Whether one span starts at or before `start` and ends at or after `end`."""
        k = bisect_right(self._starts, start) - 1
        return k >= 0 and self._reach[k] >= end

    def inside(self, start: int, end: int) -> list[int]:
        """The indices (in start order) of the spans lying within start..end."""
        first, last = bisect_left(self._starts, start), bisect_right(self._starts, end)
        return [k for k in range(first, last) if self._ends[k] <= end]
