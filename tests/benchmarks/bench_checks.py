"""Benchmark of the check catalogue: noise on professional translations, precision and recall on
human-annotated French MT, and speed (whole command-line run, one live re-check)."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from common import ROOT, SHARED_DATA, WMT14, require, wmt14_documents

MQM_DEV = SHARED_DATA / "mqm-wmt20-enfr" / "dev.jsonl"
_RANK = {"neutral": 0, "minor": 1, "major": 2, "critical": 3}


def _clean(text: str) -> str:
    # A TSV cell holds one line; the replacement keeps every character offset where it was.
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _news_pairs() -> list[tuple[str, str]]:
    return [(_clean(fr), _clean(en)) for _docid, frs, ens in wmt14_documents()
            for fr, en in zip(frs, ens, strict=True)]


SEED = ROOT / "samples" / "seed-fr-en.tsv"


def _cold_environment(folder: Path) -> dict[str, str]:
    """A fresh process's surroundings: empty HOME, config and cache folders (no warm cache)."""
    env = dict(os.environ)
    for name in ("HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        path = folder / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    return env


def _run_cli(tsv: Path) -> tuple[dict, float]:
    with tempfile.TemporaryDirectory() as home:
        env = _cold_environment(Path(home))
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "translator_gui", "check", str(tsv),
                                 "--format", "json"], capture_output=True, text=True, cwd=ROOT,
                                check=False, env=env)
        seconds = time.perf_counter() - started
    if result.returncode not in (0, 1) or not result.stdout.strip():
        raise RuntimeError(f"translator-gui check failed ({result.returncode}): "
                           f"{result.stderr[-2000:]}")
    return json.loads(result.stdout), seconds


def _pofilter_seconds(pairs: list[tuple[str, str]]) -> float | None:
    """translate-toolkit's pofilter (all its default checks) on the same pairs as a PO file,
    whole process, cold; None when pofilter is not installed."""
    command = shutil.which("pofilter") or str(Path(sys.executable).parent / "pofilter")
    if not Path(command).exists():
        print("pofilter not found (translate-toolkit installs it)", file=sys.stderr)
        return None
    from translate.storage import po

    store = po.pofile()
    for source, target in pairs:
        unit = store.addsourceunit(source)
        unit.target = target
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pairs.po"
        path.write_bytes(bytes(store))
        env = _cold_environment(Path(folder))
        started = time.perf_counter()
        subprocess.run([command, "--progress=none", str(path), str(Path(folder) / "out.po")],
                       capture_output=True, check=True, env=env, cwd=folder)
        return time.perf_counter() - started


def _seed_pairs() -> list[tuple[str, str]]:
    rows = [line.split("\t", 1) for line in SEED.read_text(encoding="utf-8").splitlines()
            if "\t" in line]
    return [(source, target) for source, target in rows]


def speed() -> Iterator[tuple[str, object]]:
    """`translator-gui check` against pofilter on the same pairs, both cold, in one run."""
    seed = _seed_pairs()
    _report, seconds = _run_cli(SEED)
    yield "checks_seed_seconds", seconds
    baseline = _pofilter_seconds(seed)
    if baseline is not None:
        yield "pofilter_seed_seconds", baseline
        yield "checks_seed_vs_pofilter", seconds / baseline


def news() -> Iterator[tuple[str, object]]:
    pairs = _news_pairs()
    with tempfile.TemporaryDirectory() as folder:
        tsv = Path(folder) / "wmt14-fr-en.tsv"
        tsv.write_text("".join(f"{fr}\t{en}\n" for fr, en in pairs), encoding="utf-8")
        report, seconds = _run_cli(tsv)
    baseline = _pofilter_seconds(pairs)
    segments = report.get("segments", [])
    issues = [i for i in report.get("issues", []) if _RANK[i["severity"]] >= _RANK["minor"]]
    flagged = {i["segment"] for i in issues}
    total = len(segments) or len(pairs)
    yield "checks_news_pairs", total
    yield "checks_news_flagged_share", len(flagged) / max(1, total)
    yield "checks_news_seconds", seconds
    if baseline is not None:
        yield "pofilter_news_seconds", baseline
        yield "checks_news_vs_pofilter", seconds / baseline
    per_check: dict[str, set[int]] = {}
    for issue in issues:
        per_check.setdefault(issue["check"], set()).add(issue["segment"])
    for check, found in sorted(per_check.items(), key=lambda item: -len(item[1])):
        yield f"checks_news_fired_{check}", len(found)


