"""AddStreams vs numpy addition."""

import numpy as np
import pytest
from qonnx.core.datatype import DataType

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


@pytest.mark.parametrize("dts,pe", [(["INT4", "INT4"], 1), (["UINT8", "INT3"], 3),
                                    (["BIPOLAR", "UINT2"], 6)])
def test_add_streams_matches_numpy(dts, pe):
    rng = np.random.default_rng(pe)
    a = random_values(rng, dts[0], (2, 3, 3, 6))
    b = random_values(rng, dts[1], (2, 3, 3, 6))
    (y,), model = run_node("AddStreams", {"a": (a, dts[0]), "b": (b, dts[1])}, NumChannels=6,
                           PE=pe, inputDataTypes=dts, numInputVectors=[1, 3, 3])
    np.testing.assert_array_equal(y, a + b)
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == 9 * 6 // pe
    odt = model.get_tensor_datatype("out0")
    lo = sum(int(DataType[d].min()) for d in dts)
    hi = sum(int(DataType[d].max()) for d in dts)
    assert odt.allowed(lo) and odt.allowed(hi)


def test_add_streams_output_type():
    _, model = run_node("AddStreams", {"a": (np.zeros((1, 4)), "INT4"),
                                       "b": (np.zeros((1, 4)), "INT4")},
                        NumChannels=4, inputDataTypes=["INT4", "INT4"])
    layer = layer_of(model)
    assert layer.get_output_datatype().name == "INT5"
    assert layer.get_instream_width(1) == 4
    layer.set_nodeattr("outputDataType", "INT4")
    with pytest.raises(FinnVivadoError, match=r"must hold every sum in \[-16, 14\]"):
        layer.validate()
    layer.set_nodeattr("outputDataType", "")
    layer.set_nodeattr("inputDataTypes", ["INT4"])
    with pytest.raises(FinnVivadoError, match="needs one DataType per input"):
        layer.validate()
