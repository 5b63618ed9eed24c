"""StreamingDataWidthConverter: identity on values; widths and beat counts."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


@pytest.mark.parametrize("in_w,out_w", [(8, 24), (24, 8), (12, 16)])
def test_dwc_is_identity_and_counts_beats(in_w, out_w):
    x = random_values(np.random.default_rng(0), "INT4", (3, 2, 12))
    (y,), model = run_node("StreamingDataWidthConverter", {"x": (x, "INT4")}, shape=[1, 2, 12],
                           inWidth=in_w, outWidth=out_w, dataType="INT4")
    np.testing.assert_array_equal(y, x)
    layer = layer_of(model)
    layer.validate(model)
    in_beats, out_beats = 2 * 12 * 4 // in_w, 2 * 12 * 4 // out_w
    assert layer.get_number_input_values() == in_beats
    assert layer.get_number_output_values() == out_beats
    assert layer.get_exp_cycles() == max(in_beats, out_beats)
    assert (layer.get_instream_width(), layer.get_outstream_width()) == (in_w, out_w)


def test_dwc_widths_must_be_whole_elements():
    _, model = run_node("StreamingDataWidthConverter", {"x": (np.zeros((1, 12)), "INT4")},
                        shape=[1, 12], inWidth=8, outWidth=8, dataType="INT4")
    layer = layer_of(model)
    layer.set_nodeattr("outWidth", 10)
    with pytest.raises(FinnVivadoError, match=r"outWidth=10 is illegal: .*legal values: "
                                              r"\[4, 8, 12, 16, 24, 48\]"):
        layer.validate()
