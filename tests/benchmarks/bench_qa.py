"""Benchmark of the reviewer's QA toolkit on the WMT14 professional news pairs: how often the
spelling and consistency checks speak on good translations, and how fast spelling is."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator

from common import WMT14, require, wmt14_documents

from translator_gui.core import spelling
from translator_gui.core.checks.base import SegmentContext, get_check
from translator_gui.core.model import ReviewDocument, Segment


def _documents() -> list[ReviewDocument]:
    """One review document per WMT14 news document (the reference is the target)."""
    return [ReviewDocument([Segment(i, fr, en, en) for i, (fr, en) in enumerate(zip(frs, ens,
                                                                                 strict=True))])
            for _docid, frs, ens in wmt14_documents()]


def spelling_figures(documents: list[ReviewDocument]) -> Iterator[tuple[str, object]]:
    check = get_check("spelling")
    for language in ("fr", "en"):
        spelling.speller_for(language)  # dictionary loading is not per-segment work
    timings: list[float] = []
    flagged = total = 0
    for document in documents:
        for segment in document.segments:
            context = SegmentContext(segment, "fr", "en", document)
            started = time.perf_counter()
            found = list(check.check_segment(context))
            timings.append((time.perf_counter() - started) * 1000)
            total += 1
            flagged += bool(found)
    yield "spelling_engine", spelling.engine_name()
    yield "spelling_median_ms_per_segment", statistics.median(timings)
    yield "spelling_wmt14_pairs", total
    yield "spelling_wmt14_pairs_flagged", flagged / max(1, total)


def consistency_figures(documents: list[ReviewDocument]) -> Iterator[tuple[str, object]]:
    """Flags of the consistency checks on each news document (a professional translation, so
    every flag should be a real inconsistency), and their time on all 3,003 pairs at once."""
    for check_id in ("inconsistent-target", "inconsistent-source", "term-inconsistent"):
        check = get_check(check_id)
        flagged = 0
        for document in documents:
            contexts = [SegmentContext(s, "fr", "en", document) for s in document.segments]
            flagged += len({index for index, _f in check.check_document(document, contexts)})
        yield f"consistency_wmt14_segments_flagged_{check_id}", flagged
    whole = ReviewDocument([s for d in documents for s in d.segments])
    contexts = [SegmentContext(s, "fr", "en", whole) for s in whole.segments]
    started = time.perf_counter()
    for check_id in ("inconsistent-target", "inconsistent-source", "term-inconsistent"):
        list(get_check(check_id).check_document(whole, contexts))
    yield "consistency_seconds_3003_pairs", time.perf_counter() - started


def run() -> Iterator[tuple[str, object]]:
    if not require(WMT14):
        return
    documents = _documents()
    yield from spelling_figures(documents)
    yield from consistency_figures(documents)
