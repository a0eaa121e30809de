"""Study script (not a benchmark group): the False Friend errors of WMT20 train.jsonl (English
source, French MT draft) with the English source word aligned to the annotated French span,
sorted by kind, with how many the checks catch and why the rest are missed.

    python tests/benchmarks/false_friend_families.py [--limit N] [--show KIND|all] [--dev]
                                                     [--caught] [--words]

Alignment of the English word: a row of the false-friend tables whose French side matches the
span and whose English side is in the source ("table"), else an orthographic cognate of a span
word among the source words (same normalised stem: accents off, French endings mapped to
English ones), else none ("unaligned": a wrong sense of some English word).

Kinds: cognate noun / verb / adjective / adverb (the French span word looks like the English
word), homograph (a table row: the French word renders another sense of the English word),
phrasal (a span of several words: a calqued phrase or preposition), wrong-sense (no alignment).

Why missed: "no row" (no table row has the French word), "row, English word absent" (a row has
the French word but its English word is not in the source: the draft word renders another
word), "row, context" (both words are there but the row's context rules or a right rendering
kept it quiet).

Rules are written from train; --dev only prints the per-kind counts of the held-out file (no
rows, no words), to see whether a kind is as large there."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA, annotated_rows_checked, overlaps  # noqa: E402

sys.path.insert(0, str(ROOT))
from translator_gui.core.checks import false_friends as ff  # noqa: E402
from translator_gui.core.checks.text import lower_same_length  # noqa: E402
from translator_gui.core.lexicon import french  # noqa: E402

DATA = SHARED_DATA / "mqm-wmt20-enfr"
CATEGORY = "False Friend"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# French endings and the English ones of the same Latin suffix, longest first.
_ENDINGS = (("ication", "ication"), ("ique", "ic"), ("iques", "ics"), ("ité", "ity"),
            ("ités", "ities"), ("eur", "or"), ("eurs", "ors"), ("if", "ive"), ("ive", "ive"),
            ("ifs", "ives"), ("iste", "ist"), ("isme", "ism"), ("ment", "ment"), ("aire", "ary"),
            ("oire", "ory"), ("el", "al"), ("elle", "al"), ("er", "e"), ("é", "ed"), ("ée", "ed"),
            ("és", "ed"), ("ées", "ed"), ("e", ""), ("es", "s"))


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if unicodedata.category(c) != "Mn")


def _stems(word: str, english: bool) -> set[str]:
    word = _plain(word)
    stems = {word}
    if not english:
        for fr_end, en_end in _ENDINGS:
            if word.endswith(_plain(fr_end)) and len(word) > len(fr_end) + 2:
                stems.add(word[:len(word) - len(fr_end)] + en_end)
    return {s for s in stems if len(s) >= 4}


def cognate(french_word: str, english_words: list[str]) -> str | None:
    """The English source word that is an orthographic cognate of the French word: the same
    normalised stem once endings are mapped, or a common beginning of 5+ letters covering most
    of both words."""
    candidates = _stems(french_word, english=False)
    for english in english_words:
        plain = _plain(english)
        if len(plain) < 4:
            continue
        if candidates & _stems(english, english=True):
            return english
        for stem in candidates:
            common = len(_common_prefix(stem, plain))
            if common >= 5 and common >= 0.75 * min(len(stem), len(plain)):
                return english
    return None


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _table_word(span: str, source: str) -> tuple[str | None, bool]:
    """(the English source word a table row pairs with the span, whether a row has the French
    word at all)."""
    lowered_span, lowered_source = lower_same_length(span), lower_same_length(source)
    has_row = False
    for friend in ff.false_friends():
        if not friend.en_fr or friend.french is None or friend.english_false is None:
            continue
        if not friend.french.search(lowered_span):
            continue
        has_row = True
        found = friend.english_false.search(lowered_source)
        if found:
            return source[found.start():found.end()], True
    return None, has_row


def _pos(word: str) -> str:
    tags = {a.pos for a in french().analyses(word.lower())}
    for pos in ("verb", "noun", "adj", "adv"):
        if pos in tags:
            return {"adj": "adjective", "adv": "adverb"}.get(pos, pos)
    return "other"


def classify(text: str, start: int, end: int, source: str) -> tuple[str, str | None, str]:
    """(kind, aligned English word, reason slot: 'no row' / 'row, English word absent' /
    'row')."""
    span = text[start:end]
    span_words = _WORD.findall(span)
    english_words = _WORD.findall(source)
    table, has_row = _table_word(span, source)
    reason = "row" if table else ("row, English word absent" if has_row else "no row")
    content = [w for w in span_words if len(w) > 3]
    if len(content) >= 2:
        return "phrasal", table, reason
    if not span_words:
        return "empty-span", None, reason
    head = max(span_words, key=len)
    english = cognate(head, english_words)
    if english:
        return f"cognate {_pos(head)}", english, reason
    if table:
        return "homograph", table, reason
    return "wrong-sense", None, reason


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", default="")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--caught", action="store_true", help="show caught ones too")
    parser.add_argument("--words", action="store_true", help="the missed French words by kind")
    args = parser.parse_args()
    path = DATA / ("dev.jsonl" if args.dev else "train.jsonl")
    checked = annotated_rows_checked(path, CATEGORY, args.limit)
    total: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    why: dict[str, Counter[str]] = defaultdict(Counter)
    by_check: Counter[str] = Counter()
    missed_words: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    for i, row, mine in checked:
        text = row["mt_fr"]
        for error in row["errors"]:
            if error["category"] != CATEGORY:
                continue
            s, n = error["spans"][0]
            kind, english, reason = classify(text, s, s + n, row["source_en"])
            total[kind] += 1
            hit = [x for x in mine if any(overlaps(x.start, x.end, a, b)
                                                 for a, b in error["spans"])]
            caught[kind] += bool(hit)
            for x in {x.check for x in hit}:
                by_check[x] += 1
            if not hit:
                why[kind][reason if reason != "row" else "row, context"] += 1
                missed_words[kind][f"{text[s:s + n].strip().lower()}<{(english or '?').lower()}"] += 1
            if not args.dev and (args.show in ("all", kind)) and (args.caught or not hit):
                marked = text[:s] + "[" + text[s:s + n] + "]" + text[s + n:]
                flags = ",".join(sorted({x.check for x in hit}))
                shown[kind].append(f"{i}\t{flags}\t{english or '?'}\t{reason}\t{marked}\n"
                                   f"\tEN: {row['source_en']}")
    for kind, count in total.most_common():
        reasons = ", ".join(f"{r} {c}" for r, c in why[kind].most_common())
        print(f"{kind:20} {caught[kind]:4}/{count:<4}  missed: {reasons}")
    print(f"{'ALL':20} {sum(caught.values()):4}/{sum(total.values())}")
    for check, count in by_check.most_common():
        print(f"  caught by {check}: {count}")
    if args.words and not args.dev:
        for kind, counter in missed_words.items():
            print(f"\n== missed {kind}: " + ", ".join(f"{w} {c}" for w, c in counter.most_common()))
    for kind, entries in shown.items():
        print(f"\n== {kind} ({len(entries)})")
        print("\n".join(entries))


if __name__ == "__main__":
    main()
