"""Opening (on workers) and saving: a project, a bilingual file, a source and its draft."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from translator_gui.core.model import InputError
from translator_gui.core.opening import (
    PROJECT_SUFFIXES,
    OpenedDocument,
    apply_default_checks,
    open_document,
    openable_suffixes,
)
from translator_gui.core.project import PROJECT_SUFFIX

from .. import errors, settings
from ..i18n import translate
from ..workers import ProgressDialog, Task, run_task
from . import bound

if TYPE_CHECKING:
    from ..window import MainWindow

log = logging.getLogger(__name__)

PAIR_PREFIX = "pair:"


def open_dialog_filter() -> str:
    """The Open dialog's filter, from the readers' own list of formats."""
    suffixes = openable_suffixes()
    known = " ".join(f"*{s}" for s in suffixes["project"] + suffixes["bilingual"])
    texts = " ".join(f"*{s}" for s in suffixes["monolingual"])
    return translate("Files", "Projects and bilingual files ({known});;Texts to check on their "
                     "own ({texts});;All files (*)").format(known=known, texts=texts)


def order_pair(files: list[str]) -> list[str]:
    """Two dropped files: the draft is the one whose name says so (draft, en, mt)."""
    if len(files) != 2:
        return files
    target = settings.get(settings.TARGET_LANGUAGE)
    hints = ("draft", "mt", target)

    def looks_like_draft(path: str) -> bool:
        words = re.split(r"[^a-z0-9]+", Path(path).stem.lower())
        return any(h in words for h in hints)

    first, second = files
    if looks_like_draft(first) and not looks_like_draft(second):
        return [second, first]
    return files


class FilesController:
    def __init__(self, window: MainWindow):
        self.window = window
        self.tasks: set[Task] = set()
        self.save_task: Task | None = None  # the save being written, if any
        self.saved_copy_at = 0.0  # time.time() when the last saved copy was taken
        self._finish_save: Callable[[], None] | None = None  # reports it once

    # -- running work off the GUI thread -----------------------------------------------------
    def run(self, function: Callable[..., Any], on_done: Callable[[Any], None], label: str,
            progress: bool = True, title: str | None = None) -> Task:
        window = self.window
        title = title or translate("Files", "Cannot open")

        def failed(error: BaseException) -> None:
            message = errors.describe(error)
            if isinstance(error, (InputError, OSError, ValueError)):
                errors.show_error(window, title, error)
            else:
                log.error("%s: unexpected failure", label, exc_info=error)
                errors.show_error(window, title, f"{error}")
            window.show_message(translate("Files", "{title}; your work is unchanged.").format(
                title=title), 8000)
            window.load_failed.emit(message)

        def cancelled() -> None:
            window.show_message(translate("Files", "Cancelled; your work is unchanged."), 5000)
            window.load_failed.emit("cancelled")

        task = run_task(function, on_done, failed, cancelled, name=label, owner=window)
        self.tasks.add(task)
        task.signals.done.connect(lambda: self.tasks.discard(task))
        if progress:
            ProgressDialog(task, label, window)
        return task

    # -- opening -----------------------------------------------------------------------------
    def open(self, paths: list[str], source_language: str | None = None,
             target_language: str | None = None) -> Task | None:
        """Open with core.opening.open_document on a worker; the text shows at once and the
        checks follow in the background (the first run may load the French model).

        The files are read and validated first; only a document that opened asks whether to
        save the one it replaces, so a bad file never costs the work in the window."""
        source_language = source_language or settings.get(settings.SOURCE_LANGUAGE)
        target_language = target_language or settings.get(settings.TARGET_LANGUAGE)

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> OpenedDocument:
            opened = open_document(paths, source_language, target_language,
                                   progress=progress, cancelled=cancelled,
                                   guess_language=True)  # a lone text, in its own language
            if opened.project_path is None:  # a new document: the translator's usual checks
                apply_default_checks(opened.document, settings.get(settings.DISABLED_CHECKS),
                                     settings.get(settings.SEVERITY_OVERRIDES),
                                     settings.get(settings.GLOSSARIES))
            return opened

        def done(opened: OpenedDocument) -> None:
            if not self.maybe_save():
                self.window.show_message(
                    translate("Files", "Cancelled; your work is unchanged."), 5000)
                self.window.load_failed.emit("cancelled")
                return
            self.window.set_document(opened.document, project_path=opened.project_path)
            names = [Path(p).name for p in paths]
            if len(paths) == 2:
                settings.add_recent_file(f"{PAIR_PREFIX}{paths[0]}\n{paths[1]}")
                count = len(opened.document.segments)
                self.window.show_message(translate(
                    "Files", "Opened {source} and {draft}: %n segment(s)", "",
                    count).format(source=names[0], draft=names[1]), 8000)
            else:
                settings.add_recent_file(paths[0])
                # a lone text read in another language than asked says so (core's words)
                self.window.show_message(
                    opened.note or translate("Files", "Opened {name}").format(name=names[0]),
                    15000 if opened.note else 5000)

        names = [Path(p).name for p in paths]
        label = (translate("Files", "Opening {source} and {draft}…").format(
                     source=names[0], draft=names[1]) if len(names) == 2
                 else translate("Files", "Opening {name}…").format(name=" ".join(names)))
        return self.run(work, done, label)

    def open_pair(self, source_path: str, draft_path: str, source_language: str | None = None,
                  target_language: str | None = None) -> Task | None:
        return self.open([source_path, draft_path], source_language, target_language)

    def open_path(self, path: str) -> Task | None:
        """A project, a bilingual file taken as already aligned, or a lone text to check."""
        return self.open([path])

    def open_files(self, files: list[str]) -> Task | None:
        return self.open(files) if len(files) in (1, 2) else None

    def open_pair_dialog(self) -> None:
        from ..dialogs import OpenPairDialog
        dialog = OpenPairDialog(self.window)
        if dialog.exec():
            source, draft, source_language, target_language = dialog.values()
            settings.set(settings.LAST_FOLDER, str(Path(source).parent))
            self.open_pair(source, draft, source_language, target_language)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("Files", "Open project or bilingual file"),
            settings.get(settings.LAST_FOLDER),
            open_dialog_filter())
        if path:
            settings.set(settings.LAST_FOLDER, str(Path(path).parent))
            self.open_path(path)

    def fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        recent = settings.get(settings.RECENT_FILES)
        if not recent:
            menu.addAction(translate("Files", "(none)")).setEnabled(False)
            return
        for entry in recent:
            if entry.startswith(PAIR_PREFIX):
                source, _, draft = entry[len(PAIR_PREFIX):].partition("\n")
                label = f"{Path(source).name} + {Path(draft).name}"
                menu.addAction(label, bound(self.open_pair, source, draft))
            else:
                menu.addAction(Path(entry).name, bound(self.open_path, entry))
        menu.addSeparator()
        menu.addAction(translate("Files", "Clear List"), lambda: settings.set(settings.RECENT_FILES, []))

    # -- what the document is called, where it lives ----------------------------------------
    def document_name(self) -> str:
        if self.window.project_path:
            return Path(self.window.project_path).name
        path = self.window.document.source_path or self.window.document.bilingual_path
        if path:
            return Path(path).name
        return translate("Files", "Untitled") if self.window.document.segments else ""

    def document_folder(self) -> str:
        """Where exports and a first save are offered: next to the work, not the last folder
        browsed (which may belong to another job, or be the folder the app started in)."""
        document = self.window.document
        for path in (self.window.project_path, document.draft_path, document.source_path,
                     document.bilingual_path):
            if path and Path(path).parent.is_dir():
                return str(Path(path).parent)
        return settings.get(settings.LAST_FOLDER) or "."

    # -- saving ------------------------------------------------------------------------------
    def save(self, wait: bool = False) -> bool:
        if not self.window.project_path:
            return self.save_as(wait)
        return self.save_to(self.window.project_path, wait)

    def save_as(self, wait: bool = False) -> bool:
        window = self.window
        suggested = window.project_path or str(
            Path(window.document_folder())
            / (Path(window.document_name() or "review").stem + PROJECT_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            window, translate("Files", "Save project"), suggested,
            translate("Files", "translator-gui projects ({pattern})").format(
                pattern=f"*{PROJECT_SUFFIX}"))
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIXES):
            path += PROJECT_SUFFIX
        return self.save_to(path, wait)

    def is_saving(self) -> bool:
        """A save is writing, or has yet to report (its result is queued)."""
        return self._finish_save is not None

    def wait_for_save(self) -> None:
        """Let a save on its way finish and report (closing the window, a second save)."""
        task, finish = self.save_task, self._finish_save
        if task is not None and finish is not None:
            task.wait()
            finish()

    def save_to(self, path: str, wait: bool = False) -> bool:
        """Save the project: a copy of the document is taken here, cheaply, and written on a
        worker (a 40,000-segment project takes seconds to write), atomically as ever.

        True when the save started (with `wait`: when it succeeded). Edits made while it
        writes are not in the file, and the window shows them as unsaved. A second save
        waits for the first. Autosave stays off while a save runs (RecoveryController), so a
        recovery copy is never newer-looking than the project yet older in content.
        """
        from translator_gui.core.project import save_project
        from translator_gui.core.review import snapshot_of

        window = self.window
        if self.is_saving():
            if not wait:
                window.show_message(translate("Files", "Saving {name}…").format(
                    name=Path(path).name))
                return False
            self.wait_for_save()
        editor = window.current_editor()
        if editor is not None:
            # the typing so far is in the document; the translator keeps the cursor where it
            # was (as in any CAT tool), and typing after the save is a new undo step
            window.view.commitData(editor)
            editor.break_typing()
        snapshot = snapshot_of(window.document)
        taken_at = time.time()
        was_changed_outside = window.changed_outside_undo
        # What is in the window now is what the file will hold: clean from here; an edit
        # made while it writes makes the document modified again, as it should.
        window.changed_outside_undo = False
        window.undo_stack.setClean()
        window.update_title()
        window.show_message(translate("Files", "Saving {name}…").format(name=Path(path).name))
        started: list[Task] = []

        def work(_progress: object, _cancelled: object) -> None:
            save_project(snapshot, path)

        def finish() -> None:
            if self._finish_save is not finish:
                return  # already reported
            self._finish_save = None
            error = started[0].error
            if error is not None:
                # the file on disk is the one before (atomic write): the work is unsaved
                window.undo_stack.resetClean()
                window.changed_outside_undo = was_changed_outside or True
                window.update_title()
                window.show_message("", 0)
                errors.show_error(window, translate("Files", "Cannot save"), error)
                return
            window.project_path = path
            self.saved_copy_at = taken_at
            self.remember_segment()
            window.recovery.clear()
            settings.add_recent_file(path)
            window.update_title()
            window.show_message(translate("Files", "Saved {name}").format(
                name=Path(path).name), 4000)
            window.saved.emit(path)

        self._finish_save = finish
        task = run_task(work, lambda _result: finish(), lambda _error: finish(),
                        name="save", owner=window)
        started.append(task)
        self.save_task = task
        if wait:
            task.wait()
            finish()
            return task.error is None
        return True

    def ask_save_changes(self) -> str:
        """"save", "discard" or "cancel" (tests replace this method)."""
        answer = QMessageBox.question(
            self.window, translate("Files", "Unsaved changes"),
            translate("Files", "Save the changes to {name} before closing it?").format(
                name=self.window.document_name()) if self.window.document_name()
            else translate("Files", "Save the changes to this document before closing it?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document."""
        if not self.window.is_modified():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save(wait=True)
        return answer == "discard"

    def remember_segment(self) -> None:
        window = self.window
        row = window.current_row()
        if window.project_path and 0 <= row < window.model.rowCount():
            settings.remember_segment(window.project_path, window.model.segment(row).id)
