"""The whole-document check on two processes, for the command line: same issues, same order.

A forked worker takes the parse-based checks (it loads spaCy and parses while the parent is
already checking), then helps with the checks that need no parse, taking segments from the
document's end while the parent, after the document-wide checks, takes them from its start;
they meet wherever the work balances. Each segment's issues are then put together in the
order one process finds them (quick checks, parse-based ones, document-wide ones) and finished
the same way (base.finish_all), so the output is exactly check_document's.

Only where fork exists (POSIX) and two cores are free; the window never forks (Qt), it checks
on a thread.
"""

from __future__ import annotations

import logging
import mmap
import os
import pickle
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from translator_gui.core.checks.base import (
    Check,
    Issue,
    SegmentContext,
    check_document,
    document_pass,
    enabled_checks,
    finish_all,
    parse_pass,
    prepare_checks,
    runner,
)
from translator_gui.core.model import ReviewDocument

log = logging.getLogger(__name__)

# Below this many segments a second process costs more (its own loading) than it saves.
MIN_SEGMENTS = 200
# Segments taken at a time by either process (one lock round trip each): a quarter of what is
# left, between BLOCK and MAX_BLOCK, so that the two meet within a small block of each other.
# Each check runs over a whole block before the next one does (as check_document runs them over
# a chunk): checks taken one segment at a time cost ~1.5 times the CPU (each one's code and
# tables pushed out of the processor's caches by the sixty others).
BLOCK = 16
MAX_BLOCK = 256
# The worker's parse pass: nothing waits on its parses (no live re-check), and spaCy parses a
# batch of a few hundred texts with some 15% less CPU than one of 32 (the same parses).
WORKER_PARSE_CHUNK = 1024
WORKER_PARSE_BATCH = 256


def usable_processes() -> int:
    """The cores this process may run on (its CPU affinity), 1 where fork is missing."""
    if not hasattr(os, "fork"):
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS has fork but no affinity
        return os.cpu_count() or 1


def check_document_in_processes(document: ReviewDocument, processes: int = 2,
                                progress: Callable[[int, int], None] | None = None
                                ) -> list[Issue]:
    """check_document(document), on two processes when `processes` >= 2 and the document has
    MIN_SEGMENTS segments or more; on one otherwise (or if the worker fails). `progress`
    hears once that the first block is checked (before the fork) when two processes check;
    check_document's reports otherwise."""
    wait_for_workers()  # (a caller's earlier check: its worker has ended by now)
    total = len(document.segments)
    if processes < 2 or total < MIN_SEGMENTS or usable_processes() < 2:
        return check_document(document, progress=progress)
    settings = document.checks
    checks = enabled_checks(document.source_language, document.target_language, settings)
    contexts = [SegmentContext(s, document.source_language, document.target_language, document)
                for s in document.segments]
    quick = [c for c in checks if c.scope == "segment" and not c.needs_parse]
    parsing = [c for c in checks if c.scope == "segment" and c.needs_parse]
    # The quick checks whose findings the parse-based checks' wants_parse reads run in the
    # worker, before its parse pass, over every segment (the first block's too: what they
    # load and work out is then loaded in the worker only, after the fork, not in the
    # serial start: 0.02-0.03 s of CPU for WMT14).
    feeding = [c for c in quick if c.feeds_wants_parse] if parsing else []
    shared = [c for c in quick if c not in feeding]
    mine: list[list[Issue]] = [[] for _ in range(total)]
    run_mine = runner(document, mine)
    # The first block before the fork: what the other quick checks load (dictionaries,
    # termbase, word lists) and compute for the whole document (RunCache) is then loaded and
    # computed once, and the worker has it too.
    prepare_checks(quick, contexts)
    # (BLOCK segments: the worker starts once they are checked)
    first = range(0, min(BLOCK, total))
    _quick_blocks(iter([first, None]).__next__, shared, contexts, run_mine)
    if progress:
        progress(len(first), total)
    from translator_gui.core.spelling import background_done

    background_done()  # no lock of a loading thread may be held across the fork
    claims = _Claims(total)  # (made just before the fork: released after the worker ends)
    claims[0] = first.stop
    receiving, sending = os.pipe()
    # Whatever sits in the parent's buffers must not be written a second time by the worker.
    sys.stdout.flush()
    sys.stderr.flush()
    # A bare fork, not multiprocessing's: its import and its shared array, lock and pipe
    # cost the serial start 0.02-0.03 s of CPU, for what a pipe and a shared page do here.
    worker = os.fork()
    if worker == 0:  # the worker: it never returns from here
        code = 1
        try:
            os.close(receiving)
            with os.fdopen(sending, "wb") as sent:
                _worker(sent, claims, document, contexts, shared, parsing, feeding)
            code = 0
        except KeyboardInterrupt:
            pass  # (Ctrl-C reaches both processes: the parent says it, once)
        except BaseException:  # noqa: BLE001 - told to the parent by the exit code
            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    os.close(sending)
    documentwide: list[list[Issue]] = [[] for _ in range(total)]
    answered = False
    try:
        document_pass(document, checks, contexts, documentwide)
        _quick_blocks(lambda: _from_start(claims), shared, contexts, run_mine)
        with os.fdopen(receiving, "rb") as received:
            receiving = -1
            # (a worker that failed sent nothing, or not all: its pickle does not load)
            theirs, parsed, fed = pickle.loads(received.read())
        answered = True
    except (EOFError, OSError, pickle.UnpicklingError, ValueError) as error:
        log.warning("the second checking process failed (%s); checking on one", error)
        return check_document(document)
    finally:
        if receiving >= 0:
            os.close(receiving)
        if answered:
            # Its issues are all here; its exit (unmapping its 300 MB: 0.03-0.1 s on WMT14,
            # during which this process waited) goes on while this one finishes them and
            # writes the output: wait_for_workers waits for it afterwards.
            _ending.append(worker)
        else:  # (the worker is stopped when anything went wrong here)
            _stop(worker)
        claims.close()
    for index, issues in theirs.items():
        mine[index] = issues
    per_segment = [[*mine[i], *fed.get(i, ()), *parsed.get(i, ()), *documentwide[i]]
                   for i in range(total)]
    return finish_all(document, per_segment)


