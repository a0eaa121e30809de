"""The aligner's table filled by numba-compiled loops: the same numbers as the numpy reference.

align_dp._fill_table_numpy is the reference; the loops here compute every bead cost with the
same operations in the same order (so the same floating-point results and the same path), but
one cell at a time, skipping the bead types that cannot beat the best one found so far. That
removes the reference's numpy calls per row and its arrays of costs for every cell and type.

numba compiles on first use and caches the machine code next to this file (or in its own
user cache folder when the package folder is read-only); `kernels()` returns None when numba
is missing or fails, and the aligner then runs the numpy reference.
"""

from __future__ import annotations

import importlib
import math
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from translator_gui.core.align_dp import BEAD_PRIORS
from translator_gui.core.cancel import Cancelled

if TYPE_CHECKING:
    from translator_gui.core.align_dp import _Grid

# A lower bound of the length cost x*x - log(poly(x)) over x >= 0 (the approximation of
# -log erfc is a little off zero near x = 0); pruning a bead type needs a bound, not the value.
_LENGTH_COST_FLOOR = -1e-6
_ROWS_PER_CALL = 256  # rows filled per compiled call, between progress reports and cancels


class Kernels(NamedTuple):
    band_products: Callable[..., np.ndarray]
    fill_rows: Callable[..., None]


_KERNELS: list[Kernels | None] = []


def kernels() -> Kernels | None:
    """The compiled loops, compiled (or loaded from numba's cache) on first call; None without
    numba."""
    if not _KERNELS:
        try:
            _KERNELS.append(_compile())
        except Exception:  # noqa: BLE001 - no numba, or numba broken here: numpy does the work
            _KERNELS.append(None)
    return _KERNELS[0]


def _compile() -> Kernels:
    from translator_gui.core.align_native import functions

    native = functions()
    if native is not None:  # the same loops in C, built at install: no numba start-up
        return Kernels(*native)
    return _numba_kernels()


def _numba_kernels() -> Kernels:
    numba = _without_scipy(lambda: importlib.import_module("numba"))()
    jit = numba.njit(cache=True, nogil=True)
    return Kernels(_without_scipy(jit(_band_products)), _without_scipy(jit(_fill_rows)))


def _without_scipy(function: Callable[..., Any]) -> Callable[..., Any]:
    """The function, run so that numba cannot import SciPy.

    numba's import and its first compiled call (which sets up its CPU target) import SciPy
    when it is installed, to offer BLAS to compiled code -- and SciPy imports most of numpy's
    namespace: half a second of start-up for nothing, as these loops do no linear algebra.
    After the first call, calls go straight through.
    """
    ready = False

    def call(*args: Any) -> Any:
        nonlocal ready
        if ready or "scipy" in sys.modules:
            return function(*args)
        sys.modules["scipy"] = None  # type: ignore[assignment]  # import scipy -> ImportError
        try:
            return function(*args)
        finally:
            ready = True
            if sys.modules.get("scipy", "") is None:
                del sys.modules["scipy"]

    return call


def warm_up() -> bool:
    """Compile the loops now (or load them from numba's cache) on a tiny alignment, so that
    the first long document does not pay the compilation; False when numba is not there.
    Installers run it once, as they compile .pyc files.

    With the C loops, numba's are compiled too: they are the fallback when the C library
    does not load (built for another machine), and the test suite holds them to the numpy
    reference (seconds of compilation on a fresh checkout otherwise)."""
    loops = kernels()
    if loops is None:
        return False
    _align_tiny()
    if "align_native" in loops.fill_rows.__module__:
        try:
            fallback = _numba_kernels()
        except Exception:  # noqa: BLE001 - no numba here: the C loops need none
            return True
        _KERNELS[:] = [fallback]
        try:
            _align_tiny()
        finally:
            _KERNELS[:] = [loops]
    return True


def _align_tiny() -> None:
    from translator_gui.core.align import PARAMETERS, _full_corridor
    from translator_gui.core.align_dp import _dp
    from translator_gui.core.align_features import _boundaries, _encode, _features

    vocabulary: dict[str, int] = {}
    tokens = [["#1", "pari"], ["^dupont"], []]
    entries = _encode(tokens, vocabulary)
    lengths = np.array([12.0, 30.0, 7.0])
    src, tgt = _features(entries, entries, vocabulary, lengths, lengths, _boundaries(3, None),
                         _boundaries(3, None))
    lo, hi = _full_corridor(3, 3)
    for simple in (False, True):
        _dp(src, tgt, lo, hi, PARAMETERS, None, None, simple=simple, compiled=True)


