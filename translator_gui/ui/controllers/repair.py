"""Changing the text and the alignment: fixes, ignores, merge, split, moved sentences,
Replace all. Every change is an undo command over a ReviewSession edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QMenu, QStyleOptionViewItem

from translator_gui.core.checks.base import Issue
from translator_gui.core.model import InputError, Segment
from translator_gui.core.review import side_of

from ..commands import (
    DisableCheckCommand,
    EditTextCommand,
    IgnoreIssueCommand,
    ReplaceAllCommand,
    ReplaceSegmentsCommand,
)
from ..editor import SegmentEditor, issues_at
from ..i18n import translate
from ..segment_model import COLUMN_OF_SIDE, SIDE_OF_COLUMN, Column, IssuesRole
from . import bound

if TYPE_CHECKING:
    from ..window import MainWindow


class RepairController:
    def __init__(self, window: MainWindow):
        self.window = window
        self.review = window.review

    # -- whole targets -----------------------------------------------------------------------
    def _set_target(self, text_of: str, label: str) -> None:
        window = self.window
        row = window.current_row()
        if row >= 0:
            segment = window.model.segment(row)
            window.close_editor()
            text = segment.source if text_of == "source" else segment.draft
            window.undo_stack.push(EditTextCommand(self.review, segment.id, "target", text,
                                                   label=label.format(row + 1)))
            window.go_to_row(row)

    def copy_source_to_target(self) -> None:
        self._set_target("source", translate("Repair", "Copy source to target {}"))

    def revert_to_draft(self) -> None:
        self._set_target("draft", translate("Repair", "Revert segment {} to the draft"))

    def replace_in_targets(self, changes: list[tuple[int, str]], label: str) -> None:
        """Many targets at once (Replace all, an imported review): one undo step; their
        re-check runs on a worker (see CheckingController)."""
        self.window.close_editor()
        self.window.undo_stack.push(ReplaceAllCommand(self.review, changes, label))

    # -- issues ------------------------------------------------------------------------------
    def quick_fix(self, issue: Issue) -> bool:
        window = self.window
        if not self.review.is_live(issue):
            window.show_message(translate("Repair", "This issue is out of date; it was re-checked."), 4000)
            return False
        change = self.review.fixed_text(issue)
        if change is None:
            window.show_message(
                translate("Repair", "Hint only, edit the words yourself: {hint}").format(
                    hint=issue.suggestion) if issue.suggestion
                else translate("Repair", "This issue has no suggestion to apply."), 8000)
            return False
        side, text = change
        row = self.review.row_of(issue.segment)
        window.undo_stack.push(EditTextCommand(
            self.review, issue.segment, side, text,
            label=translate("Repair", "Apply suggestion of {check} in segment {row}").format(
                check=issue.check, row=row + 1)))
        checking = window.checking
        if checking.model_loading:
            checking.recheck_now([issue.segment])
        else:
            checking.forget(issue.segment)
            checking.recheck_row(row)
        return True

    def fix_at_cursor(self) -> None:
        window = self.window
        issue = window.navigation.issue_at_cursor()
        if issue is None:
            window.show_message(translate("Repair", "No issue here. F8 goes to the next one."), 4000)
        elif self.quick_fix(issue):
            # the cursor goes after the new words, where the translator goes on typing
            after = issue.start + len(issue.replacement or "")
            window.navigation.select_span(self.review.row_of(issue.segment), side_of(issue),
                                          after, after)

    def ignore_issue(self, issue: Issue) -> bool:
        if not self.review.is_live(issue):
            return False
        self.window.undo_stack.push(IgnoreIssueCommand(self.review, issue))
        return True

    def ignore_at_cursor(self) -> None:
        issue = self.window.navigation.issue_at_cursor()
        if issue is not None:
            self.ignore_issue(issue)

    def accept_word(self, word: str, scope: str) -> None:
        """Add to dictionary (project or user) or Ignore all: one undoable step."""
        from ..spelling_actions import AcceptWordCommand

        if word.strip():
            self.window.undo_stack.push(AcceptWordCommand(self.review, word, scope))

    def disable_check(self, issue_or_id: Issue | str) -> None:
        check_id = issue_or_id if isinstance(issue_or_id, str) else issue_or_id.check
        self.window.undo_stack.push(DisableCheckCommand(self.review, check_id))

    # -- alignment repair --------------------------------------------------------------------
    def _replace(self, row: int, old: list[Segment], new: list[Segment], label: str) -> None:
        self.window.close_editor()
        self.window.undo_stack.push(ReplaceSegmentsCommand(
            self.review, row, old, new, label, self.window.checking.recheck_now))

    def merge_with_next(self, row: int) -> bool:
        if not 0 <= row < self.window.model.rowCount() - 1:
            self.window.show_message(translate("Repair", "There is no next segment to merge with."), 4000)
            return False
        first, old, new = self.review.plan_merge(row)
        self._replace(first, old, new, translate("Repair", "Merge segments {first} and {second}"
                                                 ).format(first=row + 1, second=row + 2))
        self.window.go_to_row(row)
        return True

    def merge_current(self) -> None:
        row = self.window.current_row()
        if row >= 0:
            self.merge_with_next(row)

    def split(self, row: int, side: str, at: int) -> bool:
        """Split segment `row` at offset `at` of `side`; the other side is cut where it fits."""
        if not 0 < at < len(self.window.model.segment(row).text(side)):
            self.window.show_message(translate("Repair", "Put the cursor inside the text to split it."), 4000)
            return False
        first, old, new = self.review.plan_split(row, side, at)
        self._replace(first, old, new, translate("Repair", "Split segment {row}").format(
            row=row + 1))
        self.window.go_to_row(row + 1, COLUMN_OF_SIDE[side])
        return True

    def split_from_editor(self, editor: SegmentEditor, at: int) -> None:
        row = self.window.current_row()
        if row >= 0:
            self.split(row, editor.side, at)

    def split_current(self) -> None:
        row = self.window.current_row()
        editor = self.window.current_editor()
        if row < 0:
            return
        if editor is None:
            self.window.show_message(translate(
                "Repair", "Click in the text where the segment should be split."),
                                     4000)
            return
        self.split(row, editor.side, editor.textCursor().position())

    def move_sentence(self, row: int, side: str, direction: int) -> bool:
        """Move the last sentence of `side` into the next segment (+1) or the first into the
        previous one (-1): the usual repair when the aligner cut one sentence too early."""
        try:
            plan = self.review.plan_move_sentence(row, side, direction)
        except InputError as error:
            self.window.show_message(translate("Repair", "Cannot find the sentences: {error}"
                                               ).format(error=error), 8000)
            return False
        if plan is None:
            return False
        first, old, new = plan
        neighbour = row + direction
        self._replace(first, old, new,
                      translate("Repair", "Move a sentence from segment {row} to segment "
                                "{neighbour}").format(row=row + 1, neighbour=neighbour + 1))
        self.window.go_to_row(row, COLUMN_OF_SIDE[side])
        return True

    def move_sentence_current(self, direction: int) -> None:
        row = self.window.current_row()
        if row >= 0:
            side = SIDE_OF_COLUMN.get(self.window.current_column(), "target")
            if not self.move_sentence(row, side, direction):
                self.window.show_message(translate("Repair", "There is no neighbouring segment there."), 4000)

    # -- the grid's context menu -------------------------------------------------------------
    def show_context_menu(self, pos: QPoint) -> None:
        view = self.window.view
        index = view.indexAt(pos)
        if index.isValid():
            menu = self.context_menu(index, pos)
            menu.exec(view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def context_menu(self, index: QModelIndex, pos: QPoint) -> QMenu:
        """Quick fixes for the underlined words under the mouse, then alignment repair."""
        window = self.window
        row = window.proxy.mapToSource(index).row()
        menu = QMenu(window)
        side = SIDE_OF_COLUMN.get(Column(index.column()))
        found = self._issues_at_point(index, pos) if side is not None else []
        for issue in found:
            if issue.replacement is not None:
                menu.addAction(translate("Repair", "Replace with “{fix}”").format(
                                   fix=issue.replacement) if issue.replacement
                               else translate("Repair", "Delete the words"),
                               bound(self.quick_fix, issue))
            elif issue.suggestion:
                menu.addAction(translate("Repair", "Hint: {hint}").format(
                    hint=issue.suggestion)).setEnabled(False)
            menu.addAction(translate("Repair", "Ignore this {check} issue").format(
                check=issue.check), bound(self.ignore_issue, issue))
            menu.addAction(translate("Repair", "Turn off check {check} everywhere").format(
                check=issue.check),
                           bound(self.disable_check, issue))
        memory = getattr(window, "memory", None)
        if memory is not None:
            memory.extend_menu(menu, found)
        if found:
            menu.addSeparator()
        menu.addAction(translate(
            "Repair", "Confirm and go to next"), lambda: window.navigation.confirm_row(row))
        menu.addAction(translate("Repair", "Merge with next segment"), lambda: self.merge_with_next(row))
        for label, direction in ((translate("Repair", "Move last sentence to next segment"), 1),
                                 (translate("Repair", "Move first sentence to previous segment"),
                                  -1)):
            menu.addAction(label, bound(self.move_sentence, row, side or "target", direction))
        return menu

    def _issues_at_point(self, index: QModelIndex, pos: QPoint) -> list[Issue]:
        view = self.window.view
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.rect = view.visualRect(index)
        position = self.window.delegate.position_at(option, index, pos)
        return issues_at(index.data(IssuesRole) or [], position) if position >= 0 else []
