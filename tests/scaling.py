"""Complexity assertions for tests: how cost grows with the input, not how long it takes.

Wall-clock limits fail on a busy machine and pass on a quadratic algorithm on a fast one;
the ratio of CPU times between an input and one `factor` times larger tells linear from
quadratic whatever else the machine is doing. Timing targets live in tests/benchmarks.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def cpu_seconds(run: Callable[[], object], repeat: int = 3) -> float:
    """The best of `repeat` CPU times of `run()` (best-of damps cache and scheduling noise)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def growth(run_with: Callable[[int], object], size: int, factor: int = 4,
           repeat: int = 3) -> float:
    """CPU time of run_with(size * factor) over run_with(size): ~factor when linear,
    ~factor² when quadratic."""
    small = cpu_seconds(lambda: run_with(size), repeat)
    large = cpu_seconds(lambda: run_with(size * factor), repeat)
    # Under a millisecond the small run says little: a check doing nothing on the small text
    # (no name in it, say) and its real work on the larger one reads as 10x for 4x when both
    # are linear (the robust benchmark's 1 MB growth figures show them linear).
    return large / max(small, 1e-3)
