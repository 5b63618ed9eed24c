"""DuplicateStreams: every output is a copy of the input."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


@pytest.mark.parametrize("count,pe", [(2, 1), (3, 4)])
def test_duplicate_streams_copies(count, pe):
    rng = np.random.default_rng(count)
    x = random_values(rng, "INT5", (2, 3, 3, 8))
    outs, model = run_node("DuplicateStreams", {"x": (x, "INT5")}, n_outputs=count,
                           NumChannels=8, PE=pe, NumOutputStreams=count, inputDataType="INT5",
                           numInputVectors=[1, 3, 3])
    assert len(outs) == count
    for i, out in enumerate(outs):
        np.testing.assert_array_equal(out, x)
        assert model.get_tensor_shape(f"out{i}") == [2, 3, 3, 8]
        assert model.get_tensor_datatype(f"out{i}").name == "INT5"
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == 9 * 8 // pe
    assert layer.get_outstream_width(count - 1) == pe * 5


def test_duplicate_streams_output_count_checked():
    _, model = run_node("DuplicateStreams", {"x": (np.zeros((1, 4)), "INT4")}, n_outputs=2,
                        NumChannels=4, inputDataType="INT4")
    layer = layer_of(model)
    layer.set_nodeattr("NumOutputStreams", 3)
    with pytest.raises(FinnVivadoError, match="has 2 outputs; expected 3"):
        layer.validate()
