"""Upsample core vs the layer model: factors, 1-D, channel folds, stalls, tools."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources, rtl_spec
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.backends.sim.yosys import synth_check

from .helpers import requires_tools
from .movement_helpers import check_movement_rtl, compute_model, tool_checks

pytestmark = requires_tools


def upsample(img, out, ch, simd, dt, ram_style="auto"):
    return compute_model("Upsample", dt, [], IFMDim=img, OFMDim=out, NumChannels=ch,
                         SIMD=simd, inputDataType=dt, ram_style=ram_style)


CASES = {
    # name: (IFMDim, OFMDim, C, SIMD, DataType)
    "square_2x": ([4, 4], [8, 8], 4, 2, "INT4"),
    "unequal_factors": ([3, 2], [9, 4], 3, 1, "UINT3"),
    "width_only_1d": ([1, 6], [1, 18], 2, 2, "BIPOLAR"),
    "height_only": ([3, 5], [6, 5], 2, 1, "INT8"),
    "copy": ([2, 3], [2, 3], 4, 4, "UINT2"),
    "single_pixel": ([1, 1], [4, 4], 1, 1, "UINT8"),
    "folded_wide": ([5, 7], [10, 14], 8, 2, "INT8"),
}


TOOLS_CASE = ([8, 16], [16, 32], 8, 2)


def upsample_cycles(img, out, ch, simd) -> int:
    """Upsample.v: the first input row (IMG_W x CHANNELS/SIMD beats, one per cycle) fills
    a row buffer, then one output beat per cycle (the next rows are written while the
    previous one is read); + the RAM's output register and the output register slice."""
    cf = ch // simd
    return img[1] * cf + out[0] * out[1] * cf + 2


@pytest.mark.parametrize("name", sorted(CASES))
def test_upsample_matches_model(name):
    img, out, ch, simd, dt = CASES[name]
    model, layer = upsample(img, out, ch, simd, dt)
    run = check_movement_rtl(f"upsample_{name}", model, layer,
                             np.random.default_rng(len(name)), seed=len(name),
                             cycles=upsample_cycles(img, out, ch, simd))
    # frames back to back: reading one frame's rows overlaps writing the next
    per_frame = run.frames_cycles / 3
    assert per_frame >= out[0] * out[1] * ch // simd


def test_upsample_parameters():
    _, layer = upsample([3, 2], [9, 4], 3, 1, "UINT3", "block")
    assert rtl_spec(layer).params == {"IMG_H": 3, "IMG_W": 2, "FACTOR_H": 3, "FACTOR_W": 2,
                                      "CHANNELS": 3, "SIMD": 1, "WIDTH": 3,
                                      "RAM_STYLE": "block"}


def test_upsample_tools(tmp_path):
    model, layer = upsample(*TOOLS_CASE, "INT4", "block")
    run = check_movement_rtl("upsample_tools", model, layer, np.random.default_rng(3),
                             cycles=upsample_cycles(*TOOLS_CASE))
    tool_checks(run.gen, tmp_path)
    cells = synth_check(run.gen.name, run.gen.sources)
    assert cells["RAMB18"] + cells["RAMB36"] >= 1 and cells["DSP48"] == 0


@pytest.mark.parametrize("params,message", [
    ({"SIMD": 3}, "SIMD_must_divide_CHANNELS"),
    ({"FACTOR_H": 0}, "sizes_and_factors_must_be_at_least_1"),
])
def test_upsample_rejects_illegal_parameters(params, message):
    base = {"IMG_H": 3, "IMG_W": 3, "CHANNELS": 2, "SIMD": 1, "WIDTH": 4}
    base.update(params)
    sources = core_sources("Upsample")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("Upsample", sources, base)
    assert any(message in line for line in lint("Upsample", sources, base))
