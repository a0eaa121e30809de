"""Study script (not a benchmark group): the Agreement errors of WMT20 train.jsonl sorted by
grammatical family, with how many the checks catch and the words of those they miss.

    python tests/benchmarks/agreement_families.py [--limit N] [--show FAMILY] [--dev]

Rules are written from train; --dev only prints the per-family counts of the held-out file
(no rows), to see whether a family is as large there."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA, annotated_rows_checked, overlaps  # noqa: E402

sys.path.insert(0, str(ROOT))
from translator_gui.core.checks.text import words  # noqa: E402
from translator_gui.core.lexicon import french  # noqa: E402

DATA = SHARED_DATA / "mqm-wmt20-enfr"
_COPULAS = {"est", "sont", "était", "étaient", "sera", "seront", "été", "être", "reste",
            "restent", "devient", "deviennent", "semble", "semblent", "soit", "soient"}
_AVOIR = {"a", "ont", "avait", "avaient", "aura", "auront", "avoir", "ai", "as", "avons",
          "avez", "eu"}


def _pos(form: str) -> set[str]:
    return {a.pos for a in french().analyses(form)}


def family(text: str, start: int, end: int) -> str:
    """A coarse grammatical family of the annotated span from its words and their left
    context (the lexicon's parts of speech)."""
    span_words = [w for w in words(text) if w.start < end and w.end > start]
    before = [w for w in words(text) if w.end <= start][-4:]
    if not span_words:
        return "empty-span"
    lowers = [w.lower for w in span_words]
    first = lowers[0]
    if set(lowers) & {"tout", "toute", "tous", "toutes"}:
        return "tout"
    if set(lowers) & {"leur", "leurs"}:
        return "leur"
    if set(lowers) & {"son", "sa", "ses", "mon", "ma", "mes", "notre", "nos", "votre", "vos"}:
        return "possessive"
    if set(lowers) & {"chaque", "chacun", "chacune"}:
        return "chaque"
    if set(lowers) & {"il", "elle", "ils", "elles", "celui", "celle", "ceux", "celles", "lequel",
                      "laquelle", "lesquels", "lesquelles", "le", "la", "les", "lui"} and \
            len(span_words) == 1:
        pos = _pos(first)
        if "det" in pos and first in {"le", "la", "les"}:
            return "determiner"
        return "pronoun"
    last = span_words[-1]
    pos_first, pos_last = _pos(first), _pos(last.lower)
    if len(span_words) >= 2 and "det" in pos_first:
        return "determiner+noun"
    if "det" in pos_first:
        return "determiner"
    if any(c.isdigit() for c in text[max(0, start - 6):start]) or \
            ("num" in _pos(before[-1].lower) if before else False):
        return "number+noun"
    if pos_last & {"verb"} and not pos_last & {"adj", "ppas", "noun"}:
        return "subject-verb"
    prev = [w.lower for w in before]
    if pos_last & {"adj", "ppas"} or last.lower.endswith(("é", "ée", "és", "ées")):
        if prev and (prev[-1] in _COPULAS or (len(prev) > 1 and prev[-2] in _COPULAS)):
            return "attribute/passive"
        if prev and (prev[-1] in _AVOIR or (len(prev) > 1 and prev[-2] in _AVOIR)):
            return "participle-avoir"
        if prev and prev[-1] == "et":
            return "coordinated-adjective"
        if len(span_words) >= 2:
            return "noun+adjective"
        return "adjective"
    if "noun" in pos_last:
        return "noun"
    if pos_last & {"verb"}:
        return "subject-verb"
    if not pos_last:
        return "unknown-word"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", default="")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--caught", action="store_true", help="show caught ones too")
    args = parser.parse_args()
    path = DATA / ("dev.jsonl" if args.dev else "train.jsonl")
    checked = annotated_rows_checked(path, "Agreement", args.limit)
    total: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    by_check: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for i, row, mine in checked:
        text = row["mt_fr"]
        for error in row["errors"]:
            if error["category"] != "Agreement":
                continue
            s, n = error["spans"][0]
            name = family(text, s, s + n)
            total[name] += 1
            hit = [x for x in mine if any(overlaps(x.start, x.end, a, b)
                                                 for a, b in error["spans"])]
            caught[name] += bool(hit)
            for x in {x.check for x in hit}:
                by_check[x] += 1
            if not args.dev and (args.show in ("all", name)) and (args.caught or not hit):
                marked = "".join(text[:s] + "[" + text[s:s + n] + "]" + text[s + n:])
                flags = ",".join(sorted({x.check for x in hit}))
                shown[name].append(f"{i}\t{flags}\t{marked}\n\tEN: {row['source_en']}")
    for name, count in total.most_common():
        print(f"{name:24} {caught[name]:4}/{count:<4}")
    print(f"{'ALL':24} {sum(caught.values()):4}/{sum(total.values())}")
    for check, count in by_check.most_common():
        print(f"  caught by {check}: {count}")
    for name, lines in shown.items():
        print(f"\n== {name} ({len(lines)})")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
