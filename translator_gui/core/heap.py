"""The C allocator's free memory handed back to the system after a large piece of work.

A whole-document check leaves tens of megabytes free inside glibc's heap (the parses, texts and
issues it made and dropped, and spaCy's and numpy's buffers, most of them over pymalloc's
512-byte limit): glibc keeps them for later allocations, and gives back only the top of its
main heap. Freed in the middle of the heap they stay resident: 18 MB after the 10,000-pair
window's check (bench_gui), most of which the window never reused. `malloc_trim(0)` returns
every whole free page of every arena (some 3 ms). Other C libraries (musl, macOS, Windows)
have no such call: nothing is done there.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
from functools import cache
from typing import Any

log = logging.getLogger(__name__)


@cache
def _malloc_trim() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes.util  # (here: it imports subprocess, which the check command never needs)

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # (glibc only)
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


# glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
# Blocks up to this size come from the heap, whatever their size before (glibc's largest).
_MMAP_THRESHOLD = 32 * 1024 * 1024
# The heap's free top is kept up to this size (it is given back beyond it).
_TRIM_THRESHOLD = 1024 * 1024 * 1024


def keep_freed_memory() -> bool:
    """For a process that ends with its command (the check command): memory freed is kept
    for its next allocations instead of being given back to the system and faulted in again.

    glibc serves a block over its mmap threshold (128 KB at first, then the largest one
    freed) with a mapping of its own, unmapped when freed, and gives the top of its heap
    back when more than twice that is free: spaCy's and numpy's arrays, the checks' larger
    strings and tables were faulted in page by page again and again. With both thresholds
    raised a freed block is reused: WMT14's check, both processes, 123,000 -> 112,000 page
    faults (2 runs each). Whether it could be asked (glibc only)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # (the process's own C library: no lookup)
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
                and mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD))


def release_free_memory() -> bool:
    """Give the allocator's free pages back to the system; whether it could be asked."""
    trim = _malloc_trim()
    if trim is None:
        return False
    try:
        trim(0)
    except OSError as error:  # (never expected)
        log.debug("malloc_trim failed: %s", error)
        return False
    return True


def settle_long_lived() -> None:
    """After a document is shown: its objects and the checks' parse caches are millions of
    long-lived objects, left out of the cyclic collector's passes (half-second pauses while
    typing or scrolling otherwise), and what opening and checking it made and dropped is given
    back to the system."""
    gc.freeze()
    release_free_memory()
