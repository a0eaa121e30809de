"""Who blocks the window's event loop: a watchdog thread that samples every thread's Python
stack while the GUI thread's heartbeat is late (`bench_gui.py --stall --watch`).

The GUI thread calls `beat()` from a QTimer every few milliseconds. The watchdog wakes every
`every` seconds; while the last beat is older than `late`, it records the Python stack of the
GUI thread and of every other thread (sys._current_frames), and the CPU time each thread has
used so far (/proc/self/task/TID/stat). A stall's report then says where the GUI thread was,
whether it ran (its CPU time moved) or waited, and for what: for a core (the time it spent
runnable but not running, /proc/self/task/TID/schedstat: the machine's load, which no change to
the window removes) or for the interpreter lock (the rest), and what the other threads ran
meanwhile.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO


def _thread_cpu(native_id: int) -> float:
    """CPU seconds a thread of this process has used, 0 when unknown: /proc's schedstat, in
    nanoseconds (its stat file counts clock ticks, 10 ms each)."""
    try:
        with open(f"/proc/self/task/{native_id}/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[0]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _thread_queued(native_id: int) -> float:
    """Seconds a thread of this process has spent runnable but waiting for a core (0 when
    unknown): /proc's schedstat, in nanoseconds."""
    try:
        with open(f"/proc/self/task/{native_id}/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _major_faults() -> int:
    """Page faults of this process that read from disk so far (/proc/self/stat, field 12)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            return int(stat.read().rpartition(")")[2].split()[9])
    except (OSError, IndexError, ValueError):
        return 0


def _stolen() -> float:
    """Seconds the machine's virtual cores waited for the host's so far (steal time, every
    core: /proc/stat, in clock ticks of 10 ms); 0 where not reported."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            return int(stat.readline().split()[8]) / 100
    except (OSError, IndexError, ValueError):
        return 0.0


def _stack(frame, depth: int) -> tuple[str, ...]:
    lines = []
    while frame is not None and len(lines) < depth:
        code = frame.f_code
        lines.append(f"{os.path.basename(code.co_filename)}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return tuple(lines)


@dataclass
class Stall:
    began: float
    length: float = 0.0
    gui: Counter[tuple[str, ...]] = field(default_factory=Counter)
    others: Counter[str] = field(default_factory=Counter)
    gui_cpu: tuple[float, float] = (0.0, 0.0)
    gui_queued: tuple[float, float] = (0.0, 0.0)  # waiting for a core: at the start, during
    other_cpu: dict[str, float] = field(default_factory=dict)
    other_queued: dict[str, float] = field(default_factory=dict)  # waiting for a core
    faults: tuple[int, int] = (0, 0)  # major page faults: at the start, during
    stolen: tuple[float, float] = (0.0, 0.0)  # steal time of the machine: at the start, during

    def unaccounted(self) -> float:
        """The part of the stall in which the GUI thread neither ran nor waited for a core,
        and no other thread of the process ran: the whole process stood still (the interpreter
        lock held by a thread that neither ran nor waited for a core, a page read from disk,
        the machine). A lower bound: the other threads' times may overlap."""
        others = sum(t for name, t in [*self.other_cpu.items(), *self.other_queued.items()]
                     if name != "stall-watch")
        return max(0.0, self.length - self.gui_cpu[1] - self.gui_queued[1] - others)


class StallWatch:
    def __init__(self, late: float = 0.03, every: float = 0.004, depth: int = 14) -> None:
        self.late, self.every, self.depth = late, every, depth
        self.gui_ident = threading.get_ident()
        self.gui_native = threading.get_native_id()
        self.last = time.perf_counter()
        self.origin = self.last
        self.stalls: list[Stall] = []
        self._running = False
        self._thread: threading.Thread | None = None
        self._names: dict[int, str] = {}
        # every collection of the cyclic collector: (began, ended, generation, thread name),
        # in perf_counter seconds; a stall's report lists those that overlap it
        self.collections: list[tuple[float, float, int, str]] = []
        self._collecting: dict[int, float] = {}
        self.marks: list[tuple[float, str]] = []

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._collecting[ident] = time.perf_counter()
        elif ident in self._collecting:
            self.collections.append((self._collecting.pop(ident), time.perf_counter(),
                                     info["generation"], threading.current_thread().name))

    def mark(self, what: str) -> None:
        """Note a moment of the run (printed in the report's timeline)."""
        self.marks.append((time.perf_counter() - self.origin, what))

    def beat(self) -> None:
        self.last = time.perf_counter()

    def start(self) -> None:
        self._running = True
        gc.callbacks.append(self._collected)
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join()
        if self._collected in gc.callbacks:
            gc.callbacks.remove(self._collected)

    def _watch(self) -> None:
        current: Stall | None = None
        cpu_before: dict[int, float] = {}
        queued_before: dict[int, float] = {}
        while self._running:
            time.sleep(self.every)
            now = time.perf_counter()
            behind = now - self.last
            if behind < self.late:
                if current is not None:
                    current.gui_cpu = (current.gui_cpu[0],
                                       _thread_cpu(self.gui_native) - current.gui_cpu[0])
                    current.gui_queued = (current.gui_queued[0], _thread_queued(
                        self.gui_native) - current.gui_queued[0])
                    current.faults = (current.faults[0], _major_faults() - current.faults[0])
                    current.stolen = (current.stolen[0], _stolen() - current.stolen[0])
                    for thread in threading.enumerate():
                        if thread.native_id in cpu_before and thread.native_id != self.gui_native:
                            used = _thread_cpu(thread.native_id) - cpu_before[thread.native_id]
                            if used > 0:
                                current.other_cpu[thread.name] = used
                            queued = (_thread_queued(thread.native_id)
                                      - queued_before.get(thread.native_id, 0.0))
                            if queued > 0.001:
                                current.other_queued[thread.name] = queued
                    self.stalls.append(current)
                    current = None
                continue
            if current is None:
                current = Stall(self.last - self.origin)
                current.gui_cpu = (_thread_cpu(self.gui_native), 0.0)
                current.gui_queued = (_thread_queued(self.gui_native), 0.0)
                current.faults = (_major_faults(), 0)
                current.stolen = (_stolen(), 0.0)
                cpu_before = {t.native_id: _thread_cpu(t.native_id)
                              for t in threading.enumerate() if t.native_id is not None}
                queued_before = {t.native_id: _thread_queued(t.native_id)
                                 for t in threading.enumerate() if t.native_id is not None}
            current.length = max(current.length, behind)
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in sys._current_frames().items():
                if ident == self.gui_ident:
                    current.gui[_stack(frame, self.depth)] += 1
                elif ident != threading.get_ident():
                    inner = _stack(frame, 3)
                    current.others[f"{names.get(ident, ident)}: {' < '.join(inner)}"] += 1

    def report(self, longer_than: float = 0.08, out: TextIO = sys.stderr) -> None:
        long = [s for s in self.stalls if s.length > longer_than]
        print(f"stall-watch: {len(self.stalls)} stalls over {self.late * 1000:.0f} ms, "
              f"{len(long)} over {longer_than * 1000:.0f} ms", file=out)
        by_kind: dict[tuple[str, int], list[float]] = {}
        for start, end, generation, name in self.collections:
            by_kind.setdefault((name, generation), []).append(end - start)
        for (name, generation), lengths in sorted(by_kind.items()):
            print(f"collections of generation {generation} on {name}: {len(lengths)}, "
                  f"{sum(lengths) * 1000:.0f} ms in all, longest {max(lengths) * 1000:.0f} ms",
                  file=out)
        if self.marks:
            print("marks: " + ", ".join(f"+{at:.2f} s {what}" for at, what in self.marks),
                  file=out)
        for stall in sorted(long, key=lambda s: -s.length)[:12]:
            print(f"\n== {stall.length * 1000:.0f} ms at +{stall.began:.2f} s; GUI thread ran "
                  f"{stall.gui_cpu[1] * 1000:.0f} ms of CPU, waited "
                  f"{stall.gui_queued[1] * 1000:.0f} ms for a core; others: "
                  + ", ".join(f"{n} {c * 1000:.0f} ms" for n, c in stall.other_cpu.items())
                  + ("; others waited for a core: " + ", ".join(
                      f"{n} {c * 1000:.0f} ms" for n, c in stall.other_queued.items())
                     if stall.other_queued else "")
                  + (f"; {stall.unaccounted() * 1000:.0f} ms no thread of the process ran or "
                     "waited for a core (at least)" if stall.unaccounted() > 0.03 else "")
                  + (f"; {stall.faults[1]} major page faults" if stall.faults[1] else "")
                  + (f"; the host took {stall.stolen[1] * 1000:.0f} ms of the machine's cores"
                     if stall.stolen[1] else ""),
                  file=out)
            began = self.origin + stall.began
            for start, end, generation, name in self.collections:
                if end > began and start < began + stall.length and end - start > 0.002:
                    print(f"  collection of generation {generation} on {name}: "
                          f"{(end - start) * 1000:.0f} ms", file=out)
            for stack, count in stall.gui.most_common(3):
                print(f"  GUI x{count}:", file=out)
                for line in stack:
                    print(f"      {line}", file=out)
            for where, count in stall.others.most_common(4):
                print(f"  other x{count}: {where}", file=out)
