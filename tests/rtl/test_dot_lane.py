"""finn_dot_lane, the dot-product lane of MVAU and VVAU, on its own.

Many parameter sets share one Icarus build (``templates/lane_sweep_tb.v.j2``: each
instance next to a golden model, random and extreme elements, random en / first /
last, every output checked when the lane signals it done): widths 1..8 of both operands, signed / unsigned / BIPOLAR, XNOR, SIMD 1..33,
RES_TYPE lut and dsp (packed pairs, odd SIMD, single products), accumulators narrower
than, as wide as and wider than the sum, operand registers and tree registers after
every 1, 2 or 3 adder levels. Then Verilator's
lint of a sample, and Yosys: no DSP on the LUT path (no multiplier in its RTL), the DSP
count of the DSP path as :func:`finn_vivado.layers.dot_lane.lane_cost` claims it, on
7-series and UltraScale+.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile, icarus_run
from finn_vivado.backends.sim.yosys import synth_check
from finn_vivado.core.templating import render
from finn_vivado.layers.dot_lane import Operand, lane_cost, sum_bits

from .compute_helpers import RTL_CACHE
from .helpers import requires_tools

pytestmark = requires_tools

TEMPLATES = Path(__file__).resolve().parent / "templates"
LANE = next(Path(s) for s in core_sources("MVAU") if Path(s).stem == "finn_dot_lane")
CYCLES = 300
GROUPS = 3


def _operand(kind: str, bits: int) -> Operand:
    return Operand(1, False, True) if kind == "b" else Operand(bits, kind == "s")


def _params(simd, x: Operand, w: Operand, acc, res, xnor=0, tree_step=2) -> dict:
    in_reg = int(res == "dsp" and not (x.bipolar or w.bipolar) and min(x.bits, w.bits) >= 2)
    return dict(SIMD=simd, IN_WIDTH=x.bits, IN_SIGNED=int(x.signed),
                IN_BIPOLAR=int(x.bipolar), W_WIDTH=w.bits, W_SIGNED=int(w.signed),
                W_BIPOLAR=int(w.bipolar), XNOR=xnor, ACC_WIDTH=acc, IN_REG=in_reg,
                TREE_STEP=tree_step, RES_TYPE=res)


def _acc_bits(simd, x, w, rng) -> int:
    """An accumulator narrower than, as wide as or wider than the sum."""
    exact = sum_bits(simd, x, w, simd)
    return rng.choice([max(2, exact - 3), exact, exact + 1, 32])


def _configs() -> list[dict]:
    rng = random.Random(12)
    configs = []
    # every width pair 1..8 on both paths, signedness and SIMD rotating
    for xb in range(1, 9):
        for wb in range(1, 9):
            for res in ("lut", "dsp"):
                kinds = ["u" if xb == 1 else rng.choice("us"), "u" if wb == 1 else rng.choice("us")]
                x, w = _operand(kinds[0], xb), _operand(kinds[1], wb)
                simd = rng.choice([1, 2, 3, 4, 5, 7, 8, 9, 16, 17])
                configs.append(_params(simd, x, w, _acc_bits(simd, x, w, rng), res))
    # BIPOLAR operands (one or both, XNOR), wide SIMD, tree registers every 1..3 levels
    for _ in range(24):
        xk, wk = rng.choice("bbsu"), rng.choice("bsu")
        x = _operand(xk, 1 if xk == "b" else rng.randint(2, 8))
        w = _operand(wk, 1 if wk == "b" else rng.randint(2, 8))
        xnor = int(x.bipolar and w.bipolar and rng.random() < 0.5)
        simd = rng.choice([1, 3, 8, 20, 33])
        configs.append(_params(simd, x, w, _acc_bits(simd, x, w, rng), rng.choice(["lut", "dsp"]),
                               xnor, tree_step=rng.randint(1, 3)))
    return configs


CONFIGS = _configs()


@pytest.mark.parametrize("group", range(GROUPS))
def test_lanes_match_the_golden_model(group):
    configs = CONFIGS[group::GROUPS]
    work = RTL_CACHE / "lane-sweep" / f"group{group}"
    work.mkdir(parents=True, exist_ok=True)
    tb = work / "lane_sweep_tb.v"
    tb.write_text(render(TEMPLATES, "lane_sweep_tb.v.j2", configs=configs, cycles=CYCLES))
    vvp = icarus_compile("lane_sweep_tb", [tb, LANE], out=work / "tb.vvp")
    lines = re.findall(r"lane (\d+) checked (\d+) mismatches (\d+) pending (\d+)",
                       icarus_run(vvp, cwd=work))
    assert len(lines) == len(configs), "not every lane reported"
    # every output checked, but the few still in the pipeline at the end
    bad = [configs[int(i)] for i, checked, mism, pending in lines
           if int(mism) or int(checked) < CYCLES // 8 or int(pending) > 8]
    assert not bad, f"lanes differing from the golden model: {bad}"


def test_lane_variants_lint_clean():
    """``verilator --lint-only -Wall`` of every fifth parameter set."""
    for params in CONFIGS[::5]:
        assert lint("finn_dot_lane", [LANE], params) == [], params


@pytest.mark.parametrize("family", ["xc7", "xcup"])
@pytest.mark.parametrize("bits,signed", [(4, True), (8, True), (4, False)])
def test_yosys_lut_path_has_no_dsp_and_dsp_path_packs(family, bits, signed):
    """RES_TYPE "lut": 0 DSP even at 8 x 8 bits (Yosys would map a multiplication of
    that size to DSP48); "dsp": the slices lane_cost counts (4 x 4 bits: two products
    per slice, 3 slices for SIMD 5; 8 x 8: one per product)."""
    op = Operand(bits, signed)
    acc = sum_bits(5, op, Operand(bits, True), 5)
    for res in ("lut", "dsp"):
        params = _params(5, op, Operand(bits, True), acc, res)
        cells = synth_check("finn_dot_lane", [LANE], params, family=family)
        cost = lane_cost(5, op, Operand(bits, True), acc, res)
        assert cells["DSP"] == cost.dsps, (res, cells)
    assert lane_cost(5, op, Operand(bits, True), acc, "dsp").dsps == (3 if bits == 4 else 5)
