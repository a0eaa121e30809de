"""The in-place segment editor: wrapped text with issue underlines, tooltips and quick fixes."""

from __future__ import annotations

import time
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QPlainTextEdit, QToolTip, QWidget

from translator_gui.core.checks.base import Issue, Severity

from .i18n import category_label, severity_label, translate
from .segment_model import severity_color

# The editor and the painted cell must wrap at the same place, so they share these paddings.
PADDING_X = 4
PADDING_Y = 3


# Typing merges into one undo step until the translator stops for this long, moves the cursor
# (a key, a click, F8, find), pastes, applies a fix or leaves the segment (a new editor).
TYPING_PAUSE_SECONDS = 1.5
_clock = time.monotonic  # tests move time on
_MOVE_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                        Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})

SPELLING_COLOR = QColor("#d00000")
SUGGESTIONS_PREFIX = "Suggestions: "


def underline_format(issue: Issue) -> QTextCharFormat:
    """How an issue's words are drawn (the same format object for the same look: a block is
    highlighted again at every keystroke, and the delegate paints rows with them)."""
    return QTextCharFormat(_underline_format(issue.check == "spelling", issue.severity))


@lru_cache(maxsize=16)
def _underline_format(spelling: bool, severity: Severity) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if spelling:
        # A misspelt word gets the red squiggle of every word processor, not an issue's tint.
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(SPELLING_COLOR)
        return fmt
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(severity_color(severity))
    fmt.setBackground(_tint(severity_color(severity)))
    return fmt


def _tint(color: QColor) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(40)
    return tinted


def issue_tooltip(issues: list[Issue]) -> str:
    parts = []
    for issue in issues:
        color = severity_color(issue.severity).name()
        severity = severity_label(issue.severity.value).capitalize()
        text = (f"<b style='color:{color}'>{severity}</b> · "
                f"{_escape(category_label(issue.category))}<br>{_escape(issue.message)}")
        if issue.suggestion is not None:
            fix = _escape(issue.suggestion) or translate("Editor", "(delete)")
            text += "<br>" + translate("Editor", "Suggestion: <b>{fix}</b>").format(fix=fix)
        text += f"<br><i style='color:gray'>{_escape(issue.check)}</i>"
        parts.append(text)
    return "<hr>".join(parts)


def issue_note_html(issue: Issue) -> str:
    """One issue in full, for the note under the grid: severity, category, the message, then
    the fix (Alt+Enter applies it) or the hint (words to read, never pasted)."""
    color = severity_color(issue.severity).name()
    severity = severity_label(issue.severity.value).capitalize()
    text = (f"<b style='color:{color}'>{severity}</b> · "
            f"{_escape(category_label(issue.category))} · {_escape(issue.message)}")
    if issue.replacement is not None:
        fix = _escape(issue.replacement) or translate("Editor", "(delete)")
        text += " — " + translate("Editor", "Suggestion: <b>{fix}</b>").format(fix=fix)
        text += " (Alt+Enter)"
    elif issue.suggestion:
        text += " — " + _escape(translate("Editor", "Hint: {hint}").format(
            hint=issue.suggestion))
    return text + f" <i style='color:gray'>{_escape(issue.check)}</i>"


