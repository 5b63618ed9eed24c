"""Thresholding vs qonnx's multithreshold."""

import numpy as np
import pytest
from qonnx.core.datatype import DataType
from qonnx.custom_op.general.multithreshold import multithreshold

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


@pytest.mark.parametrize("idt,odt,act,steps", [
    ("UINT8", "UINT2", 0, 3), ("INT8", "INT4", -8, 15), ("INT4", "BIPOLAR", 0, 1),
    ("UINT4", "UINT1", 0, 1),
])
@pytest.mark.parametrize("pe", [1, 2, 6])
@pytest.mark.parametrize("shared", [False, True])
def test_thresholding_matches_multithreshold(idt, odt, act, steps, pe, shared):
    rng = np.random.default_rng(pe + steps)
    ch, vectors = 6, [1, 3, 2]
    lo, hi = int(DataType[idt].min()), int(DataType[idt].max())
    x = random_values(rng, idt, [2] + vectors[1:] + [ch])
    thr = np.sort(rng.integers(lo, hi + 2, size=(1 if shared else ch, steps)), axis=1)
    (y,), model = run_node("Thresholding", {"x": (x, idt)}, {"thr": (thr, "INT16")},
                           NumChannels=ch, PE=pe, numSteps=steps, inputDataType=idt,
                           outputDataType=odt, weightDataType="INT16", ActVal=act,
                           numInputVectors=vectors)
    count = multithreshold(x.reshape(-1, ch).astype(np.float64), thr).reshape(x.shape)
    expected = 2 * count - 1 if odt == "BIPOLAR" else count + act
    np.testing.assert_array_equal(y, expected)
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == 6 * ch // pe
    assert layer.get_outstream_width() == pe * DataType[odt].bitwidth()


def test_thresholding_validation():
    thr = np.array([[0, 1, 2]] * 4)
    _, model = run_node("Thresholding", {"x": (np.zeros((1, 4)), "UINT4")},
                        {"thr": (thr, "UINT2")}, NumChannels=4, numSteps=3,
                        inputDataType="UINT4", outputDataType="UINT2", weightDataType="UINT2")
    layer = layer_of(model)
    layer.validate(model)
    layer.set_nodeattr("outputDataType", "BINARY")
    with pytest.raises(FinnVivadoError, match=r"must hold every activation output in \[0, 3\]"):
        layer.validate(model)
    layer.set_nodeattr("outputDataType", "UINT2")
    layer.set_nodeattr("numSteps", 2)
    with pytest.raises(FinnVivadoError, match="numSteps=2 is illegal"):
        layer.validate(model)
    layer.set_nodeattr("numSteps", 3)
    layer.set_nodeattr("weightDataType", "BINARY")
    with pytest.raises(FinnVivadoError, match="must hold every threshold"):
        layer.validate(model)
    layer.set_nodeattr("weightDataType", "UINT2")
    layer.set_nodeattr("PE", 3)
    with pytest.raises(FinnVivadoError, match=r"legal values: \[1, 2, 4\]"):
        layer.validate(model)
    layer.set_nodeattr("PE", 1)
    model.set_initializer("thr", np.array([[0, 1.5, 2]] * 4, dtype=np.float32))
    with pytest.raises(FinnVivadoError, match="non-integer"):
        layer.validate(model)
