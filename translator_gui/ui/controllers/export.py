"""File > Export (on a worker, from a snapshot) and importing a reviewer's bilingual table."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from translator_gui.core.model import InputError
from translator_gui.core.review import snapshot_of

from .. import errors, settings
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..workers import Task
from . import bound

if TYPE_CHECKING:
    from translator_gui.core.export import ExportResult

    from ..window import MainWindow

_OFF = {"track_changes": False, "comments": False, "bilingual": False}
# (menu label, file dialog filter, export options)
# (labels and filters are shown through translate("Export", ...))
_WORD = QT_TRANSLATE_NOOP("Export", "Word documents (*.docx)")
EXPORTS: tuple[tuple[str, str, dict[str, bool]], ...] = (
    (QT_TRANSLATE_NOOP("Export", "Corrected Word Document with &Tracked Changes…"), _WORD,
     dict(_OFF, track_changes=True, comments=True)),
    (QT_TRANSLATE_NOOP("Export", "&Clean Corrected Word Document…"), _WORD, _OFF),
    (QT_TRANSLATE_NOOP("Export", "&Bilingual Review Table (Word)…"), _WORD,
     dict(_OFF, bilingual=True)),
    ("&XLIFF…", "XLIFF (*.xlf)", _OFF),
    ("T&MX…", "TMX (*.tmx)", _OFF),
    (QT_TRANSLATE_NOOP("Export", "&Quality Report (HTML)…"), "HTML (*.html)", _OFF),
    (QT_TRANSLATE_NOOP("Export", "Quality Report (&CSV)…"), "CSV (*.csv)", _OFF),
)


class ExportController:
    def __init__(self, window: MainWindow):
        self.window = window

    def fill_menu(self) -> None:
        menu = self.window.export_menu
        menu.clear()
        available = importlib.util.find_spec("translator_gui.core.export") is not None
        for label, pattern, options in EXPORTS:
            action = menu.addAction(translate("Export", label),
                                    bound(self.export_dialog, translate("Export", pattern), options))
            action.setEnabled(available)
        menu.addSeparator()
        action = menu.addAction(translate("Export", "&Import Reviewed Bilingual Table…"),
                                self.import_review_dialog)
        action.setEnabled(available)

    def export_dialog(self, pattern: str, options: dict[str, bool]) -> None:
        found = re.search(r"\*(\.\w+)", pattern)
        suffix = found.group(1) if found else ""
        window = self.window
        stem = Path(window.document_name() or "review").stem
        if options.get("bilingual"):
            stem += "-review"
        elif suffix == ".docx":
            stem += "-corrected"
        suggested = str(Path(window.document_folder()) / f"{stem}{suffix}")
        if not window.qa_gate.allow_export():
            return
        path, _ = QFileDialog.getSaveFileName(window, translate("Export", "Export"), suggested,
                                              pattern)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(path, **options)

    def export_to(self, path: str, **options: Any) -> Task:
        """Write an export on a worker, from a snapshot: editing may go on meanwhile."""
        from translator_gui.core.export import export_document
        window = self.window
        window.close_editor()
        snapshot = snapshot_of(window.document)
        issues = window.review.all_issues()

        # The reviewer's name (Settings) signs the tracked changes and comments, as --author
        # does on the command line.
        options.setdefault("author", settings.reviewer_name())
        options.setdefault("initials", settings.get(settings.REVIEWER_INITIALS) or None)

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> ExportResult:
            return export_document(snapshot, path, issues=issues, progress=progress,
                                   cancelled=cancelled, **options)

        def done(_result: ExportResult) -> None:
            window.show_message(translate("Export", "Exported {name}").format(
                name=Path(path).name), 6000)
            window.exported.emit(path)

        return window.files.run(work, done, translate("Export", "Exporting {name}…").format(
                                    name=Path(path).name),
                                title=translate("Export", "Cannot export"))

    def import_review_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("Export", "Import a reviewed bilingual table"),
            settings.get(settings.LAST_FOLDER), translate("Export", _WORD))
        if path:
            self.import_review(path)

    def import_review(self, path: str) -> bool:
        """Apply a reviewer's changes from a bilingual table, as one undoable step."""
        window = self.window
        window.close_editor()
        try:
            report, changes = window.review.read_review(path)
        except (InputError, OSError, ValueError) as error:
            errors.show_error(window, translate("Export", "Cannot import"), error)
            return False
        if changes:
            window.repair.replace_in_targets(changes, translate(
                "Export", "Import review from {name}").format(name=Path(path).name))
        if report.unmatched or report.missing or report.warnings:
            errors.show_error(window, translate("Export", "Review imported with remarks"),
                              report.summary())
        changed = len(changes)
        window.show_message(translate(
            "Export", "%n segment(s) changed by the reviewer were imported.", "", changed),
            8000)
        return True
