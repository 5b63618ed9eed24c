"""DuplicateStreams core vs the layer model; outputs consumed at independent rates."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile

from .helpers import check_layer_rtl, layer_model, random_values, requires_tools

pytestmark = requires_tools


@pytest.mark.parametrize("dt,channels,pe,outputs,synth", [
    ("INT4", 6, 2, 2, True),
    ("BIPOLAR", 8, 8, 3, False),
    ("UINT9", 10, 5, 4, False),
    ("INT16", 12, 6, 2, False),   # 96-bit beats
    ("UINT8", 6, 1, 2, False),    # PE 1
    ("INT2", 12, 12, 3, False),   # PE = C
])
def test_duplicate_streams_matches_model(tmp_path, dt, channels, pe, outputs, synth):
    model, layer = layer_model("DuplicateStreams", [dt], n_outputs=outputs, NumChannels=channels,
                               PE=pe, NumOutputStreams=outputs, inputDataType=dt,
                               numInputVectors=[1, 4, 3])
    rng = np.random.default_rng(outputs)
    x = random_values(rng, dt, layer.get_normal_input_shape())
    # heavy, independent ready stalls on every output
    # one input beat per cycle to every output at once; the input register slice adds
    # one cycle of latency
    in_beats = int(np.prod(layer.get_folded_input_shape(0)[:-1]))
    check_layer_rtl(tmp_path, model, layer, [x], stall=(0.2, 0.7), seed=outputs, synth=synth,
                    cycles=in_beats + 1)


@pytest.mark.parametrize("params,message", [
    ({"NUM_OUTPUTS": 1}, "NUM_OUTPUTS_must_be_at_least_2"),
    ({"WIDTH": 0}, "WIDTH_must_be_at_least_1"),
])
def test_duplicate_streams_rejects_illegal_parameters(params, message):
    sources = core_sources("DuplicateStreams")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("DuplicateStreams", sources, params)
    assert any(message in line for line in lint("DuplicateStreams", sources, params))
