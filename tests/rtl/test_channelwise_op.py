"""ChannelwiseOp core vs the layer model: add/mul/cmp_le/cmp_ge, cycles, stalls, tools."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources, rtl_spec
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.backends.sim.yosys import synth_check

from .helpers import requires_tools
from .movement_helpers import check_movement_rtl, compute_model, random_values, tool_checks

pytestmark = requires_tools


def channelwise(rng, func, ch, pe, idt, pdt, vectors, shared=False, odt="", **attrs):
    params = random_values(rng, pdt, (1 if shared else ch,))
    return compute_model("ChannelwiseOp", idt, [("p", params, pdt)], Func=func, PE=pe,
                         NumChannels=ch, inputDataType=idt, paramDataType=pdt,
                         outputDataType=odt, numInputVectors=vectors, **attrs)


def beats(layer) -> int:
    """Beats of one frame: vectors x channel folds (one in, one out)."""
    return int(np.prod(layer.get_folded_input_shape(0)[:-1]))


CASES = {
    # name: (Func, C, PE, idt, pdt, numInputVectors, extra)
    "add_int4_int3": ("add", 6, 2, "INT4", "INT3", [1, 3, 3], {}),
    "add_uint_shared": ("add", 4, 4, "UINT4", "UINT2", [1, 5], {"shared": True}),
    "mul_uint4_int4": ("mul", 5, 1, "UINT4", "INT4", [1, 2, 2], {"ram_style": "distributed"}),
    "mul_bipolar_bipolar": ("mul", 8, 4, "BIPOLAR", "BIPOLAR", [1, 3], {}),
    "cmp_le_int8": ("cmp_le", 4, 2, "INT8", "INT8", [1, 4, 4], {"ram_style": "block"}),
    "cmp_ge_bipolar_in": ("cmp_ge", 3, 3, "BIPOLAR", "INT2", [1, 6], {}),
    "cmp_ge_wide_out": ("cmp_ge", 2, 1, "UINT3", "UINT3", [1, 5], {"odt": "UINT4"}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_channelwise_matches_model(name):
    func, ch, pe, idt, pdt, vectors, extra = CASES[name]
    rng = np.random.default_rng(len(name))
    model, layer = channelwise(rng, func, ch, pe, idt, pdt, vectors, **extra)
    # one beat per cycle, then the output register slice (finn_axis_skid): latency 1
    check_movement_rtl(f"channelwise_{name}", model, layer, rng, seed=len(name),
                       cycles=beats(layer) + 1)


def test_channelwise_parameter_file_rows():
    model, layer = compute_model("ChannelwiseOp", "INT4", [("p", np.array([-1, 2, -3, 4]),
                                 "INT4")], Func="add", PE=2, NumChannels=4,
                                 inputDataType="INT4", paramDataType="INT4")
    mem = rtl_spec(layer, model).mem_inits[0]
    assert mem.width == 8 and mem.words == [0x2F, 0x4D]


def test_channelwise_needs_the_parameter_initializer():
    _, layer = compute_model("ChannelwiseOp", "INT4", [("p", np.zeros(2), "INT4")],
                             Func="add", NumChannels=2, inputDataType="INT4",
                             paramDataType="INT4")
    with pytest.raises(FinnVivadoError, match="initializer"):
        rtl_spec(layer)


def test_channelwise_tools(tmp_path):
    rng = np.random.default_rng(9)
    model, layer = channelwise(rng, "mul", 8, 2, "INT8", "INT8", [1, 4])
    run = check_movement_rtl("channelwise_tools", model, layer, rng, cycles=beats(layer) + 1)
    tool_checks(run.gen, tmp_path)
    synth_check(run.gen.name, run.gen.sources)


@pytest.mark.parametrize("params,message", [
    ({"PE": 3}, "PE_must_divide_CHANNELS"),
    ({"FUNC": "div"}, "FUNC_must_be_add_mul_cmp_le_or_cmp_ge"),
    ({"OUT_BIPOLAR": 1}, "BIPOLAR_elements_have_1_bit"),
])
def test_channelwise_rejects_illegal_parameters(params, message):
    base = {"CHANNELS": 4, "PE": 2, "IN_WIDTH": 4, "P_WIDTH": 4, "OUT_WIDTH": 5}
    base.update(params)
    sources = core_sources("ChannelwiseOp")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("ChannelwiseOp", sources, base)
    assert any(message in line for line in lint("ChannelwiseOp", sources, base))
