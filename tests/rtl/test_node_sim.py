"""simulate_node: a layer's arrays in, arrays out, through its generated RTL."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim import have_tool
from finn_vivado.backends.sim.node import simulate_node

from .helpers import layer_model


@pytest.mark.skipif(not have_tool("verilator"), reason="verilator is installed by `make test`")
def test_simulate_node_round_trip(tmp_path):
    _, layer = layer_model("StreamingDataWidthConverter", ["INT4"], shape=[1, 2, 12],
                           inWidth=12, outWidth=16, dataType="INT4")
    x = np.random.default_rng(0).integers(-8, 8, size=(4, 2, 12))
    run = simulate_node(layer, [x], tmp_path, stall=0.2)
    np.testing.assert_array_equal(run.outputs[0], x)
    assert run.result.in_txns == [4 * 2 * 4] and run.result.out_txns == [4 * 2 * 3]
    with pytest.raises(FinnVivadoError, match="not a multiple of 24"):
        simulate_node(layer, [x[..., :5]], tmp_path)
