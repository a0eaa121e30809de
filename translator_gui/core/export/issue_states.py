"""Which issues are still open, which the translator fixed, and which were dismissed.

An issue is *ignored* when the translator dismissed that occurrence (CheckSettings.ignored),
*fixed* when it was raised on the draft and the check no longer flags those words (usually
because they are no longer in the target), and *open* otherwise. Exports put open issues in comments
and count them in the MQM score; the report lists all three.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from translator_gui.core.checks.base import Issue, is_ignored
from translator_gui.core.model import CheckSettings, ReviewDocument, Segment


class IssueState(str, Enum):
    OPEN = "open"
    FIXED = "fixed"
    IGNORED = "ignored"


@dataclass(frozen=True)
class IssueRecord:
    """An issue with its state and the words it flagged, as the report shows it."""

    issue: Issue
    state: IssueState
    words: str
    text: str  # the segment text on the issue's side that the offsets index into

    @property
    def side_text(self) -> str:
        return self.text


def issue_text(segment: Segment, side: str) -> str:
    return segment.source if side == "source" else segment.target


def _key(issue: Issue) -> tuple:
    return (issue.segment, issue.side, issue.start, issue.end, issue.check)


def _by_segment(issues: Iterable[Issue]) -> dict[int, list[Issue]]:
    grouped: dict[int, list[Issue]] = defaultdict(list)
    for issue in issues:
        grouped[issue.segment].append(issue)
    return grouped


def classify(document: ReviewDocument, issues: Iterable[Issue]) -> list[IssueRecord]:
    """States of issues found on the current texts: ignored when dismissed, else open.

    An issue whose span no longer fits the text it was found in is counted as fixed: the
    text changed under it since the check ran.
    """
    grouped = _by_segment(issues)
    records: list[IssueRecord] = []
    ids = {s.id: s for s in document.segments}
    for segment_id, found in grouped.items():
        segment = ids.get(segment_id)
        if segment is None:
            continue
        for issue in found:
            text = issue_text(segment, issue.side)
            if issue.end > len(text) or issue.start < 0:
                records.append(IssueRecord(issue, IssueState.FIXED, "", text))
                continue
            words = text[issue.start:issue.end]
            state = (IssueState.IGNORED if is_ignored(issue, segment, document.checks, found)
                     else IssueState.OPEN)
            records.append(IssueRecord(issue, state, words, text))
    return records


def _without_ignored(document: ReviewDocument) -> ReviewDocument:
    view = copy.copy(document)
    view.checks = CheckSettings(set(document.checks.disabled), dict(document.checks.severity), [],
                                list(document.checks.glossaries))
    return view


def _as_drafted(document: ReviewDocument) -> ReviewDocument:
    view = copy.copy(document)
    view.segments = [Segment(s.id, s.source_original or s.source, s.draft, s.draft, bead=s.bead)
                     for s in document.segments]
    view.checks = _without_ignored(document).checks
    return view


def all_issue_records(document: ReviewDocument, issues: Iterable[Issue] | None = None,
                      *, include_fixed: bool = True,
                      progress: Callable[[int, int], None] | None = None) -> list[IssueRecord]:
    """Every issue of the document with its state, in segment order.

    `issues` (what the window or the command line already found on the current texts) are
    taken as they are; the checks are re-run only to find what they cannot tell: dismissed
    occurrences and, with `include_fixed`, issues of the draft the translator has fixed.
    """
    from translator_gui.core.checks.base import check_document

    current = list(issues) if issues is not None else []
    known = {_key(i) for i in current}
    total = len(document.segments) * (2 if include_fixed else 1)

    def first_pass(done: int, _count: int) -> None:
        if progress:
            progress(done, total)

    def second_pass(done: int, count: int) -> None:
        if progress:
            progress(count + done, total)

    # Given issues already are everything the checks say, except dismissed occurrences; the
    # checks only need to run again when some were dismissed (or nothing was given).
    if issues is None or document.checks.ignored:
        unfiltered = check_document(_without_ignored(document), first_pass)
        current.extend(i for i in unfiltered if _key(i) not in known)
    records = classify(document, current)
    if include_fixed and any(s.is_edited for s in document.segments):
        records.extend(_fixed_records(document, current, second_pass))
    order = {s.id: n for n, s in enumerate(document.segments)}
    records.sort(key=lambda r: (order.get(r.issue.segment, -1), r.issue.side, r.issue.start,
                                r.issue.check))
    return records


def _fixed_records(document: ReviewDocument, current: list[Issue],
                   progress: Callable[[int, int], None] | None = None) -> list[IssueRecord]:
    drafted = _as_drafted(document)
    from translator_gui.core.checks.base import check_document

    ids = {s.id: s for s in document.segments}
    current_words: dict[tuple[int, str, str], set[str]] = defaultdict(set)
    for issue in current:
        segment = ids.get(issue.segment)
        if segment is not None:
            text = issue_text(segment, issue.side)
            current_words[(issue.segment, issue.side, issue.check)].add(
                text[issue.start:issue.end])
    records = []
    for issue in check_document(drafted, progress):
        segment = ids.get(issue.segment)
        if segment is None or not segment.is_edited:
            continue
        before = drafted.segment_by_id(issue.segment)
        words = issue_text(before, issue.side)[issue.start:issue.end]
        # Fixed: the check no longer flags these words (they are gone from the target, or
        # the edit made them right, e.g. the source number now agrees).
        if words in current_words.get((issue.segment, issue.side, issue.check), ()):
            continue
        records.append(IssueRecord(issue, IssueState.FIXED, words, issue_text(before, issue.side)))
    return records
