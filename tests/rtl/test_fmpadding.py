"""FMPadding core vs the layer model: values, cycles, stalls, tools."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources, rtl_spec
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.backends.sim.yosys import synth_check

from .helpers import requires_tools
from .movement_helpers import check_movement_rtl, compute_model, tool_checks

pytestmark = requires_tools


def fmpadding(img, pad, ch, simd, idt, odt=None, pad_value=0):
    return compute_model("FMPadding", idt, [], ImgDim=img, Padding=pad, NumChannels=ch,
                         SIMD=simd, inputDataType=idt, outputDataType=odt or idt,
                         PadValue=pad_value)


def out_beats(layer) -> int:
    """Output beats of one frame: padded pixels x channel folds."""
    return int(np.prod(layer.get_folded_output_shape(0)[:-1]))


CASES = {
    # name: (ImgDim, Padding [top, left, bottom, right], C, SIMD, idt, odt, PadValue)
    "asymmetric": ([4, 5], [1, 2, 0, 1], 4, 2, "INT4", None, 0),
    "no_padding": ([3, 3], [0, 0, 0, 0], 2, 1, "UINT8", None, 0),
    "negative_pad_widened": ([3, 6], [2, 1, 3, 0], 6, 3, "INT3", "INT6", -4),
    "bipolar_minus_one": ([5, 2], [1, 0, 2, 1], 2, 2, "BIPOLAR", None, -1),
    "unsigned_to_signed_1d": ([1, 7], [0, 2, 0, 2], 3, 1, "UINT2", "INT4", 3),
    "single_pixel": ([1, 1], [1, 1, 1, 1], 1, 1, "BIPOLAR", None, 1),
    "large": ([16, 16], [1, 1, 1, 1], 8, 2, "INT8", None, 7),
    # sweep: SIMD 1 / middle / C, non-square and 1-D images, widths 1-8
    "simd_c_uint8_nonsquare": ([5, 3], [2, 1, 2, 1], 4, 4, "UINT8", None, 0),
    "simd_mid_int2_column": ([6, 1], [1, 1, 1, 1], 6, 2, "INT2", None, -1),
    "simd1_int4_bottom_right": ([3, 7], [0, 0, 2, 2], 3, 1, "INT4", None, 0),
    "simd_c_bipolar_row": ([1, 5], [0, 1, 0, 1], 8, 8, "BIPOLAR", None, 1),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fmpadding_matches_model(name):
    img, pad, ch, simd, idt, odt, value = CASES[name]
    model, layer = fmpadding(img, pad, ch, simd, idt, odt, value)
    # one output beat per cycle, then the output register slice: latency 1
    check_movement_rtl(f"fmpadding_{name}", model, layer, np.random.default_rng(len(name)),
                       seed=len(name), cycles=out_beats(layer) + 1)


def test_fmpadding_pad_value_code():
    _, layer = fmpadding([2, 2], [1, 1, 1, 1], 2, 1, "INT4", "INT6", -5)
    assert rtl_spec(layer).params["PAD_VALUE"] == 64 - 5
    _, layer = fmpadding([2, 2], [1, 1, 1, 1], 2, 1, "BIPOLAR", None, -1)
    assert rtl_spec(layer).params["PAD_VALUE"] == 0


def test_fmpadding_tools(tmp_path):
    model, layer = fmpadding([6, 6], [1, 1, 1, 1], 4, 2, "INT4", None, 0)
    run = check_movement_rtl("fmpadding_tools", model, layer, np.random.default_rng(3),
                             cycles=out_beats(layer) + 1)
    tool_checks(run.gen, tmp_path)
    cells = synth_check(run.gen.name, run.gen.sources)
    assert cells["RAMB18"] + cells["RAMB36"] + cells["DSP48"] == 0


@pytest.mark.parametrize("params,message", [
    ({"SIMD": 3}, "SIMD_must_divide_CHANNELS"),
    ({"PAD_TOP": -1}, "padding_not_negative"),
    ({"IN_WIDTH": 5}, "output_type_cannot_hold"),
])
def test_fmpadding_rejects_illegal_parameters(params, message):
    base = {"IMG_H": 3, "IMG_W": 3, "CHANNELS": 2, "SIMD": 1, "IN_WIDTH": 4, "OUT_WIDTH": 4}
    base.update(params)
    sources = core_sources("FMPadding")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("FMPadding", sources, base)
    assert any(message in line for line in lint("FMPadding", sources, base))
