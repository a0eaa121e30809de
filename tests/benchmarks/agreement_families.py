"""Study script (not a benchmark group): the Agreement errors of WMT20 train.jsonl sorted by
grammatical family, with how many the checks catch and the words of those they miss.

    python tests/benchmarks/agreement_families.py [--limit N] [--show FAMILY] [--dev] [--evidence]

--evidence counts the MISSED errors only, sorted by what stands around the annotated word (an
adjective after a noun it agrees with, a determiner before a capitalized name…): the evidence a
new rule would have to read.

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


_DEGREE = frozenset({"plus", "moins", "fois", "extra", "très", "bien", "si", "aussi", "trop"})


def evidence(text: str, start: int, end: int) -> str:
    """What stands around a missed annotated word, as the evidence a rule could read: the word's
    kind (adjective, determiner, noun) and its neighbours (what it agrees or clashes with)."""
    from translator_gui.core.checks.agreement_words import (
        _adjective,
        _agrees,
        _determiner,
        _elided,
        _gap,
        _next,
        _noun,
    )
    text_words = words(text)
    inside = [k for k, w in enumerate(text_words) if w.start < max(end, start + 1) and w.end > start]
    if not inside:
        return "no word"
    k = inside[-1]
    word = text_words[k]
    prev = text_words[k - 1] if k else None
    joined = prev is not None and not _gap(text, prev, word)
    adjective = _adjective(word.text, _next(text, text_words, k))
    if adjective is not None:
        if prev is None:
            return "adjective: first word"
        if not joined:
            return "adjective: after punctuation"
        noun = _noun(prev.text, (None, None), True)
        kinds = {a.pos for a in french().analyses(prev.text)}
        if noun is not None:
            agrees = _agrees(adjective[0], noun[0])
            return f"adjective: after a noun it {'agrees with' if agrees else 'clashes with'}"
        if prev.lower in _DEGREE:
            return "adjective: after a degree word (plus, fois, extra…)"
        if "noun" in kinds:
            return "adjective: after a noun of several readings"
        if kinds & {"adv"}:
            return "adjective: after an adverb"
        if kinds & {"verb", "inf"}:
            return "adjective: after a verb (an attribute)"
        return "adjective: after " + ("an unknown word" if not kinds else "/".join(sorted(kinds)))
    first = text_words[inside[0]]
    det = _determiner(_elided(text, first))
    if det is not None:
        following = text_words[inside[0] + 1] if inside[0] + 1 < len(text_words) else None
        if following is None:
            return "determiner: last word"
        gap = text[first.end:following.start]
        if any(c.isdigit() for c in gap):
            return "determiner: + a number"
        if following.text[:1].isupper():
            return "determiner: + a capitalized name"
        nouns = [a for a in french().analyses(following.text) if a.pos == "noun"]
        if not french().analyses(following.text):
            return "determiner: + an unknown word"
        if nouns:
            fits = any(_agrees([a], det) for a in nouns)
            return f"determiner: + a noun that {'agrees' if fits else 'clashes'}"
        return "determiner: + a non-noun"
    if any(a.pos == "noun" for a in french().analyses(word.text)):
        following = text_words[k + 1] if k + 1 < len(text_words) else None
        if following is not None and not _gap(text, word, following) and \
                following.lower in {"de", "d", "à", "en"}:
            return "noun: the head of a complement (a later word may clash with it)"
        if following is not None and not _gap(text, word, following) and any(
                a.pos == "verb" for a in french().analyses(following.text)):
            return "noun: before a verb"
        return "noun: other"
    return family(text, start, end)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", default="")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--caught", action="store_true", help="show caught ones too")
    parser.add_argument("--evidence", action="store_true",
                        help="sort the missed errors by the evidence around them instead")
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
            hit = [x for x in mine if any(overlaps(x.start, x.end, a, b)
                                                 for a, b in error["spans"])]
            if args.evidence and hit:
                continue  # only the missed ones, by evidence
            name = evidence(text, s, s + n) if args.evidence else family(text, s, s + n)
            total[name] += 1
            caught[name] += bool(hit)
            for x in {x.check for x in hit}:
                by_check[x] += 1
            if not args.dev and (args.show in ("all", name)) and (args.caught or not hit):
                marked = "".join(text[:s] + "[" + text[s:s + n] + "]" + text[s + n:])
                flags = ",".join(sorted({x.check for x in hit}))
                shown[name].append(f"{i}\t{flags}\t{marked}\n\tEN: {row['source_en']}")
    for name, count in total.most_common():
        if args.evidence:
            print(f"{name:64} {count:4} missed")
        else:
            print(f"{name:24} {caught[name]:4}/{count:<4}")
    if args.evidence:
        print(f"{'ALL':64} {sum(total.values()):4} missed")
    else:
        print(f"{'ALL':24} {sum(caught.values()):4}/{sum(total.values())}")
    for check, count in by_check.most_common():
        print(f"  caught by {check}: {count}")
    for name, lines in shown.items():
        print(f"\n== {name} ({len(lines)})")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
