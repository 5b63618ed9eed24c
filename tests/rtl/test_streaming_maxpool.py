"""StreamingMaxPool core vs the layer model: values, cycles, stalls, tools."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.backends.sim.yosys import synth_check

from .helpers import requires_tools
from .movement_helpers import check_movement_rtl, compute_model, tool_checks

pytestmark = requires_tools


def maxpool(img, pool, ch, pe, dt, ceil=0):
    return compute_model("StreamingMaxPool", dt, [], ImgDim=img, PoolDim=pool, NumChannels=ch,
                         PE=pe, CeilMode=ceil, dataType=dt)


CASES = {
    # name: (ImgDim, PoolDim, C, PE, DataType, CeilMode)
    "2x2_pe1": ([4, 4], [2, 2], 2, 1, "INT4", 0),
    "nonsquare_floor_drops": ([7, 9], [2, 2], 4, 2, "INT4", 0),
    "ceil_partial": ([7, 5], [3, 2], 3, 1, "UINT3", 1),
    "bipolar_2x3": ([5, 7], [2, 3], 2, 2, "BIPOLAR", 0),
    "1d_ceil": ([1, 9], [1, 4], 2, 1, "INT8", 1),
    "column": ([8, 1], [2, 1], 1, 1, "INT2", 0),
    "whole_image": ([5, 5], [5, 5], 4, 4, "UINT4", 0),
    "large_pe4": ([32, 32], [2, 2], 16, 4, "INT4", 0),
    # sweep: PE 1 / middle / C, non-square and 1-D pools, widths 1-8, ceil and floor
    "pe_c_uint8_3x3": ([9, 6], [3, 3], 4, 4, "UINT8", 0),
    "pe_mid_int2_2x1": ([6, 5], [2, 1], 6, 3, "INT2", 0),
    "pe1_bipolar_ceil_3x3": ([7, 8], [3, 3], 2, 1, "BIPOLAR", 1),
    "row_pe_c_int4": ([1, 8], [1, 2], 8, 8, "INT4", 0),
    "column_ceil_pe_mid": ([7, 1], [2, 1], 4, 2, "UINT8", 1),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_maxpool_matches_model(name):
    img, pool, ch, pe, dt, ceil = CASES[name]
    model, layer = maxpool(img, pool, ch, pe, dt, ceil)
    check_movement_rtl(f"maxpool_{name}", model, layer, np.random.default_rng(len(name)),
                       seed=len(name), cycles=layer.get_exp_cycles())


def test_maxpool_one_input_beat_per_cycle_and_tools(tmp_path):
    model, layer = maxpool([8, 8], [2, 2], 8, 2, "INT8")
    # one input beat per cycle; the last output leaves two cycles after the last input
    # beat of its window (StreamingMaxPool.v)
    run = check_movement_rtl("maxpool_tools", model, layer, np.random.default_rng(2),
                             cycles=layer.get_number_input_values() + 2)
    assert run.exp_cycles == run.cycles
    tool_checks(run.gen, tmp_path)
    cells = synth_check(run.gen.name, run.gen.sources)
    assert cells["DSP48"] == 0


@pytest.mark.parametrize("params,message", [
    ({"PE": 3}, "PE_must_divide_CHANNELS"),
    ({"POOL_W": 5}, "window_larger_than_image"),
])
def test_maxpool_rejects_illegal_parameters(params, message):
    base = {"IMG_H": 4, "IMG_W": 4, "POOL_H": 2, "POOL_W": 2, "CHANNELS": 2, "PE": 1}
    base.update(params)
    sources = core_sources("StreamingMaxPool")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("StreamingMaxPool", sources, base)
    assert any(message in line for line in lint("StreamingMaxPool", sources, base))
