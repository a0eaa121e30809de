"""The aligner's table loops in C (_align_kernels.c), reached through ctypes.

The extension is built at install when a C compiler is there (pyproject.toml, an optional
extension); `kernels()` returns None when it is not, and the aligner falls back to numba's
compilation of the same loops (align_jit), else to numpy. The C loops start in a millisecond,
where numba needs about a second to import and load its cached machine code.
"""

from __future__ import annotations

import ctypes
import importlib.util
from collections.abc import Callable
from typing import Any

import numpy as np

_I64 = ctypes.c_int64
_F64 = ctypes.c_double
_PTR = ctypes.c_void_p

_LOADED: list[Any] = []


def library() -> Any | None:
    """The compiled library, or None when the extension was not built here."""
    if not _LOADED:
        _LOADED.append(_load())
    return _LOADED[0]


def _load() -> Any | None:
    try:
        spec = importlib.util.find_spec("translator_gui.core._align_kernels")
        if spec is None or not spec.origin:
            return None
        lib = ctypes.CDLL(spec.origin)
        lib.band_products.restype = None
        lib.band_products.argtypes = [_I64, _I64, _I64, _I64, _PTR, _PTR, _PTR, _I64, _PTR,
                                      _PTR, _PTR, _PTR, _PTR, _PTR]
        lib.fill_rows.restype = ctypes.c_int
        arguments: list[Any] = [_I64, _I64, _I64, _PTR, _PTR, _I64, _PTR, _PTR, _PTR, _PTR,
                                _PTR, _PTR, _I64, _PTR, _PTR, _I64, _PTR, _PTR, _PTR, _PTR,
                                _I64, _PTR, _PTR]
        lib.fill_rows.argtypes = arguments + [_F64] * 10 + [_PTR, _I64, _PTR, _I64]
        return lib
    except (OSError, AttributeError, ImportError):  # built for another machine, or damaged
        return None


def _in(array: np.ndarray, dtype: type) -> np.ndarray:
    """The array as a C-contiguous block of `dtype` (the same array when it already is)."""
    return np.ascontiguousarray(array, dtype=dtype)


def _out(array: np.ndarray, dtype: type) -> np.ndarray:
    if array.dtype != dtype or not array.flags.c_contiguous or not array.flags.writeable:
        raise ValueError(f"the aligner's table must be a contiguous {np.dtype(dtype)} array")
    return array


def _flags(array: np.ndarray) -> np.ndarray:
    return _in(array, np.bool_).view(np.uint8)


def _at(array: np.ndarray) -> int:
    return int(array.ctypes.data)


def functions() -> tuple[Callable[..., np.ndarray], Callable[..., None]] | None:
    """(band_products, fill_rows) with align_jit's signatures, or None without the library."""
    lib = library()
    if lib is None:
        return None

    def band_products(n: int, m: int, width: int, token_s: np.ndarray, sentence_s: np.ndarray,
                      value_s: np.ndarray, key_t: np.ndarray, sentence_t: np.ndarray,
                      value_t: np.ndarray, row_lo: np.ndarray, row_hi: np.ndarray
                      ) -> np.ndarray:
        arrays = [_in(token_s, np.int64), _in(sentence_s, np.int64), _in(value_s, np.float64),
                  _in(key_t, np.int64), _in(sentence_t, np.int64), _in(value_t, np.float64),
                  _in(row_lo, np.int64), _in(row_hi, np.int64)]
        if len({len(arrays[0]), len(arrays[1]), len(arrays[2])}) != 1 or \
                len({len(arrays[3]), len(arrays[4]), len(arrays[5])}) != 1 or \
                min(len(arrays[6]), len(arrays[7])) < n:
            raise ValueError("the aligner's entries and bands do not match")
        prefix = np.zeros((n, width + 1))
        lib.band_products(n, m, width, len(arrays[0]), *map(_at, arrays[:3]), len(arrays[3]),
                          *map(_at, arrays[3:]), _at(prefix))
        return prefix

    def fill_rows(first: int, last: int, m: int, lo: np.ndarray, hi: np.ndarray,
                  type_a: np.ndarray, type_b: np.ndarray, prior: np.ndarray, floor: np.ndarray,
                  cum_s: np.ndarray, cum_t: np.ndarray, norms_s: np.ndarray,
                  norms_t: np.ndarray, boundary_s: np.ndarray, boundary_t: np.ndarray,
                  prefix: np.ndarray, row_lo: np.ndarray, m_width: int, s_inner: np.ndarray,
                  t_inner: np.ndarray, *scores_and_out: Any) -> None:
        *scores, table, choice = scores_and_out
        norms_s, norms_t = _in(norms_s, np.float64), _in(norms_t, np.float64)
        table, choice = _out(table, np.float64), _out(choice, np.int8)
        prefix = _in(prefix, np.float64)
        if norms_s.shape[1] != norms_t.shape[1] or len(scores) != 10 or \
                prefix.shape[1] != m_width + 1 or table.shape[1] < choice.shape[1]:
            raise ValueError("the aligner's table and its inputs do not match")
        kept = [_in(lo, np.int64), _in(hi, np.int64), _in(type_a, np.int64),
                _in(type_b, np.int64), _in(prior, np.float64), _in(floor, np.float64),
                _in(cum_s, np.float64), _in(cum_t, np.float64), _flags(boundary_s),
                _flags(boundary_t), _in(row_lo, np.int64), _in(s_inner, np.int64),
                _in(t_inner, np.int64)]
        lo_, hi_, type_a_, type_b_, prior_, floor_, cum_s_, cum_t_, bs, bt, rl, si, ti = kept
        status = lib.fill_rows(
            first, last, m, _at(lo_), _at(hi_), len(type_a_), _at(type_a_), _at(type_b_),
            _at(prior_), _at(floor_), _at(cum_s_), _at(cum_t_), len(norms_s), _at(norms_s),
            _at(norms_t), norms_s.shape[1], _at(bs), _at(bt), _at(prefix), _at(rl), m_width,
            _at(si), _at(ti), *map(float, scores), _at(table), table.shape[1], _at(choice),
            choice.shape[1])
        if status != 0:
            raise MemoryError("no memory left for a row of the aligner's table")

    return band_products, fill_rows
