"""Window benchmark: a 10,000-pair document from the WMT14 news pairs, opened, edited, scrolled.

- gui_open_10k_seconds: from the aligned, checked document to the first painted screen;
- gui_recheck_ms_median: from an edit in the target to its refreshed underlines (the live
  re-check's pause is a deliberate debounce and is not counted; the work after it is: the
  edit taken in (undo step, row refitted when the editor's text changes lines), every check
  needing no parse run on the edited segment on the GUI thread, and the event loop's turn
  that paints the editor with them and the row's cells whose values changed; every attempt
  must have painted the editor in that turn: gui_recheck_unpainted counts those that did
  not). What follows a pause in the typing is not counted: the Issues panel's list (120 ms
  after the last change, 0.5 s at most), the status bar's counts (60 ms), the post-edit
  distance (on a worker, 300 ms after the last keystroke); each is counted when the loop is
  slow enough for its timer to fire.
  gui_recheck_cpu_ms_median, the GUI thread's CPU time for the same (a loaded machine
  inflates it least). The checks needing no parse answer at once; the parse-based ones
  after a pause in the typing (PARSE_DELAY_MS), which gui_recheck_parse_flags_ms_median
  times: from the edit to their flags, the pause included. `python
  tests/benchmarks/bench_gui.py --recheck [--profile]` prints only these (after the same
  document check);
- gui_peak_rss_mb: peak resident memory of the whole process tree (the window's process and
  its largest child, if any: gui_children_peak_rss_mb);
- gui_scroll_worst_frame_ms: scrolling top to bottom a page at a time, the slowest frame;
- gui_bulk_edit_max_stall_ms: the longest the event loop was blocked (a QTimer ticking every
  5 ms records the largest gap; the Replace all call itself counts as one block) from a
  Replace all over 2,000 segments until their re-check (and the document pass after it) is
  done; gui_bulk_edit_max_turn_cpu_ms, the most CPU the GUI thread used between two ticks
  (one turn of the event loop's work, without what the machine's load adds to it while it
  waits for a core), and gui_bulk_edit_call_cpu_ms, that of the Replace all call itself;
- gui_save_max_stall_ms: the same measure for Ctrl+S on the 10,000-segment document (the copy
  taken on the GUI thread, then the worker's write); gui_save_seconds_to_written, until saved;
- `python tests/benchmarks/bench_gui.py --stall` prints only the re-check, bulk-edit and save
  figures (the 10,000-pair document is still checked first); `--stall --watch` also prints on
  stderr where the GUI thread and the workers were during each stall over 80 ms of the bulk
  edit (stallwatch.py);
- gui_first_flags_seconds / gui_all_flags_seconds: the bundled seed pair (samples/) opened in
  a fresh process with empty HOME, configuration, data and cache folders (cold; the median
  of three such processes), as
  `translator-gui` starts: from the window shown to the first issue underlines painted (the
  checks needing no parse), and to those of every check painted (a paint of the grid after
  the window's signal that the issues arrived); gui_*_flags_cpu_seconds, the CPU time the
  process (all its threads) had used by then, from its start: on a shared machine the
  comparable figure.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ROOT, WMT14, cold_environment, require, wmt14_documents  # noqa: E402

PAIRS = 10_000
WATCH = False  # --watch: sample the threads' stacks during the bulk edit's stalls
PROFILE = False  # --profile (with --recheck): cProfile the live re-check loop


def build_document(count: int = PAIRS):
    """WMT14 pairs repeated until `count` aligned segments (1-1 beads, as the aligner gives)."""
    from translator_gui.core.model import Bead, ReviewDocument, Segment

    pairs = [(fr, en) for _docid, french, english in wmt14_documents()
             for fr, en in zip(french, english, strict=True)]
    segments = []
    for index in range(count):
        source, draft = pairs[index % len(pairs)]
        segments.append(Segment(index, source, draft, draft, bead=Bead([index], [index], 0.9)))
    return ReviewDocument(segments, "fr", "en")


def _current_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _seed_flags_in_this_process() -> dict[str, float]:
    """Open the seed pair as `translator-gui` does (minus the first-start name question) and
    time the first and the last underlines painted; run in a fresh process by cold_flags()."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from translator_gui.ui import i18n
    from translator_gui.ui.app import bundled_sample, create_application
    from translator_gui.ui.window import MainWindow

    app = create_application()
    i18n.install_translators()
    window = MainWindow()
    window.resize(1400, 900)
    arrived: dict[str, float] = {}
    painted: dict[str, float] = {}
    cpu: dict[str, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, _watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter()
                for name in arrived:
                    painted.setdefault(name, now)  # the first paint after the issues came
                    cpu.setdefault(name, time.process_time())
            return False

    watch = PaintWatch()
    window.view.viewport().installEventFilter(watch)
    window.first_flags_shown.connect(lambda: arrived.setdefault("first", time.perf_counter()))

    def finished() -> None:
        if window.review.document.segments:  # not the empty window before the files open
            arrived.setdefault("first", time.perf_counter())
            arrived.setdefault("all", time.perf_counter())

    window.checks_finished.connect(finished)
    window.show()
    QApplication.processEvents()
    shown = time.perf_counter()
    window.files.open_files(bundled_sample())
    deadline = shown + 300
    while "all" not in painted and time.perf_counter() < deadline:
        app.processEvents()
        if arrived and not painted.keys() >= arrived.keys():
            window.view.viewport().update()  # a paint must follow the issues' arrival
        time.sleep(0.002)
    return {"first": painted.get("first", float("nan")) - shown,
            "all": painted.get("all", float("nan")) - shown,
            "first_cpu": cpu.get("first", float("nan")), "all_cpu": cpu.get("all", float("nan")),
            "issues": len(window.review.all_issues())}


COLD_RUNS = 3  # the seed's flag times are the median of this many cold processes


def cold_flags() -> dict[str, float]:
    """gui_first_flags_seconds and gui_all_flags_seconds: each the median over COLD_RUNS
    fresh processes, every one with its own empty HOME (a single run on a shared machine
    swings by half a second either way)."""
    runs = [_one_cold_flags_run() for _ in range(COLD_RUNS)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _one_cold_flags_run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = cold_environment(Path(home))
        env["QT_QPA_PLATFORM"] = "offscreen"
        result = subprocess.run([sys.executable, __file__, "--seed-flags"], capture_output=True,
                                text=True, cwd=ROOT, env=env, check=False, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"seed flags run failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run():
    yield from _run(stall_only=False)


def run_stall():
    """Only the figures of the window's stalls (live re-check, bulk edit, save):
    `python tests/benchmarks/bench_gui.py --stall`."""
    yield from _run(stall_only=True)


def _run(stall_only: bool):
    if stall_only:
        yield from _window_figures(stall_only)
        return
    flags = cold_flags()
    yield "gui_first_flags_seconds", flags["first"]
    yield "gui_all_flags_seconds", flags["all"]
    yield "gui_first_flags_cpu_seconds", flags["first_cpu"]
    yield "gui_all_flags_cpu_seconds", flags["all_cpu"]
    yield "gui_seed_issues", flags["issues"]
    yield from _window_figures(stall_only)


def _window_figures(stall_only: bool):
    if not require(WMT14):
        return
    os.environ.setdefault("TRANSLATOR_GUI_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-gui-"))
    from PySide6.QtCore import QEvent, QObject

    from translator_gui.core.checks.base import check_document
    from translator_gui.ui.app import create_application
    from translator_gui.ui.recovery import RecoveryStore
    from translator_gui.ui.window import MainWindow

    tree = TreeMemory()
    tree.start()
    # the application first, as translator-gui starts: its settings (e.g. how many French
    # parses the checks keep) apply to the check below just as they do in the window
    app = create_application()
    document = build_document()
    issues = _issues_of(document, check_document)
    yield "gui_document_pairs", len(document.segments)
    yield "gui_document_issues", len(issues)
    # what the document and the check engine (spaCy and its parse cache) hold before any Qt
    rss_before_window = _current_rss_mb()
    yield "gui_rss_before_window_mb", rss_before_window

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, _watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    start = time.perf_counter()
    window = MainWindow(RecoveryStore(tempfile.mkdtemp(prefix="bench-recovery-")))
    window.resize(1400, 900)
    watch = PaintWatch()
    window.view.viewport().installEventFilter(watch)
    window.set_document(document, issues)
    window.show()
    while not watch.painted:
        app.processEvents()
    app.processEvents()  # the paint itself completes in this pass
    yield "gui_open_10k_seconds", time.perf_counter() - start

    yield from live_recheck(app, window)
    window.close_editor()
    if stall_only:
        _settle(app, window)
        yield from bulk_edit_stall(app, window)
        yield from save_stall(app, window)
        _close(window)
        return
    # let the edits' background work (document-scope checks, distance) finish first: the
    # scroll below measures scrolling, not a check competing with it for the interpreter
    _settle(app, window)

    # -- scroll from top to bottom a page at a time ---------------------------------------------
    bar = window.view.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    frames = []
    scroll_start = time.perf_counter()
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + max(1, bar.pageStep()))
        began = time.perf_counter()
        bar.setValue(value)
        window.view.fit_visible_rows()
        window.view.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - began) * 1000)
    yield "gui_scroll_frames", len(frames)
    yield "gui_scroll_seconds", time.perf_counter() - scroll_start
    yield "gui_scroll_worst_frame_ms", max(frames) if frames else 0.0
    yield "gui_scroll_median_frame_ms", statistics.median(frames) if frames else 0.0
    if frames:
        yield "gui_scroll_p95_frame_ms", sorted(frames)[int(len(frames) * 0.95)]

    yield from bulk_edit_stall(app, window)
    yield from save_stall(app, window)

    # The whole process tree: work handed to a child process (a forked reader, say) costs
    # memory too; the sampled peak of the tree's sum, or the process's own peak if higher.
    tree.stop()
    yield "gui_children_peak_rss_mb", tree.children_peak_kb / 1024
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, tree.peak_kb)
    yield "gui_peak_rss_mb", peak_kb / 1024
    yield "gui_window_added_rss_mb", peak_kb / 1024 - rss_before_window
    _close(window)


