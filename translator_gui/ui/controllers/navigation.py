"""Moving through the review: segments, issues (F8), find (core.find), the row filter."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractItemView

from translator_gui.core.checks.base import Issue
from translator_gui.core.find import next_match
from translator_gui.core.model import Status
from translator_gui.core.review import side_of

from ..commands import (
    EditTextCommand,
    IgnoreIssueCommand,
    ReplaceAllCommand,
    ReplaceSegmentsCommand,
    SetStatusCommand,
)
from ..delegates import SegmentDelegate
from ..editor import SegmentEditor
from ..grid import FilterMode
from ..i18n import translate
from ..segment_model import COLUMN_OF_SIDE, Column

if TYPE_CHECKING:
    from ..window import MainWindow

SIDES = ("source", "target")


def issue_place(issue: Issue, row: int) -> tuple[int, int, int, int, str, str]:
    """Where an issue is in reading order: its segment's row, the side (source first), its
    span; the check and message order issues on the same words, so each gets its turn."""
    return row, SIDES.index(side_of(issue)), issue.start, issue.end, issue.check, issue.message


class NavigationController:
    def __init__(self, window: MainWindow):
        self.window = window
        self.editor: SegmentEditor | None = None
        self._last_issue: Issue | None = None  # the one F8 (or a click in Issues) showed

    # -- the grid and its cell editor --------------------------------------------------------
    def hook_editor(self, editor: SegmentEditor, _index: QModelIndex) -> None:
        window = self.window
        editor.break_typing()
        self.editor = editor
        editor.confirm_requested.connect(self.confirm_and_next)
        editor.move_requested.connect(self.move_current)
        editor.undo_requested.connect(window.undo)
        editor.redo_requested.connect(window.redo)
        editor.quick_fix_requested.connect(window.repair.quick_fix)
        editor.ignore_requested.connect(window.repair.ignore_issue)
        editor.disable_check_requested.connect(window.repair.disable_check)
        editor.split_requested.connect(lambda at, e=editor: window.repair.split_from_editor(e, at))
        editor.merge_requested.connect(window.repair.merge_current)
        editor.accept_word_requested.connect(window.repair.accept_word)
        editor.destroyed.connect(lambda *_: self._forget_editor(editor))

    def _forget_editor(self, editor: SegmentEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def current_editor(self) -> SegmentEditor | None:
        editor = self.editor
        try:
            if editor is not None and editor.isVisible():
                return editor
        except RuntimeError:  # already deleted on the C++ side
            self.editor = None
        return None

    def edit_from_view(self, row: int, side: str, text: str) -> None:
        """A cell's new text: an undo command, merged with the typing just before it (the
        editor says when a stretch of typing ends: a pause, a cursor move, a paste)."""
        window = self.window
        editor = self.current_editor()
        window.undo_stack.push(EditTextCommand(window.review, window.model.segment(row).id,
                                               side, text,
                                               editor.typing_token() if editor is not None
                                               else None))

    def close_editor(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.window.view.commitData(editor)
            self.window.view.closeEditor(editor, SegmentDelegate.EndEditHint.NoHint)

    def reopen_editor(self) -> None:
        """Qt closes the cell editor when the window loses focus (the text is already in the
        model); coming back, the translator expects the cursor in the segment again."""
        window = self.window
        index = window.view.currentIndex()
        if (self.current_editor() is None and index.isValid() and window.isActiveWindow()
                and index.column() in (Column.SOURCE, Column.TARGET)):
            window.view.edit(index)

    def current_row(self) -> int:
        """The current segment's row in the document (-1 when none)."""
        index = self.window.view.currentIndex()
        return self.window.proxy.mapToSource(index).row() if index.isValid() else -1

    def current_column(self) -> Column:
        index = self.window.view.currentIndex()
        if index.isValid() and index.column() in (Column.SOURCE, Column.TARGET):
            return Column(index.column())
        return Column.TARGET

    def go_to_row(self, row: int, column: Column = Column.TARGET, edit: bool = True) -> bool:
        window = self.window
        view, proxy = window.view, window.proxy
        source_index = window.model.index(row, column)
        index = proxy.mapFromSource(source_index)
        if not index.isValid():
            # the row is filtered out: show everything rather than lose the translator
            window.filter_box.setCurrentIndex(0)
            window.filter_edit.clear()
            self.apply_row_filter()
            index = proxy.mapFromSource(source_index)
            if not index.isValid():
                return False
        self.close_editor()
        if edit:
            view.setCurrentIndex(index)  # the CurrentChanged trigger opens the editor
            if self.current_editor() is None:
                view.edit(index)
        else:
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        view.fit_visible_rows()
        return True

    def reveal_change(self, command: QUndoCommand) -> None:
        """Show the segment an undo or redo changed, as CAT tools do: in a long document the
        change is otherwise made out of sight."""
        window = self.window
        side = "target"
        segment_id: int | None = None
        row: int | None = None
        if isinstance(command, EditTextCommand):
            segment_id, side = command.segment_id, command.side
        elif isinstance(command, SetStatusCommand):
            segment_id = command.segment_id
        elif isinstance(command, IgnoreIssueCommand):
            segment_id, side = command.issue.segment, side_of(command.issue)
        elif isinstance(command, ReplaceAllCommand) and command.changes:
            segment_id = command.changes[0][0]
        elif isinstance(command, ReplaceSegmentsCommand):
            row = min(command.row, window.model.rowCount() - 1)
        if segment_id is not None:
            try:
                row = window.review.row_of(segment_id)
            except KeyError:
                return
        if row is None:
            return  # a document-wide change (a check turned off): nothing to point at
        if row != self.current_row():
            self.go_to_row(row, COLUMN_OF_SIDE.get(side, Column.TARGET))

    def move_current(self, delta: int) -> None:
        window = self.window
        index = window.view.currentIndex()
        row = index.row() + delta if index.isValid() else 0
        if not 0 <= row < window.proxy.rowCount():
            return
        source_row = window.proxy.mapToSource(window.proxy.index(row, 0)).row()
        self.go_to_row(source_row, self.current_column())

    def confirm_and_next(self) -> None:
        window = self.window
        row = self.current_row()
        if row < 0:
            return
        column = self.current_column()
        segment = window.model.segment(row)
        if segment.status != Status.CONFIRMED:
            if not window.qa_gate.allow_confirm(segment):
                return
            window.undo_stack.push(SetStatusCommand(window.review, segment.id,
                                                    Status.CONFIRMED))
        proxy = window.proxy
        proxy_row = proxy.mapFromSource(window.model.index(row, 0)).row()
        count = proxy.rowCount()
        for step in range(1, count + 1):
            candidate = (proxy_row + step) % count
            source_row = proxy.mapToSource(proxy.index(candidate, 0)).row()
            if window.model.segment(source_row).status != Status.CONFIRMED:
                self.go_to_row(source_row, column)
                return
        window.show_message(translate("Navigation", "Every segment is confirmed."), 5000)

    def confirm_row(self, row: int) -> None:
        self.go_to_row(row, edit=False)
        self.confirm_and_next()

    # -- issues ------------------------------------------------------------------------------
    def show_issue(self, issue: Issue) -> None:
        """Select the issue's segment and its words, and say in full what is wrong."""
        try:
            row = self.window.review.row_of(issue.segment)
        except KeyError:
            return
        self.select_span(row, side_of(issue), issue.start, issue.end)
        self._last_issue = issue
        self.window.show_issue_note(issue)

    def select_span(self, row: int, side: str, start: int, end: int) -> None:
        self.go_to_row(row, COLUMN_OF_SIDE[side])
        editor = self.current_editor()
        if editor is not None:
            editor.select_span(start, end)
            editor.setFocus()

    def issue_at_cursor(self) -> Issue | None:
        """The issue under the editor's cursor (or the segment's first one)."""
        window = self.window
        row = self.current_row()
        if row < 0:
            return None
        editor = self.current_editor()
        issues = window.review.issues_of(window.model.segment(row).id)
        if editor is not None:
            position = editor.textCursor().selectionStart()
            for issue in editor.highlighter.issues:
                if issue.start <= position <= issue.end and issue in issues:
                    return issue
            same_side = [i for i in issues if side_of(i) == editor.side]
            if same_side:
                return same_side[0]
        return issues[0] if issues else None

    def go_to_issue(self, direction: int) -> bool:
        """Select the next (or previous) issue's words after the cursor, across segments, in
        text order: a segment's source issues, then its target's. Landing in a segment puts
        the cursor at the start of its target, which counts as the segment's start: F8 then
        shows its source issues first rather than skipping them."""
        window = self.window
        rows = window.model.rowCount()
        if not rows:
            return False
        row = max(self.current_row(), 0)
        editor = self.current_editor()
        # `here` as a prefix of issue_place: an issue starting at the cursor is ahead of it
        here: tuple[int | float | str, ...] = (row, -1)  # no editor: the segment's start
        if editor is not None:
            cursor = editor.textCursor()
            side, start = SIDES.index(editor.side), cursor.selectionStart()
            last = self._last_issue
            if (last is not None and cursor.hasSelection()
                    and last.segment == window.model.segment(row).id
                    and side_of(last) == editor.side
                    and (last.start, last.end) == (start, cursor.selectionEnd())):
                here = issue_place(last, row)  # on from the issue shown last
            elif cursor.hasSelection():
                here = (row, side, start, math.inf)  # past the words selected
            elif not (direction > 0 and side == 1 and start == 0):
                here = (row, side, start)

        def ahead(place: tuple[int | str, ...]) -> bool:
            return place > here if direction > 0 else place < here

        for step in range(rows + 1):
            at_row = (row + step * direction) % rows
            found = sorted(window.review.issues_of(window.model.segment(at_row).id),
                           key=lambda i: issue_place(i, at_row),  # noqa: B023 - used at once
                           reverse=direction < 0)
            for issue in found:
                if step == 0 and not ahead(issue_place(issue, at_row)):
                    continue
                self.show_issue(issue)
                window.issues_panel.select_issue(issue)
                return True
        window.show_message(translate("Navigation", "No issues left."), 4000)
        return False

    # -- find --------------------------------------------------------------------------------
    def open_find(self, replace: bool) -> None:
        """Ctrl+F / Ctrl+H start from the words selected in the segment (F8 selects an issue's
        words: Ctrl+H then replaces them everywhere), as in word processors and CAT tools."""
        window = self.window
        editor = self.current_editor()
        selected = editor.textCursor().selectedText() if editor is not None else ""
        dialog = window.find_dialog
        if selected and "\u2029" not in selected:  # a selection within one paragraph
            dialog.find_edit.setText(
                re.escape(selected) if dialog.regex_box.isChecked() else selected)
        dialog.show_mode(replace)

    def find_next(self, pattern: re.Pattern[str], direction: int = 1) -> bool:
        """The next match after the cursor (core.find.next_match), wrapping round."""
        window = self.window
        if not window.model.rowCount():
            return False
        row = max(self.current_row(), 0)
        editor = self.current_editor()
        if editor is not None:
            cursor = editor.textCursor()
            at = cursor.selectionEnd() if direction > 0 else cursor.selectionStart()
            match = next_match(window.document, pattern, row, editor.side, at, direction)
        else:
            match = next_match(window.document, pattern, row, None, 0, direction)
        if match is None:
            window.show_message(translate("Navigation", "Not found."), 4000)
            window.find_dialog.message.setText(translate("Navigation", "Not found."))
            return False
        self.select_span(match.row, match.side, match.start, match.end)
        return True

    # -- the row filter ----------------------------------------------------------------------
    def apply_row_filter(self, *_args: Any) -> None:
        window = self.window
        row = self.current_row()
        self.close_editor()
        window.proxy.set_filter(FilterMode(max(window.filter_box.currentIndex(), 0)),
                                window.filter_edit.text())
        window.view.forget_heights()
        if row >= 0:
            index = window.proxy.mapFromSource(window.model.index(row, Column.TARGET))
            if index.isValid():
                window.view.scrollTo(index)
