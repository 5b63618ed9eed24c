"""Padded and dilated max pooling: FMPadding with the smallest code + sliding window + Pool."""

from pathlib import Path

import numpy as np
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp

from .helpers import assert_stages_match

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_padded_max_pools_map_with_the_smallest_code(tmp_path):
    model = ModelWrapper(str(CORPUS / "cnn_maxpool_padded.onnx"))
    xs = np.load(CORPUS / "cnn_maxpool_padded_input.npy")
    st = assert_stages_match(model, xs, tmp_path)
    hw = st["dataflow_partition"]
    pools = [n for n in hw.graph.node if n.op_type == "Pool"]
    assert len(pools) == 3
    for pool in pools:
        pad = getCustomOp(hw.find_producer(hw.find_producer(pool.input[0]).input[0]))
        assert pad.onnx_node.op_type == "FMPadding"
        dt = DataType[pad.get_nodeattr("inputDataType")]
        assert pad.get_nodeattr("PadValue") == dt.min()
    assert any(DataType[getCustomOp(p).get_nodeattr("inputDataType")].signed() for p in pools)
