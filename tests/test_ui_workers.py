"""Tasks on the thread pool: results, and a task that outlives the window it reports to."""

from __future__ import annotations

import shiboken6

from translator_gui.ui.workers import Task


def test_a_task_outliving_its_signals_ends_quietly(qapp) -> None:
    """A task still running when the window closed found its signals' Qt object deleted and
    printed "RuntimeError: Signal source has been deleted" from the worker thread."""
    task = Task(lambda _progress, _cancelled: 42, "late")
    shiboken6.delete(task.signals)
    task.run()  # on the calling thread: an exception would surface here
    assert task.is_done()
    assert task.result == 42


def test_a_task_reports_its_result(qapp, qtbot) -> None:
    task = Task(lambda _progress, _cancelled: "done", "quick")
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as blocker:
        task.run()
    assert blocker.args == ["done"]
    assert task.is_done()


def test_slices_always_give_one_turn_then_keep_to_the_budget() -> None:
    from translator_gui.ui.workers import slices

    work = list(range(5))
    taken = [work.pop() for _turn in slices(0.0, lambda: bool(work))]
    assert taken == [4]  # no budget at all: still one turn, so the work progresses
    taken = [work.pop() for _turn in slices(60.0, lambda: bool(work))]
    assert taken == [3, 2, 1, 0] and work == []
    assert list(slices(60.0, lambda: False)) == []
