"""The checks while the translator works: live re-checks, bulk re-checks on a worker, the
whole-document pass, the French model's loading, and the progress shown in the status bar.

A typed edit is re-checked on the GUI thread after a short pause (a few milliseconds). Many
segments changed at once (a Replace all, an imported review) are re-checked on a worker from
a snapshot (ReviewSession.prepare_recheck); the results come back to the GUI thread, which
takes them in slices, each under a few milliseconds of work per turn of the event loop
(`Intake`), so the window never stops answering. The document-scope pass after edits comes
back the same way: only the segments whose document-scope issues differ are touched.
"""

from __future__ import annotations

import importlib.util
import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from translator_gui.core.checks.base import EarlyIssues, Issue, check_document
from translator_gui.core.heap import release_free_memory
from translator_gui.core.model import ReviewDocument
from translator_gui.core.review import DocumentScopeResult, RecheckResult

from .. import settings
from ..i18n import translate
from ..workers import Task, run_task, slices

if TYPE_CHECKING:
    from ..window import MainWindow

log = logging.getLogger(__name__)

LIVE_LIMIT = 8  # more segments than this to re-check go to a worker
# A typed edit is re-checked at once by the checks that need no parse; the parse-based ones
# follow after this pause in the typing (the texts they want parsed on a worker first).
PARSE_DELAY_MS = 200
# The document-scope checks (a name spelt two ways across segments...) run on a worker after
# this pause in the editing: each keystroke restarts it.
DOCUMENT_CHECK_DELAY_MS = 1500
SLICE = 20  # segments whose results are taken in at once (then the clock is read again)
# GUI-thread work per turn of the event loop when taking results in. The turn also runs the
# issues panel's updates (issues_panel.UPDATE_BUDGET_SECONDS) and a repaint: with 8 ms here
# and 6 there, turns of 20 ms of CPU after a Replace all, which a loaded machine stretches
# (the scheduler preempts a long burst: bench_gui --stall --watch, 13-17 ms of CPU in
# 90-100 ms stalls).
BUDGET_SECONDS = 0.004


@dataclass
class Intake:
    """Results to take in on the GUI thread, a slice of segment ids at a time."""

    kind: str  # "recheck" or "document"
    apply: Callable[[list[int]], object]
    ids: list[int]
    then: Callable[[], object] | None = None
    done: int = 0  # how many of `ids` are taken in


