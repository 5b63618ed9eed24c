"""The PixelShuffle rule of the hardware converter on hand-built streamlined graphs."""

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.basic import qonnx_make_model

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.custom_ops import DOMAIN
from finn_vivado.frontend.graph_builder import HW_INPUT_KEY, HW_OUTPUTS_KEY
from finn_vivado.frontend.to_hw import convert_to_hw
from finn_vivado.flow.verify import execute_model

from .helpers import LAYER_DOMAIN


def _streamlined(in_shape, out_shape, block, dt="INT4"):
    """x -> PixelShuffle(blocksize) -> y, the whole graph in hardware."""
    node = helper.make_node("PixelShuffle", ["x"], ["y"], name="PixelShuffle_0", domain=DOMAIN,
                            blocksize=list(block))
    graph = helper.make_graph(
        [node], "streamlined", [helper.make_tensor_value_info("x", TensorProto.FLOAT, in_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, out_shape)])
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]))
    model.set_tensor_datatype("x", DataType[dt])
    model.set_tensor_datatype("y", DataType[dt])
    model.set_metadata_prop(HW_INPUT_KEY, "x")
    model.set_metadata_prop(HW_OUTPUTS_KEY, "y")
    return model


def _depth_to_space(x, bh, bw):
    """out[n, c, y*Bh + rh, x*Bw + rw] = in[n, (rh*Bw + rw)*C + c, y, x] (NCHW)."""
    n, cin, h, w = x.shape
    c = cin // (bh * bw)
    return x.reshape(n, bh, bw, c, h, w).transpose(0, 3, 4, 1, 5, 2).reshape(n, c, h * bh, w * bw)


@pytest.mark.parametrize("in_shape,out_shape,block", [
    ([1, 12, 3, 4], [1, 3, 6, 8], [2, 2]),
    ([1, 18, 2, 3], [1, 3, 6, 6], [3, 2]),
    ([1, 6, 5], [1, 2, 15], [1, 3]),   # 1-D: NCW, Bh = 1
])
def test_pixel_shuffle_maps_to_the_layer(in_shape, out_shape, block):
    hw = convert_to_hw(_streamlined(in_shape, out_shape, block))
    (layer,) = [n for n in hw.graph.node if n.domain == LAYER_DOMAIN]
    assert layer.op_type == "PixelShuffle"
    attrs = {a.name: helper.get_attribute_value(a) for a in layer.attribute}
    h, w = ([1] + list(in_shape[2:]))[-2:]
    assert (list(attrs["ImgDim"]), list(attrs["Block"])) == ([h, w], block)
    assert (attrs["NumChannels"], attrs["SIMD"], attrs["dataType"]) == (
        out_shape[1], 1, b"INT4")
    x = np.random.default_rng(1).integers(-8, 8, size=[2] + in_shape[1:]).astype(np.float32)
    want = _depth_to_space(x.reshape([2, in_shape[1], h, w]), *block)
    np.testing.assert_array_equal(execute_model(hw, x).reshape(want.shape), want)


def test_pixel_shuffle_rejects_indivisible_channels():
    with pytest.raises(FinnVivadoError, match=r"PixelShuffle_0 \(PixelShuffle\): blocksize"):
        convert_to_hw(_streamlined([1, 10, 2, 2], [1, 2, 4, 4], [2, 2]))
