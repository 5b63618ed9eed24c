"""StreamingSplit vs numpy slicing along the channels."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import force_attr, layer_of, random_values, run_node


@pytest.mark.parametrize("channels,dt,simd", [
    ([4, 6], "UINT4", 2),
    ([3, 3, 6], "INT3", 3),
    ([2, 4, 1, 3], "BIPOLAR", 1),
])
def test_streaming_split_matches_numpy(channels, dt, simd):
    rng = np.random.default_rng(simd)
    x = random_values(rng, dt, (2, 3, 2, sum(channels)))
    outs, model = run_node("StreamingSplit", {"x": (x, dt)}, n_outputs=len(channels),
                           ChannelsPerStream=channels, SIMD=simd, inputDataType=dt,
                           numInputVectors=[1, 3, 2])
    bounds = np.cumsum([0] + channels)
    for k, y in enumerate(outs):
        np.testing.assert_array_equal(y, x[..., bounds[k]:bounds[k + 1]])
        assert model.get_tensor_shape(f"out{k}") == [2, 3, 2, channels[k]]
        assert model.get_tensor_datatype(f"out{k}").name == dt
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == 6 * sum(channels) // simd
    assert layer.get_folded_output_shape(1) == (1, 3, 2, channels[1] // simd, simd)
    assert layer.get_normal_input_shape() == (1, 3, 2, sum(channels))


def test_streaming_split_widths_and_resources():
    _, model = run_node("StreamingSplit", {"a": (np.zeros((1, 6)), "INT3")}, n_outputs=2,
                        ChannelsPerStream=[4, 2], SIMD=2, inputDataType="INT3")
    layer = layer_of(model)
    assert layer.get_instream_width() == 6
    assert layer.get_outstream_width(0) == layer.get_outstream_width(1) == 6
    assert layer.get_number_output_values(0) == 2 and layer.get_number_output_values(1) == 1
    assert layer.legal_values("SIMD") == [1, 2]
    res = layer.resource_estimates()
    assert res["LUT"] > 0 and res["BRAM_18K"] == 0 and res["DSP"] == 0


@pytest.mark.parametrize("attr,value,message", [
    ("SIMD", 4, r"SIMD must divide the greatest common divisor of ChannelsPerStream=2"),
    ("ChannelsPerStream", [6], "needs at least two outputs"),
    ("ChannelsPerStream", [4, 0], "must be >= 1"),
    ("ChannelsPerStream", [2, 2, 2], "has 2 outputs; expected 3"),
    ("inputDataType", "FLOAT32", "streams carry integer data"),
])
def test_streaming_split_rejects_illegal_attributes(attr, value, message):
    _, model = run_node("StreamingSplit", {"a": (np.zeros((1, 6)), "UINT4")}, n_outputs=2,
                        ChannelsPerStream=[4, 2], inputDataType="UINT4")
    layer = layer_of(model)
    force_attr(layer, attr, value)
    with pytest.raises(FinnVivadoError, match=message):
        layer.validate()


def test_streaming_split_rejects_out_of_range_input():
    with pytest.raises(FinnVivadoError, match="outside UINT2"):
        run_node("StreamingSplit", {"a": (np.full((1, 4), 5.0), "UINT2")}, n_outputs=2,
                 ChannelsPerStream=[2, 2], inputDataType="UINT2")


def test_streaming_split_folding_space():
    """Auto-folding searches SIMD over the common divisors of the outputs' channels; the
    estimate reports see one stream width per output."""
    from finn_vivado.core.boards import part_info
    from finn_vivado.transforms.folding_space import build_space

    _, model = run_node("StreamingSplit", {"a": (np.zeros((1, 4, 4, 20)), "UINT4")},
                        n_outputs=2, ChannelsPerStream=[8, 12], inputDataType="UINT4",
                        numInputVectors=[1, 4, 4])
    space = build_space(layer_of(model), 36, part_info("xc7z020clg400-1"))
    assert sorted(a["SIMD"] for a in space.attrs) == [1, 2, 4]
    assert space.min_cycles == 16 * 20 // 4
    four = [a["SIMD"] for a in space.attrs].index(4)
    assert list(space.in_width[four]) == [16] and list(space.out_width[four]) == [16, 16]