def _worker(sending: Any, claims: _Claims, document: ReviewDocument,
            contexts: list[SegmentContext], quick: list[Check], parsing: list[Check],
            feeding: list[Check]) -> None:
    """The forked process: the quick checks `feeding` the parse-based ones' wants_parse, the
    parse-based checks, then quick checks from the document's end; sends ({segment index:
    quick issues}, {segment index: parse-based issues}, {segment index: `feeding` issues})."""
    from translator_gui.core import morphology

    # (this process ends with its check: what spaCy's load makes is frozen once loaded)
    morphology.french().freeze_when_loaded = True
    total = len(contexts)
    fed: list[list[Issue]] = [[] for _ in range(total)]
    if feeding:
        run_fed = runner(document, fed)
        for index in range(total):
            for check in feeding:
                run_fed(check, index, contexts[index])
    parsed: list[list[Issue]] = [[] for _ in range(total)]
    if parsing:
        prepare_checks(parsing, contexts)
        parse_pass(parsing, contexts, runner(document, parsed), chunk=WORKER_PARSE_CHUNK,
                   batch_size=WORKER_PARSE_BATCH)
    found: list[list[Issue]] = [[] for _ in range(total)]
    done = _quick_blocks(lambda: _from_end(claims), quick, contexts, runner(document, found))
    pickle.dump(({i: found[i] for i in done}, {i: p for i, p in enumerate(parsed) if p},
                 {i: f for i, f in enumerate(fed) if f}), sending,
                protocol=pickle.HIGHEST_PROTOCOL)


def _quick_blocks(take: Callable[[], range | None], quick: list[Check],
                  contexts: list[SegmentContext],
                  run: Callable[[Check, int, SegmentContext], None]) -> list[int]:
    """The quick checks on the blocks `take` hands out until none is left; the segments done."""
    done: list[int] = []
    while (block := take()) is not None:
        for check in quick:
            for index in block:
                run(check, index, contexts[index])
        for index in block:
            contexts[index].release_indexes()  # (as check_document does after a chunk)
        done.extend(block)
    return done


# Workers that sent their issues and may still be ending (see check_document_in_processes).
_ending: list[int] = []


def wait_for_workers() -> None:
    """Wait until the workers that sent their issues have ended: called once the issues are
    used (the check command: its output written), so that no process is left behind and
    their CPU counts in this one's children's (as /usr/bin/time reports it)."""
    while _ending:
        try:
            os.waitpid(_ending.pop(), 0)
        except ChildProcessError:
            pass


def _stop(worker: int) -> None:
    import signal

    try:
        os.kill(worker, signal.SIGKILL)
        os.waitpid(worker, 0)
    except (OSError, ChildProcessError):
        pass


class _Claims:
    """[next segment from the start, end of the segments left from the end], shared by the
    two processes: two numbers in a page of shared memory, and a lock around them (`with
    claims:`), a pipe holding one token, which the process taking a claim reads and gives
    back."""

    def __init__(self, total: int) -> None:
        self._page = mmap.mmap(-1, mmap.PAGESIZE)  # (shared with a process forked later)
        self._numbers = memoryview(self._page).cast("i")
        self._numbers[0], self._numbers[1] = 0, total
        self._take, self._give = os.pipe()
        os.write(self._give, b".")

    def __enter__(self) -> None:
        os.read(self._take, 1)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        os.write(self._give, b".")

    def __getitem__(self, index: int) -> int:
        return int(self._numbers[index])

    def __setitem__(self, index: int, value: int) -> None:
        self._numbers[index] = value

    def close(self) -> None:
        os.close(self._take)
        os.close(self._give)
        self._numbers.release()
        self._page.close()


def _from_start(claims: _Claims) -> range | None:
    with claims:
        start, end = claims[0], claims[1]
        if start >= end:
            return None
        claims[0] = start + _block(end - start)
        return range(start, claims[0])


def _from_end(claims: _Claims) -> range | None:
    with claims:
        start, end = claims[0], claims[1]
        if start >= end:
            return None
        claims[1] = end - _block(end - start)
        return range(claims[1], end)


def _block(left: int) -> int:
    """How many of the `left` segments one claim takes."""
    return min(left, max(BLOCK, min(MAX_BLOCK, left // 4)))
