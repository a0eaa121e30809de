"""The aligner's sentence features: lengths, token vectors and paragraph boundaries as arrays.

Split from align.py: the dynamic programming reads these; nothing here knows about beads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

_ONE_SIDED = "#"  # token kinds that count even when only one side has them: numbers


@dataclass
class _Side:
    lengths: np.ndarray  # float64, per sentence
    cum_length: np.ndarray  # float64, n + 1
    entry_token: np.ndarray  # int64 token ids, sorted by (token, sentence)
    entry_sentence: np.ndarray  # int64
    entry_value: np.ndarray  # float64, tf * weight
    norms: np.ndarray  # (n, 4): squared norm of the sum of sentences i..i+k, k = 0..3
    boundary: np.ndarray  # bool, n + 1: a paragraph boundary before sentence i

    @property
    def size(self) -> int:
        return len(self.lengths)


def _boundaries(count: int, paragraphs: Sequence[int] | None) -> np.ndarray:
    boundary = np.zeros(count + 1, dtype=bool)
    boundary[0] = boundary[count] = True
    if paragraphs is not None and count > 1:
        ids = np.asarray(paragraphs)
        if len(ids) != count:
            raise ValueError(f"{len(ids)} paragraph ids for {count} sentences")
        boundary[1:count] = ids[1:] != ids[:-1]
    return boundary


def _entries_from_arrays(tokens: np.ndarray, sizes: np.ndarray
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(token, sentence, count) triples, unique and sorted by (token, sentence), from the
    token ids of every sentence laid end to end and the number of tokens of each."""
    count = len(sizes)
    sentences = np.repeat(np.arange(count, dtype=np.int64), sizes)
    if not len(tokens):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    key = tokens * (count + 1) + sentences
    unique, counts = np.unique(key, return_counts=True)
    return unique // (count + 1), unique % (count + 1), counts.astype(float)


def _group_norms(tokens: np.ndarray, sentences: np.ndarray, values: np.ndarray,
                 count: int) -> np.ndarray:
    """Squared norms of the summed vectors of sentence runs i..i+k (k = 0..3)."""
    # gram[i, d] = dot(v_i, v_{i+d}) for d = 0..3; entries are sorted by (token, sentence)
    gram = np.zeros((count + 4, 4))
    np.add.at(gram[:, 0], sentences, values * values)
    for lag in range(1, 4):
        if len(tokens) <= lag:
            break
        same = tokens[lag:] == tokens[:-lag]
        gap = sentences[lag:] - sentences[:-lag]
        ok = same & (gap <= 3)
        np.add.at(gram, (sentences[:-lag][ok], gap[ok]), values[:-lag][ok] * values[lag:][ok])
    norms = np.zeros((count, 4))
    for k in range(4):
        total = np.zeros(count)
        for start in range(k + 1):
            for end in range(start, k + 1):
                d = end - start
                part = gram[start:start + count, d]
                total += part if d == 0 else 2 * part
        norms[:, k] = total
    return norms


def _encode(token_lists: list[list[str]], vocabulary: dict[str, int]
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # New tokens get ids in order of first occurrence (as one setdefault per token would),
    # but the per-token work runs in C (dict.fromkeys, map).
    for token in dict.fromkeys(chain.from_iterable(token_lists)):
        if token not in vocabulary:
            vocabulary[token] = len(vocabulary)
    sizes = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
    tokens = np.fromiter(map(vocabulary.__getitem__, chain.from_iterable(token_lists)),
                         dtype=np.int64, count=int(sizes.sum()))
    return _entries_from_arrays(tokens, sizes)


def _merge_entries(*parts: tuple[np.ndarray, np.ndarray, np.ndarray], count: int
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    tok = np.concatenate([p[0] for p in parts])
    sen = np.concatenate([p[1] for p in parts])
    cnt = np.concatenate([p[2] for p in parts])
    unique, inverse = np.unique(tok * (count + 1) + sen, return_inverse=True)
    return unique // (count + 1), unique % (count + 1), np.bincount(inverse, weights=cnt)


def _features(entries_s: tuple[np.ndarray, np.ndarray, np.ndarray],
              entries_t: tuple[np.ndarray, np.ndarray, np.ndarray],
              vocabulary: dict[str, int], lengths_s: np.ndarray, lengths_t: np.ndarray,
              source_boundary: np.ndarray, target_boundary: np.ndarray,
              max_share: float = 1.0, one_sided: float = 0.0) -> tuple[_Side, _Side]:
    n, m = len(lengths_s), len(lengths_t)
    tok_s, sen_s, cnt_s = entries_s
    tok_t, sen_t, cnt_t = entries_t
    size = len(vocabulary)
    df_s = np.bincount(tok_s, minlength=size).astype(float)
    df_t = np.bincount(tok_t, minlength=size).astype(float)
    rate_s = df_s / max(n, 1)
    rate_t = df_t / max(m, 1)
    shared = (df_s > 0) & (df_t > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        balance = np.where(shared, np.minimum(rate_s, rate_t) / np.maximum(rate_s, rate_t), 0.0)
    # numbers that occur on one side only are evidence too: of an omission
    strong = np.fromiter((t[0] in _ONE_SIDED for t in vocabulary), dtype=bool, count=size)
    balance = np.where(strong, np.maximum(balance, one_sided), balance)
    idf = np.log((n + m) / np.maximum(df_s + df_t, 1.0))
    weight = np.maximum(idf, 0.0) * balance
    weight[np.maximum(rate_s, rate_t) > max_share] = 0.0
    keep_s = weight[tok_s] > 0
    keep_t = weight[tok_t] > 0
    sides = []
    for lengths, tok, sen, cnt, keep, boundary in (
        (lengths_s, tok_s, sen_s, cnt_s, keep_s, source_boundary),
        (lengths_t, tok_t, sen_t, cnt_t, keep_t, target_boundary),
    ):
        tok, sen = tok[keep], sen[keep]
        value = cnt[keep] * weight[tok]
        sides.append(_Side(lengths, np.concatenate(([0.0], np.cumsum(lengths))), tok, sen, value,
                           _group_norms(tok, sen, value, len(lengths)), boundary))
    return sides[0], sides[1]


def _coarsen(side: _Side, block: int) -> _Side:
    """Blocks of `block` sentences as single units (for the coarse pass)."""
    n = side.size
    count = -(-n // block)
    lengths = np.add.reduceat(side.lengths, np.arange(0, n, block))
    sentence = side.entry_sentence // block
    key = side.entry_token * (count + 1) + sentence
    unique, inverse = np.unique(key, return_inverse=True)
    values = np.bincount(inverse, weights=side.entry_value)
    tok, sen = unique // (count + 1), unique % (count + 1)
    boundary = np.zeros(count + 1, dtype=bool)
    boundary[0] = boundary[count] = True
    return _Side(lengths, np.concatenate(([0.0], np.cumsum(lengths))), tok, sen, values,
                 _group_norms(tok, sen, values, count), boundary)
