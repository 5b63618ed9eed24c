"""StreamingDataWidthConverter core vs the layer model, incl. non-integer width ratios."""

import math

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile

from .helpers import check_layer_rtl, layer_model, random_values, requires_tools

pytestmark = requires_tools


def dwc_cycles(elems: int, in_elems: int, out_elems: int) -> int:
    """Cycles of one frame of ``elems`` elements at full rate (StreamingDataWidthConverter.v:
    registered s_axis_0_tready and m_axis_0_tvalid, one beat per cycle on the wider side).

    Equal widths or a whole-beat split (IN = k x OUT): a register slice, every output
    beat one cycle after it is available, one per cycle: output beats + 1. A whole-beat
    gather (OUT = k x IN): the inputs arrive one per cycle, each output leaves the cycle
    after its k-th input: input beats + 1. Any other ratio gathers a = LCM/IN input beats
    into a block (registered) and splits it into b = LCM/OUT output beats (registered):
    the first output leaves in cycle a + 2, the last one when both the output side (one
    beat per cycle from then on) and the last block (gathered in the cycle of the last
    input beat) allow."""
    n_in, n_out = elems // in_elems, elems // out_elems
    if in_elems % out_elems == 0:
        return n_out + 1
    if out_elems % in_elems == 0:
        return n_in + 1
    block = math.lcm(in_elems, out_elems)
    a, b = block // in_elems, block // out_elems
    return max(a + 2 + n_out - 1, n_in + 1 + b)


@pytest.mark.parametrize("dt,shape,in_elems,out_elems,synth", [
    ("INT4", [1, 5, 12], 3, 4, True),      # 12 -> 16 bits: via LCM 48
    ("INT4", [1, 5, 12], 4, 3, False),     # 16 -> 12 bits
    ("UINT3", [1, 4, 12], 1, 12, False),   # upsize x12
    ("UINT3", [1, 4, 12], 12, 2, True),    # downsize x6
    ("INT5", [1, 6, 6], 6, 6, False),      # equal widths
    ("BIPOLAR", [1, 3, 64], 64, 8, False),  # 64 -> 8 bits
    ("UINT8", [1, 2, 3, 30], 30, 6, False),  # 240 -> 48 bits (VlWide in)
    ("INT7", [1, 7, 15], 5, 3, False),     # 35 -> 21 bits: LCM 105
    ("INT7", [1, 7, 15], 3, 15, False),    # upsize to 105 bits (VlWide out)
    ("UINT8", [1, 3, 4, 16], 16, 2, False),  # 128 -> 16 bits (a 16-channel fold)
    ("INT2", [1, 5, 16], 2, 8, False),     # 4 -> 16 bits
    ("BIPOLAR", [1, 2, 2, 12], 3, 4, False),  # 3 -> 4 bits: LCM 12
])
def test_dwc_matches_model(tmp_path, dt, shape, in_elems, out_elems, synth):
    bits = 1 if dt == "BIPOLAR" else int(dt.lstrip("UINT"))
    model, layer = layer_model("StreamingDataWidthConverter", [dt], shape=shape,
                               inWidth=in_elems * bits, outWidth=out_elems * bits, dataType=dt)
    rng = np.random.default_rng(in_elems * 100 + out_elems)
    check_layer_rtl(tmp_path, model, layer, [random_values(rng, dt, shape)], stall=0.4,
                    cycles=dwc_cycles(int(np.prod(shape)), in_elems, out_elems),
                    seed=in_elems, synth=synth)


@pytest.mark.parametrize("params,message", [
    ({"IN_WIDTH": 0}, "widths_must_be_at_least_1"),
    ({"OUT_WIDTH": 0}, "widths_must_be_at_least_1"),
])
def test_dwc_rejects_illegal_parameters(params, message):
    sources = core_sources("StreamingDataWidthConverter")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("StreamingDataWidthConverter", sources, params)
    assert any(message in line for line in lint("StreamingDataWidthConverter", sources, params))
