"""StreamingConcat core vs the layer model: input counts, channel folds, mixed types."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources, rtl_spec
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.core.templating import verilog_literal

from .helpers import check_layer_rtl, layer_model, random_values, requires_tools

pytestmark = requires_tools


def concat(channels, dts, simd, vectors, out=""):
    return layer_model("StreamingConcat", dts, ChannelsPerStream=channels, SIMD=simd,
                       inputDataTypes=dts, outputDataType=out, numInputVectors=vectors)


CASES = {
    # name: (ChannelsPerStream, inputDataTypes, SIMD, numInputVectors, outputDataType, synth)
    "two_equal": ([4, 4], ["UINT4", "UINT4"], 1, [1, 3, 3], "", True),
    "unequal_folds": ([2, 6], ["INT4", "INT4"], 2, [1, 2, 3], "", False),
    "mixed_types": ([3, 6, 3], ["UINT2", "INT5", "BIPOLAR"], 3, [1, 4], "", False),
    "bipolar_pair": ([2, 4], ["BIPOLAR", "BIPOLAR"], 2, [1, 2, 2], "", False),
    "five_inputs": ([1, 2, 3, 1, 5], ["UINT3", "UINT3", "UINT8", "INT2", "UINT1"], 1,
                    [1, 3], "", True),
    "one_beat_each": ([8, 8], ["INT8", "UINT4"], 8, [1, 4, 4], "INT16", False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_streaming_concat_matches_model(tmp_path, name):
    channels, dts, simd, vectors, out, synth = CASES[name]
    model, layer = concat(channels, dts, simd, vectors, out)
    rng = np.random.default_rng(len(name))
    arrays = [random_values(rng, dt, layer.get_normal_input_shape(k))
              for k, dt in enumerate(dts)]
    # every input beat is forwarded, one per cycle, through the output register slice
    # (latency 1): all inputs' beats + 1
    in_beats = sum(int(np.prod(layer.get_folded_input_shape(k)[:-1])) for k in range(len(dts)))
    check = check_layer_rtl(tmp_path, model, layer, arrays, stall=0.4, seed=len(name),
                            synth=synth, cycles=in_beats + 1)
    if synth:
        assert check.cells["RAMB18"] + check.cells["RAMB36"] + check.cells["DSP48"] == 0


def test_streaming_concat_packed_parameters():
    _, layer = concat([4, 2, 6], ["UINT4", "INT3", "BIPOLAR"], 2, [1, 2])
    params = rtl_spec(layer).params
    assert params["IN_FOLDS"] == 2 | 1 << 16 | 3 << 32
    assert params["IN_WIDTHS"] == 4 | 3 << 8 | 1 << 16
    assert params["IN_SIGNED"] == 0b010 and params["IN_BIPOLAR"] == 0b100
    assert params["IN_BITS"] == 2 * (4 + 3 + 1) and params["OUT_WIDTH"] == 5
    # fields beyond 32 bits reach the core as unsized hex (no 32-bit decimal overflow)
    assert verilog_literal(params["IN_FOLDS"]) == "'h300010002"


@pytest.mark.parametrize("params,message", [
    ({"NUM_INPUTS": 1, "IN_FOLDS": 1, "IN_WIDTHS": 8, "IN_SIGNED": 0, "IN_BIPOLAR": 0,
      "IN_BITS": 8}, "NUM_INPUTS_must_be_at_least_2"),
    ({"IN_BITS": 15}, "IN_BITS_must_be_SIMD_times_the_sum_of_IN_WIDTHS"),
    ({"IN_FOLDS": 1}, "IN_WIDTHS_and_IN_FOLDS_fields_must_be_at_least_1"),
    ({"OUT_WIDTH": 4}, "output_type_cannot_hold_every_input_value"),
])
def test_streaming_concat_rejects_illegal_parameters(params, message):
    sources = core_sources("StreamingConcat")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("StreamingConcat", sources, params)
    assert any(message in line for line in lint("StreamingConcat", sources, params))
