"""Study script (not a benchmark group): the capitals inside the French drafts of WMT20 sorted
into the families a capitalization check could be built on, with what each would score.

    python tests/benchmarks/capitalization_families.py [--show FAMILY] [--limit N]

For every word with a capital inside a French draft (not its first word), the family it falls
in, and per family on train and on the held-out dev file: how many such words, the share on an
annotated error of any category (the precision a check flagging the whole family would have),
and the Capitalization errors it reaches. Then the Capitalization errors no family reaches (a
lower-case word the annotators wanted capitalized, mostly inside a product title), and how
consistently the same word of the same sentence is annotated where a sentence comes twice.
--show prints train examples of one family (dev rows are never printed). The last column
counts the words of each family fr-title-case-copied (capitals_title.py) flags, and the share
of those on an annotated error."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA  # noqa: E402

sys.path.insert(0, str(ROOT))
from translator_gui.core.checks.capitals_source import (  # noqa: E402
    _convention,
    _is_common_word,
)
from translator_gui.core.checks.capitals_title import title_case_words  # noqa: E402
from translator_gui.core.checks.text import Word, is_title, starts_sentence, words  # noqa: E402
from translator_gui.core.lexicon import french  # noqa: E402
from translator_gui.core.text import fold  # noqa: E402

DATA = SHARED_DATA / "mqm-wmt20-enfr"
FAMILIES = ("sentence-or-item-start", "after-colon", "name-or-unknown", "french-convention",
            "label-before-colon", "title-copy-isolated", "title-copy-in-run",
            "english-cognate-capital", "translated-word")


def _overlaps(start: int, end: int, span: list[int]) -> bool:
    span_start, length = span
    return start < span_start + max(1, length) and span_start < max(end, start + 1)


def _cognate(a: str, b: str) -> bool:
    a, b = fold(a.lower()), fold(b.lower())
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return a == b or common >= 5 or (common >= 4 and min(len(a), len(b)) <= 5)


def family(text: str, source: str, tokens: list[Word], k: int) -> str:
    word = tokens[k]
    before = text[:word.start].rstrip(" \u00a0\u202f")
    if starts_sentence(text, word.start):
        return "after-colon" if before[-1:] in ":;" else "sentence-or-item-start"
    readings = french().analyses(word.text)
    if not _is_common_word(word.text) or any(
            a.pos == "propn" or a.lemma[:1].isupper() for a in readings):
        return "name-or-unknown"
    if _convention(word.text):
        return "french-convention"
    if text[word.end:word.end + 3].lstrip(" \u00a0\u202f").startswith(":"):
        return "label-before-colon"
    english = words(source)
    if any(e.lower == word.lower and e.text[:1].isupper() for e in english):
        capital = [t for t in tokens[max(0, k - 1):k + 2] if t is not word]
        in_run = any(t.text[:1].isupper() for t in capital)
        return "title-copy-in-run" if in_run else "title-copy-isolated"
    if any(e.text[:1].isupper() and not starts_sentence(source, e.start)
           and _cognate(e.text, word.text) for e in english):
        return "english-cognate-capital"
    return "translated-word"


def study(path: Path, limit: int | None) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()][:limit]
    per_family: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    reached: set[tuple[int, int]] = set()
    seen: dict[tuple[str, int], set[bool]] = defaultdict(set)
    occurrences: Counter[tuple[str, int]] = Counter()
    for index, row in enumerate(rows):
        text, source, errors = row["mt_fr"], row["source_en"], row["errors"]
        tokens = words(text)
        flagged = {word.start for word, _copied in title_case_words(text, source)}
        for k, word in enumerate(tokens):
            if not k or not is_title(word.text):
                continue
            name = family(text, source, tokens, k)
            on_error = any(_overlaps(word.start, word.end, span)
                           for error in errors for span in error["spans"])
            capital = [e for e, error in enumerate(errors) if error["category"] == "Capitalization"
                       and any(_overlaps(word.start, word.end, span) for span in error["spans"])]
            per_family[name]["words"] += 1
            per_family[name]["on_error"] += on_error
            per_family[name]["capitalization"] += len(capital)
            per_family[name]["flagged"] += word.start in flagged
            per_family[name]["flagged_on_error"] += word.start in flagged and on_error
            reached.update((index, e) for e in capital)
            seen[(text, word.start)].add(on_error)
            occurrences[(text, word.start)] += 1
            examples[name].append(f"{'ERR' if on_error else '   '} {word.text!r}: "
                                  f"{text[max(0, word.start - 40):word.end + 25]!r} || "
                                  f"{source[:90]!r}")
    missed: Counter[str] = Counter()
    total = 0
    for index, row in enumerate(rows):
        for e, error in enumerate(row["errors"]):
            if error["category"] != "Capitalization":
                continue
            total += 1
            if (index, e) in reached:
                continue
            start, length = error["spans"][0]
            first = row["mt_fr"][start:start + length][:1]
            missed["lower-case word" if first.islower() else "other span"] += 1
    # the same word of the same sentence met more than once (a sentence repeated in the file)
    repeated = [answers for key, answers in seen.items() if occurrences[key] > 1]
    return {"families": per_family, "examples": examples, "missed": missed, "total": total,
            "repeated": len(repeated), "inconsistent": sum(len(a) > 1 for a in repeated)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=FAMILIES, help="print train examples of a family")
    parser.add_argument("--limit", type=int, default=None, help="first N rows of each file")
    args = parser.parse_args()
    results = {name: study(DATA / f"{name}.jsonl", args.limit) for name in ("train", "dev")
               if (DATA / f"{name}.jsonl").exists()}
    if not results:
        print(f"no WMT20 data under {DATA}")
        return
    print(f"{'family':26s}" + "".join(
        f"{name + ': words  on error  capitalization  flagged':>50s}" for name in results))
    for name in FAMILIES:
        line = f"{name:26s}"
        for result in results.values():
            counts = result["families"].get(name, Counter())
            share = counts["on_error"] / max(1, counts["words"])
            line += f"{counts['words']:>20d} {share:>9.2f} {counts['capitalization']:>9d}"
            flagged_share = counts["flagged_on_error"] / max(1, counts["flagged"])
            line += f"{counts['flagged']:>5d} {flagged_share:>4.2f}"
        print(line)
    for name, result in results.items():
        print(f"{name}: {result['total']} Capitalization errors; reached by no family: "
              f"{dict(result['missed'])}; capitals met in a repeated sentence: "
              f"{result['repeated']}, annotated on an error in one copy only: "
              f"{result['inconsistent']}")
    if args.show:
        for example in results["train"]["examples"][args.show][:80]:
            print(example)


if __name__ == "__main__":
    main()
