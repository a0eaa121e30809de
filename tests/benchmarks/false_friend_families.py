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

A missed error is also given a finer reason, counted over every kind ("reason" lines): for a row
of the tables, the step of the check that kept it quiet (the English word's sense not selected by
the sense table's context, its `wrong` rule unmatched, a `right` rule, a right rendering in the
draft, the French word explained by another source word, a name or a calque or termbase span
owning it, another occurrence flagged); without a row, whether the English word the span renders
(a cognate, else a word a bilingual dictionary pairs with the span's lemma: FreeDict eng-fra and
fra-eng when installed, `apt-get install dict-freedict-eng-fra dict-freedict-fra-eng`, study
only, never shipped) is in a table with other French words, in no table, or was not found; and
the part of speech of the span's head word ("pos" lines).

Rules are written from train; --dev only prints counts of the held-out file (per kind, per
reason, per part of speech: no rows, no words), to see whether a kind is as large there."""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA, annotated_rows_checked, overlaps  # noqa: E402

sys.path.insert(0, str(ROOT))
from translator_gui.core.checks import false_friends as ff  # noqa: E402
from translator_gui.core.checks.false_friends_senses import (  # noqa: E402
    english_stems,  # noqa: E402
    renders_another_word,
)
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


# The steps of the check that can keep a row quiet, in the order the check takes them: a missed
# error is given the furthest step any row reaching its span got to.
_STEPS = ("English word absent", "right rule (English)", "sense not selected",
          "right rule (draft)", "wrong rule unmatched", "right rendering in the draft",
          "explained by another source word", "name, owned span or other occurrence")


def _row_step(friend: ff.FalseFriend, source: str, target: str, start: int, end: int
              ) -> str | None:
    """How far the check went with this row for the draft span (lowercased texts), or None
    when the row's French word is not at the span."""
    if friend.french is None or friend.english_false is None:
        return None
    at_span = [m for m in friend.french.finditer(target) if overlaps(m.start(), m.end(),
                                                                     start, end - start)]
    if not at_span:
        return None
    words = list(friend.english_false.finditer(source))
    if not words:
        return _STEPS[0]
    words = [m for m in words if not ff._in_context(friend.right, "en", source, m.span())]
    if not words:
        return _STEPS[1]
    if friend.select:
        words = [m for m in words if ff._in_context(friend.wrong, "en", source, m.span())]
        if not words:
            return _STEPS[2]
    if not [c for c in at_span if not ff._in_context(friend.right, "fr", target, c.span())]:
        return _STEPS[3]
    cognates = [m for m in friend.french.finditer(target)
                if not ff._in_context(friend.right, "fr", target, m.span())]
    if friend.wrong and not any(ff._in_context(friend.wrong, "en", source, w.span())
                                for w in words) \
            and not any(ff._in_context(friend.wrong, "fr", target, c.span()) for c in cognates):
        return _STEPS[4]
    others = english_stems(source, [w.span() for w in words])
    right = friend.french_correct
    rendered = 0 if right is None else sum(
        not any(r.fullmatch(m.group()) and p.search(source) for r, p in friend.accounted)
        and not renders_another_word(m.group(), others) for m in right.finditer(target))
    if len(words) - rendered <= 0:
        return _STEPS[5]
    explains = friend.english_correct
    explained = 0 if explains is None else sum(
        not any(r.fullmatch(m.group()) and p.search(target) for r, p in friend.accounted)
        for m in explains.finditer(source))
    if len(cognates) - explained <= 0:
        return _STEPS[6]
    return _STEPS[7]


def row_reason(text: str, start: int, end: int, source: str) -> str | None:
    """The furthest step of the check any row with the span's French word reached."""
    lowered, lowered_source = lower_same_length(text), lower_same_length(source)
    steps = [step for friend in ff.false_friends() if friend.en_fr
             if (step := _row_step(friend, lowered_source, lowered, start, end)) is not None]
    return max(steps, key=_STEPS.index) if steps else None


_DICTD = Path("/usr/share/dictd")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _dictd_number(digits: str) -> int:
    value = 0
    for digit in digits:
        value = value * 64 + _B64.index(digit)
    return value


