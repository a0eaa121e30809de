"""Long work off the GUI thread: tasks on a QThreadPool that report progress and can be cancelled.

Picard's shape: `run_task(function, ...)` runs `function(progress, cancelled)` on the pool and
posts its result (or its exception) back to the GUI thread through Qt signals, so the window
never freezes and never touches the document from two threads at once.
"""

from __future__ import annotations

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
            result = self.function(self._report, self.is_cancelled)
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
    least one, so that work taken in by parts progresses however slow the machine."""
    deadline = time.perf_counter() + budget_seconds
    first = True
    while more() and (first or time.perf_counter() < deadline):
        first = False
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
    task.signals.done.connect(lambda: _RUNNING.discard(task), Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


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
