"""The Terminology pane: the termbase and glossary entries of the current segment, with the
approved translation and whether the target has it; buttons to add, import and export terms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.glossary import SegmentTerm

from .i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (QT_TRANSLATE_NOOP("TerminologyPanel", "Source term"),
           QT_TRANSLATE_NOOP("TerminologyPanel", "Approved translation"),
           QT_TRANSLATE_NOOP("TerminologyPanel", "In target"),
           QT_TRANSLATE_NOOP("TerminologyPanel", "From"))
PRESENT, MISSING = "✓", "✗"


class TerminologyPanel(QWidget):
    add_term_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    term_activated = Signal(object)  # SegmentTerm

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.terms: list[SegmentTerm] = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([translate("TerminologyPanel", c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.empty_label = QLabel(translate(
            "TerminologyPanel", "No termbase or glossary term in this segment."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # wraps rather than holding the panel (and so the window) as wide as the sentence
        self.empty_label.setWordWrap(True)
        # A tool bar rather than a row of buttons: in a narrow panel what does not fit goes
        # under its » menu instead of holding the panel (and the texts beside it) wide.
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        labels = (translate("TerminologyPanel", "&Add term… (Ctrl+Shift+T)"),
                  translate("TerminologyPanel", "&Import glossary…"),
                  translate("TerminologyPanel", "E&xport glossary…"))
        signals = (self.add_term_requested, self.import_requested, self.export_requested)
        buttons = []
        for label, signal in zip(labels, signals, strict=True):
            action = bar.addAction(label)
            action.triggered.connect(lambda _checked=False, s=signal: s.emit())
            buttons.append(bar.widgetForAction(action))
        self.add_button, self.import_button, self.export_button = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty_label)
        layout.addWidget(bar)
        self.show_terms([])

    def show_loading(self) -> None:
        """The termbase is being read: an empty list that says so."""
        self.show_terms([])
        self.empty_label.setText(translate("TerminologyPanel", "Reading the termbase…"))

    def show_terms(self, terms: list[SegmentTerm]) -> None:
        self.empty_label.setText(translate(
            "TerminologyPanel", "No termbase or glossary term in this segment."))
        self.terms = list(terms)
        self.tree.clear()
        for term in self.terms:
            translation = term.approved
            if term.variants:
                translation += "  " + translate("TerminologyPanel", "(also: {variants})").format(
                    variants=", ".join(term.variants))
            item = QTreeWidgetItem([term.source_form, translation,
                                    PRESENT if term.in_target else MISSING,
                                    translate("TerminologyPanel", "termbase")
                                    if term.origin == "bundled" else term.origin])
            item.setForeground(2, QColor("#1a7f37") if term.in_target else QColor("#c62828"))
            item.setToolTip(1, term.note or translation)
            item.setData(0, Qt.ItemDataRole.UserRole, term)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(self.terms))
        self.empty_label.setVisible(not self.terms)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the pane shows, row by row (for tests and accessibility)."""
        found: list[tuple[str, str, str, str]] = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                found.append((item.text(0), item.text(1), item.text(2), item.text(3)))
        return found

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.term_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))
