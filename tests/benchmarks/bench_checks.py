"""Benchmark of the check catalogue: noise on professional translations, precision and recall on
human-annotated French MT, and speed (whole command-line run, one live re-check)."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from common import ROOT, SHARED_DATA, WMT14, cold_environment, overlaps, require, wmt14_documents

MQM_DEV = SHARED_DATA / "mqm-wmt20-enfr" / "dev.jsonl"
# Rules are developed on train and judged on dev: the same figures on a fixed sample of train
# show whether a rule that helps one helps the other (a gain on train alone is overfitting).
MQM_TRAIN = SHARED_DATA / "mqm-wmt20-enfr" / "train.jsonl"
MQM_TRAIN_SAMPLE = 1500
_RANK = {"neutral": 0, "minor": 1, "major": 2, "critical": 3}


def _clean(text: str) -> str:
    # A TSV cell holds one line; the replacement keeps every character offset where it was.
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _news_pairs() -> list[tuple[str, str]]:
    return [(_clean(fr), _clean(en)) for _docid, frs, ens in wmt14_documents()
            for fr, en in zip(frs, ens, strict=True)]


SEED = ROOT / "samples" / "seed-fr-en.tsv"


def _run_cli(tsv: Path) -> tuple[dict, float]:
    with tempfile.TemporaryDirectory() as home:
        env = cold_environment(Path(home))
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
        env = cold_environment(Path(folder))
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
        good = any(overlaps(issue.start, issue.end, s, n) for e in errors for s, n in e["spans"])
        hits += good
        by_check[issue.check] += 1
        right_by_check[issue.check] += good
    caught = total = 0
    for index, row in enumerate(rows):
        mine = [i for i in issues if i.segment == index]
        for error in row["errors"]:
            total += 1
            caught += any(overlaps(i.start, i.end, s, n) for i in mine for s, n in error["spans"])
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


def _mqm_rows(path: Path = MQM_DEV, limit: int | None = None) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line) for line in lines[:limit]]


def mqm_english_source(path: Path = MQM_DEV, prefix: str = "checks_mqm_enfr",
                       limit: int | None = None) -> Iterator[tuple[str, object]]:
    """WMT20 as its reviewers meet it: English source, French MT draft; precision and recall
    of the draft-side issues, overall and per MQM category of the annotated errors."""
    from translator_gui.core.checks.base import check_document
    from translator_gui.core.model import ReviewDocument, Segment

    rows = _mqm_rows(path, limit)
    segments = [Segment(i, row["source_en"], row["mt_fr"], row["mt_fr"])
                for i, row in enumerate(rows)]
    document = ReviewDocument(segments, "en", "fr", bilingual_path=str(path))
    issues = [i for i in check_document(document) if i.side in ("target", "both")
              and _RANK[i.severity.value] >= _RANK["minor"]]
    by_segment: dict[int, list] = {}
    for issue in issues:
        by_segment.setdefault(issue.segment, []).append(issue)
    on_error = [any(overlaps(i.start, i.end, s, n) for e in rows[i.segment]["errors"]
                    for s, n in e["spans"]) for i in issues]
    hits = sum(on_error)
    fired: Counter[str] = Counter(i.check for i in issues)
    right: Counter[str] = Counter(i.check for i, good in zip(issues, on_error, strict=True) if good)
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for index, row in enumerate(rows):
        mine = by_segment.get(index, [])
        for error in row["errors"]:
            total[error["category"]] += 1
            caught[error["category"]] += any(overlaps(i.start, i.end, s, n) for i in mine
                                             for s, n in error["spans"])
    yield f"{prefix}_issues", len(issues)
    yield f"{prefix}_precision", hits / max(1, len(issues))
    yield f"{prefix}_recall", sum(caught.values()) / max(1, sum(total.values()))
    for category, count in total.most_common():
        key = category.lower().replace(" ", "_").replace("/", "_").replace("'", "")
        yield f"{prefix}_recall_{key}", f"{caught[category] / count:.4f} ({caught[category]}/{count})"
    # Per check: how often it fires and the share of its flags on an annotated error.
    for check, count in fired.most_common():
        yield f"{prefix}_precision_{check}", f"{right[check] / count:.4f} ({right[check]}/{count})"


def mqm_english_source_train() -> Iterator[tuple[str, object]]:
    """The same figures on the first rows of train.jsonl, where the rules are developed."""
    yield from mqm_english_source(MQM_TRAIN, "checks_mqm_enfr_train", MQM_TRAIN_SAMPLE)


def _fix_outcomes(document) -> tuple[int, int]:
    """(replacements, replacements that re-check clean): each replacement applied alone to its
    segment, which is re-checked; clean means no issue on the replaced words that was not there
    before (same check, same words)."""
    from translator_gui.core.checks.base import check_document, check_segment

    issues = check_document(document)
    applied = clean = 0
    for issue in issues:
        if issue.replacement is None or issue.side == "both":
            continue
        index = next(k for k, s in enumerate(document.segments) if s.id == issue.segment)
        segment = document.segments[index]
        side = issue.side
        text = segment.text(side)
        before = {(i.check, segment.text(i.side)[i.start:i.end]) for i in issues
                  if i.segment == issue.segment and i.side == side}
        fixed = text[:issue.start] + issue.replacement + text[issue.end:]
        end = issue.start + len(issue.replacement)
        setter = document.set_target if side == "target" else document.set_source
        setter(index, fixed)
        try:
            after = check_segment(document, index)
        finally:
            setter(index, text)
        applied += 1
        new = [i for i in after if i.side == side and i.start < max(end, issue.start + 1)
               and i.end > issue.start and (i.check, fixed[i.start:i.end]) not in before]
        clean += not new
    return applied, clean


def fix_safety() -> Iterator[tuple[str, object]]:
    from translator_gui.core.model import ReviewDocument, Segment

    corpora = []
    sample = ROOT / "samples" / "seed-fr-en.tsv"
    if sample.exists():
        pairs = [line.split("\t") for line in sample.read_text(encoding="utf-8").splitlines()
                 if "\t" in line]
        corpora.append(("samples", ReviewDocument(
            [Segment(i, fr, en, en) for i, (fr, en) in enumerate(pairs)], "fr", "en",
            bilingual_path=str(sample))))
    if require(MQM_DEV):
        rows = _mqm_rows()
        corpora.append(("wmt20", ReviewDocument(
            [Segment(i, r["source_en"], r["mt_fr"], r["mt_fr"]) for i, r in enumerate(rows)],
            "en", "fr", bilingual_path=str(MQM_DEV))))
    if require(WMT14):
        corpora.append(("wmt14", ReviewDocument(
            [Segment(i, fr, en, en) for i, (fr, en) in enumerate(_news_pairs())], "fr", "en",
            bilingual_path="wmt14")))
    applied = clean = 0
    for name, document in corpora:
        count, good = _fix_outcomes(document)
        applied += count
        clean += good
        yield f"checks_fix_safety_{name}", f"{good / max(1, count):.4f} ({good}/{count})"
    yield "checks_fix_safety", round(clean / max(1, applied), 4)


def run() -> Iterator[tuple[str, object]]:
    yield from speed()
    if require(WMT14):
        yield from news()
    if require(MQM_DEV):
        yield from mqm()
        yield from mqm_english_source()
    if require(MQM_TRAIN):
        yield from mqm_english_source_train()
    yield from fix_safety()
    if require(WMT14):
        yield from live_recheck()
