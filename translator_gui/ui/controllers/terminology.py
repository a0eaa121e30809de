"""The Terminology pane's controller: keeps the pane on the current segment, adds a term from
the words selected on each side (Ctrl+Shift+T) to the project glossary, imports and exports
glossaries, and re-checks the document when a glossary changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog

from translator_gui.core import glossary
from translator_gui.core.model import InputError
from translator_gui.core.termbase import termbase_for, termbase_if_built

from .. import errors
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..terminology_panel import TerminologyPanel
from ..workers import Task, run_task

if TYPE_CHECKING:
    from ..editor import SegmentEditor
    from ..window import MainWindow

GLOSSARY_FILTER = QT_TRANSLATE_NOOP("Terminology", "Glossaries (*.tbx *.csv *.tsv);;TBX (*.tbx);;"
                                    "CSV (*.csv);;TSV (*.tsv)")


class TerminologyController:
    def __init__(self, window: MainWindow):
        self.window = window
        # The words last selected on each side of each segment: Ctrl+Shift+T pairs them.
        self.selected: dict[tuple[int, str], str] = {}
        # the pane follows the current segment and its edits, a moment after they settle
        self.refresh_timer = QTimer(window)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(120)
        self.refresh_timer.timeout.connect(self.refresh)
        # The termbase being built on a worker (a second or two, once per set of glossaries):
        # the pane says so meanwhile instead of holding the window.
        self.building: Task | None = None

    def install(self) -> None:
        """The pane in its dock, its menu entries (end of Checks) and what it follows."""
        window = self.window
        panel = window.terminology_panel = TerminologyPanel(window)
        self.dock = window.add_dock(translate("MainWindow", "Terminology"), panel,
                                                  "terminology_dock",
                                                  Qt.DockWidgetArea.RightDockWidgetArea)
        panel.add_term_requested.connect(self.add_term)
        panel.import_requested.connect(self.import_glossary)
        panel.export_requested.connect(self.export_glossary)
        window.add_term_action = window.add_action(
            "&Checks", translate("MainWindow", "Add &Term to Glossary"), self.add_term,
            "Ctrl+Shift+T", translate("MainWindow", "Add the words selected on each side to the "
                                      "project glossary"))
        self.import_action = window.add_action(
            "&Checks", translate("MainWindow", "Import &Glossary (TBX, CSV)…"),
            lambda: self.import_glossary())
        self.export_action = window.add_action(
            "&Checks", translate("MainWindow", "E&xport Glossary (TBX, CSV)…"),
            lambda: self.export_glossary())
        window.view.selectionModel().currentChanged.connect(self.refresh_timer.start)
        window.model.dataChanged.connect(self.refresh_timer.start)
        window.document_loaded.connect(self.refresh_timer.start)
        window.delegate.editor_created.connect(lambda editor, _index: self.hook_editor(editor))

    # -- the pane follows the current segment ----------------------------------------------------
    def _built(self, *_result: object) -> None:
        self.building = None
        self.refresh_timer.start()  # shows the current segment's terms (or builds another set)

    def _failed(self, error: BaseException) -> None:
        # Not retried at once (that would loop): the next segment or edit asks again.
        self.building = None
        self.window.terminology_panel.show_terms([])
        self.window.statusBar().showMessage(
            translate("MainWindow", "The termbase could not be read: {error}").format(
                error=error), 8000)

    def refresh(self, *_args: object) -> None:
        window = self.window
        panel = window.terminology_panel
        row = window.current_row()
        if row < 0 or row >= window.model.rowCount():
            panel.show_terms([])
            return
        document = window.document
        segment = window.model.segment(row)
        wanted = (tuple(document.checks.glossaries), document.source_language,
                  document.target_language)
        terms = termbase_if_built(*wanted)
        if terms is None:
            panel.show_loading()
            if self.building is None:
                self.building = run_task(lambda _progress, _cancelled: termbase_for(*wanted),
                                         on_done=self._built, on_error=self._failed,
                                         name="termbase", owner=window)
            return
        panel.show_terms(glossary.segment_terms(terms, segment.source, segment.target,
                                                document.source_language,
                                                document.target_language))

    def hook_editor(self, editor: SegmentEditor) -> None:
        editor.selectionChanged.connect(lambda e=editor: self._remember_selection(e))

    def _remember_selection(self, editor: SegmentEditor) -> None:
        row = self.window.current_row()
        words = editor.textCursor().selectedText().strip()
        if row >= 0 and words:
            segment = self.window.model.segment(row)
            self.selected[(segment.id, editor.side)] = words

    # -- adding a term -------------------------------------------------------------------------
    def project_glossary(self) -> Path:
        """The glossary terms are added to: the project's first CSV/TSV/TBX glossary, else a
        new CSV beside the project (or its files) named after it."""
        for name in self.window.document.checks.glossaries:
            if Path(name).suffix.lower() in (".csv", ".tsv", ".tbx"):
                return Path(name)
        folder = self.window.files.document_folder() or str(Path.home())
        stem = Path(self.window.files.document_name() or "project").stem
        return Path(folder) / f"{stem}.glossary.csv"

    def ask_term(self, source: str, target: str) -> tuple[str, str] | None:
        """Ask for the side(s) not selected; None if the translator cancels (tests replace it)."""
        if not source:
            source, ok = QInputDialog.getText(self.window, translate(
                "Terminology", "Add term"), translate("Terminology", "Source term:"))
            if not ok:
                return None
        if not target:
            target, ok = QInputDialog.getText(self.window, translate("Terminology", "Add term"),
                                              translate("Terminology", "Translation of “{term}”:").format(
                                                  term=source))
            if not ok:
                return None
        return source, target

    def add_term(self) -> None:
        window = self.window
        row = window.current_row()
        segment_id = window.model.segment(row).id if row >= 0 else -1
        editor = window.current_editor()
        if editor is not None:
            self._remember_selection(editor)
        source = self.selected.get((segment_id, "source"), "")
        target = self.selected.get((segment_id, "target"), "")
        answer = (source, target) if source and target else self.ask_term(source, target)
        if answer is None or not answer[0].strip() or not answer[1].strip():
            return
        path = self.project_glossary()
        document = window.document
        try:
            glossary.add_term(path, answer[0], answer[1], document.source_language,
                              document.target_language)
        except (InputError, OSError) as error:
            errors.show_error(window, translate("Terminology", "Cannot add the term"), str(error))
            return
        self._use_glossary(str(path))
        window.show_message(translate("Terminology", "Added “{source}” → “{target}” to {name}."
                                      ).format(source=answer[0], target=answer[1],
                                               name=path.name), 5000)

    def _use_glossary(self, path: str) -> None:
        """A glossary was added or changed: the project lists it, the pane and checks update."""
        window = self.window
        if path not in window.document.checks.glossaries:
            window.document.checks.glossaries.append(path)
        window.changed_outside_undo = True
        window.update_title()
        self.refresh()
        window.checking.check_document_in_background()

    # -- import and export ----------------------------------------------------------------------
    def import_glossary(self, path: str | None = None) -> None:
        window = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(window, translate("Terminology", "Import glossary"),
                                                  window.files.document_folder(), translate(
                                                      "Terminology", GLOSSARY_FILTER))
        if not path:
            return
        document = window.document
        try:
            count = len(glossary.load_entries(path, document.source_language,
                                              document.target_language))
        except InputError as error:
            errors.show_error(window, translate("Terminology", "Cannot use this glossary"), str(error))
            return
        self._use_glossary(str(Path(path).resolve()))
        window.show_message(translate("Terminology", "Glossary {name}: %n term(s).", "", count
                                      ).format(name=Path(path).name), 5000)

    def export_glossary(self, path: str | None = None) -> None:
        window = self.window
        source = self.project_glossary()
        if not source.exists():
            window.show_message(translate("Terminology", "The project has no glossary to export yet."), 5000)
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                window, translate(
                    "Terminology", "Export glossary"), str(source.with_suffix(".tbx")), translate(
                        "Terminology", GLOSSARY_FILTER))
        if not path:
            return
        document = window.document
        try:
            count = glossary.convert(source, path, document.source_language,
                                     document.target_language)
        except (InputError, OSError) as error:
            errors.show_error(window, translate("Terminology", "Cannot export the glossary"), str(error))
            return
        window.show_message(translate("Terminology", "Exported %n term(s) to {name}.", "", count
                                      ).format(name=Path(path).name), 5000)
