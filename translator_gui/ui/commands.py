"""Undoable changes to the review document (orange-canvas-core's shape).

Each QUndoCommand changes the core model through the SegmentModel, never a widget. Typing in
one segment merges into one command (id() / mergeWith()) until the translator leaves it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from translator_gui.core.checks.base import Issue
from translator_gui.core.model import IgnoredIssue, Segment, Status

from .segment_model import SegmentModel

TYPING_ID = 1001


class EditTextCommand(QUndoCommand):
    """Set one side of one segment; keeps the old status so undo restores a confirmation."""

    def __init__(self, model: SegmentModel, segment_id: int, side: str, new_text: str,
                 session: object | None = None, label: str | None = None):
        row = model.row_of(segment_id)
        segment = model.segment(row)
        number = row + 1
        super().__init__(label or f"Edit {side} of segment {number}")
        self.model = model
        self.segment_id = segment_id
        self.side = side
        self.old_text = segment.text(side)
        self.old_status = segment.status
        self.new_text = new_text
        # typing merges only within one editing session of one segment
        self.session = session

    def id(self) -> int:
        return TYPING_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditTextCommand) or other.session is None:
            return False
        if (other.session is not self.session or other.segment_id != self.segment_id
                or other.side != self.side):
            return False
        self.new_text = other.new_text
        return True

    def redo(self) -> None:
        self.model.set_text(self.model.row_of(self.segment_id), self.side, self.new_text)

    def undo(self) -> None:
        row = self.model.row_of(self.segment_id)
        self.model.set_text(row, self.side, self.old_text)
        if self.model.segment(row).status != self.old_status:
            self.model.set_status(row, self.old_status)


class SetStatusCommand(QUndoCommand):
    def __init__(self, model: SegmentModel, segment_id: int, status: Status):
        row = model.row_of(segment_id)
        super().__init__(f"Mark segment {row + 1} {status.value}")
        self.model = model
        self.segment_id = segment_id
        self.old_status = model.segment(row).status
        self.new_status = status

    def redo(self) -> None:
        self.model.set_status(self.model.row_of(self.segment_id), self.new_status)

    def undo(self) -> None:
        self.model.set_status(self.model.row_of(self.segment_id), self.old_status)


def can_apply(issue: Issue) -> bool:
    """True when the suggestion is text to put in place of the flagged words.

    Some checks suggest a pattern for the translator to finish ("a assisté à … et y a pris
    la parole") or alternatives ("lors de / devant"); pasting those would write the hint
    itself into the text, so they are shown but not applied.
    """
    return issue.replacement is not None


def fixed_text(segment: Segment, issue: Issue) -> tuple[str, str] | None:
    """(side, new text) after applying the issue's suggestion, or None if it cannot be."""
    if not can_apply(issue):
        return None
    side = "target" if issue.side == "both" else issue.side
    text = segment.text(side)
    if not 0 <= issue.start <= issue.end <= len(text):
        return None
    return side, text[:issue.start] + (issue.replacement or "") + text[issue.end:]


class IgnoreIssueCommand(QUndoCommand):
    """Dismiss one occurrence of an issue (stored in document.checks.ignored)."""

    def __init__(self, model: SegmentModel, issue: Issue, ignored: IgnoredIssue):
        super().__init__(f"Ignore {issue.check} in segment {model.row_of(issue.segment) + 1}")
        self.model = model
        self.issue = issue
        self.ignored = ignored

    def redo(self) -> None:
        self.model.document.checks.ignored.append(self.ignored)
        remaining = [i for i in self.model.issues_of(self.issue.segment) if i != self.issue]
        self.model.set_segment_issues(self.issue.segment, remaining)

    def undo(self) -> None:
        ignored = self.model.document.checks.ignored
        for position in range(len(ignored) - 1, -1, -1):
            if ignored[position] == self.ignored:
                del ignored[position]
                break
        restored = self.model.issues_of(self.issue.segment) + [self.issue]
        restored.sort(key=lambda i: (i.side, i.start, i.end, i.check))
        self.model.set_segment_issues(self.issue.segment, restored)


class DisableCheckCommand(QUndoCommand):
    """Switch a check off for this document: its issues disappear everywhere."""

    def __init__(self, model: SegmentModel, check_id: str):
        super().__init__(f"Turn off check {check_id}")
        self.model = model
        self.check_id = check_id
        self.removed: dict[int, list[Issue]] = {}
        self.was_disabled = check_id in model.document.checks.disabled

    def redo(self) -> None:
        self.model.document.checks.disabled.add(self.check_id)
        self.removed = {}
        for segment in self.model.document.segments:
            found = self.model.issues_of(segment.id)
            if any(i.check == self.check_id for i in found):
                self.removed[segment.id] = found
                self.model.set_segment_issues(
                    segment.id, [i for i in found if i.check != self.check_id])

    def undo(self) -> None:
        if not self.was_disabled:
            self.model.document.checks.disabled.discard(self.check_id)
        for segment_id, found in self.removed.items():
            self.model.set_segment_issues(segment_id, found)


class ReplaceSegmentsCommand(QUndoCommand):
    """Alignment repair (merge, split, moved sentence): swap some rows for new ones.

    Built from copies taken before and after the change, so redo and undo just swap rows;
    `recheck` is called with the rows that now need fresh issues.
    """

    def __init__(self, model: SegmentModel, row: int, old: list[Segment], new: list[Segment],
                 label: str, recheck: Callable[[list[int]], None] | None = None):
        super().__init__(label)
        self.model = model
        self.row = row
        self.old = [copy.deepcopy(s) for s in old]
        self.new = [copy.deepcopy(s) for s in new]
        self.old_issues = {s.id: model.issues_of(s.id) for s in old}
        self.recheck = recheck

    def redo(self) -> None:
        self.model.replace_rows(self.row, len(self.old), [copy.deepcopy(s) for s in self.new])
        if self.recheck:
            self.recheck(list(range(self.row, self.row + len(self.new))))

    def undo(self) -> None:
        self.model.replace_rows(self.row, len(self.new), [copy.deepcopy(s) for s in self.old],
                                self.old_issues)


class ReplaceAllCommand(QUndoCommand):
    """One undo step for a find-and-replace over many targets: [(segment id, new target)]."""

    def __init__(self, model: SegmentModel, changes: list[tuple[int, str]], label: str):
        super().__init__(label)
        self.edits = [EditTextCommand(model, segment_id, "target", text, label=label)
                      for segment_id, text in changes]

    def redo(self) -> None:
        for edit in self.edits:
            edit.redo()

    def undo(self) -> None:
        for edit in reversed(self.edits):
            edit.undo()