def fill_table(compiled: Kernels, grid: _Grid, table: np.ndarray, choice: np.ndarray,
               progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None) -> None:
    src, tgt, params = grid.src, grid.tgt, grid.params
    n, m = src.size, tgt.size
    prefix = compiled.band_products(
        n, m, grid.m_width, src.entry_token, src.entry_sentence, src.entry_value,
        tgt.entry_token * (m + 1) + tgt.entry_sentence, tgt.entry_sentence, tgt.entry_value,
        grid.row_lo, grid.row_hi)
    type_a = np.array([a for a, _b in grid.types], dtype=np.int64)
    type_b = np.array([b for _a, b in grid.types], dtype=np.int64)
    prior = np.array([-math.log(BEAD_PRIORS[t]) for t in grid.types])
    # every cost term but the prior is >= 0 when the weights are: then a type whose prior
    # alone (plus the cheapest length cost) cannot beat the best so far is skipped
    weights = (params.length_weight, params.lexical_weight, params.evidence_weight,
               params.orphan_cost, params.paragraph_cross)
    if min(weights) >= 0 and params.evidence_scale > 0:
        floor = np.where(type_b == 0, params.null_cost,
                         prior + params.length_weight * _LENGTH_COST_FLOOR)
    else:
        floor = np.full(len(prior), -np.inf)
    scores: tuple[Any, ...] = (
        grid.ratio, params.length_variance, params.null_cost, params.length_weight,
        params.lexical_weight, params.evidence_weight, params.evidence_scale,
        params.orphan_cost, params.paragraph_cross, grid.mismatch)
    for first in range(0, n + 1, _ROWS_PER_CALL):
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(first, n)
        compiled.fill_rows(
            first, min(first + _ROWS_PER_CALL, n + 1), m, grid.lo, grid.hi, type_a, type_b,
            prior, floor, src.cum_length, tgt.cum_length, src.norms, tgt.norms, src.boundary,
            tgt.boundary, prefix, grid.row_lo, grid.m_width, grid.s_inner, grid.t_inner,
            *scores, table, choice)


# -- the loops numba compiles (plain Python over numpy arrays; they run uncompiled too) ---------


def _band_products(n: int, m: int, width: int, token_s: np.ndarray, sentence_s: np.ndarray,
                   value_s: np.ndarray, key_t: np.ndarray, sentence_t: np.ndarray,
                   value_t: np.ndarray, row_lo: np.ndarray, row_hi: np.ndarray) -> np.ndarray:
    """align_dp._band_products: prefix sums along the band of dot(source i, target j).

    Entries are visited in the reference's order (source entries by token, then target
    entries), so every sum adds the same terms in the same order.
    """
    products = np.zeros((n, width))
    if len(key_t):
        for e in range(len(token_s)):
            s = sentence_s[e]
            base = token_s[e] * (m + 1)
            start = np.searchsorted(key_t, base + row_lo[s])
            stop = np.searchsorted(key_t, base + row_hi[s])
            for f in range(start, stop):
                products[s, sentence_t[f] - row_lo[s]] += value_s[e] * value_t[f]
    prefix = np.zeros((n, width + 1))
    for s in range(n):
        total = 0.0
        for x in range(width):
            total += products[s, x]
            prefix[s, x + 1] = total
    return prefix


