"""Pool (MaxPool / SumPool on sliding windows) vs onnxruntime MaxPool and a loop sum."""

import numpy as np
import pytest
from onnx import helper

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, ort_run, random_values, run_node
from .test_convolution_input_generator import loop_im2col


@pytest.mark.parametrize("function", ["MaxPool", "SumPool"])
@pytest.mark.parametrize("dt,pe", [("INT4", 1), ("UINT8", 2), ("BIPOLAR", 4)])
def test_pool_matches_reference(function, dt, pe):
    rng = np.random.default_rng(pe)
    ch, k, s = 4, [3, 3], [2, 2]
    img = random_values(rng, dt, (2, 7, 7, ch))
    windows = loop_im2col(img, k, s, [1, 1])
    (y,), model = run_node("Pool", {"x": (windows, dt)}, Channels=ch, PE=pe, KernelSize=k,
                           Function=function, OutImgDims=[3, 3], inputDataType=dt)
    if function == "MaxPool":
        node = helper.make_node("MaxPool", ["xc"], ["yc"], kernel_shape=k, strides=s)
        (ref,) = ort_run(node, {"xc": img.transpose(0, 3, 1, 2)})
        expected = ref.transpose(0, 2, 3, 1)
    else:
        expected = np.zeros((2, 3, 3, ch))
        for i in range(3):
            for j in range(3):
                expected[:, i, j, :] = img[:, 2 * i:2 * i + 3, 2 * j:2 * j + 3, :].sum(axis=(1, 2))
    np.testing.assert_array_equal(y, expected)
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == 3 * 3 * 9 * ch // pe
    odt = model.get_tensor_datatype("out0")
    lo, hi = (windows.min(), windows.max())
    assert odt.allowed(9 * lo) and odt.allowed(9 * hi) if function == "SumPool" else odt.name == dt


def test_pool_output_type_must_hold_sums():
    _, model = run_node("Pool", {"x": (np.zeros((1, 2, 2, 8)), "UINT4")}, Channels=2,
                        KernelSize=[2, 2], Function="SumPool", OutImgDims=[2, 2],
                        inputDataType="UINT4")
    layer = layer_of(model)
    assert layer.get_output_datatype().name == "UINT6"
    layer.set_nodeattr("outputDataType", "UINT5")
    with pytest.raises(FinnVivadoError, match=r"must hold every output value in \[0, 60\]; "
                                              "legal values: UINT6 or wider"):
        layer.validate()
