"""Time every check, one at a time, on one segment of a very long sentence (issue 13 item 7).

    python tests/benchmarks/long_sentence.py [--sizes 90000,360000] [--variants prose,names]
        [--directions fr-en,en-fr] [--checks id,id] [--limit 120] [--whole]
    python tests/benchmarks/long_sentence.py --engine [--sizes 1000000] [--variants prose]

For each size, variant and direction, one segment holds that many characters on both sides
(French and English text without a sentence break, tests/long_text.py); every check of the
catalogue that applies runs on it alone (prepare, check_segment, check_document) as the engine
runs it: past morphology.LONG_SEGMENT a check that does not read whole texts (Check.whole_text)
reads each text's first part only (SegmentContext.for_check); `--whole` gives every check the
whole text (to time a check's own cost per character). Its CPU time (time.process_time, so a
shared machine's load counts less) is printed, with any exception it raised. The French parse
(of what the checks read) is timed apart, once per text ("(parse)"), so the parse-based checks
show only their own work. A check past `--limit` CPU seconds is stopped and shown as ">limit".

`--engine` times the whole engine instead (check_document: every check, the parse, the issues
sorted and deduplicated) on each long segment, in this fresh process after a check of a short
document has loaded the data and the model (so that nothing of the long text is cached yet):
size, variant, direction, wall seconds, CPU seconds, issues.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]

from long_text import VARIANTS, long_text  # noqa: E402

from translator_gui.core.checks.base import Check, SegmentContext, all_checks  # noqa: E402
from translator_gui.core.model import ReviewDocument, Segment  # noqa: E402

DIRECTIONS = ("fr-en", "en-fr")
PARSE = "(parse)"


class OverLimit(Exception):
    pass


def _stop(_signal: int, _frame: FrameType | None) -> None:
    raise OverLimit


def document(size: int, variant: str, direction: str) -> ReviewDocument:
    """A one-segment document: `size` characters of each language on its side."""
    source_language, target_language = direction.split("-")
    source = long_text(source_language, variant, size)
    target = long_text(target_language, variant, size, seed=1)
    segment = Segment(0, source, target, target)
    return ReviewDocument([segment], source_language, target_language)


def run_check(check: Check, doc: ReviewDocument, whole: bool = False) -> int:
    """Run one check the way the engine does on a whole document (on all of each text with
    `whole`); how many findings."""
    contexts = [SegmentContext(s, doc.source_language, doc.target_language, doc)
                for s in doc.segments]
    if not whole:
        contexts = [context.for_check(check) for context in contexts]
    check.prepare(contexts)
    found = 0
    if check.scope == "segment":
        for context in contexts:
            found += sum(1 for _ in check.check_segment(context))
    else:
        found += sum(1 for _ in check.check_document(doc, contexts))
    return found


def timed(action: object, limit: float) -> tuple[float, str]:
    """CPU seconds of action() and "" or what went wrong (an exception, the limit)."""
    previous = signal.signal(signal.SIGPROF, _stop)
    signal.setitimer(signal.ITIMER_PROF, limit)
    started = time.process_time()
    problem = ""
    try:
        action()  # type: ignore[operator]
    except OverLimit:
        problem = f">{limit:g}s"
    except Exception as error:  # noqa: BLE001 - reported, not fatal
        problem = f"{type(error).__name__}: {str(error)[:90]}"
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - started, problem


def _warm_up(only: set[str] | None) -> None:
    """Run every check once on a short pair, so loading its data is not counted."""
    for direction in DIRECTIONS:
        doc = document(400, "prose", direction)
        for check in all_checks():
            if (not only or check.id in only) and check.applies_to(doc.source_language,
                                                                    doc.target_language):
                run_check(check, doc)


def check_times(size: int, variant: str, direction: str, limit: float = 120.0,
                only: set[str] | None = None, whole: bool = False
                ) -> Iterator[tuple[str, float, str]]:
    """(check id, CPU seconds, problem) for every applicable check on one long segment."""
    from translator_gui.core import morphology

    doc = document(size, variant, direction)
    french = next(s.source if doc.source_language == "fr" else s.target for s in doc.segments)
    analyser = morphology.french()
    _warm_up(only)
    analyser.clear()
    if analyser.available:
        # what the parse-based checks read (for_check): past the bound, the first part only
        read = french if whole else french[:morphology.parsed_length(french)]
        yield (PARSE, *timed(lambda: analyser.parse(read), limit))
    for check in all_checks():
        if only and check.id not in only:
            continue
        if not check.applies_to(doc.source_language, doc.target_language):
            continue
        yield (check.id, *timed(lambda check=check: run_check(check, doc, whole), limit))


def engine_times(size: int, variant: str, direction: str) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, issues) of check_document on one long segment."""
    from translator_gui.core.checks.base import check_document

    check_document(document(400, variant, direction))  # loads the data and the model
    doc = document(size, variant, direction)
    wall, cpu = time.perf_counter(), time.process_time()
    issues = check_document(doc)
    return time.perf_counter() - wall, time.process_time() - cpu, len(issues)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="90000,180000,360000,1000000")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--directions", default=",".join(DIRECTIONS))
    parser.add_argument("--checks", default="")
    parser.add_argument("--limit", type=float, default=120.0)
    parser.add_argument("--whole", action="store_true",
                        help="every check on the whole text, past the segment bound too")
    parser.add_argument("--engine", action="store_true",
                        help="the whole engine (check_document) instead of each check")
    options = parser.parse_args(argv)
    only = set(filter(None, options.checks.split(","))) or None
    for size in (int(s) for s in options.sizes.split(",")):
        for variant in options.variants.split(","):
            for direction in options.directions.split(","):
                if options.engine:
                    wall, cpu, issues = engine_times(size, variant, direction)
                    print(f"{size}\t{variant}\t{direction}\t{wall:.2f}\t{cpu:.2f}\t{issues}",
                          flush=True)
                    continue
                for check_id, seconds, problem in check_times(size, variant, direction,
                                                              options.limit, only,
                                                              options.whole):
                    print(f"{size}\t{variant}\t{direction}\t{check_id}\t{seconds:.2f}\t{problem}",
                          flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
