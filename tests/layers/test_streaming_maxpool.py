"""StreamingMaxPool vs onnxruntime MaxPool on the NCHW tensor."""

import numpy as np
import pytest
from onnx import helper

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, ort_run, random_values, run_node


@pytest.mark.parametrize("h,w,k,ceil", [
    (4, 4, [2, 2], 0), (6, 9, [3, 3], 0), (5, 7, [2, 2], 0), (5, 7, [2, 3], 1),
    (1, 9, [1, 2], 1), (1, 8, [1, 4], 0),
])
@pytest.mark.parametrize("dt,pe", [("INT4", 1), ("UINT8", 3), ("BIPOLAR", 6)])
def test_maxpool_matches_onnxruntime(h, w, k, ceil, dt, pe):
    rng = np.random.default_rng(h * w + pe)
    x = random_values(rng, dt, (2, h, w, 6))
    (y,), model = run_node("StreamingMaxPool", {"x": (x, dt)}, ImgDim=[h, w], PoolDim=k,
                           NumChannels=6, PE=pe, CeilMode=ceil, dataType=dt)
    node = helper.make_node("MaxPool", ["xc"], ["yc"], kernel_shape=k, strides=k,
                            ceil_mode=ceil)
    (ref,) = ort_run(node, {"xc": x.transpose(0, 3, 1, 2)})
    np.testing.assert_array_equal(y, ref.transpose(0, 2, 3, 1))
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_folded_output_shape()[-1] == pe


def test_maxpool_cycles_and_validation():
    _, model = run_node("StreamingMaxPool", {"x": (np.zeros((1, 32, 32, 64)), "UINT2")},
                        ImgDim=[32, 32], PoolDim=[2, 2], NumChannels=64, PE=64, dataType="UINT2")
    layer = layer_of(model)
    assert layer.get_exp_cycles() == 32 * 32 + 2  # the RTL core: one input beat per cycle
    layer.set_nodeattr("PE", 5)
    with pytest.raises(FinnVivadoError, match=r"PE must divide NumChannels=64; legal values: "
                                              r"\[1, 2, 4, 8, 16, 32, 64\]"):
        layer.validate()
