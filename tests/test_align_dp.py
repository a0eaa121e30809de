"""The aligner's compiled table loops find exactly what the numpy reference finds.

align_jit's loops are plain Python that numba compiles; run uncompiled here, on random
documents, corridors and parameters, they must give the reference's path bead for bead and
cost for cost. One slow test runs them compiled.
"""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core import align_dp, align_jit, align_native
from translator_gui.core.align import PARAMETERS, _monotone, align_sentences
from translator_gui.core.align_dp import _dp
from translator_gui.core.align_features import _boundaries, _encode, _features

# the loops as plain Python: no numba, the same arithmetic
UNCOMPILED = align_jit.Kernels(align_jit._band_products, align_jit._fill_rows)
# the same loops in C, when the extension is built here (setup.py; .ci/install builds it)
NATIVE_FUNCTIONS = align_native.functions()
NATIVE = align_jit.Kernels(*NATIVE_FUNCTIONS) if NATIVE_FUNCTIONS else None
LOOPS = [pytest.param(UNCOMPILED, id="python"),
         pytest.param(NATIVE, id="c", marks=pytest.mark.skipif(
             NATIVE is None, reason="the C extension is not built here"))]


def random_side_tokens(rng: random.Random, count: int, vocabulary: int) -> list[list[str]]:
    kinds = ["w", "#", "^", "~"]
    return [[rng.choice(kinds) + str(rng.randrange(vocabulary))
             for _ in range(rng.randrange(0, 7))] for _ in range(count)]


def random_sides(seed: int, n: int, m: int, paragraphs: bool):
    rng = random.Random(seed)
    vocabulary: dict[str, int] = {}
    size = rng.choice([3, 10, 40])
    entries_s = _encode(random_side_tokens(rng, n, size), vocabulary)
    entries_t = _encode(random_side_tokens(rng, m, size), vocabulary)
    lengths_s = np.array([float(rng.randrange(1, 160)) for _ in range(n)])
    lengths_t = np.array([float(rng.randrange(1, 160)) for _ in range(m)])
    cuts_s = sorted(rng.sample(range(n), min(n, 3))) if paragraphs else None
    cuts_t = sorted(rng.sample(range(m), min(m, 3))) if paragraphs else None
    ids_s = [sum(1 for c in cuts_s if c <= i) for i in range(n)] if cuts_s else None
    ids_t = [sum(1 for c in cuts_t if c <= j) for j in range(m)] if cuts_t else None
    return _features(entries_s, entries_t, vocabulary, lengths_s, lengths_t,
                     _boundaries(n, ids_s), _boundaries(m, ids_t),
                     max_share=rng.choice([1.0, 0.3]), one_sided=0.5)


