"""Exact integer numerics shared by the hardware layers.

Conventions: tensors hold *values*; integer data is computed in ``int64`` and
written out as ``float64`` (exact up to 2**53, so wide accumulators survive);
hardware streams are typed DOUBLE in the graph and the software side casts at
the boundary. BIPOLAR data holds -1/+1. Channels are on the last axis.
"""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

__all__ = [
    "as_int",
    "as_output",
    "int_matmul",
    "xnor_popcount_matmul",
    "threshold_count",
    "activate",
    "dtype_range",
    "dtype_holds",
    "smallest_int_dtype",
    "dot_range",
    "divisors",
]


def as_int(values, what: str = "tensor") -> np.ndarray:
    """Return ``values`` as an ``int64`` array; ``ValueError`` if any is not integral."""
    arr = np.asarray(values)
    if np.issubdtype(arr.dtype, np.integer) or arr.dtype == np.bool_:
        return arr.astype(np.int64)
    rounded = np.rint(arr)
    if not np.array_equal(rounded, arr):
        bad = arr[rounded != arr].flat[0]
        raise ValueError(f"{what} holds non-integer values (e.g. {bad!r})")
    return rounded.astype(np.int64)


def as_output(values) -> np.ndarray:
    """The array a layer writes to the context: always float64, exact for any accumulator.

    Hardware streams are typed DOUBLE in the graph; the software side casts at the boundary.
    """
    return np.asarray(values).astype(np.float64)


def int_matmul(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Exact ``x @ w`` in int64; ``x`` is (..., MW), ``w`` is (MW, MH)."""
    return np.matmul(x.astype(np.int64), w.astype(np.int64))


def xnor_popcount_matmul(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Binary (XNOR-popcount) matrix product of two bipolar (+-1) operands.

    Each output is the number of positions where ``x`` and the weight column
    agree, i.e. ``(x @ w + MW) / 2`` for +-1 data; range 0..MW.
    """
    mw = x.shape[-1]
    return (int_matmul(x, w) + mw) // 2


def _threshold_operands(acc: np.ndarray, thresholds) -> tuple[np.ndarray, np.ndarray]:
    thr = np.asarray(thresholds)
    if thr.ndim == 1:
        thr = thr.reshape(1, -1)
    if np.issubdtype(thr.dtype, np.integer) or np.array_equal(np.rint(thr), thr):
        return acc.astype(np.int64), np.rint(thr).astype(np.int64)
    return acc.astype(np.float64), thr.astype(np.float64)


def threshold_count(acc: np.ndarray, thresholds) -> np.ndarray:
    """Per-channel count of thresholds ``t`` with ``acc >= t``.

    ``acc`` is (..., C) with channels last; ``thresholds`` is (C, T) or (1, T)
    (one row shared by all channels). Returns int64 counts in 0..T. Integer
    thresholds are compared exactly in int64, others in float64.
    """
    a, thr = _threshold_operands(acc, thresholds)
    if thr.shape[0] not in (1, a.shape[-1]):
        raise ValueError(
            f"thresholds have {thr.shape[0]} rows; expected 1 or {a.shape[-1]} (channels)"
        )
    if thr.shape[1] == 0:
        return np.zeros(a.shape, dtype=np.int64)
    return np.sum(a[..., None] >= thr, axis=-1, dtype=np.int64)


def activate(acc: np.ndarray, thresholds, act_val: int, bipolar_out: bool) -> np.ndarray:
    """Multi-threshold activation: ``count + act_val``, or ``2*count - 1`` for BIPOLAR."""
    count = threshold_count(acc, thresholds)
    if bipolar_out:
        return 2 * count - 1
    return count + int(act_val)


def dtype_range(dt) -> tuple[int, int]:
    """Integer (min, max) of a qonnx DataType."""
    return int(dt.min()), int(dt.max())


def dtype_holds(dt, lo: int, hi: int) -> bool:
    """True if every integer in ``lo..hi`` is a legal value of ``dt``.

    BIPOLAR holds only ranges within {-1, +1} that do not include 0.
    """
    if dt == DataType["BIPOLAR"]:
        return lo in (-1, 1) and hi in (-1, 1)
    return dt.min() <= lo and hi <= dt.max()


def smallest_int_dtype(lo: int, hi: int):
    """Smallest qonnx integer DataType (BINARY/UINTn/INTn) holding ``lo..hi``."""
    lo, hi = int(lo), int(hi)
    if lo >= 0:
        bits = max(1, hi.bit_length())
        return DataType["BINARY"] if bits == 1 else DataType[f"UINT{bits}"]
    bits = 2
    while not (-(1 << (bits - 1)) <= lo and hi <= (1 << (bits - 1)) - 1):
        bits += 1
    return DataType[f"INT{bits}"]


def dot_range(w: np.ndarray, xmin: int, xmax: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-column (min, max) of ``x @ w`` over all ``x`` with entries in xmin..xmax.

    ``w`` is (K, C); returns two int64 arrays of length C.
    """
    w = w.astype(np.int64)
    low = np.minimum(w * xmin, w * xmax).sum(axis=0)
    high = np.maximum(w * xmin, w * xmax).sum(axis=0)
    return low, high


def divisors(n: int) -> list[int]:
    """Ascending list of the positive divisors of ``n`` (empty for n < 1)."""
    n = int(n)
    if n < 1:
        return []
    small = [d for d in range(1, int(n**0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
