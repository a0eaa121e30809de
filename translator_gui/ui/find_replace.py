"""Find (Ctrl+F) and find & replace across targets (Ctrl+H), plain or regex, with a preview."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.find import Replacement, compile_pattern, plan_replacements

from .i18n import translate


class FindReplaceDialog(QDialog):
    """Non-modal: the translator keeps editing while it is open."""

    find_requested = Signal(object, int)  # compiled pattern, direction (+1 / -1)
    replace_requested = Signal(object, str)  # [(segment id, new target)], label
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, document_getter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("FindReplace", "Find and Replace"))
        self.setModal(False)
        self.document_getter = document_getter
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.regex_box = QCheckBox(translate("FindReplace", "Regular expression"), self)
        self.case_box = QCheckBox(translate("FindReplace", "Match case"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("FindReplace", "Find:"), self.find_edit)
        self.replace_label = QLabel(translate("FindReplace", "Replace in targets:"), self)
        form.addRow(self.replace_label, self.replace_edit)
        options = QHBoxLayout()
        options.addWidget(self.regex_box)
        options.addWidget(self.case_box)
        options.addStretch(1)

        self.previous_button = QPushButton(translate("FindReplace", "Find &previous"), self)
        self.next_button = QPushButton(translate("FindReplace", "Find &next"), self)
        self.preview_button = QPushButton(translate("FindReplace", "Pre&view replacements"), self)
        self.replace_button = QPushButton(translate("FindReplace", "&Replace all"), self)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.preview_button,
                       self.replace_button):
            buttons.addWidget(button)
        self.previous_button.clicked.connect(lambda: self.search(-1))
        self.next_button.clicked.connect(lambda: self.search(1))
        self.preview_button.clicked.connect(self.preview)
        self.replace_button.clicked.connect(self.replace_all)

        self.preview_table = QTableWidget(0, 3, self)
        self.preview_table.setHorizontalHeaderLabels(["#", translate(
            "FindReplace", "Before"), translate("FindReplace", "After")])
        self.preview_table.verticalHeader().hide()
        self.preview_table.setWordWrap(True)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.preview_table, 1)
        self.planned: list[Replacement] = []
        for widget in (self.find_edit, self.replace_edit):
            widget.textChanged.connect(self._forget_preview)
        self.regex_box.toggled.connect(self._forget_preview)
        self.case_box.toggled.connect(self._forget_preview)
        for widget in (self.find_edit, self.replace_edit):
            widget.installEventFilter(self)
        self.resize(760, 420)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Ctrl+Z in a field with no typing of its own to undo is meant for the document (the
        # message after Replace all says so); otherwise the field would swallow it
        if (isinstance(watched, QLineEdit) and watched in (self.find_edit, self.replace_edit)
                and isinstance(event, QKeyEvent)
                and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)):
            if event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable():
                if event.type() == QEvent.Type.KeyPress:
                    self.undo_requested.emit()
                event.accept()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable():
                if event.type() == QEvent.Type.KeyPress:
                    self.redo_requested.emit()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def show_mode(self, replace: bool) -> None:
        for widget in (self.replace_label, self.replace_edit, self.preview_button,
                       self.replace_button, self.preview_table):
            widget.setVisible(replace)
        self.setWindowTitle(translate("FindReplace", "Find and Replace") if replace
                            else translate("FindReplace", "Find"))
        self.adjustSize() if not replace else self.resize(max(self.width(), 760), 420)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def pattern(self) -> re.Pattern[str] | None:
        text = self.find_edit.text()
        if not text:
            self.message.setText(translate("FindReplace", "Type the words to find."))
            return None
        try:
            return compile_pattern(text, self.regex_box.isChecked(), self.case_box.isChecked())
        except re.error as error:
            self.message.setText(translate("FindReplace", "This regular expression is not valid: "
                                           "{error}.").format(error=error))
            return None

    def search(self, direction: int) -> None:
        pattern = self.pattern()
        if pattern is not None:
            self.message.clear()
            self.find_requested.emit(pattern, direction)

    def preview(self) -> list[Replacement]:
        pattern = self.pattern()
        self.planned = []
        if pattern is None:
            return []
        try:
            self.planned = plan_replacements(self.document_getter(), pattern,
                                             self.replace_edit.text(), self.regex_box.isChecked())
        except (re.error, IndexError) as error:
            self.message.setText(translate("FindReplace", "The replacement is not valid: {error}."
                                           ).format(error=error))
            return []
        table = self.preview_table
        table.setRowCount(len(self.planned))
        for line, planned in enumerate(self.planned):
            number = QTableWidgetItem(str(planned.row + 1))
            number.setFlags(number.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Checked)
            table.setItem(line, 0, number)
            table.setItem(line, 1, QTableWidgetItem(planned.old))
            table.setItem(line, 2, QTableWidgetItem(planned.new))
        table.resizeRowsToContents()
        total = sum(p.count for p in self.planned)
        if self.planned:
            replacements = translate("FindReplace", "%n replacement(s)", "", total)
            segments = len(self.planned)
            self.message.setText(translate(
                "FindReplace", "{replacements} in %n segment(s). Untick the segments to leave "
                "alone, then Replace all.", "", segments).format(replacements=replacements))
        else:
            self.message.setText(translate("FindReplace", "No target contains these words."))
        return self.planned

    def replace_all(self) -> None:
        if not self.planned:
            self.preview()
        chosen = [(p.segment_id, p.new) for line, p in enumerate(self.planned)
                  if _ticked(self.preview_table.item(line, 0))]
        if chosen:
            label = translate("FindReplace", "Replace “{find}” with “{replace}”").format(
                find=self.find_edit.text(), replace=self.replace_edit.text())
            self.replace_requested.emit(chosen, label)
            segments = len(chosen)
            self.message.setText(translate("FindReplace", "Replaced in %n segment(s). Undo with "
                                           "Ctrl+Z.", "", segments))
            for widget in (self.find_edit, self.replace_edit):
                # setText starts the field's own undo history afresh, so the next Ctrl+Z
                # here undoes the replacement rather than the typing of the words
                widget.blockSignals(True)
                widget.setText(widget.text())
                widget.blockSignals(False)
        self._forget_preview()

    def _forget_preview(self, *_args) -> None:
        self.planned = []
        self.preview_table.setRowCount(0)


def _ticked(item: QTableWidgetItem | None) -> bool:
    """A preview line counts unless its box was unticked."""
    return item is None or item.checkState() == Qt.CheckState.Checked
