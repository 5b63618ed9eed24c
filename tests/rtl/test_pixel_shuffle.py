"""PixelShuffle core vs the layer model: blocks, 1-D, channel folds, stalls, tools."""

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


def pixel_shuffle(img, block, ch, simd, dt, ram_style="auto"):
    return compute_model("PixelShuffle", dt, [], ImgDim=img, Block=block, NumChannels=ch,
                         SIMD=simd, dataType=dt, ram_style=ram_style)


CASES = {
    # name: (ImgDim, Block, C, SIMD, DataType)
    "square_2x2": ([4, 4], [2, 2], 4, 2, "INT4"),
    "block_3x2_nonsquare": ([3, 5], [3, 2], 3, 1, "UINT3"),
    "block_1x3_full_simd": ([2, 3], [1, 3], 4, 4, "INT8"),
    "block_3x3_bipolar": ([2, 2], [3, 3], 2, 1, "BIPOLAR"),
    "rows_only_2x1": ([3, 4], [2, 1], 6, 3, "UINT2"),
    "width_only_1d": ([1, 7], [1, 2], 2, 2, "UINT1"),
    "copy_1x1": ([2, 3], [1, 1], 4, 2, "UINT5"),
    "single_pixel": ([1, 1], [2, 3], 1, 1, "INT6"),
    "column_h_only": ([5, 1], [3, 1], 2, 1, "INT7"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pixel_shuffle_matches_model(name):
    img, block, ch, simd, dt = CASES[name]
    model, layer = pixel_shuffle(img, block, ch, simd, dt)
    run = check_movement_rtl(f"pixel_shuffle_{name}", model, layer,
                             np.random.default_rng(len(name)), seed=len(name),
                             cycles=layer.get_exp_cycles())
    # frames back to back: reading one frame's rows overlaps writing the next
    assert run.frames_cycles >= 3 * img[0] * layer.row_words()


def test_pixel_shuffle_parameters():
    _, layer = pixel_shuffle([3, 5], [3, 2], 3, 1, "UINT3", "block")
    assert rtl_spec(layer).params == {"IMG_H": 3, "IMG_W": 5, "BLOCK_H": 3, "BLOCK_W": 2,
                                      "CHANNELS": 3, "SIMD": 1, "WIDTH": 3,
                                      "RAM_STYLE": "block"}


def test_pixel_shuffle_tools(tmp_path):
    model, layer = pixel_shuffle([8, 16], [2, 2], 8, 2, "INT4", "block")
    run = check_movement_rtl("pixel_shuffle_tools", model, layer, np.random.default_rng(3),
                             cycles=layer.get_exp_cycles())
    tool_checks(run.gen, tmp_path)
    cells = synth_check(run.gen.name, run.gen.sources)
    assert cells["RAMB18"] + cells["RAMB36"] >= 1 and cells["DSP48"] == 0


@pytest.mark.parametrize("params,message", [
    ({"SIMD": 3}, "SIMD_must_divide_CHANNELS"),
    ({"BLOCK_W": 0}, "sizes_and_blocks_must_be_at_least_1"),
])
def test_pixel_shuffle_rejects_illegal_parameters(params, message):
    base = {"IMG_H": 3, "IMG_W": 3, "CHANNELS": 2, "SIMD": 1, "WIDTH": 4}
    base.update(params)
    sources = core_sources("PixelShuffle")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("PixelShuffle", sources, base)
    assert any(message in line for line in lint("PixelShuffle", sources, base))
