"""GlobalAccPool core vs the layer model: exact channel sums, cycles, stalls, tools."""

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


def gap(ch, pe, vectors, idt, odt=""):
    return compute_model("GlobalAccPool", idt, [], NumChannels=ch, PE=pe, inputDataType=idt,
                         outputDataType=odt, numInputVectors=vectors)


CASES = {
    # name: (C, PE, numInputVectors, idt, odt)
    "int4_pe1": (4, 1, [1, 4, 4], "INT4", ""),
    "uint8_pe4": (8, 4, [1, 7, 7], "UINT8", ""),
    "bipolar": (2, 2, [1, 3, 5], "BIPOLAR", ""),
    "single_pixel": (3, 1, [1, 1, 1], "INT3", ""),
    "1d_wide_output": (6, 3, [1, 1, 9], "UINT2", "INT16"),
    # sweep: PE 1 / middle / C, non-square and column images, widths 1-8, wide sums
    "uint8_pe_c_nonsquare": (4, 4, [1, 5, 3], "UINT8", ""),
    "int8_pe_mid_acc32": (16, 4, [1, 4, 6], "INT8", "INT32"),
    "bipolar_pe1_column": (3, 1, [1, 7, 1], "BIPOLAR", ""),
    "int2_pe_c_single_channel": (1, 1, [1, 6, 6], "INT2", ""),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_global_acc_pool_matches_model(name):
    ch, pe, vectors, idt, odt = CASES[name]
    model, layer = gap(ch, pe, vectors, idt, odt)
    check_movement_rtl(f"gap_{name}", model, layer, np.random.default_rng(len(name)),
                       seed=len(name), cycles=layer.get_exp_cycles())


def test_global_acc_pool_tools(tmp_path):
    model, layer = gap(16, 4, [1, 8, 8], "INT8")
    run = check_movement_rtl("gap_tools", model, layer, np.random.default_rng(6),
                             cycles=layer.get_exp_cycles())
    tool_checks(run.gen, tmp_path)
    synth_check(run.gen.name, run.gen.sources)


@pytest.mark.parametrize("params,message", [
    ({"PE": 3}, "PE_must_divide_CHANNELS"),
    ({"IN_SIGNED": 1, "OUT_SIGNED": 0}, "output_type_cannot_hold"),
])
def test_global_acc_pool_rejects_illegal_parameters(params, message):
    base = {"CHANNELS": 4, "PE": 2, "PIXELS": 9, "IN_WIDTH": 4, "OUT_WIDTH": 8}
    base.update(params)
    sources = core_sources("GlobalAccPool")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("GlobalAccPool", sources, base)
    assert any(message in line for line in lint("GlobalAccPool", sources, base))
