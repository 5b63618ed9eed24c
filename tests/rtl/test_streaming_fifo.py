"""StreamingFIFO core vs the layer model: values, cycles, stalls, capacity, tools."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources, generate_node_rtl
from finn_vivado.backends.sim import lint, simulate
from finn_vivado.backends.sim.icarus import icarus_compile

from .helpers import check_layer_rtl, layer_model, random_values, requires_tools

pytestmark = requires_tools


def fifo(dt, pe, beats, depth, style="auto"):
    return layer_model("StreamingFIFO", [dt], depth=depth, ram_style=style,
                       folded_shape=[1, beats, pe], normal_shape=[1, beats * pe], dataType=dt)


@pytest.mark.parametrize("dt,pe,depth,style,synth", [
    ("INT4", 3, 2, "auto", True),            # register slice
    ("BIPOLAR", 7, 3, "distributed", False),  # smallest memory FIFO
    ("UINT8", 16, 17, "distributed", False),  # 128-bit beats (VlWide)
    ("INT32", 1, 256, "block", True),         # block RAM
    ("INT13", 5, 1000, "auto", False),        # 65 bits, non-power-of-two depth
])
def test_fifo_matches_model(tmp_path, dt, pe, depth, style, synth):
    model, layer = fifo(dt, pe, 97, depth, style)
    rng = np.random.default_rng(depth)
    # StreamingFIFO.v: one beat per cycle, latency 1 cycle (DEPTH 2), 2 (DEPTH >= 3)
    result = check_layer_rtl(tmp_path, model, layer, [random_values(rng, dt, (1, 97 * pe))],
                             stall=0.5, seed=depth, synth=synth,
                             cycles=97 + (1 if depth == 2 else 2))
    if style == "block":
        assert result.cells["RAMB18"] + result.cells["RAMB36"] >= 1
    if synth and depth == 2:
        assert result.cells["RAMB18"] + result.cells["RAMB36"] == 0


@pytest.mark.parametrize("depth", [2, 3, 16])
def test_fifo_holds_exactly_depth_beats(tmp_path, depth):
    """With the output never ready, the FIFO accepts DEPTH beats, then the watchdog
    stops the run and names the blocked input."""
    _, layer = fifo("UINT8", 1, 40, depth)
    gen = generate_node_rtl(layer, tmp_path)
    res = simulate(gen.name, gen.sources, [list(range(40))], [40], stall=(0.0, 1.0),
                   watchdog_cycles=50)
    assert res.stalled and res.in_txns == [depth] and res.out_txns == [0]
    assert res.stall_stream == "s_axis_0"
    assert "s_axis_0 has data waiting" in res.message


def test_fifo_ultra_synthesises_for_ultrascale(tmp_path):
    from finn_vivado.backends.sim.yosys import synth_check

    cells = synth_check("StreamingFIFO", core_sources("StreamingFIFO"),
                        {"WIDTH": 72, "DEPTH": 4096, "RAM_STYLE": "ultra"}, family="xcup")
    assert cells["URAM"] >= 1


@pytest.mark.parametrize("params,message", [
    ({"DEPTH": 1}, "DEPTH_must_be_at_least_2"),
    ({"WIDTH": 0}, "WIDTH_must_be_at_least_1"),
    ({"RAM_STYLE": "bram"}, "RAM_STYLE_must_be"),
])
def test_fifo_rejects_illegal_parameters(params, message):
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("StreamingFIFO", core_sources("StreamingFIFO"), params)
    assert any(message in line for line in lint("StreamingFIFO", core_sources("StreamingFIFO"),
                                                 params))