class CheckingController:
    def __init__(self, window: MainWindow):
        self.window = window
        self.review = window.review
        self.pending: set[int] = set()
        # typed segments whose parse-based checks are still to run (after PARSE_DELAY_MS)
        self.parse_pending: set[int] = set()
        self.parse_task: Task | None = None
        self.model_loading = False
        self.document_task: Task | None = None
        self.document_task_full = False
        self.refresh_after_full = False
        self.bulk_task: Task | None = None
        self.bulk_ids: set[int] = set()
        self._intake: deque[Intake] = deque()
        self._then_pending = 0  # intakes taken in whose `then` is still to run
        self._cancels = 0  # cancel_all calls so far
        # the last finished pass's snapshot and the session's revision when it was taken:
        # what reads the document after the pass may read it while nothing was edited since
        # (the Consistency view: a 10,000-segment snapshot is 10-15 ms of the GUI thread)
        self.pass_snapshot: tuple[int, ReviewDocument] | None = None
        self.recheck_timer = _timer(window, settings.get(settings.RECHECK_DELAY_MS),
                                    self.recheck_pending)
        self.document_check_timer = _timer(
            window, DOCUMENT_CHECK_DELAY_MS, lambda: self.check_document_in_background(full=False))
        self.apply_timer = _timer(window, 0, self._take_in)
        self.parse_timer = _timer(window, PARSE_DELAY_MS, self._recheck_parsed)
        window.model.segments_edited.connect(self.segments_edited)

    def idle(self) -> bool:
        """Nothing queued, running or being taken in (benchmarks and tests wait on this)."""
        return not (self.pending or self.recheck_timer.isActive() or self.bulk_task
                    or self._intake or self._then_pending
                    or self.document_check_timer.isActive()
                    or self.document_task or self.parse_pending or self.parse_task)

    def bulk_running(self) -> bool:
        """A bulk re-check is running or its results are being taken in."""
        return self.bulk_task is not None or any(i.kind == "recheck" for i in self._intake)

    def taking_in(self) -> bool:
        """Results are being taken in on the GUI thread, by parts (or what follows them)."""
        return bool(self._intake) or bool(self._then_pending)

    def passes_running(self) -> bool:
        """A bulk re-check or the document-scope pass after edits is running, or results are
        being taken in: work that can wait (the post-edit distance) waits for them, so that
        one worker at a time competes with the window for the interpreter. (The full check
        after opening is not waited for: it takes a while, and the figures show meanwhile.)"""
        return (self.bulk_running() or bool(self._intake) or bool(self._then_pending)
                or self.document_task is not None and not self.document_task_full)

    # -- live re-checks ------------------------------------------------------------------------
    def segments_edited(self, segment_ids: Iterable[int]) -> None:
        self.pending.update(segment_ids)
        self.recheck_timer.start()
        # whether there are document-scope checks to run is asked when the timer fires, not
        # at every keystroke (it reads the checklist files' dates)
        self.document_check_timer.start()

    def recheck_pending(self) -> None:
        if self.model_loading or self._wait_for_the_model(self.pending):
            self.recheck_timer.start()  # once the model is in, see preload_language_model
            return
        pending, self.pending = self.pending, set()
        if len(pending) > LIVE_LIMIT or self.bulk_task is not None:
            self.recheck_in_background(pending)
            return
        for segment_id in pending:
            try:
                # the checks needing no parse now; the parse-based ones after a pause
                self.recheck_row(self.review.row_of(segment_id), parse=False)
                if self.review.parse_pending(segment_id) is not None:
                    self.parse_pending.add(segment_id)
            except KeyError:
                continue  # merged away meanwhile
        if self.parse_pending:
            self.parse_timer.start()

    def recheck_row(self, row: int, parse: bool = True) -> list[Issue]:
        """Re-run the segment's checks now (without `parse`, those needing no parse);
        document-scope issues stay until the next pass."""
        found = self.review.recheck_now(self.review.segments[row].id, parse)
        self.window.rechecked.emit(row)
        return found

    def _recheck_parsed(self) -> None:
        """After a pause in the typing: the texts the parse-based checks want are parsed on a
        worker, then the typed segments are re-checked in full (the parse now cached)."""
        if self.parse_task is not None or self.pending or self.recheck_timer.isActive():
            return  # called again when the parse (or the quick re-check) is done
        wanted: list[str] = []
        for segment_id in list(self.parse_pending):
            try:
                wanted += self.review.parse_pending(segment_id) or []
            except KeyError:
                self.parse_pending.discard(segment_id)
        from translator_gui.core import morphology

        analyser = morphology.french()
        missing = [text for text in dict.fromkeys(wanted) if not analyser.cached(text)]
        if missing and (analyser.loaded or not analyser.tried):  # (the worker loads it)
            def work(_progress: object, _cancelled: object) -> int:
                return analyser.prefetch(missing, batch_size=8)

            def ended(*_args: object) -> None:
                if task is self.parse_task:
                    self.parse_task = None
                    self._recheck_parsed()

            task = run_task(work, ended, ended, ended, name="parse", owner=self.window)
            self.parse_task = task
            return
        ids, self.parse_pending = self.parse_pending, set()
        for segment_id in ids:
            try:
                self.recheck_row(self.review.row_of(segment_id))
            except KeyError:
                continue

    def recheck_now(self, segment_ids: list[int]) -> None:
        """After a merge or split: the new segments, now (or once the model is in)."""
        if self.model_loading or self._wait_for_the_model(segment_ids):
            self.pending.update(segment_ids)
            self.recheck_timer.start()
            return
        for segment_id in segment_ids:
            try:
                self.recheck_row(self.review.row_of(segment_id))
            except KeyError:
                continue

    def _wait_for_the_model(self, segment_ids: Iterable[int]) -> bool:
        """True when re-checking these segments on the GUI thread would load the French model
        there (a parse-based check wants one of their texts and the model is not in): its
        loading starts on a worker instead, and the re-check waits for it."""
        if importlib.util.find_spec("translator_gui.core.morphology") is None:
            return False
        from translator_gui.core import morphology
        from translator_gui.core.checks.prefilters import parse_wanted

        if morphology.french().tried:
            return False
        rows = []
        for segment_id in segment_ids:
            try:
                rows.append(self.review.row_of(segment_id))
            except KeyError:
                continue
        if len(rows) > LIVE_LIMIT or not parse_wanted(self.review.document, rows):
            return False  # a bulk re-check runs on a worker: it may load the model there
        self.preload_language_model()
        return True

    def forget(self, segment_id: int) -> None:
        self.pending.discard(segment_id)
        self.parse_pending.discard(segment_id)

    # -- bulk re-checks on a worker ----------------------------------------------------------
    def recheck_in_background(self, segment_ids: Iterable[int]) -> Task:
        ids = set(segment_ids)
        if self.bulk_task is not None:  # one job at a time: the new one takes over its work
            self.bulk_task.cancel()
            ids |= self.bulk_ids
        self.bulk_ids = ids
        job = self.review.prepare_recheck(ids)

        def work(_progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> RecheckResult:
            return job.run(cancelled)

        def done(result: RecheckResult) -> None:
            if task is not self.bulk_task:
                return
            self.bulk_task, self.bulk_ids = None, set()
            self._take_in_later(Intake("recheck", lambda ids: self._apply_recheck(result, ids),
                                       list(result.issues)))

        def failed(error: BaseException) -> None:
            if task is self.bulk_task:
                self.bulk_task, self.bulk_ids = None, set()
            log.error("re-check failed", exc_info=error)

        def cancelled() -> None:
            if task is self.bulk_task:
                self.bulk_task, self.bulk_ids = None, set()

        task = run_task(work, done, failed, cancelled, name="re-check", owner=self.window)
        self.bulk_task = task
        return task

    def _apply_recheck(self, result: RecheckResult, segment_ids: list[int]) -> None:
        for segment_id in self.review.apply_recheck(result, segment_ids):
            try:
                self.window.rechecked.emit(self.review.row_of(segment_id))
            except KeyError:
                continue

    def _take_in_later(self, intake: Intake) -> None:
        if intake.kind == "document":
            # a newer pass supersedes what is left of an older one
            self._intake = deque(i for i in self._intake if i.kind != "document")
        self._intake.append(intake)
        self.apply_timer.start()

    def _take_in(self) -> None:
        """One turn's share of the results waiting: slices until the budget is spent."""
        for _turn in slices(BUDGET_SECONDS, lambda: bool(self._intake)):
            intake = self._intake[0]
            chunk = intake.ids[intake.done:intake.done + SLICE]
            intake.done += len(chunk)
            intake.apply(chunk)
            if intake.done >= len(intake.ids):
                self._intake.popleft()
                if intake.then is not None:
                    # in a turn of its own: what follows the last slice (the Consistency
                    # view's refresh after a document pass, its snapshot) would otherwise
                    # add to the turn's budget already spent
                    self._then_pending += 1
                    QTimer.singleShot(0, self.window, lambda then=intake.then, at=self._cancels:
                                      self._then(then, at))
                    break
        if self._intake:
            self.apply_timer.start()

    def _then(self, then: Callable[[], object], cancels: int) -> None:
        if cancels == self._cancels:  # (not for a document replaced meanwhile)
            self._then_pending -= 1
            then()

    # -- the French model ----------------------------------------------------------------------
    def preload_language_model(self) -> Task | None:
        """Load the French model on a worker; live re-checks wait for it rather than load it
        on the GUI thread (several seconds of frozen window on the first keystroke)."""
        if importlib.util.find_spec("translator_gui.core.morphology") is None:
            return None
        from translator_gui.core import morphology
        if morphology.french().loaded:
            return None
        window = self.window

        def work(_progress: object, _cancelled: object) -> bool:
            return bool(morphology.preload())

        def finished(usable: bool = False) -> None:
            self.model_loading = False
            window.show_message(translate("Checking", "French language model ready.") if usable
                                else translate("Checking", "French language model unavailable: "
                                               "agreement checks are off."), 4000)
            if self.pending:
                self.recheck_timer.start()
            window.model_ready.emit(bool(usable))

        self.model_loading = True
        window.show_message(translate("Checking", "Loading the French language model…"))
        return run_task(work, finished, lambda _error: finished(False), name="spaCy",
                        owner=window)

    # -- the whole document ------------------------------------------------------------------
    def check_document_in_background(self, full: bool = True) -> Task | None:
        """Checks on a snapshot, on a worker; edits made meanwhile keep their live issues.

        `full` runs every check (after opening, F7, new settings); otherwise only the
        document-scope checks, which is all an edit can change outside its own segment.
        """
        if not full and not self.review.has_document_checks():
            return None
        if not full and self.document_task is not None and self.document_task_full:
            self.refresh_after_full = True  # the running full pass comes first
            return None
        recovery = self.window.recovery_control
        if not full and (self.bulk_running() or recovery.writing() or recovery.due()):
            # one worker at a time competes with the window for the interpreter: the
            # document-scope pass follows the bulk re-check, and the autosave taken right
            # after it (two workers at once hand the interpreter to each other and the
            # window's thread waited 200-350 ms for it: bench_gui --stall --watch); an
            # autosave put off by the re-check goes first (when this pass started before its
            # retry, the autosave waited for the pass 15 s, then ran beside it anyway)
            self.document_check_timer.start()
            return None
        self.cancel_document_check()
        window = self.window
        document = self.review.document
        if not document.segments:
            window.checks_finished.emit()
            return None
        job = self.review.prepare_document_scope()
        snapshot, revisions = job.snapshot, job.revisions
        taken_at = self.review.revision
        # The checks that need no parse report first (from the worker, through a queued
        # signal), check by check on the first segments: their underlines show while the
        # other checks still run, and the status bar says which.
        relay = _FirstFlags(window)
        shown = False

        def first_flags(early: EarlyIssues) -> None:
            nonlocal shown
            if task is not self.document_task:
                return
            self.review.replace_all_issues(early.issues, keep=self.review.changed_since(revisions))
            window.show_message(still_running_message(early))
            if not shown:
                shown = True
                window.first_flags_shown.emit()
            if not early.waiting:
                window.quick_flags_shown.emit()

        relay.issues.connect(first_flags)

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> list[Issue] | DocumentScopeResult:
            if full:
                return check_document(snapshot, progress, cancelled,
                                      first_flags=relay.issues.emit)
            return job.run(cancelled)

        def finished() -> None:
            if self.refresh_after_full:
                self.refresh_after_full = False
                self.document_check_timer.start()
            release_free_memory()  # what the pass made and dropped (core/heap.py)
            window.checks_finished.emit()

        def done(issues: list[Issue] | DocumentScopeResult) -> None:
            relay.deleteLater()
            if task is not self.document_task:
                return
            self.document_task = None
            self.pass_snapshot = (taken_at, snapshot)
            if isinstance(issues, DocumentScopeResult):
                result = issues
                self._take_in_later(Intake(
                    "document", lambda ids: self.review.apply_document_scope(result, ids),
                    self.review.document_scope_targets(result), finished))
                return
            self.window.status.show_checking(False)
            # what is left of an older document-scope pass is older than these results
            self._intake = deque(i for i in self._intake if i.kind != "document")
            self.review.replace_all_issues(issues, keep=self.review.changed_since(revisions))
            window.show_message(translate("Checking", "Document checked."), 3000)
            finished()

        def failed(error: BaseException) -> None:
            relay.deleteLater()
            if task is self.document_task:
                self.document_task = None
                self.window.status.show_checking(False)
            log.error("document check failed", exc_info=error)
            window.show_message(translate("Checking", "The document check failed: {error}").format(
                error=error), 8000)

        def cancelled() -> None:
            relay.deleteLater()
            if task is self.document_task:
                self.document_task = None

        task = run_task(work, done, failed, cancelled, name="check document", owner=window)
        if full:
            self.window.status.show_checking(True)
            task.signals.progress.connect(self.window.status.show_progress)
        self.document_task = task
        self.document_task_full = full
        return task

    def stop_checking(self) -> None:
        self.cancel_document_check()
        self.window.show_message(translate(
            "Checking", "Checking stopped; F7 checks the whole document again."), 6000)

    def cancel_document_check(self) -> None:
        if self.document_task is not None:
            self.document_task.cancel()
            self.document_task = None
        self.window.status.show_checking(False)

    def cancel_all(self) -> None:
        """A new document, or the window closing: nothing in flight belongs to it any more."""
        self.cancel_document_check()
        if self.bulk_task is not None:
            self.bulk_task.cancel()
        self.bulk_task, self.bulk_ids = None, set()
        self._intake.clear()
        self.pass_snapshot = None
        self._then_pending = 0
        self._cancels += 1
        self.pending.clear()
        self.parse_pending.clear()
        if self.parse_task is not None:
            self.parse_task.cancel()
            self.parse_task = None


def still_running_message(early: EarlyIssues) -> str:
    """What the status bar says while a whole-document check reports early issues."""
    if early.waiting:
        named = ", ".join(early.waiting[:3])
        more = len(early.waiting) - 3
        checks = (translate("Checking", "{checks} and %n other(s)", "", more).format(
            checks=named) if more > 0 else named)
        return translate("Checking", "First flags shown; still running: {checks}, then the "
                         "parse-based checks…").format(checks=checks) if early.parsing else \
            translate("Checking", "First flags shown; still running: {checks}…").format(
                checks=checks)
    if early.parsing:
        return translate("Checking", "First checks done; agreement and other parse-based "
                         "checks still running…")
    return translate("Checking", "Checks done; the document-wide checks still running…")


class _FirstFlags(QObject):
    """Carries the first issues of a whole-document check from the worker to the window."""

    issues = Signal(object)


def _timer(window: MainWindow, interval: int, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
