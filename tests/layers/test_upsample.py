"""Upsample vs numpy nearest-neighbour repetition (and onnxruntime's Resize)."""

import numpy as np
import pytest
from onnx import helper

from finn_vivado.core.errors import FinnVivadoError

from .helpers import force_attr, layer_of, ort_run, random_values, run_node


@pytest.mark.parametrize("img,out,ch,simd,dt", [
    ([3, 4], [6, 8], 4, 2, "INT4"),
    ([2, 3], [6, 3], 3, 3, "UINT2"),
    ([1, 5], [1, 15], 2, 1, "BIPOLAR"),   # 1-D: H = 1
    ([2, 2], [2, 2], 1, 1, "UINT8"),      # factors 1: a copy
])
def test_upsample_matches_resize(img, out, ch, simd, dt):
    rng = np.random.default_rng(ch)
    x = random_values(rng, dt, (2, img[0], img[1], ch))
    (y,), model = run_node("Upsample", {"x": (x, dt)}, IFMDim=img, OFMDim=out, NumChannels=ch,
                           SIMD=simd, inputDataType=dt)
    scales = np.array([1, out[0] / img[0], out[1] / img[1], 1], dtype=np.float32)
    node = helper.make_node("Resize", ["x", "", "scales"], ["y"], mode="nearest",
                            coordinate_transformation_mode="asymmetric", nearest_mode="floor")
    (want,) = ort_run(node, {"x": x, "scales": scales})
    np.testing.assert_array_equal(y, want)
    layer = layer_of(model)
    layer.validate(model)
    cf = ch // simd
    assert layer.get_exp_cycles() == img[1] * cf + out[0] * out[1] * cf
    assert model.get_tensor_datatype("out0").name == dt
    mem = layer.memories()[0]
    assert (mem.depth, mem.width) == (2 * img[1] * cf, simd * layer.get_input_datatype().bitwidth())


def test_upsample_resources_follow_ram_style():
    _, model = run_node("Upsample", {"x": (np.zeros((1, 8, 64, 16)), "UINT8")}, IFMDim=[8, 64],
                        OFMDim=[16, 128], NumChannels=16, SIMD=2, inputDataType="UINT8",
                        ram_style="block")
    layer = layer_of(model)
    assert layer.resource_estimates()["BRAM_18K"] >= 1
    layer.set_nodeattr("ram_style", "distributed")
    assert layer.resource_estimates()["BRAM_18K"] == 0
    assert layer.legal_values("SIMD") == [1, 2, 4, 8, 16]


@pytest.mark.parametrize("attr,value,message", [
    ("OFMDim", [5, 4], r"must be integer multiples of IFMDim=\[2, 2\]"),
    ("IFMDim", [2], r"needs \[H, W\]"),
    ("SIMD", 3, "SIMD must divide NumChannels=4"),
    ("ram_style", "lut", "not an accepted value"),
])
def test_upsample_rejects_illegal_attributes(attr, value, message):
    _, model = run_node("Upsample", {"x": (np.zeros((1, 2, 2, 4)), "UINT4")}, IFMDim=[2, 2],
                        OFMDim=[4, 4], NumChannels=4, inputDataType="UINT4")
    layer = layer_of(model)
    force_attr(layer, attr, value)
    with pytest.raises(FinnVivadoError, match=message):
        layer.validate()


def test_upsample_folding_space():
    from finn_vivado.core.boards import part_info
    from finn_vivado.transforms.folding_space import build_space

    _, model = run_node("Upsample", {"x": (np.zeros((1, 4, 6, 8)), "UINT4")}, IFMDim=[4, 6],
                        OFMDim=[8, 12], NumChannels=8, inputDataType="UINT4")
    space = build_space(layer_of(model), 36, part_info("xc7z020clg400-1"))
    assert sorted({a["SIMD"] for a in space.attrs}) == [1, 2, 4, 8]
    assert space.min_cycles == 6 + 8 * 12  # a row of whole pixels, then a pixel per cycle
    assert {a["ram_style"] for a in space.attrs} == {"distributed", "block"}


def test_finn_upsample_names_in_folding_configs():
    from finn_vivado.transforms.folding import canonical_node_name, canonical_op_type

    assert canonical_op_type("UpsampleNearestNeighbour_hls") == "Upsample"
    assert canonical_node_name("UpsampleNearestNeighbour_hls_2") == "Upsample_2"
    assert canonical_node_name("StreamingConcat_hls_1") == "StreamingConcat_1"
