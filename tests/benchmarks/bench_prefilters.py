"""Benchmark of the parse prefilters (core/checks/prefilters.py, Check.wants_parse): the share of
French texts a parse-based check wants parsed, and the proof that the filters turn away no text
the check would flag.

Each corpus is checked twice, with the filters and with every French text parsed (spaCy parses
all of them: this group takes minutes); an issue found by one run and not the other is a miss
(printed on stderr). `prefilters_<corpus>_missed` must be 0. The seed pair should want no parse at all
(then the command line loads no spaCy).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from common import ROOT, SHARED_DATA, WMT14, require, wmt14_documents

MQM = SHARED_DATA / "mqm-wmt20-enfr"
SEED = ROOT / "samples" / "seed-fr-en.tsv"


def _corpora() -> Iterator[tuple[str, list[tuple[str, str]], str, str]]:
    """(name, [(source, target)], source language, target language)."""
    rows = [line.split("\t", 1) for line in SEED.read_text(encoding="utf-8").splitlines()
            if "\t" in line]
    yield "seed", [(fr, en) for fr, en in rows], "fr", "en"
    if require(WMT14):
        yield "wmt14", [(fr, en) for _doc, frs, ens in wmt14_documents()
                        for fr, en in zip(frs, ens, strict=True)], "fr", "en"
    for part in ("dev", "train"):
        path = MQM / f"{part}.jsonl"
        if require(path):
            found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip()]
            yield f"wmt20_{part}", [(r["source_en"], r["mt_fr"]) for r in found], "en", "fr"


def audit(pairs: list[tuple[str, str]], source_language: str, target_language: str
          ) -> Iterator[tuple[str, object]]:
    """(figure, value): texts, texts wanting a parse (any check, each check), and the issues
    that differ between the check run as it is (the filters) and with every French text parsed
    (`missed`: must be 0; each difference is printed on stderr).

    One run parses everything and keeps each segment's issues before they are sorted and
    deduplicated; the filtered run is the same minus the parse-based checks' findings on the
    segments their filter turned away (nothing else depends on a parse), finished the same way.
    """
    from translator_gui.core.checks import base, prefilters
    from translator_gui.core.checks.base import Check, check_document, enabled_checks
    from translator_gui.core.model import ReviewDocument, Segment

    document = ReviewDocument([Segment(i, s, t, t) for i, (s, t) in enumerate(pairs)],
                              source_language, target_language, bilingual_path="audit")
    checks = [c for c in enabled_checks(source_language, target_language, document.checks)
              if c.needs_parse and c.scope == "segment"]
    texts = [s if source_language == "fr" else t for s, t in pairs]
    wanted = {c.id: [bool(t) and c.wants_parse(t) for t in texts] for c in checks}
    any_wanted = sum(any(w[i] for w in wanted.values()) for i in range(len(texts)))
    yield "texts", len(texts)
    yield "parse_wanted", any_wanted
    yield "parse_wanted_share", any_wanted / max(1, len(texts))
    for check in checks:
        yield f"wanted_{check.id}", sum(wanted[check.id])
    raw: list[tuple[list, Segment]] = []
    finish = base._finish
    originals = {type(c): type(c).__dict__.get("wants_parse") for c in checks}

    def keep(issues, segment, settings):  # type: ignore[no-untyped-def]
        raw.append((list(issues), segment))
        return finish(issues, segment, settings)

    try:
        base._finish = keep
        for kind in originals:
            kind.wants_parse = Check.wants_parse  # type: ignore[method-assign]
        check_document(document)
    finally:
        base._finish = finish
        for kind, method in originals.items():
            if method is None:
                del kind.wants_parse
            else:
                kind.wants_parse = method  # type: ignore[method-assign]
    raw = raw[-len(pairs):]  # the final pass (early reports finish issues too)
    index = {segment.id: i for i, segment in enumerate(document.segments)}
    differing = 0
    total = 0
    parsed = 0
    for issues, segment in raw:
        i = index[segment.id]
        everything = finish(issues, segment, document.checks)
        # what the run finds before the parse-based checks may settle the segment
        settled = prefilters.settled(checks, base.SegmentContext(
            segment, source_language, target_language, document),
            [x for x in issues if x.check not in wanted])
        parsed += not settled and any(w[i] for w in wanted.values())
        filtered = finish([x for x in issues if x.check not in wanted
                           or (wanted[x.check][i] and not settled)],
                          segment, document.checks)
        total += len(everything)
        for issue in sorted(set(everything) ^ set(filtered), key=lambda x: (x.start, x.check)):
            differing += 1
            where = "only with the filters" if issue in filtered else "only parsing everything"
            print(f"{where}: {issue}", file=sys.stderr)
    yield "parsed_after_settling", parsed
    yield "issues", total
    yield "missed", differing


def run() -> Iterator[tuple[str, object]]:
    for name, pairs, source_language, target_language in _corpora():
        for figure, value in audit(pairs, source_language, target_language):
            yield f"prefilters_{name}_{figure}", value
