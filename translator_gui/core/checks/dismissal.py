"""Dismissing one occurrence of an issue: the record a project keeps, and whether an issue
found again is that occurrence (counted in the text, so other edits leave it dismissed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from translator_gui.core.model import CheckSettings, IgnoredIssue, ReviewDocument, Segment

if TYPE_CHECKING:
    from translator_gui.core.checks.base import Issue


def is_ignored(issue: Issue, segment: Segment, settings: CheckSettings | None,
               issues_in_segment: list[Issue]) -> bool:
    if not settings or not settings.ignored:
        return False
    words = segment.text(issue.side if issue.side != "both" else "target")[issue.start:issue.end]
    occurrence = occurrence_of(issue, segment, issues_in_segment)
    return any(i.segment == issue.segment and i.check == issue.check and i.side == issue.side
               and i.text == words and i.occurrence == occurrence for i in settings.ignored)


def ignored_issue(issue: Issue, segment: Segment, issues_in_segment: list[Issue]) -> IgnoredIssue:
    """The record that dismisses this one occurrence (what the project file keeps)."""
    words = segment.text(issue.side if issue.side != "both" else "target")[issue.start:issue.end]
    return IgnoredIssue(issue.segment, issue.check, issue.side, words,
                        occurrence_of(issue, segment, issues_in_segment))


def ignore(document: ReviewDocument, issue: Issue, issues_in_segment: list[Issue]) -> IgnoredIssue:
    """Dismiss one occurrence of an issue; it stays dismissed across re-checks and other edits.

    `issues_in_segment` is the segment's issue list the issue was shown in (as returned by
    check_segment, or the document's issues of that segment), so the same words flagged
    twice by one check can be told apart.
    """
    segment = document.segment_by_id(issue.segment)
    record = ignored_issue(issue, segment, issues_in_segment)
    if record not in document.checks.ignored:
        document.checks.ignored.append(record)
    return record


def unignore(document: ReviewDocument, record: IgnoredIssue) -> None:
    document.checks.ignored = [i for i in document.checks.ignored if i != record]


def occurrence_of(issue: Issue, segment: Segment, issues_in_segment: list[Issue] | None = None
                  ) -> int:
    """Which occurrence of the flagged words this is, counted in the text (0 = the first).

    Counted in the text rather than among the issues, so the answer does not depend on which
    other issues are shown or already dismissed; an edit elsewhere in the segment leaves it
    unchanged. (`issues_in_segment` is accepted for callers of the first version.)
    """
    text = segment.text(issue.side if issue.side != "both" else "target")
    words = text[issue.start:issue.end]
    if not words:
        return 0
    count, at = 0, text.find(words)
    while 0 <= at < issue.start:
        count += 1
        at = text.find(words, at + len(words))
    return count
