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
of those on an annotated error. --why counts, per family, the capital check that catches each
Capitalization error on a capital, or else the test of fr-title-case-copied that lets it pass
(train and dev counts); --show-why REASON prints those train errors."""

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
from translator_gui.core.checks import capitals_title as ct  # noqa: E402
from translator_gui.core.checks.base import SegmentContext, get_check  # noqa: E402
from translator_gui.core.checks.capitals import (  # noqa: E402
    _language_names,
    _nationality_forms,
)
from translator_gui.core.checks.capitals_source import (  # noqa: E402
    _cognate,
    _convention,
    _is_common_word,
)
from translator_gui.core.checks.capitals_title import title_case_words  # noqa: E402
from translator_gui.core.checks.text import (  # noqa: E402
    SPACES,
    Word,
    data_words,
    is_title,
    look_back,
    starts_sentence,
    words,
)
from translator_gui.core.lexicon import french  # noqa: E402
from translator_gui.core.model import ReviewDocument, Segment  # noqa: E402

DATA = SHARED_DATA / "mqm-wmt20-enfr"
# The capital checks needing no parse, whose findings --why reads first.
CAPITAL_CHECKS = ("fr-title-case-copied", "fr-english-title-case", "fr-capital-without-source",
                  "fr-institution-capital", "fr-capitalized-month-day",
                  "fr-lowercase-sentence-start", "term-capitals")
FAMILIES = ("sentence-or-item-start", "after-colon", "name-or-unknown", "french-convention",
            "label-before-colon", "title-copy-isolated", "title-copy-in-run",
            "english-cognate-capital", "translated-word")


def _overlaps(start: int, end: int, span: list[int]) -> bool:
    span_start, length = span
    return start < span_start + max(1, length) and span_start < max(end, start + 1)


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


def why_passed(text: str, source: str, tokens: list[Word], k: int) -> str:
    """The test of fr-title-case-copied (capitals_title.title_case_words, read in the same
    order) that lets the capitalized word tokens[k] pass, or "flagged". study() counts the
    words where this reading and the check disagree: it must be kept in step with the check."""
    english = words(source)
    word, previous = tokens[k], tokens[k - 1]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if "-" in word.text or starts_sentence(text, word.start):
        return "compound or sentence start"
    before = text[look_back(text, word.start):word.start].rstrip(SPACES)
    if not before or not (before[-1] in ",'’" or before[-1].islower()):
        return "after a code, number or bracket"
    if text[word.end:word.end + 1] in ct._HYPHENS or \
            text[word.start - 1:word.start] in ct._HYPHENS:
        return "compound"
    if ct._NUMBER_AFTER.match(text, word.end) or ct._LABEL_AFTER.match(text, word.end):
        return "model number or label"
    in_run = ct._translated_run(text, tokens, k, {e.lower for e in english})
    if not in_run and previous.lower in ct._OF:
        return "after de/du/des"
    if not in_run and (previous.lower in ct._NAME_DETERMINERS and ct._adjacent(
            text, previous, word) or text[word.start - 2:word.start] in ("l'", "l’")):
        return "after the definite article"
    if not in_run and (ct._adjacent(text, previous, word) and previous.text[:1].isupper()
                       and not (starts_sentence(text, previous.start)
                                and ct._common_only(previous.text))
                       or following is not None and ct._adjacent(text, word, following)
                       and following.text[:1].isupper()):
        return "in a French run of capitals"
    if ct._adjacent(text, previous, word) and text[previous.start:word.end] in source or \
            following is not None and ct._adjacent(text, word, following) and \
            text[word.start:following.end] in source:
        return "copied with a neighbour"
    lower = word.lower
    if lower in data_words("product-line-words-en.txt") and lower in {
            e.lower for e in english if e.text[:1].isupper()}:
        return "product-line word"
    if not ct._common_only(word.text) or _convention(word.text) or \
            lower in _nationality_forms() or lower in _language_names():
        return "name, French convention, nationality or language"
    if ct._opens_sentence(text, tokens, k):
        return "a title's first word"
    same = [j for j, e in enumerate(english) if e.lower == lower]
    capitalized = [j for j in same if english[j].text[:1].isupper()
                   and not starts_sentence(source, english[j].start)]
    if capitalized:
        if not ct._common_english(lower):
            return "an English brand"
        if any(ct._after_brand(source, english, j) for j in capitalized):
            return "after an English brand"
        if ct.english_heading(source) or any(
                ct._in_capitalized_run(source, english, j)
                and not ct._opens_run(source, english, j) for j in capitalized):
            return "flagged"
        return "English capital alone or first of its run"
    if any(english[j].text[:1].isupper() for j in same):
        return "English capital only at a sentence start"
    if ct.english_heading(source) or ct._translated_title(source, english, text):
        return "flagged"
    return "translated, no English title"


def study(path: Path, limit: int | None) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()][:limit]
    per_family: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    reached: set[tuple[int, int]] = set()
    seen: dict[tuple[str, int], set[bool]] = defaultdict(set)
    occurrences: Counter[tuple[str, int]] = Counter()
    why: dict[str, Counter[str]] = defaultdict(Counter)  # family -> reason -> errors
    why_examples: dict[str, list[str]] = defaultdict(list)
    disagreements = 0  # words where why_passed and the check disagree
    document = ReviewDocument([Segment(i, row["source_en"], row["mt_fr"], row["mt_fr"])
                               for i, row in enumerate(rows)], "en", "fr",
                              bilingual_path=str(path))
    checks = [get_check(check_id) for check_id in CAPITAL_CHECKS]
    for index, row in enumerate(rows):
        text, source, errors = row["mt_fr"], row["source_en"], row["errors"]
        tokens = words(text)
        flagged = {word.start for word, _copied in title_case_words(text, source)}
        context = SegmentContext(document.segments[index], "en", "fr", document)
        found = [(check.id, finding.start, finding.end) for check in checks
                 for finding in check.check_segment(context) if finding.side == "target"]
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
            reason = why_passed(text, source, tokens, k)
            disagreements += (reason == "flagged") != (word.start in flagged)
            caught_by = [check_id for check_id, start, end in found
                         if start < word.end and word.start < end]
            if caught_by:
                reason = f"caught by {caught_by[0]}"
            if capital:
                why[name][reason] += len(capital)
                why_examples[reason].append(
                    f"{name}: {word.text!r}: {text[max(0, word.start - 40):word.end + 25]!r} || "
                    f"{source[:90]!r}")
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
            "repeated": len(repeated), "inconsistent": sum(len(a) > 1 for a in repeated),
            "why": why, "why_examples": why_examples, "disagreements": disagreements}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=FAMILIES, help="print train examples of a family")
    parser.add_argument("--limit", type=int, default=None, help="first N rows of each file")
    parser.add_argument("--why", action="store_true",
                        help="per family, why fr-title-case-copied passes its Capitalization "
                             "errors (counts on train and dev)")
    parser.add_argument("--show-why", metavar="REASON",
                        help="print train Capitalization errors the check passes for REASON")
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
    if args.why:
        print("why the Capitalization errors on a capital are reached or not: the capital "
              "check that flags one, else the test of fr-title-case-copied that passes it "
              "(errors per family):")
        for name in FAMILIES:
            for file_name, result in results.items():
                reasons = result["why"].get(name)
                if reasons:
                    print(f"  {name:26s} {file_name:5s} " + ", ".join(
                        f"{reason} {count}" for reason, count in reasons.most_common()))
        for name, result in results.items():
            if result["disagreements"]:
                print(f"{name}: why_passed disagrees with the check on "
                      f"{result['disagreements']} words: bring it in step with capitals_title")
    if args.show_why:
        for example in results["train"]["why_examples"][args.show_why][:80]:
            print(example)
    if args.show:
        for example in results["train"]["examples"][args.show][:80]:
            print(example)


if __name__ == "__main__":
    main()
