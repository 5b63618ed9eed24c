"""AddStreams core vs the layer model: PE lanes, signedness, bipolar, output width."""

import numpy as np
import pytest
from qonnx.core.datatype import DataType

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources, generate_node_rtl
from finn_vivado.backends.sim import lint, pack_hex, simulate
from finn_vivado.backends.sim.icarus import icarus_compile

from .helpers import check_layer_rtl, layer_model, random_values, requires_tools

pytestmark = requires_tools


def beats(layer) -> int:
    """Cycles of one frame at full rate: a beat from both inputs per cycle (vectors x
    channel folds); the output register slice adds one cycle of latency."""
    return int(np.prod(layer.get_folded_input_shape(0)[:-1]))


@pytest.mark.parametrize("dts,out,pe,synth", [
    (["INT4", "INT4"], "", 1, True),
    (["UINT8", "INT3"], "", 3, False),
    (["BIPOLAR", "UINT2"], "", 6, False),
    (["BIPOLAR", "BIPOLAR"], "", 2, False),
    (["INT8", "UINT8"], "INT16", 4, False),   # output wider than needed
    (["UINT16", "UINT16"], "", 8, False),     # 136-bit output beats
    (["INT2", "INT2"], "", 12, False),        # PE = C
    (["UINT4", "BIPOLAR"], "INT8", 1, False),  # PE 1, output wider than needed
    (["INT8", "INT8"], "", 2, False),
])
def test_add_streams_matches_model(tmp_path, dts, out, pe, synth):
    attrs = dict(NumChannels=12 if pe != 8 else 16, PE=pe, inputDataTypes=dts,
                 numInputVectors=[1, 3, 2], outputDataType=out)
    model, layer = layer_model("AddStreams", dts, **attrs)
    rng = np.random.default_rng(pe)
    shape = layer.get_normal_input_shape()
    arrays = [random_values(rng, dt, shape) for dt in dts]
    check_layer_rtl(tmp_path, model, layer, arrays, stall=0.4, seed=pe, synth=synth,
                    cycles=beats(layer) + 1)


def test_add_streams_watchdog_names_the_waiting_input(tmp_path):
    """Input 1 runs dry: input 0 keeps data waiting, the output starves; no hang."""
    model, layer = layer_model("AddStreams", ["INT4", "INT4"], NumChannels=4, PE=2,
                               inputDataTypes=["INT4", "INT4"], numInputVectors=[1, 8])
    gen = generate_node_rtl(layer, tmp_path, model)
    rng = np.random.default_rng(0)
    a, b = (random_values(rng, "INT4", (8, 2, 2)) for _ in range(2))
    res = simulate(gen.name, gen.sources, [pack_hex(a, "INT4"), pack_hex(b[:5], "INT4")],
                   [16], stall=0.3, watchdog_cycles=200)
    assert res.stalled and not res.timed_out
    assert res.stall_stream == "s_axis_0"
    assert res.in_txns == [10, 10] and res.out_txns == [10]
    assert "s_axis_0 has data waiting" in res.message and "m_axis_0 10/16" in res.message
    with pytest.raises(FinnVivadoError, match="stalled"):
        res.check()


@pytest.mark.parametrize("params,message", [
    ({"PE": 0}, "PE_and_widths_must_be_at_least_1"),
    ({"A_SIGNED": 2}, "SIGNED_and_BIPOLAR_must_be_0_or_1"),
    ({"A_BIPOLAR": 1, "A_WIDTH": 2}, "BIPOLAR_input_needs_WIDTH_1_and_SIGNED_0"),
])
def test_add_streams_rejects_illegal_parameters(params, message):
    sources = core_sources("AddStreams")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("AddStreams", sources, params)
    assert any(message in line for line in lint("AddStreams", sources, params))


@pytest.mark.parametrize("dts,mults,pe", [
    (["INT5", "INT6"], [2, 1], 2),        # scales in the ratio 2 : 1
    (["UINT4", "INT4"], [1, 12], 3),      # non-power-of-two factor
    (["BIPOLAR", "UINT3"], [5, 3], 1),
])
def test_add_streams_scaled_inputs(tmp_path, dts, mults, pe):
    model, layer = layer_model("AddStreams", dts, NumChannels=6, PE=pe, inputDataTypes=dts,
                               numInputVectors=[1, 4], inputMultipliers=mults)
    rng = np.random.default_rng(sum(mults))
    shape = layer.get_normal_input_shape()
    arrays = [random_values(rng, dt, shape) for dt in dts]
    ranges = [(DataType[d].min(), DataType[d].max()) for d in dts]
    assert layer.output_range() == (mults[0] * ranges[0][0] + mults[1] * ranges[1][0],
                                    mults[0] * ranges[0][1] + mults[1] * ranges[1][1])
    check_layer_rtl(tmp_path, model, layer, arrays, stall=0.4, seed=pe, synth=False,
                    cycles=beats(layer) + 1)