def live_recheck(app, window, attempts: int = 60):
    """Type a word at the end of a visible target, re-check it and let the event loop repaint,
    `attempts` times: gui_recheck_ms_median from the keystroke to the turn that repaints."""
    from PySide6.QtCore import QEvent, QObject

    from translator_gui.ui.segment_model import Column

    class Painted(QObject):
        count = 0

        def eventFilter(self, _watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    row = 3
    window.go_to_row(row, Column.TARGET)
    editor = window.current_editor()
    painted = Painted()
    editor.viewport().installEventFilter(painted)
    timings, cpu = [], []
    unpainted = 0
    profile = None
    if PROFILE:
        import cProfile

        profile = cProfile.Profile()
    for attempt in range(attempts):
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        if profile is not None and attempt >= 5:  # past the first calls' loading
            profile.enable()
        began, began_cpu = time.perf_counter(), time.thread_time()
        editor.insertPlainText(" actually" if attempt % 2 == 0 else " now")
        window.checking.recheck_timer.stop()
        window.checking.recheck_pending()
        paints = painted.count
        app.processEvents()
        timings.append((time.perf_counter() - began) * 1000)
        cpu.append((time.thread_time() - began_cpu) * 1000)
        unpainted += painted.count == paints
        if profile is not None:
            profile.disable()
    if profile is not None:
        import pstats

        profile.dump_stats(os.environ.get("BENCH_GUI_PROFILE", "/tmp/bench_gui_recheck.prof"))
        pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    yield "gui_recheck_ms_median", statistics.median(timings)
    yield "gui_recheck_ms_max", max(timings)
    # the GUI thread's CPU time for the same: what a loaded machine inflates least
    yield "gui_recheck_cpu_ms_median", statistics.median(cpu)
    yield "gui_recheck_unpainted", unpainted
    # the parse-based checks' flags: after a pause in the typing (PARSE_DELAY_MS, counted),
    # the texts they want parsed on a worker, then the segment re-checked in full; on the
    # first row on screen whose French a parse-based check wants
    checking = window.checking
    review = window.review
    wanted = next((r for r in range(row + 1, row + 40)
                   if review.parse_pending(review.segments[r].id)), None)
    if wanted is None:
        return
    window.go_to_row(wanted, Column.TARGET)
    editor = window.current_editor()
    waits = []
    for attempt in range(7):
        editor.insertPlainText(" again" if attempt % 2 == 0 else " still")
        began = time.perf_counter()
        checking.recheck_timer.stop()
        checking.recheck_pending()
        app.processEvents()
        while checking.parse_pending or checking.parse_task or checking.parse_timer.isActive():
            app.processEvents()
            time.sleep(0.0005)
        waits.append((time.perf_counter() - began) * 1000)
    yield "gui_recheck_parse_flags_ms_median", statistics.median(waits)


def run_recheck():
    """Only the live re-check figures on the 10,000-pair document (checked first, as in the
    whole run): `python tests/benchmarks/bench_gui.py --recheck [--profile]` (--profile
    prints cProfile's tables of the re-check loop on stderr)."""
    if not require(WMT14):
        return
    os.environ.setdefault("TRANSLATOR_GUI_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-gui-"))
    from translator_gui.core.checks.base import check_document
    from translator_gui.ui.app import create_application
    from translator_gui.ui.recovery import RecoveryStore
    from translator_gui.ui.window import MainWindow

    app = create_application()
    document = build_document()
    issues = _issues_of(document, check_document)
    window = MainWindow(RecoveryStore(tempfile.mkdtemp(prefix="bench-recovery-")))
    window.resize(1400, 900)
    window.set_document(document, issues)
    window.show()
    for _ in range(50):
        app.processEvents()
    yield from live_recheck(app, window)
    window.close_editor()
    _close(window)


