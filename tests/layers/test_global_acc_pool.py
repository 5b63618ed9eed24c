"""GlobalAccPool vs numpy sum."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


@pytest.mark.parametrize("dt,pe", [("INT4", 1), ("UINT8", 5), ("BIPOLAR", 10)])
def test_global_acc_pool_matches_sum(dt, pe):
    rng = np.random.default_rng(pe)
    x = random_values(rng, dt, (3, 4, 6, 10))
    (y,), model = run_node("GlobalAccPool", {"x": (x, dt)}, NumChannels=10, PE=pe,
                           inputDataType=dt, numInputVectors=[1, 4, 6])
    np.testing.assert_array_equal(y, x.sum(axis=(1, 2), keepdims=True))
    assert y.shape == (3, 1, 1, 10)
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == 4 * 6 * 10 // pe + 2  # the RTL core's pipeline: + 2
    odt = model.get_tensor_datatype("out0")
    assert odt.allowed(24 * int(x.min())) and odt.allowed(24 * int(x.max()))


def test_global_acc_pool_output_type_checked():
    _, model = run_node("GlobalAccPool", {"x": (np.zeros((1, 2, 2, 3)), "INT4")}, NumChannels=3,
                        inputDataType="INT4", numInputVectors=[1, 2, 2], outputDataType="INT5")
    with pytest.raises(FinnVivadoError, match=r"must hold every channel sum in \[-32, 28\]"):
        layer_of(model).validate()
