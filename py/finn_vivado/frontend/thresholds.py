"""Exact integer thresholds for ``quantizer(chain(x))`` over an integer input range.

For each channel the composed function is monotone non-decreasing in the integer input x
(callers flip decreasing channels first), so the smallest x reaching each code level is found
by a vectorised binary search over [x_lo, x_hi + 1]. The search evaluates the chain and the
quantizer exactly as defined (float64, same rounding mode), including ties.
"""

from __future__ import annotations

import numpy as np

from finn_vivado.frontend.chain import Chain, per_channel
from finn_vivado.frontend.quantizers import Quantizer

__all__ = ["derive_thresholds"]


def _channel_params(q: Quantizer, shape, axis: int, what: str) -> dict:
    c = shape[axis]
    p = dict(q.params)
    if q.kind in ("quant", "bipolar") and "scale" in p and np.ndim(p["scale"]):
        p["scale"] = per_channel(p["scale"], shape, axis, what)[:, None]
    if q.kind == "trunc" and np.ndim(p["out_scale"]):
        p["out_scale"] = per_channel(p["out_scale"], shape, axis, what)[:, None]
    if q.kind == "multithreshold":
        thr = np.asarray(p["thresholds"], dtype=np.float64)
        p["thresholds"] = np.broadcast_to(thr, (c, thr.shape[1]))[:, None, :]
    return p


def derive_thresholds(chain: Chain, q: Quantizer, shape, axis: int, x_lo, x_hi, what: str):
    """Thresholds [C, N] (int64): code(x) = cmin + count(x >= T[c]) for x in [x_lo, x_hi]."""
    c = shape[axis]
    ch = chain.channel_form(shape, axis, what).map_consts(lambda v: np.reshape(v, (-1, 1)))
    p = _channel_params(q, shape, axis, what)
    if q.cmin is None:  # code range follows the input range (monotone: evaluate the ends)
        ends = np.stack([np.asarray(x_lo, np.float64), np.asarray(x_hi, np.float64)], axis=1)
        codes = q.codes(ch.evaluate(ends), p)
        q.cmin, q.cmax = int(codes.min()), int(codes.max())
    levels = np.asarray(q.levels(), dtype=np.int64)[None, :]
    lo = np.broadcast_to(np.asarray(x_lo, dtype=np.int64).reshape(-1, 1), (c, levels.shape[1])).copy()
    hi = np.broadcast_to(np.asarray(x_hi, dtype=np.int64).reshape(-1, 1) + 1, lo.shape).copy()
    while np.any(lo < hi):
        mid = (lo + hi) // 2
        active = lo < hi
        reached = q.codes(ch.evaluate(mid.astype(np.float64)), p) >= levels
        hi = np.where(active & reached, mid, hi)
        lo = np.where(active & ~reached, mid + 1, lo)
    return lo
