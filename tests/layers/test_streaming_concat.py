"""StreamingConcat vs numpy concatenation along the channels."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import force_attr, layer_of, random_values, run_node


@pytest.mark.parametrize("channels,dts,simd", [
    ([4, 6], ["UINT4", "UINT4"], 2),
    ([3, 3, 6], ["INT3", "UINT2", "BIPOLAR"], 3),
    ([2, 4], ["BIPOLAR", "BIPOLAR"], 1),
])
def test_streaming_concat_matches_numpy(channels, dts, simd):
    rng = np.random.default_rng(simd)
    arrays = [random_values(rng, dt, (2, 3, 2, c)) for dt, c in zip(dts, channels)]
    feeds = {f"x{k}": (a, dt) for k, (a, dt) in enumerate(zip(arrays, dts))}
    (y,), model = run_node("StreamingConcat", feeds, ChannelsPerStream=channels, SIMD=simd,
                           inputDataTypes=dts, numInputVectors=[1, 3, 2])
    np.testing.assert_array_equal(y, np.concatenate(arrays, axis=-1))
    layer = layer_of(model)
    layer.validate(model)
    assert layer.NUM_STREAM_INPUTS == len(channels)
    assert layer.get_exp_cycles() == 6 * sum(channels) // simd
    assert layer.get_folded_input_shape(1) == (1, 3, 2, channels[1] // simd, simd)
    assert layer.get_normal_output_shape() == (1, 3, 2, sum(channels))
    odt = model.get_tensor_datatype("out0")
    for arr in arrays:
        assert np.all(odt.allowed(arr))


def test_streaming_concat_output_type_and_widths():
    _, model = run_node("StreamingConcat", {"a": (np.zeros((1, 4)), "UINT4"),
                                            "b": (np.zeros((1, 2)), "INT3")},
                        ChannelsPerStream=[4, 2], SIMD=2, inputDataTypes=["UINT4", "INT3"])
    layer = layer_of(model)
    assert layer.get_output_datatype().name == "INT5"
    assert layer.get_instream_width(0) == 8 and layer.get_instream_width(1) == 6
    assert layer.get_outstream_width() == 10
    assert layer.legal_values("SIMD") == [1, 2]
    res = layer.resource_estimates()
    assert res["LUT"] > 0 and res["BRAM_18K"] == 0
    layer.set_nodeattr("outputDataType", "UINT4")
    with pytest.raises(FinnVivadoError, match=r"must hold every input value in \[-4, 15\]"):
        layer.validate()


@pytest.mark.parametrize("attr,value,message", [
    ("SIMD", 4, r"SIMD must divide the greatest common divisor of ChannelsPerStream=2"),
    ("inputDataTypes", ["UINT4"], "needs one DataType per input"),
    ("ChannelsPerStream", [4], "needs at least two inputs"),
    ("ChannelsPerStream", [4, 0], "must be >= 1"),
])
def test_streaming_concat_rejects_illegal_attributes(attr, value, message):
    _, model = run_node("StreamingConcat", {"a": (np.zeros((1, 4)), "UINT4"),
                                            "b": (np.zeros((1, 2)), "UINT4")},
                        ChannelsPerStream=[4, 2], inputDataTypes=["UINT4", "UINT4"])
    layer = layer_of(model)
    force_attr(layer, attr, value)
    with pytest.raises(FinnVivadoError, match=message):
        layer.validate()


def test_streaming_concat_folding_space_and_estimates():
    """Auto-folding searches SIMD over the common divisors of the inputs' channels; the
    estimate reports see one stream width per input."""
    from finn_vivado.core.boards import part_info
    from finn_vivado.transforms.folding_space import build_space

    _, model = run_node("StreamingConcat", {"a": (np.zeros((1, 4, 4, 8)), "UINT4"),
                                            "b": (np.zeros((1, 4, 4, 12)), "INT2")},
                        ChannelsPerStream=[8, 12], inputDataTypes=["UINT4", "INT2"],
                        numInputVectors=[1, 4, 4])
    space = build_space(layer_of(model), 36, part_info("xc7z020clg400-1"))
    assert sorted(a["SIMD"] for a in space.attrs) == [1, 2, 4]
    assert space.min_cycles == 16 * 20 // 4
    four = [a["SIMD"] for a in space.attrs].index(4)
    assert list(space.in_width[four]) == [16, 8] and list(space.out_width[four]) == [20]
    assert np.all(space.res[:, 1:] == 0)  # no memories, no DSPs
