"""Small dialogs: open a source and its draft, and the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.checks.base import Severity, all_checks
from translator_gui.core.model import ReviewDocument

from . import settings
from .i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, severity_label, translate
from .i18n import LANGUAGES as LANGUAGES_OF_INTERFACE

LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl")
TEXT_FILES = QT_TRANSLATE_NOOP("Dialogs", "Texts (*.txt *.docx);;All files (*)")


class OpenPairDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Open Source and Draft"))
        self.source_edit = QLineEdit(self)
        self.draft_edit = QLineEdit(self)
        self.source_language = QComboBox(self)
        self.target_language = QComboBox(self)
        for box, option in ((self.source_language, settings.SOURCE_LANGUAGE),
                            (self.target_language, settings.TARGET_LANGUAGE)):
            box.setEditable(True)
            box.addItems(LANGUAGES)
            box.setCurrentText(settings.get(option))
        form = QFormLayout(self)
        form.addRow(translate("Dialogs", "Source (original):"), self._with_browse(self.source_edit))
        form.addRow(translate("Dialogs", "Source language:"), self.source_language)
        form.addRow(translate("Dialogs", "Draft (translation):"), self._with_browse(self.draft_edit))
        form.addRow(translate("Dialogs", "Draft language:"), self.target_language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.source_edit, self.draft_edit):
            edit.textChanged.connect(self._update)
        self._update()
        self.resize(640, self.sizeHint().height())

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(translate("Dialogs", "Browse…"), box)
        button.clicked.connect(lambda: self._browse(edit))
        layout.addWidget(button)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        start = edit.text() or settings.get(settings.LAST_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self, translate("Dialogs", "Choose a file"), start,
                                              translate("Dialogs", TEXT_FILES))
        if path:
            edit.setText(path)

    def _update(self) -> None:
        ready = all(Path(e.text()).is_file() for e in (self.source_edit, self.draft_edit))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def values(self) -> tuple[str, str, str, str]:
        return (self.source_edit.text(), self.draft_edit.text(),
                self.source_language.currentText().strip() or "fr",
                self.target_language.currentText().strip() or "en")


class SettingsDialog(QDialog):
    """Languages, font, checks (on/off, severity), glossaries and the autosave interval.

    Check choices go to the open document (they are saved with the project) and become the
    defaults for the next documents.
    """

    def __init__(self, document: ReviewDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Settings"))
        self.document = document
        self.language_changed = False  # apply() sets it: the window says a restart is needed
        tabs = QTabWidget(self)

        general = QWidget(self)
        form = QFormLayout(general)
        self.source_language = QComboBox(general)
        self.target_language = QComboBox(general)
        for box, option in ((self.source_language, settings.SOURCE_LANGUAGE),
                            (self.target_language, settings.TARGET_LANGUAGE)):
            box.setEditable(True)
            box.addItems(LANGUAGES)
            box.setCurrentText(settings.get(option))
        self.font_box = QFontComboBox(general)
        family = settings.get(settings.FONT_FAMILY)
        self.font_box.setCurrentFont(QFont(family) if family else self.font())
        self.font_size = QSpinBox(general)
        self.font_size.setRange(0, 48)
        self.font_size.setSpecialValueText(translate("Dialogs", "System default"))
        self.font_size.setValue(settings.get(settings.FONT_SIZE))
        self.autosave = QSpinBox(general)
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(translate("Dialogs", " s"))
        self.autosave.setValue(settings.get(settings.AUTOSAVE_SECONDS))
        form.addRow(translate("Dialogs", "Source language of new documents:"), self.source_language)
        form.addRow(translate("Dialogs", "Target language of new documents:"), self.target_language)
        form.addRow(translate("Dialogs", "Font:"), self.font_box)
        form.addRow(translate("Dialogs", "Font size:"), self.font_size)
        form.addRow(translate("Dialogs", "Save a recovery copy every:"), self.autosave)
        # The window's own language: read at start, so a change shows after a restart.
        self.interface_language = QComboBox(general)
        self.interface_language.addItem(translate("Dialogs", "Automatic (system language)"), "auto")
        for code in LANGUAGES_OF_INTERFACE:
            self.interface_language.addItem(LANGUAGE_NAMES[code], code)
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(settings.get(settings.INTERFACE_LANGUAGE))))
        form.addRow(translate("Dialogs", "Interface language:"), self.interface_language)
        restart = QLabel(translate("Dialogs", "A new interface language takes effect the next "
                                   "time translator-gui starts."), general)
        restart.setWordWrap(True)
        form.addRow("", restart)
        # A name on the work, the QA gate, and the project's English dictionary.
        self.reviewer_name = QLineEdit(settings.get(settings.REVIEWER_NAME), general)
        self.reviewer_name.setPlaceholderText(settings.DEFAULT_AUTHOR)
        self.reviewer_initials = QLineEdit(settings.get(settings.REVIEWER_INITIALS), general)
        self.reviewer_initials.setMaxLength(6)
        self.qa_gate = QComboBox(general)
        self.qa_gate.addItems([translate("Dialogs", "Ask first"), translate("Dialogs", "Refuse"),
                               translate("Dialogs", "Confirm silently")])
        gate = settings.get(settings.QA_GATE)
        self.qa_gate.setCurrentIndex(settings.QA_GATE_CHOICES.index(gate)
                                     if gate in settings.QA_GATE_CHOICES else 0)
        self.english_dictionary = QComboBox(general)
        self.english_dictionary.addItems([
            translate("Dialogs", "British and American (en_GB suggestions)"),
            translate("Dialogs", "British (en_GB)"), translate("Dialogs", "American (en_US)")])
        chosen = document.checks.dictionaries.get("en", "")
        self.english_dictionary.setCurrentIndex({"en_GB": 1, "en_US": 2}.get(chosen, 0))
        form.addRow(translate(
            "Dialogs", "Reviewer name (author of changes and comments):"), self.reviewer_name)
        form.addRow(translate("Dialogs", "Reviewer initials:"), self.reviewer_initials)
        form.addRow(translate("Dialogs", "Confirming a segment with major or critical issues:"), self.qa_gate)
        form.addRow(translate("Dialogs", "English spelling of this project:"), self.english_dictionary)
        tabs.addTab(general, translate("Dialogs", "General"))

        checks_page = QWidget(self)
        layout = QVBoxLayout(checks_page)
        self.checks_table = QTableWidget(0, 3, checks_page)
        self.checks_table.setHorizontalHeaderLabels([translate("Dialogs", "Check"),
                                                     translate("Dialogs", "Severity"),
                                                     translate("Dialogs", "What it looks for")])
        self.checks_table.verticalHeader().hide()
        self.checks_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checks_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self._severity_boxes: dict[str, QComboBox] = {}
        checks = sorted(all_checks(), key=lambda c: c.id)
        self.checks_table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            item = QTableWidgetItem(check.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if check.id in document.checks.disabled
                               else Qt.CheckState.Checked)
            item.setToolTip(check.name)
            self.checks_table.setItem(row, 0, item)
            box = QComboBox(self.checks_table)
            for severity in Severity:
                box.addItem(severity_label(severity.value), severity.value)
            box.setCurrentIndex(box.findData(document.checks.severity.get(check.id,
                                                                         check.severity.value)))
            self._severity_boxes[check.id] = box
            self.checks_table.setCellWidget(row, 1, box)
            description = QTableWidgetItem(check.description)
            description.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.checks_table.setItem(row, 2, description)
        self.checks_table.resizeColumnToContents(0)
        layout.addWidget(self.checks_table)
        tabs.addTab(checks_page, translate("Dialogs", "Checks"))

        glossary_page = QWidget(self)
        layout = QVBoxLayout(glossary_page)
        self.glossaries = QListWidget(glossary_page)
        self.glossaries.addItems(document.checks.glossaries or settings.get(settings.GLOSSARIES))
        layout.addWidget(self.glossaries)
        row_buttons = QHBoxLayout()
        add = QPushButton(translate("Dialogs", "Add…"), glossary_page)
        remove = QPushButton(translate("Dialogs", "Remove"), glossary_page)
        add.clicked.connect(self._add_glossary)
        remove.clicked.connect(lambda: self.glossaries.takeItem(self.glossaries.currentRow()))
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        tabs.addTab(glossary_page, translate("Dialogs", "Glossaries"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(tabs)
        outer.addWidget(buttons)
        self.resize(760, 520)

    def _add_glossary(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Dialogs", "Add glossaries"), settings.get(settings.LAST_FOLDER),
            translate("Dialogs", "Glossaries (*.csv *.tsv *.tbx);;All files (*)"))
        self.glossaries.addItems(paths)

    def apply(self) -> bool:
        """Store the choices; True when the document's check settings changed."""
        settings.set(settings.SOURCE_LANGUAGE, self.source_language.currentText().strip())
        settings.set(settings.TARGET_LANGUAGE, self.target_language.currentText().strip())
        font = self.font_box.currentFont().family()
        settings.set(settings.FONT_FAMILY, "" if font == self.font().family() else font)
        settings.set(settings.FONT_SIZE, self.font_size.value())
        settings.set(settings.AUTOSAVE_SECONDS, self.autosave.value())
        language = self.interface_language.currentData()
        self.language_changed = language != settings.get(settings.INTERFACE_LANGUAGE)
        settings.set(settings.INTERFACE_LANGUAGE, language)
        name = " ".join(self.reviewer_name.text().split())
        settings.set(settings.REVIEWER_NAME, name)
        from .reviewer import initials_of
        settings.set(settings.REVIEWER_INITIALS,
                     self.reviewer_initials.text().strip() or initials_of(name))
        settings.set(settings.QA_GATE, settings.QA_GATE_CHOICES[self.qa_gate.currentIndex()])
        dictionaries = dict(self.document.checks.dictionaries)
        english = ("", "en_GB", "en_US")[self.english_dictionary.currentIndex()]
        if english:
            dictionaries["en"] = english
        else:
            dictionaries.pop("en", None)
        disabled = set()
        severity: dict[str, str] = {}
        defaults = {c.id: c.severity.value for c in all_checks()}
        for row in range(self.checks_table.rowCount()):
            item = self.checks_table.item(row, 0)
            if item is None:
                continue
            check_id = item.text()
            if item.checkState() != Qt.CheckState.Checked:
                disabled.add(check_id)
            chosen = self._severity_boxes[check_id].currentData()
            if chosen != defaults.get(check_id):
                severity[check_id] = chosen
        glossaries = [self.glossaries.item(i).text() for i in range(self.glossaries.count())]
        settings.set(settings.DISABLED_CHECKS, sorted(disabled))
        settings.set(settings.SEVERITY_OVERRIDES, severity)
        settings.set(settings.GLOSSARIES, glossaries)
        checks = self.document.checks
        changed = (checks.disabled != disabled or checks.severity != severity
                   or checks.glossaries != glossaries or checks.dictionaries != dictionaries)
        checks.disabled, checks.severity, checks.glossaries = disabled, severity, glossaries
        checks.dictionaries = dictionaries
        return changed