class IssueNote(QLabel):
    """Under the grid: the issue the translator was taken to, its message and fix in full,
    wrapped; it goes when the translator moves to another segment."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(6, 3, 6, 3)
        self.setObjectName("issue_note")
        self.issue: Issue | None = None
        self.row = -1
        self.hide()

    def show_issue(self, issue: Issue, row: int) -> None:
        self.issue, self.row = issue, row
        self.setText(issue_note_html(issue))
        self.show()

    def follow_row(self, row: int) -> None:
        if self.issue is not None and row != self.row:
            self.clear_issue()

    def clear_issue(self) -> None:
        self.issue, self.row = None, -1
        self.clear()
        self.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def issues_at(issues: list[Issue], position: int) -> list[Issue]:
    return [i for i in issues if i.start <= position < max(i.end, i.start + 1)]


class IssueHighlighter(QSyntaxHighlighter):
    """Underlines each issue span in its severity's colour (setFormat per span)."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.issues: list[Issue] = []

    def set_issues(self, issues: list[Issue]) -> None:
        if issues != self.issues:
            self.issues = list(issues)
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        block = self.currentBlock()
        offset, length = block.position(), len(text)
        # least severe first, so the worst issue's colour wins where spans overlap
        for issue in sorted(self.issues, key=lambda i: i.severity.rank):
            start = max(issue.start - offset, 0)
            end = min(issue.end - offset, length)
            if end > start:
                self.setFormat(start, end - start, underline_format(issue))


