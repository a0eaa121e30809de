"""Sentence alignment: monotone n:m beads between source and draft sentences, with a confidence.

How it works (any language pair; nothing here knows French or English):

1. Every sentence becomes a length (non-space characters) and a bag of tokens that survive
   translation between languages written in the Latin script: numbers, cognate prefixes of
   longer words after accent folding (`nation`/`nation`, `baron`/`baron`), capitalised words
   inside a clause (names), and punctuation that translators keep (? ! : ; quotes,
   parentheses). Tokens are weighted by how rare they are in the document and by how evenly
   they occur on both sides (a prefix frequent on one side only is a false friend of the
   tokenizer, not a cognate).
2. A bead's lexical similarity is the cosine of the summed token vectors of its two sides; a
   low cosine costs more when both sides have much to say. Its length cost is Gale & Church's;
   bead types (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 3-2, 2-3, 4-1, 1-4) carry priors;
   paragraph boundaries, when the caller knows them, cost when crossed or not matched.
3. Dynamic programming runs row by row (numpy over the target axis) inside a corridor: the
   whole matrix for short documents, otherwise a corridor found by aligning blocks of
   sentences first (coarse to fine); the corridor is widened when the best path touches it.
4. A first pass teaches the document's own word pairs (`oui`/`yes`), learnt from its trusted
   1-1 beads; a second pass aligns again with them.
5. A bead's confidence is a logistic function of how much better its cost is than leaving
   its sentences unaligned, fitted on benchmark beads.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from translator_gui.core.align_dp import BEAD_PRIORS as BEAD_PRIORS  # re-exported
from translator_gui.core.align_dp import _dp, _Path, compiled_for
from translator_gui.core.align_features import (
    _boundaries,
    _coarsen,
    _features,
    _merge_entries,
    _Side,
)
from translator_gui.core.align_tokens import (
    Lexicon,
    _analyse,
    _Analysis,
    _encode_analysis,
    _fold,
    _Names,
    analyse_sides,
)
from translator_gui.core.model import Bead
from translator_gui.core.resources import resource


@dataclass(frozen=True)
class AlignParameters:
    """The few numbers of the scoring model.

    Set by small grid searches over TransRead fr-en (11 novels, French source), the WMT14
    news test built in tests/benchmarks/bench_align.py and Text+Berg de-fr test0-6, together
    (so those benchmark figures are not held out; Text+Berg dev is). Nothing is per book.
    """

    length_variance: float = 6.8  # Gale & Church's s^2 (characters)
    length_weight: float = 1.0
    lexical_weight: float = 2.0  # cost per sentence of a bead with nothing in common
    evidence_weight: float = 4.0  # ... plus this much when both sides have a lot to share
    evidence_scale: float = 20.0  # squared token weight at which "a lot" is half reached
    orphan_cost: float = 1.5  # a sentence in a multi-sentence bead that shares nothing
    one_sided: float = 0.5  # weight of a number found on one side only (an omission?)
    prefix: int = 4  # cognate prefix length, after accent folding
    null_cost: float = 5.3  # -log P(1-0), Gale & Church
    paragraph_mismatch: float = 3.0  # a bead ends at a paragraph end on one side only
    paragraph_cross: float = 4.0  # per paragraph boundary inside a bead
    full_cells: int = 250_000  # above this many cells, search a corridor (coarse to fine)
    lexicon: bool = True  # use resources/align/<source>-<target>.tsv when there is one
    learn: bool = True  # learn word pairs from a first pass, then align again
    learn_rounds: int = 1
    learn_min_count: int = 3  # a learnt pair co-occurs in at least this many trusted beads
    learn_min_dice: float = 0.4


PARAMETERS = AlignParameters()
_PYRAMID = 5  # sentences per block at the first coarse level, blocks per block above it
_COARSEST = 200  # the top of the pyramid is aligned whole at about this many blocks a side
_WIDEST_CORRIDOR = 8_000_000  # cells: the corridor stops widening there (time, memory)
_GUIDE_MARGIN = 20  # sentences either side of the first pass's path, for the second pass

@lru_cache(maxsize=16)
def seed_lexicons(source_language: str, target_language: str) -> tuple[Lexicon, Lexicon]:
    """Word -> shared tokens on each side, from resources/align/<a>-<b>.tsv (either order).

    A line "word<TAB>word|word" pairs a word of the first language with its equivalents in
    the second; both sides of a pair get the token "=first-word". No file, no lexicon.
    """
    node = resource("align", f"{source_language}-{target_language}.tsv")
    flipped = not node.is_file()
    if flipped:
        node = resource("align", f"{target_language}-{source_language}.tsv")
        if not node.is_file():
            return {}, {}
    left: Lexicon = {}
    right: Lexicon = {}
    for line in node.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        word, equivalents = line.split("\t", 1)
        token = "=" + _fold(word.strip())
        left.setdefault(_fold(word.strip()), []).append(token)
        for other in equivalents.split("|"):
            if other.strip():
                right.setdefault(_fold(other.strip()), []).append(token)
    return (right, left) if flipped else (left, right)


def sentence_tokens(sentence: str, prefix: int = PARAMETERS.prefix) -> list[str]:
    """The tokens of a sentence that a translation is likely to keep (as a bag, unordered)."""
    return _analyse(sentence, prefix)[0]


# ---------------------------------------------------------------------------------------------
# Corridors


def _full_corridor(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64)


def _corridor_from_path(path: _Path, block: int, n: int, m: int,
                        margin: int) -> tuple[np.ndarray, np.ndarray]:
    """Widen a path over blocks of `block` units into a corridor of cells over the units."""
    lo = np.full(n + 1, m + 1, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    if path.beads:
        i0, i1, j0, j1 = np.array([bead[:4] for bead in path.beads], dtype=np.int64).T
        r0, r1 = np.minimum(i0 * block, n), np.minimum(i1 * block, n)
        c0, c1 = np.maximum(j0 * block - margin, 0), np.minimum(j1 * block + margin, m)
        # every bead's rows r0..r1 (inclusive) take its columns
        rows = r1 - r0 + 1
        owner = np.repeat(np.arange(len(rows)), rows)
        row = r0[owner] + np.arange(int(rows.sum())) - np.repeat(np.cumsum(rows) - rows, rows)
        np.minimum.at(lo, row, c0[owner])
        np.maximum.at(hi, row, c1[owner] + 1)
    return _monotone(lo, hi, m)


def _monotone(lo: np.ndarray, hi: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0] = 0
    hi[-1] = m + 1
    return lo, np.maximum(hi, lo + 1)


def _widen(lo: np.ndarray, hi: np.ndarray, n: int, m: int, margin: int) -> tuple[np.ndarray,
                                                                                   np.ndarray]:
    rows = np.arange(n + 1)
    low = lo[np.maximum(rows - margin, 0)] - margin
    high = hi[np.minimum(rows + margin, n)] + margin
    return _monotone(np.clip(low, 0, m), np.clip(high, 1, m + 1), m)


# ---------------------------------------------------------------------------------------------
# Public API


# Confidence = logistic(slope * margin + offset[sentences in the bead]), where margin is how
# much cheaper per sentence the bead is than leaving its sentences unaligned. Fitted by
# logistic regression of "bead is exactly right" on the TransRead and WMT14 benchmark beads:
# larger beads are wrong more often at the same margin, null beads are judged on their own.
_CONFIDENCE_SLOPE = 1.23
_CONFIDENCE_OFFSET = {1: 0.68, 2: -1.15, 3: -1.81, 4: -1.93}
_CONFIDENCE_OFFSET_LARGER = -3.52


def _confidence(cost: float, null_cost: float, size: int) -> float:
    if size == 0:
        return 0.5
    margin = (null_cost - cost) / size
    logit = _CONFIDENCE_SLOPE * margin + _CONFIDENCE_OFFSET.get(size, _CONFIDENCE_OFFSET_LARGER)
    return float(1.0 / (1.0 + math.exp(-min(max(logit, -50.0), 50.0))))


def align_sentences(source: Sequence[str], target: Sequence[str], *,
                    source_paragraphs: Sequence[int] | None = None,
                    target_paragraphs: Sequence[int] | None = None,
                    source_language: str = "fr", target_language: str = "en",
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    parameters: AlignParameters = PARAMETERS) -> list[Bead]:
    """Align source sentences with target sentences; beads are monotone and cover everything.

    `source_paragraphs`/`target_paragraphs` give a paragraph id per sentence (non-decreasing);
    paragraph ends then act as soft anchors. The languages are accepted for future
    language-specific data; the scoring itself works for any pair written in a Latin script
    (numbers, names and punctuation still help for other scripts). When `cancelled()` turns
    true the work stops and raises `Cancelled` (translator_gui.core.cancel).
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return ([Bead([i], [], 0.5) for i in range(n)]
                + [Bead([], [j], 0.5) for j in range(m)])
    return _align(list(source), list(target), source_paragraphs, target_paragraphs,
                  source_language, target_language, progress, cancelled, parameters)