def _fill_rows(first: int, last: int, m: int, lo: np.ndarray, hi: np.ndarray,
               type_a: np.ndarray, type_b: np.ndarray, prior: np.ndarray, floor: np.ndarray,
               cum_s: np.ndarray, cum_t: np.ndarray, norms_s: np.ndarray, norms_t: np.ndarray,
               boundary_s: np.ndarray, boundary_t: np.ndarray, prefix: np.ndarray,
               row_lo: np.ndarray, m_width: int, s_inner: np.ndarray, t_inner: np.ndarray,
               ratio: float, s2: float, null: float, length_weight: float,
               lexical_weight: float, evidence_weight: float, evidence_scale: float,
               orphan_cost: float, paragraph_cross: float, mismatch: float,
               table: np.ndarray, choice: np.ndarray) -> None:
    """Rows first..last-1 of the table and of the choices (align_dp._fill_table_numpy)."""
    n = len(norms_s)
    width = choice.shape[1]
    count = len(type_a)
    inf = np.inf
    root2 = math.sqrt(2)
    best = np.empty(width)
    pick = np.zeros(width, dtype=np.int64)
    cells = np.zeros(width)
    column_dots = np.zeros(4)
    for i in range(first, last):
        lo_i = lo[i]
        valid_cells = min(hi[i], m + 1) - lo_i  # cells 0 .. valid_cells-1 of the row are real
        for k in range(width):
            j = lo_i + k
            if k >= valid_cells:
                best[k] = inf
                pick[k] = 0
                continue
            cell = mismatch if boundary_s[i] != boundary_t[j] else 0.0
            cells[k] = cell
            best_cost = inf
            best_type = 0
            for t in range(count):
                a = type_a[t]
                if i < a:
                    continue
                b = type_b[t]
                prev = i - a
                pj = j - b
                col = pj - lo[prev]
                if pj < 0 or col < 0 or pj >= hi[prev]:
                    continue
                there = table[prev, col]
                if there + floor[t] >= best_cost:  # inf there, or cannot win
                    continue
                if b == 0:
                    here = null
                else:
                    ls = cum_s[i] - cum_s[prev]
                    lt = cum_t[j] - cum_t[pj]
                    mean = max((ls * ratio + lt) / 2.0, 1.0)
                    delta = abs(lt - ls * ratio) / math.sqrt(mean * s2)
                    x = delta / root2
                    q = 1.0 / (1.0 + 0.3275911 * x)
                    poly = q * (0.254829592 + q * (-0.284496736 + q * (1.421413741
                                + q * (-1.453152027 + q * 1.061405429))))
                    here = prior[t] + length_weight * (x * x - math.log(poly))
                    if there + here >= best_cost and floor[t] > -inf:
                        continue  # what is left to add is >= 0: it cannot win
                    dot = 0.0
                    orphans = 0.0
                    for z in range(b):
                        column_dots[z] = 0.0
                    for u in range(a):
                        sentence = prev + u
                        base = row_lo[sentence]
                        upper = min(max(j - base, 0), m_width)
                        lower = min(max(pj - base, 0), m_width)
                        part = prefix[sentence, upper] - prefix[sentence, lower]
                        dot += part
                        if a > 1 and part <= 1e-12 and norms_s[sentence, 0] > 0:
                            orphans += 1.0
                        if b > 1:
                            for z in range(b):
                                at = min(max(pj + z - base, 0), m_width - 1)
                                column_dots[z] += prefix[sentence, at + 1] - prefix[sentence, at]
                    if b > 1:
                        for z in range(b):
                            if column_dots[z] <= 1e-12 and norms_t[min(pj + z, m - 1), 0] > 0:
                                orphans += 1.0
                    ns = norms_s[min(prev, n - 1), a - 1]
                    nt = norms_t[min(pj, m - 1), b - 1]
                    cosine = dot / math.sqrt(ns * nt) if ns > 0 and nt > 0 else 0.0
                    evidence = min(ns, nt)
                    evidence = evidence / (evidence + evidence_scale)
                    lexical = 0.0
                    if ns > 0 or nt > 0:
                        lexical = ((lexical_weight + evidence_weight * evidence)
                                   * (1.0 - min(cosine, 1.0)))
                    here = here + lexical * ((a + b) / 2.0) + orphan_cost * orphans
                    crossings = (s_inner[i - 1] - s_inner[prev]) + (
                        t_inner[max(j - 1, 0)] - t_inner[pj])
                    here = here + paragraph_cross * crossings
                total = there + here
                if total < best_cost:
                    best_cost = total
                    best_type = t
            if i == 0 and k == 0:
                best_cost = 0.0
            best[k] = best_cost + cell
            pick[k] = best_type
        # 0-1 beads chain along the row: best[j] = min(best[j], best[j-1] + null + cell)
        running = 0.0
        lowest = inf
        for k in range(width):
            valid = k < valid_cells
            if valid:
                running += null + cells[k]
            lowest = min(lowest, best[k] - running)
            chained = lowest + running
            if valid and chained < best[k] - 1e-9:
                table[i, k] = chained
                choice[i, k] = -1
            else:
                table[i, k] = best[k]
                choice[i, k] = pick[k]
