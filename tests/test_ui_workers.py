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


def _late_beat(seconds_ago: float):
    """A GuiBeat whose GUI thread is this one, last heard `seconds_ago`."""
    import time

    from translator_gui.ui.workers import GuiBeat

    beat = GuiBeat()
    beat.last = time.perf_counter() - seconds_ago
    return beat


def _on_a_worker(function) -> float:
    """Seconds `function()` took on another thread."""
    import threading
    import time

    took: list[float] = []

    def run() -> None:
        began = time.perf_counter()
        function()
        took.append(time.perf_counter() - began)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return took[0]


def test_a_worker_gives_way_until_the_window_beats_again() -> None:
    import threading
    import time

    beat = _late_beat(1.0)  # the window is behind: a paint, or waiting for the lock
    beat.MAX_PAUSE = 5.0  # (so that only the beat can end the pause on a loaded machine)
    beaten: list[float] = []
    returned: list[float] = []

    def catch_up() -> None:
        beaten.append(time.perf_counter())
        beat.beat()

    def give_way() -> None:
        beat.give_way()
        returned.append(time.perf_counter())

    timer = threading.Timer(0.03, catch_up)  # ... and catches up 30 ms later
    timer.start()
    took = _on_a_worker(give_way)
    timer.join()
    # The worker went on only once the window had beaten. (Its own time on the clock was
    # asserted >= 25 ms: a worker thread started 9 ms after the timer on a loaded machine
    # waited the 21 ms left, correctly, and failed.)
    assert returned[0] >= beaten[0]
    assert took < 2.0


def test_a_window_on_time_is_not_waited_for() -> None:
    import time

    beat = _late_beat(0.0)
    beat.LATE = 1.0  # on time however slowly the worker thread starts here
    beat.last = time.perf_counter()
    assert _on_a_worker(beat.give_way) < 0.05


def test_a_window_that_stays_behind_is_waited_for_once() -> None:
    """A GUI thread blocked on purpose (waiting for the pool to finish) never beats: the
    worker pauses once, then carries on, or it would crawl at every poll."""
    beat = _late_beat(1.0)
    assert beat.MAX_PAUSE * 0.9 <= _on_a_worker(beat.give_way) < beat.MAX_PAUSE * 10
    assert _on_a_worker(beat.give_way) < 0.05


def test_the_gui_thread_never_waits_for_itself() -> None:
    import time

    beat = _late_beat(1.0)
    began = time.perf_counter()
    beat.give_way()
    assert time.perf_counter() - began < 0.05


def test_a_tasks_cancelled_poll_gives_way(qapp, monkeypatch) -> None:
    from translator_gui.ui import workers

    calls: list[int] = []
    monkeypatch.setattr(workers.GUI_BEAT, "give_way", lambda: calls.append(1))
    task = Task(lambda _progress, cancelled: [cancelled(), cancelled()], "polls")
    task.run()
    assert task.result == [False, False]
    assert len(calls) == 2


class _Collector:
    """Stands in for the gc module: records the generations collect_young asks for."""

    def __init__(self, middle_count: int, enabled: bool = True) -> None:
        self.middle_count = middle_count
        self.enabled = enabled
        self.collected: list[int] = []

    def isenabled(self) -> bool:
        return self.enabled

    def get_count(self) -> tuple[int, int, int]:
        return (5, self.middle_count, 0)

    def get_threshold(self) -> tuple[int, int, int]:
        return (700, 10, 1_000_000)

    def collect(self, generation: int) -> int:
        self.collected.append(generation)
        return 0


def test_the_beat_collects_the_young_generation_once_per_period(monkeypatch) -> None:
    """The young generation is collected at a beat COLLECT_EVERY after the last collection,
    not at every beat, and the middle one at every MIDDLE_EVERY-th (2nd) young collection."""
    from translator_gui.ui import workers

    assert workers.MIDDLE_EVERY == 2
    collector = _Collector(middle_count=1)
    monkeypatch.setattr(workers, "gc", collector)
    beat = _late_beat(0.0)
    beat.COLLECT_EVERY = 60.0
    beat.beat()
    assert collector.collected == []  # just made: not due
    # From a clock value that sums exactly: (t + 60.0) - t is 60.0 only for some t.
    beat._collected = 1024.0
    beat.collect_when_due(beat._collected + 59.0)
    assert collector.collected == []
    beat.collect_when_due(beat._collected + 60.0)
    assert collector.collected == [0]
    beat.collect_when_due(beat._collected + 1.0)  # the period starts again from there
    assert collector.collected == [0]
    collector.middle_count = 2  # two young collections since the last middle one
    beat.collect_when_due(beat._collected + 60.0)
    assert collector.collected == [0, 1]
    collector.enabled = False  # a process that switched the collector off keeps it off
    beat.collect_when_due(beat._collected + 60.0)
    assert collector.collected == [0, 1]


def test_work_taken_in_by_parts_collects_between_turns(monkeypatch) -> None:
    from translator_gui.ui import workers

    calls: list[float] = []
    monkeypatch.setattr(workers.GUI_BEAT, "collect_when_due", calls.append)
    work = list(range(3))
    for _turn in workers.slices(60.0, lambda: bool(work)):
        work.pop()
    assert len(calls) == 3


def test_collect_young_empties_the_young_generation() -> None:
    """What the collector walks at its next collection is what was made since this one: the
    young generation is left empty (objects still alive move on to the middle one)."""
    import gc

    from translator_gui.ui.workers import collect_young

    gc.collect(0)
    kept = [[index] for index in range(500)]  # young, alive, fewer than the threshold
    assert len(gc.get_objects(generation=0)) >= 500
    collect_young()
    assert len(gc.get_objects(generation=0)) < 100  # (what this line itself made, at most)
    assert len(kept) == 500