def _learn_pairs(side_s: _Analysis, side_t: _Analysis,
                 beads: list[tuple[int, int, int, int, float, float]], prefix: int,
                 min_count: int = 2, min_dice: float = 0.3,
                 max_pairs: int = 1_000_000) -> list[tuple[str, str]]:
    """Word translations learnt from the first pass: mutual best Dice over trusted 1-1 beads.

    A 1-1 bead is trusted when its neighbours are 1-1 too. This is how the aligner learns,
    per document and without any dictionary, that `oui` is `yes` or `dit` is `said`.
    """
    trusted = [(bead[0], bead[2]) for k, bead in enumerate(beads)
               if all(0 <= k + d < len(beads) and beads[k + d][1] - beads[k + d][0] == 1
                      and beads[k + d][3] - beads[k + d][2] == 1 for d in (-1, 0, 1))]
    if len(trusted) < 10:
        return []
    flat_s, size_s, names_s = _bead_words(side_s, np.array([i for i, _ in trusted]))
    flat_t, size_t, names_t = _bead_words(side_t, np.array([j for _, j in trusted]))
    products = size_s * size_t
    if products.sum() > max_pairs:  # keep an evenly spread sample of the beads
        spread = np.linspace(0, len(trusted) - 1,
                             int(len(trusted) * max_pairs / products.sum())).astype(np.int64)
        kept = np.zeros(len(trusted), dtype=bool)
        kept[spread] = True
        flat_s, flat_t = flat_s[np.repeat(kept, size_s)], flat_t[np.repeat(kept, size_t)]
        size_s, size_t, products = size_s[kept], size_t[kept], products[kept]
    start_s = np.cumsum(size_s) - size_s
    start_t = np.cumsum(size_t) - size_t
    total = int(products.sum())
    if total == 0:
        return []
    owner = np.repeat(np.arange(len(products)), products)
    offset = np.arange(total) - np.repeat(np.cumsum(products) - products, products)
    left = flat_s[start_s[owner] + offset // size_t[owner]]
    right = flat_t[start_t[owner] + offset % size_t[owner]]
    width = len(names_t)
    keys, together = np.unique(left * width + right, return_counts=True)
    x, y = keys // width, keys % width
    count_s = np.bincount(flat_s, minlength=len(names_s))
    count_t = np.bincount(flat_t, minlength=len(names_t))
    dice = 2.0 * together / (count_s[x] + count_t[y])
    ok = (together >= min_count) & (dice >= min_dice)
    x, y, dice = x[ok], y[ok], dice[ok]
    if not len(x):
        return []
    best_s = np.zeros(len(names_s))
    np.maximum.at(best_s, x, dice)
    best_t = np.zeros(len(names_t))
    np.maximum.at(best_t, y, dice)
    mutual = (dice >= best_s[x]) & (dice >= best_t[y])
    pairs = []
    for a, b in zip(x[mutual].tolist(), y[mutual].tolist(), strict=True):
        word_s, word_t = names_s[a], names_t[b]
        if len(word_s) >= prefix and word_s[:prefix] == word_t[:prefix]:
            continue  # a cognate the prefix tokens already match
        pairs.append((word_s, word_t))
    return pairs


def _bead_words(side: _Analysis, sentences: np.ndarray) -> tuple[np.ndarray, np.ndarray,
                                                                 list[str]]:
    """The distinct words of each of these sentences, as ids numbered by first occurrence
    over them: (ids sentence after sentence, each sentence's sorted; counts; the words)."""
    per_sentence = np.bincount(side.word_sentence, minlength=len(side.sizes))
    ends = np.cumsum(per_sentence)
    counts = per_sentence[sentences]
    starts = (ends - per_sentence)[sentences]
    owner = np.repeat(np.arange(len(sentences)), counts)
    index = np.repeat(starts, counts) + (np.arange(int(counts.sum()))
                                         - np.repeat(np.cumsum(counts) - counts, counts))
    sequence = side.word[index]
    distinct, first = np.unique(sequence, return_index=True)
    by_first = distinct[np.argsort(first, kind="stable")]
    rank = np.zeros(len(side.words), dtype=np.int64)
    rank[by_first] = np.arange(len(by_first))
    size = len(by_first)
    keys, _counts = np.unique(owner * size + rank[sequence], return_counts=True)
    return (keys % size, np.bincount(keys // size, minlength=len(sentences)),
            [side.words[w] for w in by_first.tolist()])


def _path_ratio(path: _Path, src: _Side, tgt: _Side) -> float:
    """Target/source length ratio over the aligned (non-null) beads of a path."""
    total_s = total_t = 0.0
    for i0, i1, j0, j1, _cost, _null in path.beads:
        if i1 > i0 and j1 > j0:
            total_s += src.cum_length[i1] - src.cum_length[i0]
            total_t += tgt.cum_length[j1] - tgt.cum_length[j0]
    if total_s <= 0 or total_t <= 0:
        return tgt.cum_length[-1] / max(src.cum_length[-1], 1.0)
    return total_t / total_s


def _search(src: _Side, tgt: _Side, rare: tuple[_Side, _Side] | None, params: AlignParameters,
            progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
            guide: _Path | None = None, simple: bool = False,
            compiled: bool | None = False) -> _Path:
    """The best path: over the whole matrix when small, else in a corridor (widened as needed).

    The corridor comes from `guide` (an earlier path over the same sentences) or from a
    pyramid of coarse alignments over blocks of 5, 25, 125... sentences, each level searched
    inside the corridor of the level above, on the rarer tokens only.
    """
    n, m = src.size, tgt.size
    ratio = tgt.cum_length[-1] / max(src.cum_length[-1], 1.0)
    if guide is not None:
        ratio = _path_ratio(guide, src, tgt)
    if (n + 1) * (m + 1) <= params.full_cells:
        lo, hi = _full_corridor(n, m)
        return _dp(src, tgt, lo, hi, params, progress, cancelled, ratio=ratio,
                   compiled=compiled)
    if guide is not None:
        lo, hi = _corridor_from_path(guide, 1, n, m, _GUIDE_MARGIN)
        margin = _GUIDE_MARGIN
    else:
        assert rare is not None
        blocks = [_PYRAMID]
        while max(n, m) / blocks[-1] > _COARSEST:
            blocks.append(blocks[-1] * _PYRAMID)
        path: _Path | None = None
        for level, block in enumerate(reversed(blocks)):
            coarse_s, coarse_t = _coarsen(rare[0], block), _coarsen(rare[1], block)
            if path is None:
                clo, chi = _full_corridor(coarse_s.size, coarse_t.size)
            else:
                clo, chi = _corridor_from_path(path, _PYRAMID, coarse_s.size, coarse_t.size,
                                               2 * _PYRAMID + 2)
            path = _dp(coarse_s, coarse_t, clo, chi, params, None, cancelled, simple=True,
                       ratio=ratio, compiled=compiled)
            if level == 0:
                # a long passage missing on one side skews the document's length ratio;
                # measure it again on what the top level aligned, and align the top again
                better = _path_ratio(path, coarse_s, coarse_t)
                if abs(math.log(better / ratio)) > 0.03:
                    ratio = better
                    path = _dp(coarse_s, coarse_t, clo, chi, params, None, cancelled,
                               simple=True, ratio=ratio, compiled=compiled)
        assert path is not None
        margin = 2 * _PYRAMID + 10
        lo, hi = _corridor_from_path(path, _PYRAMID, n, m, margin)
    for _attempt in range(3):
        path = _dp(src, tgt, lo, hi, params, progress, cancelled, simple=simple, ratio=ratio,
                   compiled=compiled)
        if not path.touches or (hi - lo).max() > m:
            break
        # the best path ran along the corridor's edge: it may want out; widen, within reason
        margin *= 2
        wider = _widen(lo, hi, n, m, margin)
        if (n + 1) * int((wider[1] - wider[0]).max()) > _WIDEST_CORRIDOR:
            break
        lo, hi = wider
    assert path is not None  # the loop runs at least once
    return path


def _lengths(sentences: Sequence[str]) -> np.ndarray:
    lengths = np.fromiter((len(s) - s.count(" ") for s in sentences), dtype=float,
                          count=len(sentences))
    return np.maximum(lengths, 1.0)


def _align(source: list[str], target: list[str], source_paragraphs: Sequence[int] | None,
           target_paragraphs: Sequence[int] | None, source_language: str, target_language: str,
           progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
           params: AlignParameters) -> list[Bead]:
    n, m = len(source), len(target)
    b_s = _boundaries(n, source_paragraphs)
    b_t = _boundaries(m, target_paragraphs)
    if b_s.all() or b_t.all():
        # one sentence per paragraph on a side (e.g. pre-segmented input): no information
        b_s = _boundaries(n, None)
        b_t = _boundaries(m, None)
    lengths_s, lengths_t = _lengths(source), _lengths(target)
    vocabulary: dict[str, int] = {}
    lexicon_s, lexicon_t = seed_lexicons(source_language, target_language) if params.lexicon \
        else ({}, {})
    side_s, side_t = analyse_sides(source, target, params.prefix, lexicon_s, lexicon_t)
    entries_s = _encode_analysis(side_s.names, side_s.token, side_s.sizes, vocabulary)
    entries_t = _encode_analysis(side_t.names, side_t.token, side_t.sizes, vocabulary)
    passes = 1 + params.learn_rounds if params.learn else 1

    def report(offset: int) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress(offset * total + done, passes * total)

    def features(max_share: float = 1.0) -> tuple[_Side, _Side]:
        return _features(entries_s, entries_t, vocabulary, lengths_s, lengths_t, b_s, b_t,
                         max_share=max_share, one_sided=params.one_sided)

    src, tgt = features()
    large = (n + 1) * (m + 1) > params.full_cells
    rare = features(max_share=0.05) if large else None
    # on long documents the first pass only guides the second: the common bead types do
    compiled = compiled_for(n, m)
    path = _search(src, tgt, rare, params, report(0), cancelled, simple=large and params.learn,
                   compiled=compiled)
    if params.learn:
        base_s, base_t = entries_s, entries_t
        for round_ in range(params.learn_rounds):
            pairs = _learn_pairs(side_s, side_t, path.beads, params.prefix,
                                 params.learn_min_count, params.learn_min_dice)
            if pairs:
                by_s: dict[str, str] = {}
                by_t: dict[str, str] = {}
                for word_s, word_t in pairs:
                    by_s[word_s] = by_t[word_t] = "~" + word_s
                entries_s = _merge_entries(base_s, _learnt(side_s, by_s, vocabulary), count=n)
                entries_t = _merge_entries(base_t, _learnt(side_t, by_t, vocabulary), count=m)
                src, tgt = features()
            if pairs or (large and round_ == 0):
                path = _search(src, tgt, None, params, report(1 + round_), cancelled,
                               guide=path, compiled=compiled)
            if not pairs:
                break
    if progress is not None:
        progress(n, n)
    return [Bead(list(range(i0, i1)), list(range(j0, j1)),
                 _confidence(cost, null, (i1 - i0) + (j1 - j0)))
            for i0, i1, j0, j1, cost, null in path.beads]


def _learnt(side: _Analysis, learnt: dict[str, str], vocabulary: dict[str, int]
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The entries of the learnt tokens of a side: each word's, word after word."""
    names = _Names()
    token_of = np.array([names.id(learnt[w]) if w in learnt else -1 for w in side.words],
                        dtype=np.int64)
    token = token_of[side.word]
    found = token >= 0
    sizes = np.bincount(side.word_sentence[found], minlength=len(side.sizes))
    return _encode_analysis(names.names, token[found], sizes, vocabulary)
