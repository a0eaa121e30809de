"""Autosave to the recovery file (on a worker) and the offer to restore after a crash."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QMessageBox

from translator_gui.core.model import InputError

from .. import settings
from ..i18n import translate
from ..workers import Task, run_task

if TYPE_CHECKING:
    from ..window import MainWindow

log = logging.getLogger(__name__)


# How soon an autosave put off by a bulk re-check asks again.
RETRY_MS = 1000
# How long an autosave waits for the document-scope pass after edits (see autosave): half
# the default autosave period, so the work is never left without a copy much longer than
# usual. A bulk re-check is always waited for.
PASS_WAIT_SECONDS = 15.0


class RecoveryController:
    def __init__(self, window: MainWindow):
        self.window = window
        self.task: Task | None = None
        self.timer = QTimer(window)
        self.timer.timeout.connect(self.autosave)
        self.apply_settings()
        self.timer.start()
        # An autosave due while a bulk re-check runs is taken right after it (see autosave)
        self.retry = QTimer(window)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.autosave)
        self._put_off_since: float | None = None  # when a pass first put the autosave off
        self.clock = time.monotonic  # (tests replace it)

    def apply_settings(self) -> None:
        self.timer.setInterval(max(5, settings.get(settings.AUTOSAVE_SECONDS)) * 1000)

    def autosave(self) -> Task | None:
        """Write the recovery file from a snapshot, on a worker (a large document takes a
        moment to serialise, and the translator is typing)."""
        window = self.window
        if not window.is_modified() or not window.document.segments:
            return None
        if self.task is not None and not self.task.is_done():
            return None  # the previous one is still writing
        if window.checking.bulk_running():
            # Serialising 10,000 segments on a second worker while a bulk re-check runs (a
            # Replace all) starved the window of the interpreter: 150-550 ms frozen, against
            # 50-70 ms without it. The copy is taken as soon as that re-check is done.
            self._put_off_since = None  # (the pass after it counts its own wait, below)
            self.retry.start()
            return None
        if window.checking.taking_in():
            # results being taken in on the GUI thread, a few seconds at most: even past the
            # wait for passes below (a document pass after a Replace all, taken in while the
            # autosave's worker wrote beside it: 100-160 ms stalls, bench_gui --watch)
            self.retry.start()
            return None
        if window.checking.passes_running() or window.consistency.running():
            # the document-scope pass that follows it too (two workers beside the window
            # hand the interpreter to each other while its thread waits), and the Consistency
            # view's groups worked out after it, though not for long: a translator typing on
            # keeps starting new passes
            now = self.clock()
            if self._put_off_since is None:
                self._put_off_since = now
            if now - self._put_off_since < PASS_WAIT_SECONDS:
                self.retry.start()
                return None
        self._put_off_since = None
        if window.files.is_saving():
            # A copy taken now would be newer than the project being written yet could land
            # on disk first; the save clears the recovery file once it is written.
            return None
        taken_at = time.time()
        snapshot = window.review.snapshot()
        project_path = window.project_path
        recovery = window.recovery

        def work(_progress: object, _cancelled: object) -> None:
            recovery.write(snapshot, project_path, taken_at)

        def failed(error: BaseException) -> None:
            log.warning("autosave failed: %s", error)

        def written(_result: object) -> None:
            if window.files.saved_copy_at >= taken_at:
                # a Save took its copy after this one and has written it: this recovery copy
                # is older than the project and must not outlive it
                window.recovery.clear()
            window.autosaved.emit()

        self.task = run_task(work, written, failed, name="autosave", owner=window)
        return self.task

    def due(self) -> bool:
        """An autosave put off by a pass is waiting for its retry (see autosave)."""
        return self.retry.isActive() and self.window.is_modified()

    def writing(self) -> bool:
        """An autosave is being written (on a worker)."""
        return self.task is not None and not self.task.is_done()

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait(10.0)  # or it could write the file again after we clear it

    def ask_restore(self, saved_at: float, project_path: str | None, name: str = "",
                    project_saved_at: float | None = None) -> bool:
        """Tests replace this method."""
        when = _moment(saved_at)
        which = (Path(project_path).name if project_path
                 else translate("Recovery", "{name} (not yet saved as a project)").format(
                     name=name) if name else translate("Recovery", "an unsaved document"))
        text = translate("Recovery", "translator-gui did not close properly last time. Work on "
                         "{which} was saved automatically on {when}.").format(which=which,
                                                                               when=when)
        if project_saved_at is not None:
            text += " " + translate("Recovery", "The project itself was last saved on {when}."
                                    ).format(when=_moment(project_saved_at))
        answer = QMessageBox.question(
            self.window, translate("Recovery", "Restore unsaved work?"),
            text + "\n\n" + translate("Recovery", "Restore it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def offer_recovery(self) -> bool:
        """After a crash: offer the work a dead session left; True when it was restored."""
        window = self.window
        for orphan in window.recovery.orphans():
            try:
                recovered = orphan.read()
            except (InputError, OSError, ValueError) as error:
                log.warning("recovery file unusable: %s", error)
                orphan.clear()
                continue
            if recovered.is_older_than_project():
                # Saved after this copy was taken: the project holds the newer work.
                log.info("recovery file older than %s: discarded", recovered.project_path)
                orphan.clear()
                continue
            document = recovered.document
            name = Path(document.source_path or document.bilingual_path or "").name
            if not self.ask_restore(recovered.saved_at, recovered.project_path, name,
                                    recovered.project_saved_at()):
                orphan.clear()
                return False
            window.set_document(recovered.document, None, project_path=recovered.project_path,
                                modified=True)
            try:
                # our own recovery copy first, so the work is never without one
                window.recovery.write(recovered.document, recovered.project_path)
                orphan.clear()
            except (InputError, OSError) as error:
                log.warning("could not take over the recovery file: %s", error)
            window.show_message(translate("Recovery", "Unsaved work restored. Save it to keep it."),
                                10000)
            return True
        return False


def _moment(seconds: float) -> str:
    """A date and time in the interface's language ("30 Nov 2026 at 00:12:05" in English)."""
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    return translate("Recovery", "{date} at {time}").format(
        date=QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat),
        time=QLocale().toString(moment.time(), "HH:mm:ss"))
