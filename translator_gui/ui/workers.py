"""Long work off the GUI thread: tasks on a QThreadPool that report progress and can be cancelled.

Picard's shape: `run_task(function, ...)` runs `function(progress, cancelled)` on the pool and
posts its result (or its exception) back to the GUI thread through Qt signals, so the window
never freezes and never touches the document from two threads at once.

Workers give way to the window (`GuiBeat`): every call from Qt into Python (a cell painted, a
timer) needs the interpreter lock, and a worker running pure Python hands it over only every
switch interval, so a frame of a thousand such calls waited a second. While tasks run, the GUI
thread beats every few milliseconds; a task that polls `cancelled()` (the core does, in its
loops) and finds the beat late pauses there until the window has caught up.

The beat also keeps the cyclic collector's young generation short (`collect_young`): see there.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from translator_gui.core.cancel import Cancelled

from .i18n import translate

log = logging.getLogger(__name__)


# Raised inside a task when the translator pressed Cancel: the core's one convention
# (translator_gui.core.cancel), so core work cancelled on a worker ends as "cancelled".
__all__ = ["Cancelled", "ProgressDialog", "Task", "run_task", "running_tasks"]


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three above


class GuiBeat:
    """The GUI thread's heartbeat, read by workers to give way while the window is behind.

    The beat is late when the GUI thread is busy (a paint, a slot) or waits for the interpreter
    lock; a worker then sleeps, lock released, until the next beat (at most MAX_PAUSE, and once
    per late beat: a GUI thread blocked on purpose, e.g. waiting for the pool, is not waited
    for twice)."""

    INTERVAL_MS = 4
    LATE = 0.010  # seconds without a beat after which the window counts as behind
    MAX_PAUSE = 0.100
    STEP = 0.002
    COLLECT_EVERY = 0.016  # seconds between two collections of the young generation

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.gui_thread = threading.get_ident()
        self._waited_for = -1.0  # the late beat a worker already paused for
        self._timer: QTimer | None = None
        self._collected = self.last  # when the beat last collected the young generation

    def beat(self) -> None:
        self.last = time.perf_counter()
        self.collect_when_due(self.last)

    def collect_when_due(self, now: float) -> None:
        """collect_young, if COLLECT_EVERY has passed since the last time (on the GUI thread:
        at each beat, and at each turn of the work it takes in by parts, see slices)."""
        if now - self._collected >= self.COLLECT_EVERY:
            self._collected = now
            collect_young()

    def follow(self, running: bool) -> None:
        """Beat while tasks run (called on the GUI thread as tasks start and end)."""
        if threading.get_ident() != self.gui_thread:
            return
        if self._timer is None:
            self._timer = QTimer()
            self._timer.setInterval(self.INTERVAL_MS)
            self._timer.timeout.connect(self.beat)
        if running and not self._timer.isActive():
            self.beat()
            self._timer.start()
        elif not running and self._timer.isActive():
            self._timer.stop()

    def give_way(self) -> None:
        """On a worker: pause while the window is behind (no-op on the GUI thread)."""
        last = self.last
        if time.perf_counter() - last < self.LATE or last == self._waited_for:
            return
        if threading.get_ident() == self.gui_thread:
            return
        deadline = time.perf_counter() + self.MAX_PAUSE
        while self.last == last and time.perf_counter() < deadline:
            time.sleep(self.STEP)
        if self.last == last:
            self._waited_for = last


GUI_BEAT = GuiBeat()


# The middle generation is collected at every MIDDLE_EVERY-th beat's collection (the collector's
# own schedule is every 10th): it holds what the young collections in between kept, made mostly
# by the workers, and walking ten beats' worth of it on the GUI thread took 30-85 ms (bench_gui
# --stall --watch); every second beat's, 19-29 ms, for the same CPU in all (each object is
# walked about as often). What survives it goes to the old generation a little younger; the
# cyclic garbage that let through after a Replace all: 166 objects (57 at every 10th).
MIDDLE_EVERY = 2


def collect_young() -> None:
    """Collect the young generation now (and the middle one at every MIDDLE_EVERY-th young
    collection), while it is short.

    The collector counts allocations less deallocations, of objects of any age: while tasks
    run, the window's process replaces old objects by new ones at a great rate (issue lists,
    the checks' caches, results, most of them frozen after loading: see window.set_document),
    so the count stays near zero, no collection comes, and the young generation grows by every
    object made meanwhile. The collection that comes at last, from whichever thread allocated,
    walks hundreds of thousands of them with the interpreter lock held: 60-600 ms in which the
    window could not repaint (the longest stalls of a Replace all, measured with perf). Collected
    every few milliseconds it holds what those milliseconds made."""
    if not gc.isenabled():
        return
    middle = gc.get_count()[1]
    gc.collect(1 if middle >= MIDDLE_EVERY else 0)


class Task(QRunnable):
    """One function call on the thread pool; `signals` live in the GUI thread."""

    def __init__(self, function: Callable[..., Any], name: str = ""):
        super().__init__()
        self.setAutoDelete(False)  # we keep a Python reference until done
        self.function = function
        self.name = name
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _cancelled_or_give_way(self) -> bool:
        """`cancelled` as the function sees it: each poll is also where it gives way."""
        GUI_BEAT.give_way()
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function returned (for shutdown only: never in normal GUI code)."""
        return self._done.wait(timeout)

    def run(self) -> None:  # on a worker thread
        try:
            self._run()
        except RuntimeError as error:
            # The signals' Qt object went with the application (a task still running when
            # the window closed): there is nobody left to tell, and nothing to print.
            if shiboken6.isValid(self.signals):
                raise
            log.debug("task %s finished after its window closed: %s", self.name, error)
        finally:
            self._done.set()

    def _run(self) -> None:
        try:
            result = self.function(self._report, self._cancelled_or_give_way)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread
            self.error = error
            if not self.is_cancelled():
                log.debug("task %s failed", self.name, exc_info=True)
            self.signals.failed.emit(error)
        else:
            self.result = result
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        self.signals.done.emit()

    def _report(self, done: int, total: int) -> None:
        self.signals.progress.emit(int(done), int(total))


