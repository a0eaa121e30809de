"""The aligner's dynamic programming: the best monotone path of beads inside a corridor.

Split from align.py, which builds the sentence features and the corridors and calls `_dp`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from translator_gui.core.align_features import _Side
from translator_gui.core.cancel import Cancelled

if TYPE_CHECKING:
    from translator_gui.core.align import AlignParameters

# Bead types (source sentences, target sentences) and their prior probabilities. The 1-1,
# 1-0/0-1 and 2-2 figures are Gale & Church's; 2-1 and 1-2 are as frequent as in the
# benchmark gold sets (7-9 % each, where Gale & Church had 4.5 %); the rarer shapes get
# small priors so that they win only with clear evidence.
BEAD_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.85,
    (1, 0): 0.005,
    (0, 1): 0.005,
    (2, 1): 0.075,
    (1, 2): 0.075,
    (2, 2): 0.011,
    (3, 1): 0.006,
    (1, 3): 0.006,
    (3, 2): 0.002,
    (2, 3): 0.002,
    (4, 1): 0.0015,
    (1, 4): 0.0015,
}


# Without the C loops: below this many sentences (source + target) the numpy table is quicker
# than loading numba
# (about a second of start-up even from its cache); above it the compiled loops win
# (measured: even at 5,000 x 5,000 news sentences, 2.1 s against 2.2 s for align_sentences).
COMPILED_FROM = 10_000


def compiled_for(n: int, m: int) -> bool | None:
    """How `_dp` should fill tables for an n x m alignment: None = compiled when the loops are
    there, False = numpy. The C loops (align_native) start at once: they fill every table."""
    if n + m >= COMPILED_FROM:
        return None
    from translator_gui.core.align_native import library

    return None if library() is not None else False


# ---------------------------------------------------------------------------------------------
# Dynamic programming inside a corridor


def _log_erfc(x: np.ndarray) -> np.ndarray:
    """-log(erfc(x)) for x >= 0 (Abramowitz & Stegun 7.1.26, stable for large x)."""
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                + t * (-1.453152027 + t * 1.061405429))))
    return x * x - np.log(poly)


def _band_products(src: _Side, tgt: _Side, row_lo: np.ndarray, row_hi: np.ndarray,
                   width: int) -> np.ndarray:
    """Prefix sums along the target of dot(source i, target j) for j in row i's band.

    Returns R of shape (n, width + 1): R[i, x] = sum of dots with targets row_lo[i] .. +x-1.
    """
    n, m = src.size, tgt.size
    products = np.zeros((n, width))
    if len(src.entry_token) and len(tgt.entry_token):
        key_t = tgt.entry_token * (m + 1) + tgt.entry_sentence
        base = src.entry_token * (m + 1)
        sentence = src.entry_sentence
        start = np.searchsorted(key_t, base + row_lo[sentence])
        stop = np.searchsorted(key_t, base + row_hi[sentence])
        counts = stop - start
        # expand in chunks so that frequent tokens in wide bands cannot exhaust memory
        chunk = 4_000_000
        flat = products.reshape(-1)
        ends = np.cumsum(counts)
        first = 0
        while first < len(counts):
            last = int(np.searchsorted(ends, (ends[first - 1] if first else 0) + chunk,
                                       side="right"))
            last = max(last, first + 1)
            c = counts[first:last]
            if c.sum():
                owner = np.repeat(np.arange(first, last), c)
                offsets = np.arange(int(c.sum())) - np.repeat(np.cumsum(c) - c, c)
                target_entry = start[owner] + offsets
                rows = sentence[owner]
                cols = tgt.entry_sentence[target_entry] - row_lo[rows]
                values = src.entry_value[owner] * tgt.entry_value[target_entry]
                flat += np.bincount(rows * width + cols, weights=values, minlength=n * width)
            first = last
    prefix = np.zeros((n, width + 1))
    np.cumsum(products, axis=1, out=prefix[:, 1:])
    return prefix


@dataclass
class _Path:
    beads: list[tuple[int, int, int, int, float, float]]  # i0, i1, j0, j1, cost, null cost
    touches: bool


@dataclass
class _Grid:
    """What both ways of filling the table read: the corridor, the bead types, the scores."""

    src: _Side
    tgt: _Side
    lo: np.ndarray  # int64, n + 1: first target index of row i's cells
    hi: np.ndarray  # int64, n + 1: one past the last
    width: int  # cells per row of the table (its last column is the inf sentinel)
    types: list[tuple[int, int]]  # bead types with a source sentence; 0-1 beads chain along rows
    row_lo: np.ndarray  # sentence i's band of targets for the lexical products
    row_hi: np.ndarray
    m_width: int
    ratio: float
    s_inner: np.ndarray  # paragraph boundaries before each sentence, cumulated
    t_inner: np.ndarray
    mismatch: float  # cost of a bead ending at a paragraph end on one side only
    params: AlignParameters


def _grid(src: _Side, tgt: _Side, lo: np.ndarray, hi: np.ndarray, params: AlignParameters,
          simple: bool, ratio: float | None) -> _Grid:
    n, m = src.size, tgt.size
    lo, hi = np.ascontiguousarray(lo, dtype=np.int64), np.ascontiguousarray(hi, dtype=np.int64)
    width = int((hi - lo).max())
    types = [t for t in BEAD_PRIORS if t[0] >= 1 and (not simple or max(t) <= 2)]
    max_b = max(b for _a, b in BEAD_PRIORS)
    max_a = max(a for a, _b in BEAD_PRIORS)
    # sentence row r pairs with targets of cells in rows r+1 .. r+max_a, shifted back by max_b
    row_lo = np.maximum(lo[1:] - max_b, 0)
    row_hi = np.minimum(np.maximum(hi[np.minimum(np.arange(1, n + 1) + max_a - 1, n)], row_lo),
                        m)
    m_width = max(int((row_hi - row_lo).max()), 1)
    if ratio is None:
        ratio = tgt.cum_length[-1] / max(src.cum_length[-1], 1.0)
    s_inner = np.concatenate(([0], np.cumsum(src.boundary[1:n + 1].astype(int))))
    t_inner = np.concatenate(([0], np.cumsum(tgt.boundary[1:m + 1].astype(int))))
    # paragraph ends anchor only as far as both sides have comparable paragraphs: a draft
    # pasted as one block says nothing about where the source's paragraphs end
    inner_s, inner_t = int(s_inner[n - 1]) if n else 0, int(t_inner[m - 1]) if m else 0
    mismatch = params.paragraph_mismatch * min(inner_s, inner_t) / max(inner_s, inner_t, 1)
    return _Grid(src, tgt, lo, hi, width, types, row_lo, row_hi, m_width, float(ratio),
                 s_inner, t_inner, mismatch, params)


def _dp(src: _Side, tgt: _Side, lo: np.ndarray, hi: np.ndarray, params: AlignParameters,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None, simple: bool = False,
        ratio: float | None = None, compiled: bool | None = None) -> _Path:
    """Best monotone path from (0, 0) to (n, m) with cells (i, j), lo[i] <= j < hi[i].

    The table is filled by the compiled rows of align_jit when numba is there (`compiled`
    None: when it is; True/False: insist), else by numpy over chunks of rows. Both compute
    the same numbers in the same order, so they find the same path.
    """
    grid = _grid(src, tgt, lo, hi, params, simple, ratio)
    n = src.size
    table = np.full((n + 1, grid.width + 1), np.inf)  # last column stays inf: the sentinel
    choice = np.zeros((n + 1, grid.width), dtype=np.int8)  # index into types; -1 = 0-1 bead
    kernels = None
    if compiled is not False:
        from translator_gui.core import align_jit

        kernels = align_jit.kernels()
        if kernels is None and compiled:
            raise RuntimeError("numba is not available")
    if kernels is not None:
        from translator_gui.core.align_jit import fill_table

        fill_table(kernels, grid, table, choice, progress, cancelled)
    else:
        _fill_table_numpy(grid, table, choice, progress, cancelled)
    if progress is not None:
        progress(n, n)
    return _trace_back(grid, table, choice)


def _trace_back(grid: _Grid, table: np.ndarray, choice: np.ndarray) -> _Path:
    # plain Python numbers (tolist, item): numpy scalars cost ten times more in this loop
    lo, hi = grid.lo.tolist(), grid.hi.tolist()
    null = grid.params.null_cost
    m = grid.tgt.size
    types = [(0, 1)] + grid.types  # choice -1 is the 0-1 bead
    beads: list[tuple[int, int, int, int, float, float]] = []
    row, jj = grid.src.size, m
    touches = False
    cost = table.item
    while row > 0 or jj > 0:
        k = jj - lo[row]
        if (k <= 1 and lo[row] > 0) or (k >= hi[row] - lo[row] - 2 and hi[row] <= m):
            touches = True
        a, b = types[choice.item(row, k) + 1]
        here_cost = cost(row, k)
        there = cost(row - a, jj - b - lo[row - a])
        beads.append((row - a, row, jj - b, jj, here_cost - there, null * (a + b)))
        row, jj = row - a, jj - b
    beads.reverse()
    return _Path(beads, touches)


def _fill_table_numpy(grid: _Grid, table: np.ndarray, choice: np.ndarray,
                      progress: Callable[[int, int], None] | None,
                      cancelled: Callable[[], bool] | None) -> None:
    """The reference: bead costs for a chunk of rows at a time (numpy over rows and cells);
    the recurrence then needs only a handful of numpy calls per row."""
    src, tgt, lo, hi, params = grid.src, grid.tgt, grid.lo, grid.hi, grid.params
    n, m = src.size, tgt.size
    width, types, row_lo, m_width = grid.width, grid.types, grid.row_lo, grid.m_width
    ratio, s_inner, t_inner, mismatch = grid.ratio, grid.s_inner, grid.t_inner, grid.mismatch
    flat_prefix = _band_products(src, tgt, row_lo, grid.row_hi, m_width).reshape(-1)
    s2 = params.length_variance
    null = params.null_cost
    length_weight = params.length_weight
    inf = np.inf
    stride = width + 1
    flat_table = table.reshape(-1)
    cols = np.arange(width)
    count = len(types)
    chunk = int(max(4, min(512, 3_000_000 // (count * width))))
    for first in range(0, n + 1, chunk):
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(first, n)
        rows = np.arange(first, min(first + chunk, n + 1))
        j = lo[rows][:, None] + cols[None, :]
        valid = (j < hi[rows][:, None]) & (j <= m)
        jc = np.minimum(j, m)
        cell = np.where(src.boundary[rows][:, None] != tgt.boundary[jc],
                        mismatch, 0.0)
        index = np.full((count,) + j.shape, width, dtype=np.int64)  # -> sentinel
        cost = np.full((count,) + j.shape, inf)
        for t, (a, b) in enumerate(types):
            has = rows >= a
            if not has.any():
                continue
            r = rows[has]
            prev = r - a
            pj = j[has] - b
            col = pj - lo[prev][:, None]
            ok = valid[has] & (pj >= 0) & (col >= 0) & (pj < hi[prev][:, None])
            index[t][has] = np.where(ok, prev[:, None] * stride + col, width)
            if b == 0:
                cost[t][has] = null
                continue
            pjc = np.clip(pj, 0, m)
            jh = jc[has]
            ls = (src.cum_length[r] - src.cum_length[prev])[:, None]
            lt = tgt.cum_length[jh] - tgt.cum_length[pjc]
            mean = np.maximum((ls * ratio + lt) / 2.0, 1.0)
            delta = np.abs(lt - ls * ratio) / np.sqrt(mean * s2)
            here = -math.log(BEAD_PRIORS[(a, b)]) + length_weight * _log_erfc(
                delta / math.sqrt(2))
            dot = np.zeros(pj.shape)
            # an orphan: a sentence of a multi-sentence bead with words of its own, none of
            # which the other side shares -- more likely a deletion than part of the bead
            orphans = np.zeros(pj.shape)
            column_dots = [np.zeros(pj.shape) for _ in range(b)] if b > 1 else []
            for q in range(a):
                sentence = prev + q
                base = row_lo[sentence][:, None]
                upper = np.clip(jh - base, 0, m_width)
                lower = np.clip(pjc - base, 0, m_width)
                row_base = (sentence * (m_width + 1))[:, None]
                part = flat_prefix[row_base + upper] - flat_prefix[row_base + lower]
                dot += part
                if a > 1:
                    orphans += (part <= 1e-12) & (src.norms[sentence, 0] > 0)[:, None]
                for z in range(len(column_dots)):
                    at = np.clip(pjc + z - base, 0, m_width - 1)
                    column_dots[z] += flat_prefix[row_base + at + 1] - flat_prefix[row_base + at]
            for z, column in enumerate(column_dots):
                own = tgt.norms[np.clip(pjc + z, 0, m - 1), 0] > 0
                orphans += (column <= 1e-12) & own
            ns = src.norms[np.minimum(prev, n - 1), a - 1][:, None]
            nt = np.where(pj >= 0, tgt.norms[np.minimum(pjc, m - 1), b - 1], 0.0)
            with np.errstate(divide="ignore", invalid="ignore"):
                cosine = np.where((ns > 0) & (nt > 0), dot / np.sqrt(ns * nt), 0.0)
            # the more both sides have to say (rare shared-vocabulary tokens), the more a
            # low cosine means "not translations of each other"
            evidence = np.minimum(ns, nt)
            evidence = evidence / (evidence + params.evidence_scale)
            lexical = np.where((ns > 0) | (nt > 0),
                               (params.lexical_weight + params.evidence_weight * evidence)
                               * (1.0 - np.minimum(cosine, 1.0)), 0.0)
            here = here + lexical * ((a + b) / 2.0) + params.orphan_cost * orphans
            crossings = (s_inner[r - 1] - s_inner[prev])[:, None] + (
                t_inner[np.maximum(jh - 1, 0)] - t_inner[pjc])
            here = here + params.paragraph_cross * crossings
            cost[t][has] = here
        step_all = np.where(valid, null + cell, 0.0)
        for k, i in enumerate(rows):
            candidates = flat_table[index[:, k]] + cost[:, k]
            pick = candidates.argmin(0)
            best = candidates[pick, cols]
            if i == 0:
                best[0] = 0.0
            best += cell[k]
            best[~valid[k]] = inf
            # 0-1 beads chain along the row: best[j] = min(best[j], best[j-1] + null + cell)
            running = np.cumsum(step_all[k])
            chained = np.minimum.accumulate(best - running) + running
            insert = chained < best - 1e-9
            insert &= valid[k]
            table[i, :width] = np.where(insert, chained, best)
            choice[i] = np.where(insert, -1, pick)
