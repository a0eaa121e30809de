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
import ctypes.util
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
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # (glibc only)
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


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
