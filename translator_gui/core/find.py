"""Find and replace over a document's texts, plain or regex: what the window's Find dialog and
ReviewSession.replace_all share (nothing here changes the document)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from translator_gui.core.model import ReviewDocument

SIDES = ("source", "target")


@dataclass(frozen=True)
class Match:
    row: int
    side: str
    start: int
    end: int


@dataclass(frozen=True)
class Replacement:
    segment_id: int
    row: int
    old: str
    new: str
    count: int


def compile_pattern(text: str, regex: bool, match_case: bool) -> re.Pattern[str]:
    """Raises re.error for a bad regular expression (shown to the translator as is)."""
    flags = 0 if match_case else re.IGNORECASE
    return re.compile(text if regex else re.escape(text), flags)


def find_matches(document: ReviewDocument, pattern: re.Pattern[str],
                 sides: tuple[str, ...] = SIDES) -> list[Match]:
    """Every non-empty match, in reading order: row by row, the sides in the order given."""
    matches = []
    for row, segment in enumerate(document.segments):
        for side in sides:
            for found in pattern.finditer(segment.text(side)):
                if found.end() > found.start():
                    matches.append(Match(row, side, found.start(), found.end()))
    return matches


def next_match(document: ReviewDocument, pattern: re.Pattern[str], row: int, side: str | None,
               at: int, direction: int = 1) -> Match | None:
    """The first match after (`direction` +1) or before (-1) position `at` of `side` in `row`,
    wrapping round the document; `side` None means from the row's very start (or end)."""
    matches = find_matches(document, pattern)
    if not matches:
        return None
    order = {name: number for number, name in enumerate(SIDES)}
    if side is None:
        here = (row, -1, -1) if direction > 0 else (row, len(SIDES), 0)
    else:
        here = (row, order[side], at)
    if direction > 0:
        for match in matches:
            if (match.row, order[match.side], match.start) >= here:
                return match
        return matches[0]
    for match in reversed(matches):
        if (match.row, order[match.side], match.end) <= here:
            return match
    return matches[-1]


def plan_replacements(document: ReviewDocument, pattern: re.Pattern[str], replacement: str,
                      regex: bool) -> list[Replacement]:
    """What replace-all would do to each target, without changing anything."""
    planned = []
    for row, segment in enumerate(document.segments):
        if regex:
            new, count = pattern.subn(replacement, segment.target)
        else:
            new, count = pattern.subn(lambda _m: replacement, segment.target)
        if count and new != segment.target:
            planned.append(Replacement(segment.id, row, segment.target, new, count))
    return planned
