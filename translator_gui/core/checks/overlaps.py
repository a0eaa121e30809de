"""Which issues stay when several fall on the same words: a check that yields to another
(Check.yields_to) gives way where that one has a finding too, then one issue per span."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

# base imports this module while it loads: the registry is read from it at call time.
from translator_gui.core.checks import base as _base

if TYPE_CHECKING:
    from translator_gui.core.checks.base import Issue


def give_way(issues: list[Issue]) -> list[Issue]:
    """Drop the findings of a check at the words where a check it yields to
    (Check.yields_to) has a finding starting too."""
    yielding = {i.check: _base._REGISTRY[i.check].yields_to for i in issues
                if i.check in _base._REGISTRY and _base._REGISTRY[i.check].yields_to}
    if not yielding:
        return issues
    starts = {(i.check, i.side, i.start) for i in issues}
    return [i for i in issues if not any((other, i.side, i.start) in starts
                                         for other in yielding.get(i.check, ()))]


def one_per_span(issues: Iterable[Issue]) -> list[Issue]:
    """One issue for the same words: when issues of two checks on one segment and side
    overlap (a check's own overlapping findings are its business), keep the most severe, then
    the one with a replacement (the fix can be applied), then a hint, then the one covering
    more of the words, then the check listed first in the catalogue.
    Issues about a whole segment (Check.whole_segment: an omission, a copy of the source)
    neither hide nor are hidden by those about its words."""
    order = {check_id: rank for rank, check_id in enumerate(_base._REGISTRY)}

    def preference(issue: Issue) -> tuple[Any, ...]:
        return (-issue.severity.rank, issue.replacement is None, issue.hint is None,
                -(issue.end - issue.start), order.get(issue.check, len(order)), issue.start,
                issue.message)

    kept: list[Issue] = []
    # The kept issues about words by the stretches of _STRETCH characters they touch: one
    # overlapping an issue shares a stretch with it (comparing each issue with every kept one
    # was quadratic in a long sentence's thousands of findings).
    near: dict[tuple[int, str, int], list[Issue]] = {}
    for issue in sorted(set(issues), key=preference):
        if about_whole_segment(issue):
            kept.append(issue)
            continue
        start, end = issue.start, max(issue.end, issue.start + 1)
        stretches = [(issue.segment, issue.side, k)
                     for k in range(start // _STRETCH, (end - 1) // _STRETCH + 1)]
        if any(other.check != issue.check and other.start < end
               and start < max(other.end, other.start + 1)
               for stretch in stretches for other in near.get(stretch, ())):
            continue
        kept.append(issue)
        for stretch in stretches:
            near.setdefault(stretch, []).append(issue)
    return kept


_STRETCH = 64


def about_whole_segment(issue: Issue) -> bool:
    check = _base._REGISTRY.get(issue.check)
    return check is not None and check.whole_segment
