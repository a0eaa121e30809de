"""core/heap.py: the allocator's free pages handed back to the system after a large job."""

from __future__ import annotations

import sys

from translator_gui.core import heap


def _resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def test_the_free_pages_of_a_dropped_job_go_back_to_the_system() -> None:
    if not sys.platform.startswith("linux") or heap._malloc_trim() is None:
        assert heap.release_free_memory() is False  # (nothing to ask: nothing done)
        return
    # Many blocks over pymalloc's limit, every other one kept: the freed ones lie between
    # live ones, where the heap's top cannot be cut off.
    blocks = [bytearray(4000) for _ in range(20000)]
    kept = blocks[1::2]
    for block in kept:
        block[0] = 1
    del blocks
    before = _resident_kb()
    assert heap.release_free_memory() is True
    assert _resident_kb() <= before
    assert all(block[0] == 1 for block in kept)  # what is in use is untouched


def test_a_check_process_keeps_its_freed_memory() -> None:
    # (in a process of its own: the setting is the whole process's)
    import subprocess

    shown = subprocess.run(
        [sys.executable, "-c", "from translator_gui.core import heap; "
         "print(heap.keep_freed_memory())"], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == ("True" if sys.platform.startswith("linux") and
                                    heap._malloc_trim() is not None else shown.stdout.strip())
