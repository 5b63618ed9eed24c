"""StreamingSplit core vs the layer model: output counts, unequal channel folds, SIMD, widths."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources, rtl_spec
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile

from .helpers import check_layer_rtl, layer_model, random_values, requires_tools

pytestmark = requires_tools


def split(channels, dt, simd, vectors):
    return layer_model("StreamingSplit", [dt], n_outputs=len(channels),
                       ChannelsPerStream=channels, SIMD=simd, inputDataType=dt,
                       numInputVectors=vectors)


CASES = {
    # name: (ChannelsPerStream, inputDataType, SIMD, numInputVectors, synth)
    "two_equal_simd1": ([4, 4], "UINT4", 1, [1, 3, 3], True),
    "two_unequal_bipolar": ([2, 6], "BIPOLAR", 1, [1, 2, 3], False),
    "three_unequal_mid_simd": ([6, 2, 4], "INT5", 2, [1, 4], False),
    "three_one_beat_each": ([4, 4, 4], "INT8", 4, [1, 2, 2], True),
    "four_unequal_simd1": ([1, 3, 2, 5], "UINT1", 1, [1, 3], False),
    "four_max_simd": ([3, 6, 3, 9], "INT3", 3, [1, 2, 2], False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_streaming_split_matches_model(tmp_path, name):
    channels, dt, simd, vectors, synth = CASES[name]
    model, layer = split(channels, dt, simd, vectors)
    rng = np.random.default_rng(len(name))
    x = random_values(rng, dt, layer.get_normal_input_shape())
    # every input beat passes, one per cycle, through the input register slice
    # (latency 1): input beats + 1
    in_beats = int(np.prod(layer.get_folded_input_shape(0)[:-1]))
    assert in_beats == sum(int(np.prod(layer.get_folded_output_shape(k)[:-1]))
                           for k in range(len(channels)))
    check = check_layer_rtl(tmp_path, model, layer, [x], stall=0.4, seed=len(name),
                            synth=synth, cycles=in_beats + 1)
    if synth:
        assert check.cells["RAMB18"] + check.cells["RAMB36"] + check.cells["DSP48"] == 0


def test_streaming_split_packed_parameters():
    _, layer = split([4, 2, 6], "INT3", 2, [1, 2])
    spec = rtl_spec(layer)
    assert spec.params == {"NUM_OUTPUTS": 3, "WIDTH": 6, "OUT_FOLDS": 2 | 1 << 16 | 3 << 32}
    assert [s.width for s in spec.outputs] == [6, 6, 6] and spec.out_packed == "m_axis"


@pytest.mark.parametrize("params,message", [
    ({"NUM_OUTPUTS": 1, "OUT_FOLDS": 1}, "NUM_OUTPUTS_must_be_at_least_2"),
    ({"WIDTH": 0}, "WIDTH_must_be_at_least_1"),
    ({"OUT_FOLDS": 1}, "OUT_FOLDS_fields_must_be_at_least_1"),
])
def test_streaming_split_rejects_illegal_parameters(params, message):
    sources = core_sources("StreamingSplit")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("StreamingSplit", sources, params)
    assert any(message in line for line in lint("StreamingSplit", sources, params))
