"""Window benchmark: a 10,000-pair document from the WMT14 news pairs, opened, edited, scrolled.

- gui_open_10k_seconds: from the aligned, checked document to the first painted screen;
- gui_recheck_ms_median: from an edit in the target to its refreshed underlines (the live
  re-check's pause is a deliberate debounce and is not counted; the work after it is);
- gui_peak_rss_mb: peak resident memory of the whole process;
- gui_scroll_worst_frame_ms: scrolling top to bottom a page at a time, the slowest frame;
- gui_bulk_edit_max_stall_ms: the longest the event loop was blocked (a QTimer ticking every
  5 ms records the largest gap; the Replace all call itself counts as one block) from a
  Replace all over 2,000 segments until their re-check (and the document pass after it) is
  done.
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import WMT14, require, wmt14_documents  # noqa: E402

PAIRS = 10_000


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


def run():
    if not require(WMT14):
        return
    os.environ.setdefault("TRANSLATOR_GUI_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-gui-"))
    from PySide6.QtCore import QEvent, QObject, QThreadPool
    from PySide6.QtWidgets import QApplication

    from translator_gui.core.checks.base import check_document
    from translator_gui.ui.app import create_application
    from translator_gui.ui.recovery import RecoveryStore
    from translator_gui.ui.segment_model import Column
    from translator_gui.ui.window import MainWindow

    # the application first, as translator-gui starts: its settings (e.g. how many French
    # parses the checks keep) apply to the check below just as they do in the window
    app = create_application()
    document = build_document()
    issues = check_document(document)
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

    # -- live re-check: type into a visible target, re-check, repaint -------------------------
    row = 3
    window.go_to_row(row, Column.TARGET)
    editor = window.current_editor()
    timings = []
    for attempt in range(60):
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        began = time.perf_counter()
        editor.insertPlainText(" actually" if attempt % 2 == 0 else " now")
        window.checking.recheck_timer.stop()
        window.checking.recheck_pending()
        app.processEvents()
        timings.append((time.perf_counter() - began) * 1000)
    yield "gui_recheck_ms_median", statistics.median(timings)
    yield "gui_recheck_ms_max", max(timings)
    window.close_editor()
    # let the edits' background work (document-scope checks, distance) finish first: the
    # scroll below measures scrolling, not a check competing with it for the interpreter
    settle_until = time.perf_counter() + 60
    while time.perf_counter() < settle_until and (
            window.checking.document_check_timer.isActive() or window._distance_timer.isActive()
            or QThreadPool.globalInstance().activeThreadCount()):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(20)

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

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    yield "gui_peak_rss_mb", peak_kb / 1024
    yield "gui_window_added_rss_mb", peak_kb / 1024 - rss_before_window
    window.changed_outside_undo = False
    window.undo_stack.setClean()
    window.close()
    QApplication.processEvents()


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
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for _ in range(20):  # the timer is running
        app.processEvents()
    began = time.perf_counter()
    window.repair.replace_in_targets(changes, "Replace “the” with “this”")
    blocked = time.perf_counter() - began
    ticks.append(time.perf_counter())
    deadline = time.perf_counter() + 180
    # the first timers after an edit wait a moment; idle must hold for a while to count
    idle_since = None
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
        if _recheck_idle(window):
            idle_since = idle_since or time.perf_counter()
            if time.perf_counter() - idle_since > 2.0:
                break
        else:
            idle_since = None
    finished = time.perf_counter()
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    stall = max([blocked] + gaps)
    yield "gui_bulk_edit_segments", len(changes)
    yield "gui_bulk_edit_seconds_to_rechecked", (idle_since or finished) - began
    yield "gui_bulk_edit_max_stall_ms", stall * 1000