class SegmentEditor(QPlainTextEdit):
    """Edits one side of one segment. Keys a CAT user expects are passed up as signals."""

    confirm_requested = Signal()  # Ctrl+Enter
    move_requested = Signal(int)  # Ctrl+Up / Ctrl+Down: -1 / +1
    undo_requested = Signal()
    redo_requested = Signal()
    quick_fix_requested = Signal(object)  # Issue
    ignore_requested = Signal(object)  # Issue
    disable_check_requested = Signal(object)  # Issue
    split_requested = Signal(int)  # cursor position
    merge_requested = Signal()
    accept_word_requested = Signal(str, str)  # word, "project" | "user" | "ignore"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)
        self.setViewportMargins(PADDING_X, PADDING_Y, PADDING_X, 0)
        # The window's undo stack owns undo: typing merges into one command per segment.
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.highlighter = IssueHighlighter(self.document())
        self.side = "target"
        # one object per stretch of typing: undo commands with the same one merge
        self.typing: object = object()
        self._last_edit = float("-inf")

    # -- undo steps --------------------------------------------------------------------------
    def break_typing(self) -> None:
        """What is typed next is a new undo step."""
        self.typing = object()

    def typing_token(self) -> object:
        """The token of the edit being made: the current stretch's, or a new one after a
        pause (EditTextCommand merges edits that carry the same token)."""
        now = _clock()
        if now - self._last_edit > TYPING_PAUSE_SECONDS:
            self.break_typing()
        self._last_edit = now
        return self.typing

    # -- content -----------------------------------------------------------------------------
    def set_text_keeping_cursor(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def content_height(self) -> float:
        """The height of its text laid out at its width (the lines it shows anyway)."""
        document = self.document()
        layout = document.documentLayout()
        height = 0.0
        block = document.begin()
        while block.isValid():
            height += layout.blockBoundingRect(block).height()
            block = block.next()
        return height

    def select_span(self, start: int, end: int) -> None:
        self.break_typing()  # F8, find, a fix: the cursor jumps
        cursor = self.textCursor()
        length = len(self.toPlainText())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- keys --------------------------------------------------------------------------------
    def _cat_key(self, event: QKeyEvent) -> str | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return "confirm"
            if key == Qt.Key.Key_Up:
                return "up"
            if key == Qt.Key.Key_Down:
                return "down"
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo):
            return "redo"
        return None

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._cat_key(event)):
            event.accept()  # keep these keys from the window's shortcuts: we handle them here
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            found = issues_at(self.highlighter.issues, position)
            if found:
                QToolTip.showText(event.globalPos(), issue_tooltip(found), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        action = self._cat_key(event)
        if action == "confirm":
            self.confirm_requested.emit()
        elif action == "up":
            self.move_requested.emit(-1)
        elif action == "down":
            self.move_requested.emit(1)
        elif action == "undo":
            self.undo_requested.emit()
        elif action == "redo":
            self.redo_requested.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            # a segment is one line: plain Enter finishes editing, as in a spreadsheet cell
            event.ignore()
        elif event.matches(QKeySequence.StandardKey.Paste) or \
                event.matches(QKeySequence.StandardKey.Cut):
            self.break_typing()  # a paste or a cut is a step of its own
            super().keyPressEvent(event)
            self.break_typing()
        else:
            if event.key() in _MOVE_KEYS:
                self.break_typing()
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.break_typing()  # a click moves the cursor: typing there is a new step
        super().mousePressEvent(event)

    # -- context menu on underlined words ----------------------------------------------------
    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _spelling_actions(self, issue: Issue, menu: QMenu) -> list[QAction]:
        """The dictionary's suggestions, then Add to dictionary and Ignore all."""
        word = self.toPlainText()[issue.start:issue.end]
        choices = [issue.replacement] if issue.replacement else []
        if issue.hint and issue.hint.startswith(SUGGESTIONS_PREFIX):
            choices += [s for s in issue.hint[len(SUGGESTIONS_PREFIX):].split(", ")
                        if s and s not in choices]
        actions: list[QAction] = []
        for choice in choices[:6]:
            act = QAction(choice, menu)
            font = act.font()
            font.setBold(True)
            act.setFont(font)
            chosen = replace(issue, replacement=choice, suggestion=choice, hint=None)
            act.triggered.connect(lambda _=False, i=chosen: self.quick_fix_requested.emit(i))
            actions.append(act)
        if not choices:
            none = QAction(translate("Editor", "(no suggestions)"), menu)
            none.setEnabled(False)
            actions.append(none)
        for scope, label in (
                ("project", translate("Editor", "Add “{word}” to the project dictionary")),
                ("user", translate("Editor", "Add “{word}” to my dictionary")),
                ("ignore", translate("Editor", "Ignore all"))):
            label = label.format(word=word)
            act = QAction(label, menu)
            act.triggered.connect(
                lambda _=False, w=word, s=scope: self.accept_word_requested.emit(w, s))
            actions.append(act)
        return actions

    def build_context_menu(self, pos: QPoint) -> QMenu:
        cursor = self.cursorForPosition(pos)
        found = issues_at(self.highlighter.issues, cursor.position())
        menu = self.createStandardContextMenu(pos)
        for action in menu.actions():
            # the window's undo stack is the one that counts (the names hold in any language)
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        first = menu.actions()[0] if menu.actions() else None
        issue_actions: list[QAction] = []
        for issue in found:
            if issue.check == "spelling":
                issue_actions += self._spelling_actions(issue, menu)
                continue
            if issue.replacement is not None:
                label = (translate("Editor", "Replace with “{fix}”").format(fix=issue.suggestion)
                         if issue.suggestion else translate("Editor", "Delete"))
                act = QAction(label, menu)
                act.triggered.connect(lambda _=False, i=issue: self.quick_fix_requested.emit(i))
                issue_actions.append(act)
            elif issue.suggestion:
                act = QAction(translate("Editor", "Hint: {hint}").format(hint=issue.suggestion),
                              menu)
                act.setEnabled(False)  # a pattern to follow, not text to paste
                issue_actions.append(act)
            act = QAction(translate("Editor", "Ignore this {check} issue").format(
                check=issue.check), menu)
            act.triggered.connect(lambda _=False, i=issue: self.ignore_requested.emit(i))
            issue_actions.append(act)
            act = QAction(translate("Editor", "Turn off check {check} everywhere").format(
                check=issue.check), menu)
            act.triggered.connect(lambda _=False, i=issue: self.disable_check_requested.emit(i))
            issue_actions.append(act)
        if issue_actions and first is not None:
            menu.insertActions(first, issue_actions)
            menu.insertSeparator(first)
        elif issue_actions:
            menu.addActions(issue_actions)
        menu.addSeparator()
        at = cursor.position()
        split = menu.addAction(translate("Editor", "Split segment here"))
        split.triggered.connect(lambda: self.split_requested.emit(at))
        merge = menu.addAction(translate("Editor", "Merge with next segment"))
        merge.triggered.connect(self.merge_requested.emit)
        return menu