_RUNNING: set[Task] = set()


def slices(budget_seconds: float, more: Callable[[], bool]) -> Iterator[None]:
    """Turns of work on the GUI thread while `more()` and the budget lasts, and always at
    least one, so that work taken in by parts progresses however slow the machine. (Such work
    replaces old objects by new ones, as tasks do: the young generation is collected between
    turns when due.)"""
    deadline = time.perf_counter() + budget_seconds
    first = True
    while more() and (first or time.perf_counter() < deadline):
        first = False
        GUI_BEAT.collect_when_due(time.perf_counter())
        yield


def run_task(function: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_cancel: Callable[[], None] | None = None, name: str = "",
             pool: QThreadPool | None = None, owner: QObject | None = None) -> Task:
    """Run `function(progress, cancelled)` on the pool; callbacks run on the GUI thread.

    With an `owner` (the window), callbacks are dropped once it is gone: a result arriving
    after the translator closed the window has nowhere to go.
    """
    task = Task(function, name)
    if owner is not None:
        on_done, on_error, on_cancel = (_guarded(owner, c) for c in (on_done, on_error, on_cancel))
    if on_done:
        task.signals.finished.connect(on_done, Qt.ConnectionType.QueuedConnection)
    if on_error:
        task.signals.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
    if on_cancel:
        task.signals.cancelled.connect(on_cancel, Qt.ConnectionType.QueuedConnection)
    _RUNNING.add(task)
    GUI_BEAT.follow(True)
    task.signals.done.connect(lambda: _ended(task), Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def _ended(task: Task) -> None:
    _RUNNING.discard(task)
    GUI_BEAT.follow(bool(_RUNNING))


def _guarded(owner: QObject, callback: Callable[..., None] | None):
    if callback is None:
        return None

    def call(*args) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def running_tasks() -> list[Task]:
    return list(_RUNNING)


class ProgressDialog(QProgressDialog):
    """A modal progress dialog bound to a task: shows after a moment, Cancel cancels the task."""

    def __init__(self, task: Task, label: str, parent: QWidget | None = None):
        super().__init__(label, translate("Progress", "Cancel"), 0, 0, parent)
        self.setWindowTitle(translate("Progress", "Working…"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)  # quick work finishes without a flash
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.task = task
        self.canceled.connect(task.cancel)
        task.signals.progress.connect(self._on_progress)
        task.signals.done.connect(self._finish)
        # QProgressDialog only starts its show timer once a value is set.
        self.setValue(0)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0 and self.maximum() != total:
            self.setMaximum(total)
        self.setValue(min(done, total) if total > 0 else 0)

    def _finish(self) -> None:
        # Close after the result callbacks (queued) had their turn.
        QTimer.singleShot(0, self.close)
        QTimer.singleShot(0, self.deleteLater)
