"""Study script (not a benchmark group): the false-friend check ALONE, row by row, on WMT20
(English source, French MT draft) and on WMT14 both ways (professional translations, where it
must stay quiet), to judge a batch of new rows before the whole benchmark.

    python tests/benchmarks/false_friend_rows.py [--train] [--dev] [--wmt14] [--match TEXT]

For each table row that fired: how often, how many flags overlap an annotated error (any
category) and how many a False Friend error. Then the check's own totals: flags, precision,
False Friend errors caught. --match keeps the rows whose sense or English word holds TEXT (the
totals stay whole). On --dev only counts per row are printed (no sentence); the train file
shows the sentences of the rows --match keeps (--show)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA, WMT14, overlaps, require, wmt14_documents  # noqa: E402

sys.path.insert(0, str(ROOT))
from translator_gui.core.checks import false_friends as ff  # noqa: E402
from translator_gui.core.checks.base import SegmentContext  # noqa: E402
from translator_gui.core.model import ReviewDocument, Segment  # noqa: E402

DATA = SHARED_DATA / "mqm-wmt20-enfr"
CATEGORY = "False Friend"


def _row_names() -> dict[int, str]:
    names = {}
    for row in ff._rows():
        friend = row.friend()
        english = row.cells[2].split("|")[0]
        names[id(friend)] = f"{english} -> {row.cells[1].split('|')[0]}"
        names[id(friend)] += " [sense]" if row.select else ""
    return names


def _run(pairs: list[tuple[str, str]], source_language: str, target_language: str
         ) -> list[list[tuple[str, int, int]]]:
    """For each pair, the findings (row name, start, end) of the check alone."""
    names = _row_names()
    fired: list[tuple[str, int, int]] = []
    original = ff.FalseFriendCheck._flag

    def recording(context, friend, *args):  # type: ignore[no-untyped-def]
        for finding in original(context, friend, *args):
            fired.append((names.get(id(friend), "?"), finding.start, finding.end))
            yield finding

    ff.FalseFriendCheck._flag = staticmethod(recording)  # type: ignore[method-assign,assignment]
    check = ff.FalseFriendCheck()
    document = ReviewDocument([Segment(i, s, t, t) for i, (s, t) in enumerate(pairs)],
                              source_language, target_language, bilingual_path="study")
    found = []
    try:
        for segment in document.segments:
            fired.clear()
            list(check.check_segment(SegmentContext(segment, source_language,
                                                    target_language, document)))
            found.append(list(fired))
    finally:
        ff.FalseFriendCheck._flag = staticmethod(original)  # type: ignore[method-assign,assignment]
    return found


def wmt20(path: Path, match: str, show: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    found = _run([(r["source_en"], r["mt_fr"]) for r in rows], "en", "fr")
    fired: Counter[str] = Counter()
    on_error: Counter[str] = Counter()
    on_ff: Counter[str] = Counter()
    caught = total = 0
    for row, flags in zip(rows, found, strict=True):
        for name, start, end in flags:
            fired[name] += 1
            on_error[name] += any(overlaps(start, end, s, n) for e in row["errors"]
                                  for s, n in e["spans"])
            on_ff[name] += any(overlaps(start, end, s, n) for e in row["errors"]
                               if e["category"] == CATEGORY for s, n in e["spans"])
            if show and match and match in name:
                print(f"{'OK ' if on_error[name] else 'NO '}{name}\t{row['mt_fr']}\n"
                      f"\tEN: {row['source_en']}\n\tflag: {row['mt_fr'][start:end]}")
        for error in row["errors"]:
            if error["category"] == CATEGORY:
                total += 1
                caught += any(overlaps(start, end, s, n) for _n, start, end in flags
                              for s, n in error["spans"])
    print(f"== {path.name}")
    for name, count in fired.most_common():
        if match and match not in name:
            continue
        print(f"  {on_error[name]}/{count} on errors, {on_ff[name]} False Friend\t{name}")
    count, right = sum(fired.values()), sum(on_error.values())
    print(f"  flags {count}, on errors {right} ({right / max(1, count):.3f}), "
          f"False Friend caught {caught}/{total}")


def wmt14(match: str) -> None:
    if not require(WMT14):
        return
    pairs = [(fr, en) for _d, frs, ens in wmt14_documents() for fr, en in zip(frs, ens,
                                                                             strict=True)]
    for label, swapped, languages in (("fr->en", False, ("fr", "en")),
                                      ("en->fr (reversed)", True, ("en", "fr"))):
        found = _run([(en, fr) if swapped else (fr, en) for fr, en in pairs], *languages)
        names = Counter(name for flags in found for name, _s, _e in flags)
        print(f"== WMT14 {label}: {sum(bool(f) for f in found)} pairs flagged")
        for name, count in names.most_common():
            if not match or match in name:
                print(f"  {count}\t{name}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", action="store_true")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--wmt14", action="store_true")
    parser.add_argument("--match", default="")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if args.train:
        wmt20(DATA / "train.jsonl", args.match, args.show)
    if args.dev:
        wmt20(DATA / "dev.jsonl", args.match, False)
    if args.wmt14:
        wmt14(args.match)


if __name__ == "__main__":
    main()