@lru_cache(maxsize=1)
def dictionary() -> dict[str, frozenset[str]]:
    """French word (plain, lowercased) -> the English words FreeDict pairs with it, from both
    directions' dictionaries when installed (empty otherwise)."""
    pairs: dict[str, set[str]] = defaultdict(set)
    for name, french_first in (("freedict-eng-fra", False), ("freedict-fra-eng", True)):
        index, data = _DICTD / f"{name}.index", _DICTD / f"{name}.dict.dz"
        if not index.exists() or not data.exists():
            continue
        body = gzip.decompress(data.read_bytes())
        for line in index.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) < 3 or cells[0].startswith("00"):
                continue
            entry = body[_dictd_number(cells[1]):_dictd_number(cells[1]) + _dictd_number(
                cells[2])].decode("utf-8", "replace").splitlines()[1:]
            translations = {re.sub(r"^to ", "", t.strip().lower())
                            for item in entry for t in re.sub(r"^\d+\.\s*", "",
                                                              item.strip()).split(",")}
            translations.discard("")
            head = cells[0].lower()
            if french_first:
                pairs[_plain(head)].update(translations)
            else:
                for french_word in translations:
                    pairs[_plain(french_word)].add(head)
    return {word: frozenset(english) for word, english in pairs.items()}


def _english_bases(word: str) -> set[str]:
    word = word.lower()
    bases = {word}
    for ending, base in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("d", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            bases.add(word[:-len(ending)] + base)
    return bases


def dictionary_word(span_words: list[str], english_words: list[str]) -> str | None:
    """The English source word a bilingual dictionary pairs with one of the span's words (by
    the word or its lemma)."""
    pairs = dictionary()
    if not pairs:
        return None
    for word in sorted(span_words, key=len, reverse=True):
        keys = {_plain(word)} | {_plain(lemma) for lemma in french().lemmas(word.lower())}
        english: set[str] = set().union(*(pairs.get(key, frozenset()) for key in keys))
        for candidate in english_words:
            if _english_bases(candidate) & english:
                return candidate
    return None


def _in_a_table(english: str) -> bool:
    lowered = lower_same_length(english)
    return any(friend.en_fr and friend.english_false is not None
               and friend.english_false.fullmatch(lowered) for friend in ff.false_friends())


def miss_reason(text: str, start: int, end: int, source: str, english: str | None) -> str:
    """The finer reason a missed error was missed (see the module's docstring)."""
    step = row_reason(text, start, end, source)
    if step is not None:
        return f"row: {step}"
    span_words = [w for w in _WORD.findall(text[start:end]) if len(w) > 2]
    found = english or dictionary_word(span_words, _WORD.findall(source))
    if found is None:
        return "no row: English word not found"
    how = "cognate" if english else "dictionary"
    if _in_a_table(found):
        return f"no row: English word ({how}) in a table with other French words"
    return f"no row: English word ({how}) in no table"


def head_pos(text: str, start: int, end: int) -> str:
    words = [w for w in _WORD.findall(text[start:end]) if len(w) > 2]
    if not words:
        return "none"
    if len(words) > 1:
        return "phrase"
    return _pos(words[0])


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
    reasons: Counter[str] = Counter()
    parts: Counter[tuple[str, bool]] = Counter()
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
            parts[(head_pos(text, s, s + n), bool(hit))] += 1
            if not hit:
                why[kind][reason if reason != "row" else "row, context"] += 1
                reason = miss_reason(text, s, s + n, row["source_en"],
                                     english if kind.startswith("cognate") else None)
                reasons[reason] += 1
                missed_words[kind][f"{text[s:s + n].strip().lower()}<{(english or '?').lower()}"] += 1
            if not args.dev and (args.show in ("all", kind)) and (args.caught or not hit):
                marked = text[:s] + "[" + text[s:s + n] + "]" + text[s + n:]
                flags = ",".join(sorted({x.check for x in hit}))
                english = english or dictionary_word(
                    [w for w in _WORD.findall(text[s:s + n]) if len(w) > 2],
                    _WORD.findall(row["source_en"]))
                shown[kind].append(f"{i}\t{flags}\t{english or '?'}\t{reason}\t{marked}\n"
                                   f"\tEN: {row['source_en']}")
    for kind, count in total.most_common():
        listed = ", ".join(f"{r} {c}" for r, c in why[kind].most_common())
        print(f"{kind:20} {caught[kind]:4}/{count:<4}  missed: {listed}")
    print(f"{'ALL':20} {sum(caught.values()):4}/{sum(total.values())}")
    for check, count in by_check.most_common():
        print(f"  caught by {check}: {count}")
    print("missed, by reason:")
    for reason, count in reasons.most_common():
        print(f"  reason {reason}: {count}")
    print("by part of speech of the span's word (caught/all):")
    for pos in sorted({p for p, _ in parts}, key=lambda p: -parts[(p, True)] - parts[(p, False)]):
        print(f"  pos {pos}: {parts[(pos, True)]}/{parts[(pos, True)] + parts[(pos, False)]}")
    if args.words and not args.dev:
        for kind, counter in missed_words.items():
            print(f"\n== missed {kind}: " + ", ".join(f"{w} {c}" for w, c in counter.most_common()))
    for kind, entries in shown.items():
        print(f"\n== {kind} ({len(entries)})")
        print("\n".join(entries))


if __name__ == "__main__":
    main()