def _overlaps(start: int, end: int, span_start: int, span_length: int) -> bool:
    span_end = span_start + max(1, span_length)
    return start < span_end and span_start < max(end, start + 1)


def mqm() -> Iterator[tuple[str, object]]:
    from translator_gui.core.checks.base import check_document
    from translator_gui.core.model import ReviewDocument, Segment

    rows = [json.loads(line) for line in MQM_DEV.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    segments = [Segment(i, row["mt_fr"], row["source_en"], row["source_en"])
                for i, row in enumerate(rows)]
    document = ReviewDocument(segments, "fr", "en", bilingual_path=str(MQM_DEV))
    issues = [i for i in check_document(document)
              if i.side == "source" and _RANK[i.severity.value] >= _RANK["minor"]]
    hits = 0
    by_check: Counter[str] = Counter()
    right_by_check: Counter[str] = Counter()
    for issue in issues:
        errors = rows[issue.segment]["errors"]
        good = any(_overlaps(issue.start, issue.end, s, n) for e in errors for s, n in e["spans"])
        hits += good
        by_check[issue.check] += 1
        right_by_check[issue.check] += good
    caught = total = 0
    for index, row in enumerate(rows):
        mine = [i for i in issues if i.segment == index]
        for error in row["errors"]:
            total += 1
            caught += any(_overlaps(i.start, i.end, s, n) for i in mine for s, n in error["spans"])
    yield "checks_mqm_french_issues", len(issues)
    yield "checks_mqm_precision", hits / max(1, len(issues))
    yield "checks_mqm_recall", caught / max(1, total)
    for check, count in by_check.most_common():
        yield f"checks_mqm_fired_{check}", count
        yield f"checks_mqm_on_error_{check}", right_by_check[check]


def live_recheck() -> Iterator[tuple[str, object]]:
    from translator_gui.core.checks.base import check_document, check_segment
    from translator_gui.core.model import ReviewDocument, Segment

    pairs = _news_pairs()[:400]
    document = ReviewDocument([Segment(i, fr, en, en) for i, (fr, en) in enumerate(pairs)],
                              "fr", "en", bilingual_path="wmt14")
    check_document(document)  # loads every model and data file once, as the window does
    timings = []
    for index in range(0, len(pairs), 2):
        segment = document.segments[index]
        document.set_target(index, segment.target.replace(" the ", " a ", 1) + " ")
        started = time.perf_counter()
        check_segment(document, index)
        timings.append((time.perf_counter() - started) * 1000)
    yield "checks_segment_ms_median", statistics.median(timings)
    # Editing the French side costs a fresh spaCy parse (nothing cached for the new text):
    # the case of a corrected source, and of every edit in an en→fr project.
    timings = []
    for index in range(1, len(pairs), 2):
        segment = document.segments[index]
        document.set_source(index, segment.source.replace(" le ", " un ", 1) + " ")
        started = time.perf_counter()
        check_segment(document, index)
        timings.append((time.perf_counter() - started) * 1000)
    yield "checks_segment_ms_median_french_edit", statistics.median(timings)
    yield "checks_segment_ms_p95_french_edit", sorted(timings)[int(0.95 * (len(timings) - 1))]


def run() -> Iterator[tuple[str, object]]:
    yield from speed()
    if require(WMT14):
        yield from news()
    if require(MQM_DEV):
        yield from mqm()
    if require(WMT14):
        yield from live_recheck()
