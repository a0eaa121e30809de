"""Shared helpers for benchmarks: where ../shared/data is, and the WMT14 news pairs."""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ../shared/data from the checkout; a worktree one level deeper (wt/NAME) finds it further up.
SHARED_DATA = next((folder / "shared" / "data" for folder in ROOT.parents
                    if (folder / "shared" / "data").exists()), ROOT.parent / "shared" / "data")
WMT14 = SHARED_DATA / "align" / "wmt14-newstest-fr-en"

_DOC = re.compile(r'<doc [^>]*docid="([^"]+)"[^>]*>(.*?)</doc>', re.S)
_SEG = re.compile(r'<seg id="(\d+)">(.*?)</seg>', re.S)


def require(path: Path) -> bool:
    """True when benchmark data is present; otherwise say so on stderr."""
    if path.exists():
        return True
    print(f"benchmark data missing: {path} (it lives in ../shared/data)", file=sys.stderr)
    return False


def read_sgm(path: Path) -> list[tuple[str, list[str]]]:
    """The documents of a WMT 'fake SGML' file: [(docid, [segment text, ...]), ...]."""
    text = path.read_text(encoding="utf-8")
    return [(m.group(1), [html.unescape(s.group(2)).strip() for s in _SEG.finditer(m.group(2))])
            for m in _DOC.finditer(text)]


def wmt14_documents() -> list[tuple[str, list[str], list[str]]]:
    """[(docid, french segments, english segments)] of WMT14 newstest fr-en."""
    fr = read_sgm(WMT14 / "newstest2014-fren-src.fr.sgm")
    en = read_sgm(WMT14 / "newstest2014-fren-ref.en.sgm")
    return [(d1, s1, s2) for (d1, s1), (_d2, s2) in zip(fr, en, strict=True)]


def cold_environment(folder: Path) -> dict[str, str]:
    """A fresh process's surroundings: empty HOME, config, data and cache folders (no warm
    cache, no settings, no translation memory)."""
    env = dict(os.environ)
    for name in ("HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                 "TRANSLATOR_GUI_CONFIG_DIR", "TRANSLATOR_GUI_DATA_DIR"):
        path = folder / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    return env


def overlaps(start: int, end: int, span_start: int, span_length: int) -> bool:
    """Whether a flag [start, end) meets an annotated span (start, length); an empty span (an
    omission point) counts as one character, as does an empty flag."""
    span_end = span_start + max(1, span_length)
    return start < span_end and span_start < max(end, start + 1)


def annotated_rows_checked(path: Path, category: str, limit: int | None = None
                           ) -> list[tuple[int, dict, list]]:
    """The WMT20 rows of `path` (the first `limit`) with an error of `category`, each with its
    line number in the file and the issues the checks raise on its French draft (English
    source), minor and above, as the checks_mqm_enfr figures count them: for the study
    scripts."""
    import json

    from translator_gui.core.checks.base import Severity, check_document
    from translator_gui.core.model import ReviewDocument, Segment

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:limit]]
    numbered = [(i, r) for i, r in enumerate(rows)
                if any(e["category"] == category for e in r["errors"])]
    rows = [r for _i, r in numbered]
    segments = [Segment(k, r["source_en"], r["mt_fr"], r["mt_fr"]) for k, r in enumerate(rows)]
    document = ReviewDocument(segments, "en", "fr", bilingual_path=str(path))
    found: list[list] = [[] for _ in rows]
    for issue in check_document(document):
        if issue.side in ("target", "both") and issue.severity != Severity.NEUTRAL:
            found[issue.segment].append(issue)
    return [(i, r, issues) for (i, r), issues in zip(numbered, found, strict=True)]