def random_corridor(seed: int, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """A monotone band around the diagonal, of random half-width (sometimes the whole table),
    wide enough for a path to reach the end (as the corridors the aligner builds are)."""
    rng = random.Random(seed + 1)
    half = max(rng.choice([1, 2, 3, 5, 8, m + n]), -(-m // max(n, 1)) + 1)
    rows = np.arange(n + 1)
    centre = (rows * m) // max(n, 1)
    lo = np.clip(centre - half, 0, m)
    hi = np.clip(centre + half + 1, 1, m + 1)
    return _monotone(lo, hi, m)


weights = st.sampled_from([0.0, 0.5, 1.0, 2.0, 4.0])


@pytest.mark.parametrize("kernels", LOOPS)
@settings(max_examples=examples(60), deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 30), st.integers(1, 30), st.booleans(),
       st.booleans(), st.floats(0.4, 2.5), weights, weights, weights, weights,
       st.sampled_from([0.5, 3.0, 5.3, 9.0]), st.sampled_from([-1.0, 0.0, 3.0]))
def test_compiled_loops_find_the_reference_path(kernels, seed, n, m, paragraphs, simple,
                                                ratio, lexical, evidence, orphan, cross, null,
                                                length_weight):
    src, tgt = random_sides(seed, n, m, paragraphs)
    lo, hi = random_corridor(seed, n, m)
    params = dataclasses.replace(PARAMETERS, lexical_weight=lexical, evidence_weight=evidence,
                                 orphan_cost=orphan, paragraph_cross=cross, null_cost=null,
                                 length_weight=length_weight)
    reference = _dp(src, tgt, lo, hi, params, None, None, simple=simple, ratio=ratio,
                    compiled=False)
    align_jit._KERNELS[:] = [kernels]
    try:
        loops = _dp(src, tgt, lo, hi, params, None, None, simple=simple, ratio=ratio,
                    compiled=True)
    finally:
        align_jit._KERNELS.clear()
    assert loops.beads == reference.beads  # same beads, bit-identical costs
    assert loops.touches == reference.touches


WORDS = ["le", "chat", "Paris", "1999", "maison", "?", "!", "«", "nation", "Dupont", "rouge",
         "house", "cat", "the", "42", "(", ")", ":", "oui", "yes", "Œuvre"]


@pytest.mark.parametrize("kernels", LOOPS)
@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 50), st.integers(1, 50), st.booleans())
def test_whole_alignment_is_the_same_either_way(kernels, seed, n, m, small_cells):
    rng = random.Random(seed)

    def text(count: int) -> list[str]:
        return [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 12)))
                for _ in range(count)]

    source, target = text(n), text(m)
    params = dataclasses.replace(PARAMETERS, full_cells=100) if small_cells else PARAMETERS
    old = align_dp.COMPILED_FROM
    align_dp.COMPILED_FROM = 10**9
    align_native._LOADED[:] = [None]  # the reference: numpy
    try:
        reference = align_sentences(source, target, parameters=params)
    finally:
        align_native._LOADED.clear()
    align_dp.COMPILED_FROM = 0
    align_jit._KERNELS[:] = [kernels]
    try:
        loops = align_sentences(source, target, parameters=params)
    finally:
        align_dp.COMPILED_FROM = old
        align_jit._KERNELS.clear()
    assert [(b.source, b.target, b.confidence) for b in loops] == \
        [(b.source, b.target, b.confidence) for b in reference]


def test_without_c_small_documents_stay_on_numpy_and_large_ones_compile(
        monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(align_native, "_LOADED", [None])
    assert align_dp.compiled_for(10, 10) is False
    assert align_dp.compiled_for(4999, 5000) is False
    assert align_dp.compiled_for(5000, 5000) is None  # compiled when numba is there


@pytest.mark.skipif(NATIVE is None, reason="the C extension is not built here")
def test_the_c_loops_fill_every_table():
    assert align_dp.compiled_for(10, 10) is None
    assert align_jit.kernels() is not None
    assert align_jit.kernels().fill_rows.__module__ == align_native.__name__


def test_without_numba_the_reference_runs(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(align_jit, "_KERNELS", [None])
    src, tgt = random_sides(3, 12, 14, True)
    lo, hi = random_corridor(3, 12, 14)
    path = _dp(src, tgt, lo, hi, PARAMETERS, None, None, compiled=None)
    assert path.beads == _dp(src, tgt, lo, hi, PARAMETERS, None, None, compiled=False).beads
    with pytest.raises(RuntimeError):
        _dp(src, tgt, lo, hi, PARAMETERS, None, None, compiled=True)


@pytest.mark.slow
def test_numba_compiled_loops_match_the_reference(monkeypatch: pytest.MonkeyPatch):
    pytest.importorskip("numba")
    monkeypatch.setattr(align_native, "_LOADED", [None])  # numba, not the C loops
    monkeypatch.setattr(align_jit, "_KERNELS", [])
    assert align_jit.kernels() is not None
    assert "align_native" not in align_jit.kernels().fill_rows.__module__
    for seed in range(6):
        n, m = 300 + 37 * seed, 280 + 41 * seed
        src, tgt = random_sides(seed, n, m, seed % 2 == 0)
        lo, hi = random_corridor(seed, n, m)
        for simple in (False, True):
            reference = _dp(src, tgt, lo, hi, PARAMETERS, None, None, simple=simple,
                            compiled=False)
            compiled = _dp(src, tgt, lo, hi, PARAMETERS, None, None, simple=simple,
                           compiled=True)
            assert compiled.beads == reference.beads
