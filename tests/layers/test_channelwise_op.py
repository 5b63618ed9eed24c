"""ChannelwiseOp vs numpy broadcasting."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node

REFERENCE = {
    "add": lambda x, p: x + p,
    "mul": lambda x, p: x * p,
    "cmp_le": lambda x, p: (x <= p).astype(int),
    "cmp_ge": lambda x, p: (x >= p).astype(int),
}


@pytest.mark.parametrize("func", sorted(REFERENCE))
@pytest.mark.parametrize("idt,pdt,pe", [("INT4", "INT4", 1), ("UINT8", "INT3", 5)])
def test_channelwise_matches_numpy(func, idt, pdt, pe):
    rng = np.random.default_rng(pe)
    x = random_values(rng, idt, (2, 3, 10))
    params = random_values(rng, pdt, (10,))
    (y,), model = run_node("ChannelwiseOp", {"x": (x, idt)}, {"p": (params, pdt)}, Func=func,
                           PE=pe, NumChannels=10, inputDataType=idt, paramDataType=pdt,
                           numInputVectors=[1, 3])
    expected = REFERENCE[func](x, params)
    np.testing.assert_array_equal(y, expected)
    layer = layer_of(model)
    layer.validate(model)
    odt = model.get_tensor_datatype("out0")
    assert np.all(odt.allowed(expected))
    assert layer.get_exp_cycles() == 3 * 10 // pe


def test_channelwise_validation():
    _, model = run_node("ChannelwiseOp", {"x": (np.zeros((1, 4)), "UINT4")},
                        {"p": (np.array([1, 2, 3, 4]), "UINT3")}, Func="add", NumChannels=4,
                        inputDataType="UINT4", paramDataType="UINT3", outputDataType="UINT5")
    layer = layer_of(model)
    layer.validate(model)
    layer.set_nodeattr("outputDataType", "UINT4")
    with pytest.raises(FinnVivadoError, match=r"must hold every result in \[1, 19\]"):
        layer.validate(model)
    model.set_initializer("p", np.array([1, 2, 3], dtype=np.float32))
    layer.set_nodeattr("outputDataType", "UINT5")
    with pytest.raises(FinnVivadoError, match="parameter tensor p has 3 values"):
        layer.validate(model)
