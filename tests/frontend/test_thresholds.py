"""Derived thresholds against brute force over the whole integer input range."""

import numpy as np
import pytest

from finn_vivado.frontend.chain import Chain
from finn_vivado.frontend.quantizers import Quantizer
from finn_vivado.frontend.thresholds import derive_thresholds
from qonnx.custom_op.general.quant import resolve_rounding_mode


def _quant(bits, signed, scale, mode="ROUND"):
    lo = -(2 ** (bits - 1)) if signed else 0
    hi = 2 ** (bits - 1) - 1 if signed else 2**bits - 1
    p = {"scale": scale, "zeropt": 0.0, "lo": float(lo), "hi": float(hi),
         "round": resolve_rounding_mode(mode)}
    return Quantizer("quant", p, lo, hi, np.float64(scale), np.float64(0.0))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("mode", ["ROUND", "FLOOR", "CEIL"])
def test_thresholds_equal_brute_force(seed, mode):
    rng = np.random.default_rng(seed)
    c = 7
    mul = rng.uniform(0.01, 0.3, c)
    # dyadic values make exact ties (x.5 after scaling) frequent: round-half-even must hold
    add = rng.integers(-8, 8, c) / 4.0
    chain = Chain().then("mul", np.float64(0.125)).then("mul", mul.reshape(1, c)).then(
        "add", add.reshape(1, c))
    if seed % 2:
        chain = chain.then("relu")
    q = _quant(3 if seed < 3 else 4, seed % 3 == 0, 0.25 if seed < 3 else 0.05, mode)
    lo, hi = -300, 300
    thr = derive_thresholds(chain, q, [1, c], 1, np.full(c, lo), np.full(c, hi), "test")
    x = np.arange(lo, hi + 1)
    for ch in range(c):
        single = Chain(tuple((k, v[..., ch] if np.ndim(v) else v) for k, v in chain.ops))
        p = {k: v for k, v in q.params.items()}
        expect = q.codes(single.evaluate(x.astype(np.float64)), p)
        got = q.cmin + np.count_nonzero(x[:, None] >= thr[ch][None, :], axis=1)
        assert np.array_equal(got, expect), (ch, mode)


def test_bipolar_threshold_at_zero_crossing():
    q = Quantizer("bipolar", {"scale": 1.0, "bipolar": True}, -1, 1, np.float64(1.0), np.float64(0.0))
    chain = Chain().then("mul", np.float64(2.0)).then("add", np.array([[-3.0, 4.0]]))
    thr = derive_thresholds(chain, q, [1, 2], 1, np.array([-10, -10]), np.array([10, 10]), "t")
    assert thr.tolist() == [[2], [-2]]  # 2x-3 >= 0 from x=2 ; 2x+4 >= 0 from x=-2