def _issues_of(document, check_document):
    """check_document(document); with BENCH_GUI_ISSUES=FILE (a development shortcut, not for
    the figures reported), the issues are kept in FILE and read back on the next run, and the
    French model is loaded as the check would have loaded it."""
    import pickle

    kept = os.environ.get("BENCH_GUI_ISSUES")
    if kept and Path(kept).exists():
        from translator_gui.core import morphology

        morphology.preload()
        with open(kept, "rb") as stored:
            return pickle.load(stored)
    began = time.process_time()
    issues = check_document(document)
    print(f"(document checked: {time.process_time() - began:.1f} s CPU)", file=sys.stderr)
    if kept:
        with open(kept, "wb") as stored:
            pickle.dump(issues, stored)
    return issues


class TreeMemory(threading.Thread):
    """Samples the resident memory of this process and all its descendants (Linux /proc)
    every 50 ms: `peak_kb` the largest sum seen, `children_peak_kb` the descendants' part."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = self.children_peak_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.05):
            mine = _rss_kb(os.getpid())
            children = sum(_rss_kb(pid) for pid in _descendants(os.getpid()))
            self.peak_kb = max(self.peak_kb, mine + children)
            self.children_peak_kb = max(self.children_peak_kb, children)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                for child in children.read().split():
                    found.append(int(child))
                    found.extend(_descendants(int(child)))
        except OSError:
            continue
    return found


def _settle(app, window) -> None:
    from PySide6.QtCore import QThreadPool

    settle_until = time.perf_counter() + 60
    while time.perf_counter() < settle_until and (
            window.checking.document_check_timer.isActive() or window._distance_timer.isActive()
            or QThreadPool.globalInstance().activeThreadCount()):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(20)


def _close(window) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    window.changed_outside_undo = False
    window.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    QThreadPool.globalInstance().waitForDone(60000)  # no worker outlives its window


BULK_SEGMENTS = 2_000


def _recheck_idle(window) -> bool:
    return window.checking.idle()


def bulk_edit_stall(app, window):
    """Replace all over 2,000 targets, then keep the event loop turning until the re-check is
    done; the longest gap between 5 ms ticks is how long the window froze."""
    import re

    from PySide6.QtCore import QTimer

    pattern = re.compile(r"\bthe\b")
    changes = []
    for segment in window.document.segments:
        new, count = pattern.subn("this", segment.target, count=1)
        if count:
            changes.append((segment.id, new))
        if len(changes) == BULK_SEGMENTS:
            break
    ticks: list[float] = []
    cpu_ticks: list[float] = []  # the GUI thread's CPU time at each tick

    def tick() -> None:
        ticks.append(time.perf_counter())
        cpu_ticks.append(time.thread_time())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    watch = None
    if WATCH:
        from stallwatch import StallWatch

        watch = StallWatch()
        timer.timeout.connect(watch.beat)
        window.autosaved.connect(lambda: watch.mark("autosave written"))
        watch.start()
    timer.start()
    for _ in range(20):  # the timer is running
        app.processEvents()
    began, began_cpu = time.perf_counter(), time.thread_time()
    window.repair.replace_in_targets(changes, "Replace “the” with “this”")
    blocked = time.perf_counter() - began
    blocked_cpu = time.thread_time() - began_cpu
    tick()
    deadline = time.perf_counter() + 180
    # the first timers after an edit wait a moment; idle must hold for a while to count
    idle_since = None
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
        if _recheck_idle(window):
            if watch is not None and idle_since is None:
                watch.mark("re-check idle")
            idle_since = idle_since or time.perf_counter()
            if time.perf_counter() - idle_since > 2.0:
                break
        else:
            idle_since = None
    finished = time.perf_counter()
    timer.stop()
    if watch is not None:
        watch.stop()
        watch.report()
        # cyclic garbage the young collections let through to the old generation, which the
        # window never collects in full (ui/app.py): what a full collection would free now
        import gc

        print(f"full collection: {gc.collect()} unreachable objects", file=sys.stderr)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    stall = max([blocked] + gaps)
    # the GUI thread's CPU time between two ticks: what the window's own work costs in one
    # turn of the event loop, whatever the machine's load adds to it while it waits
    turns = [(b - a, at - began) for a, b, at in zip(cpu_ticks, cpu_ticks[1:], ticks[1:],
                                                     strict=False)]
    if WATCH:
        print("longest turns by GUI-thread CPU: " + ", ".join(
            f"{cpu * 1000:.1f} ms at +{at:.2f} s" for cpu, at in sorted(turns)[-8:][::-1]),
            file=sys.stderr)
    yield "gui_bulk_edit_segments", len(changes)
    yield "gui_bulk_edit_seconds_to_rechecked", (idle_since or finished) - began
    yield "gui_bulk_edit_max_stall_ms", stall * 1000
    yield "gui_bulk_edit_call_cpu_ms", blocked_cpu * 1000
    yield "gui_bulk_edit_max_turn_cpu_ms", max([cpu for cpu, _at in turns] + [0.0]) * 1000


def save_stall(app, window):
    """Ctrl+S on the 10,000-segment document: how long the window is blocked (the save's own
    call on the GUI thread, then the longest gap between 5 ms ticks while the worker writes)
    and how long until the project is on disk."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for _ in range(20):
        app.processEvents()
    saved: list[str] = []
    window.saved.connect(saved.append)
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        window.files.save_to(str(Path(folder) / "bench.tgp"))
        blocked = time.perf_counter() - began
        ticks.append(time.perf_counter())
        deadline = time.perf_counter() + 120
        while not saved and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        done = time.perf_counter()
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    yield "gui_save_call_ms", blocked * 1000
    yield "gui_save_max_stall_ms", max([blocked] + gaps) * 1000
    yield "gui_save_seconds_to_written", done - began


if __name__ == "__main__" and sys.argv[1:] == ["--seed-flags"]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(json.dumps(_seed_flags_in_this_process()))
elif __name__ == "__main__" and sys.argv[1:2] in (["--recheck"], ["--stall"]):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    PROFILE = "--profile" in sys.argv
    WATCH = "--watch" in sys.argv
    for name, value in (run_recheck() if sys.argv[1] == "--recheck" else run_stall()):
        print(f"{name}: {value:.1f}" if isinstance(value, float) else f"{name}: {value}",
              flush=True)
