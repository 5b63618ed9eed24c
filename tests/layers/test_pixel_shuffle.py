"""PixelShuffle vs an element-by-element depth-to-space (and onnxruntime's DepthToSpace)."""

import numpy as np
import pytest
from onnx import helper

from finn_vivado.core.errors import FinnVivadoError

from .helpers import force_attr, layer_of, ort_run, random_values, run_node


def _reference(x, bh, bw, c):
    """out[y*Bh + rh, x*Bw + rw, c] = in[y, x, (rh*Bw + rw)*C + c], one element at a time."""
    n, h, w, _ = x.shape
    out = np.zeros((n, h * bh, w * bw, c), dtype=x.dtype)
    for y, col, rh, rw, ch in np.ndindex(h, w, bh, bw, c):
        out[:, y * bh + rh, col * bw + rw, ch] = x[:, y, col, (rh * bw + rw) * c + ch]
    return out


def _shuffle(x, img, block, ch, simd, dt):
    (y,), model = run_node("PixelShuffle", {"x": (x, dt)}, ImgDim=img, Block=block,
                           NumChannels=ch, SIMD=simd, dataType=dt)
    return y, model


@pytest.mark.parametrize("img,block,ch,simd,dt", [
    ([3, 4], [2, 2], 4, 2, "INT4"),
    ([2, 3], [3, 1], 3, 3, "UINT2"),
    ([1, 5], [1, 3], 2, 1, "BIPOLAR"),   # 1-D: H = 1, Bh = 1
    ([2, 2], [1, 1], 1, 1, "UINT8"),     # block 1x1: a copy
    ([2, 3], [2, 3], 6, 2, "INT8"),      # non-square block
])
def test_pixel_shuffle_matches_reference(img, block, ch, simd, dt):
    rng = np.random.default_rng(ch)
    x = random_values(rng, dt, (2, img[0], img[1], block[0] * block[1] * ch))
    y, model = _shuffle(x, img, block, ch, simd, dt)
    np.testing.assert_array_equal(y, _reference(x, block[0], block[1], ch))
    layer = layer_of(model)
    layer.validate(model)
    words = img[1] * block[0] * block[1] * ch // simd
    assert layer.get_exp_cycles() == (img[0] + 1) * words + 2
    assert layer.get_folded_output_shape() == (1, img[0] * block[0], img[1] * block[1],
                                               ch // simd, simd)
    assert model.get_tensor_datatype("out0").name == dt
    mem = layer.memories()[0]
    assert (mem.depth, mem.width) == (2 * words, simd * layer.get_input_datatype().bitwidth())


def test_pixel_shuffle_matches_onnx_depth_to_space():
    rng = np.random.default_rng(5)
    x = random_values(rng, "INT5", (1, 3, 4, 2 * 2 * 3))
    y, _ = _shuffle(x, [3, 4], [2, 2], 3, 1, "INT5")
    node = helper.make_node("DepthToSpace", ["x"], ["y"], blocksize=2, mode="DCR")
    (want,) = ort_run(node, {"x": x.transpose(0, 3, 1, 2)})
    np.testing.assert_array_equal(y, want.transpose(0, 2, 3, 1))


def test_pixel_shuffle_resources_follow_ram_style():
    _, model = _shuffle(np.zeros((1, 8, 32, 64)), [8, 32], [2, 2], 16, 2, "UINT8")
    layer = layer_of(model)
    layer.set_nodeattr("ram_style", "block")
    assert layer.resource_estimates()["BRAM_18K"] >= 1
    layer.set_nodeattr("ram_style", "distributed")
    assert layer.resource_estimates()["BRAM_18K"] == 0
    assert layer.legal_values("SIMD") == [1, 2, 4, 8, 16]
    assert layer.logic_estimation()["DSP"] == 0


@pytest.mark.parametrize("attr,value,message", [
    ("Block", [2], r"needs \[Bh, Bw\]"),
    ("ImgDim", [2, 2, 1], r"needs \[H, W\]"),
    ("Block", [0, 2], "must be >= 1|at least 1|positive"),
    ("SIMD", 3, "SIMD must divide NumChannels=4"),
    ("ram_style", "lut", "not an accepted value"),
])
def test_pixel_shuffle_rejects_illegal_attributes(attr, value, message):
    _, model = _shuffle(np.zeros((1, 2, 2, 16)), [2, 2], [2, 2], 4, 1, "UINT4")
    layer = layer_of(model)
    force_attr(layer, attr, value)
    with pytest.raises(FinnVivadoError, match=message):
        layer.validate()


def test_pixel_shuffle_rejects_wrong_input_shape():
    with pytest.raises(FinnVivadoError, match=r"expected \[1, 2, 2, 16\]"):
        _shuffle(np.zeros((1, 2, 2, 8)), [2, 2], [2, 2], 4, 1, "UINT4")


def test_pixel_shuffle_folding_space():
    from finn_vivado.core.boards import part_info
    from finn_vivado.transforms.folding_space import build_space

    _, model = _shuffle(np.zeros((1, 4, 8, 32)), [4, 8], [2, 2], 8, 1, "UINT4")
    space = build_space(layer_of(model), 36, part_info("xc7z020clg400-1"))
    simds = sorted({a["SIMD"] for a in space.attrs})
    assert simds == [1, 2, 4, 8]
    assert space.min_cycles == 5 * 8 * 4 + 2  # (H + 1) rows of W*Bh*Bw*C/SIMD words, SIMD = C
    assert {a["ram_style"] for a in space.attrs} == {"distributed", "block"}
