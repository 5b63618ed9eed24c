"""Pool core (MaxPool / SumPool over sliding windows) vs the layer model."""

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


def pool(ch, pe, kernel, function, out_dims, idt, odt=""):
    return compute_model("Pool", idt, [], Channels=ch, PE=pe, KernelSize=kernel,
                         Function=function, OutImgDims=out_dims, inputDataType=idt,
                         outputDataType=odt)


CASES = {
    # name: (C, PE, kernel, Function, OutImgDims, idt, odt)
    "max_int4": (4, 1, [2, 2], "MaxPool", [3, 2], "INT4", ""),
    "max_bipolar_pe2": (4, 2, [3, 3], "MaxPool", [2, 2], "BIPOLAR", ""),
    "max_widened": (3, 3, [2, 1], "MaxPool", [1, 4], "UINT3", "INT5"),
    "sum_int4_pe2": (6, 2, [3, 3], "SumPool", [2, 3], "INT4", ""),
    "sum_bipolar": (2, 1, [2, 2], "SumPool", [3, 3], "BIPOLAR", ""),
    "sum_uint8_1d": (8, 4, [1, 3], "SumPool", [1, 5], "UINT8", ""),
    "sum_single_channel": (1, 1, [4, 4], "SumPool", [2, 2], "INT2", "INT8"),
    # sweep: PE 1 / middle / C, square / non-square / 1-D windows, widths 1-8, wide sums
    "max_uint8_pe_c_3x2": (6, 6, [3, 2], "MaxPool", [2, 3], "UINT8", ""),
    "max_int2_pe1_column": (8, 1, [3, 1], "MaxPool", [4, 1], "INT2", ""),
    "max_bipolar_pe_mid_1d": (8, 4, [1, 2], "MaxPool", [1, 4], "BIPOLAR", ""),
    "sum_int8_pe_c_acc32": (4, 4, [3, 3], "SumPool", [2, 2], "INT8", "INT32"),
    "sum_uint4_pe_mid_2x3": (16, 8, [2, 3], "SumPool", [3, 2], "UINT4", ""),
    "sum_bipolar_pe_c_k1": (3, 3, [1, 1], "SumPool", [2, 2], "BIPOLAR", ""),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pool_matches_model(name):
    ch, pe, kernel, function, dims, idt, odt = CASES[name]
    model, layer = pool(ch, pe, kernel, function, dims, idt, odt)
    # the layer's model plus the accumulator's write-back stage and the output register
    check_movement_rtl(f"pool_{name}", model, layer, np.random.default_rng(len(name)),
                       seed=len(name), cycles=layer.get_exp_cycles() + 2)


def test_pool_tools(tmp_path):
    model, layer = pool(8, 2, [3, 3], "SumPool", [4, 4], "UINT4")
    run = check_movement_rtl("pool_tools", model, layer, np.random.default_rng(4),
                             cycles=layer.get_exp_cycles() + 2)
    tool_checks(run.gen, tmp_path)
    synth_check(run.gen.name, run.gen.sources)


@pytest.mark.parametrize("params,message", [
    ({"PE": 3}, "PE_must_divide_CHANNELS"),
    ({"FUNCTION": "AvgPool"}, "FUNCTION_must_be_MaxPool_or_SumPool"),
    ({"IN_SIGNED": 1}, "output_type_cannot_hold"),
])
def test_pool_rejects_illegal_parameters(params, message):
    base = {"CHANNELS": 4, "PE": 2, "K_H": 2, "K_W": 2, "IN_WIDTH": 4, "OUT_WIDTH": 6}
    base.update(params)
    sources = core_sources("Pool")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("Pool", sources, base)
    assert any(message in line for line in lint("Pool", sources, base))
