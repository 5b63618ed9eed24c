"""FMPadding vs numpy.pad."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


@pytest.mark.parametrize("padding,pad_value,dt", [
    ([1, 1, 1, 1], 0, "INT4"), ([0, 2, 1, 0], 3, "UINT4"), ([2, 0, 0, 1], -1, "BIPOLAR"),
])
@pytest.mark.parametrize("simd", [1, 3])
def test_fmpadding_matches_numpy_pad(padding, pad_value, dt, simd):
    rng = np.random.default_rng(simd)
    x = random_values(rng, dt, (2, 4, 5, 6))
    (y,), model = run_node("FMPadding", {"x": (x, dt)}, ImgDim=[4, 5], Padding=padding,
                           NumChannels=6, SIMD=simd, inputDataType=dt, PadValue=pad_value)
    top, left, bottom, right = padding
    expected = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)),
                      constant_values=pad_value)
    np.testing.assert_array_equal(y, expected)
    layer = layer_of(model)
    layer.validate(model)
    oh, ow = 4 + top + bottom, 5 + left + right
    assert layer.get_normal_output_shape() == (1, oh, ow, 6)
    assert layer.get_exp_cycles() == oh * ow * 6 // simd


def test_fmpadding_pad_value_must_fit_datatype():
    _, model = run_node("FMPadding", {"x": (np.ones((1, 2, 2, 2)), "BIPOLAR")}, ImgDim=[2, 2],
                        Padding=[1, 1, 1, 1], NumChannels=2, inputDataType="BIPOLAR",
                        PadValue=-1)
    layer = layer_of(model)
    layer.set_nodeattr("PadValue", 0)
    with pytest.raises(FinnVivadoError, match="PadValue=0 is illegal: not representable in "
                                              "inputDataType=BIPOLAR"):
        layer.validate()
    layer.set_nodeattr("PadValue", -1)
    layer.set_nodeattr("Padding", [1, 1, -1, 1])
    with pytest.raises(FinnVivadoError, match="Padding=.* is illegal"):
        layer.validate()
