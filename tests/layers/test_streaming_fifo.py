"""StreamingFIFO: identity on values; depth and shape rules."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


def test_fifo_is_identity():
    x = random_values(np.random.default_rng(0), "UINT3", (4, 5, 6))
    (y,), model = run_node("StreamingFIFO", {"x": (x, "UINT3")}, depth=32,
                           folded_shape=[1, 5, 3, 2], normal_shape=[1, 5, 6], dataType="UINT3")
    np.testing.assert_array_equal(y, x)
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_instream_width() == 6 and layer.get_instream_width_padded() == 8
    assert layer.get_exp_cycles() == 15
    assert model.get_tensor_datatype("out0").name == "UINT3"


def test_fifo_validation():
    _, model = run_node("StreamingFIFO", {"x": (np.zeros((1, 4)), "INT2")},
                        folded_shape=[1, 2, 2], normal_shape=[1, 4], dataType="INT2")
    layer = layer_of(model)
    layer.set_nodeattr("depth", 1)
    with pytest.raises(FinnVivadoError, match="depth=1 is illegal"):
        layer.validate()
    layer.set_nodeattr("depth", 2)
    layer.set_nodeattr("folded_shape", [1, 3, 2])
    with pytest.raises(FinnVivadoError, match="folded_shape=.* is illegal"):
        layer.validate()
