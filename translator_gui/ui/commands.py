"""Undoable changes to the review (orange-canvas-core's shape).

Each QUndoCommand calls one ReviewSession edit in redo() and its inverse in undo(); none
touches a widget or the document directly. Typing in one segment merges into one command
(id() / mergeWith()) for one stretch of typing: the editor (ui/editor.py) starts a new stretch
after a pause, a cursor move, a paste, a fix, or on leaving the segment.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from translator_gui.core.checks.base import Issue
from translator_gui.core.model import IgnoredIssue, Segment, Status
from translator_gui.core.review import ReviewSession, TextEdit

from .i18n import status_label, translate

TYPING_ID = 1001


class EditTextCommand(QUndoCommand):
    """Set one side of one segment; undo restores the old text and status (a confirmation)."""

    def __init__(self, review: ReviewSession, segment_id: int, side: str, new_text: str,
                 typing: object | None = None, label: str | None = None):
        segment = review.segment(segment_id)
        row = review.row_of(segment_id) + 1
        super().__init__(label or (translate("Commands", "Edit target of segment {row}")
                                   if side == "target" else
                                   translate("Commands", "Edit source of segment {row}")
                                   ).format(row=row))
        self.review = review
        self.segment_id = segment_id
        self.side = side
        self.old_text = segment.text(side)
        self.old_status = segment.status
        self.new_text = new_text
        # typing merges only within one editing session of one segment
        self.typing = typing

    def id(self) -> int:
        return TYPING_ID if self.typing is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditTextCommand) or other.typing is None:
            return False
        if (other.typing is not self.typing or other.segment_id != self.segment_id
                or other.side != self.side):
            return False
        self.new_text = other.new_text
        return True

    def redo(self) -> None:
        self.review.set_text(self.segment_id, self.side, self.new_text)

    def undo(self) -> None:
        self.review.restore_texts([TextEdit(self.segment_id, self.side, self.old_text,
                                            self.new_text, self.old_status)])


class SetStatusCommand(QUndoCommand):
    def __init__(self, review: ReviewSession, segment_id: int, status: Status):
        super().__init__(translate("Commands", "Mark segment {row} {status}").format(
            row=review.row_of(segment_id) + 1, status=status_label(status.value)))
        self.review = review
        self.segment_id = segment_id
        self.old_status = review.segment(segment_id).status
        self.new_status = status

    def redo(self) -> None:
        self.review.set_status(self.segment_id, self.new_status)

    def undo(self) -> None:
        self.review.set_status(self.segment_id, self.old_status)


class IgnoreIssueCommand(QUndoCommand):
    """Dismiss one occurrence of an issue (kept in document.checks.ignored)."""

    def __init__(self, review: ReviewSession, issue: Issue):
        super().__init__(translate("Commands", "Ignore {check} in segment {row}").format(
            check=issue.check, row=review.row_of(issue.segment) + 1))
        self.review = review
        self.issue = issue
        self.record: IgnoredIssue | None = None

    def redo(self) -> None:
        self.record = self.review.ignore(self.issue)

    def undo(self) -> None:
        if self.record is not None:
            self.review.unignore(self.record, self.issue)


class DisableCheckCommand(QUndoCommand):
    """Switch a check off for this document: its issues disappear everywhere."""

    def __init__(self, review: ReviewSession, check_id: str):
        super().__init__(translate("Commands", "Turn off check {check}").format(check=check_id))
        self.review = review
        self.check_id = check_id
        self.was_disabled = False
        self.removed: dict[int, list[Issue]] = {}

    def redo(self) -> None:
        self.was_disabled, self.removed = self.review.disable_check(self.check_id)

    def undo(self) -> None:
        self.review.enable_check(self.check_id, self.was_disabled, self.removed)


class ReplaceSegmentsCommand(QUndoCommand):
    """Alignment repair (merge, split, moved sentence): swap some rows for new ones.

    Built from copies taken before and after the change, so redo and undo just swap rows;
    `recheck` is called with the ids of the segments that now need fresh issues.
    """

    def __init__(self, review: ReviewSession, row: int, old: list[Segment], new: list[Segment],
                 label: str, recheck: Callable[[list[int]], None] | None = None):
        super().__init__(label)
        self.review = review
        self.row = row
        self.old = [copy.deepcopy(s) for s in old]
        self.new = [copy.deepcopy(s) for s in new]
        self.old_issues = {s.id: review.issues_of(s.id) for s in old}
        self.recheck = recheck

    def redo(self) -> None:
        self.review.replace_segments(self.row, len(self.old),
                                     [copy.deepcopy(s) for s in self.new])
        if self.recheck:
            self.recheck([s.id for s in self.new])

    def undo(self) -> None:
        self.review.replace_segments(self.row, len(self.new),
                                     [copy.deepcopy(s) for s in self.old], self.old_issues)


class ReplaceAllCommand(QUndoCommand):
    """One undo step for many targets (a find-and-replace, an imported review):
    [(segment id, new target)]."""

    def __init__(self, review: ReviewSession, changes: list[tuple[int, str]], label: str):
        super().__init__(label)
        self.review = review
        self.changes = list(changes)
        self.edits: list[TextEdit] = []

    def redo(self) -> None:
        self.edits = self.review.set_texts(self.changes)

    def undo(self) -> None:
        self.review.restore_texts(self.edits)
