"""LabelSelect vs onnxruntime TopK (including ties)."""

import numpy as np
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper

from finn_vivado.core.errors import FinnVivadoError

from .helpers import layer_of, random_values, run_node


@pytest.mark.parametrize("dt,labels,k,pe", [
    ("UINT2", 10, 3, 1), ("INT8", 12, 5, 4), ("BIPOLAR", 8, 4, 2), ("INT4", 6, 6, 6),
])
def test_label_select_matches_topk(dt, labels, k, pe):
    rng = np.random.default_rng(labels + k)
    x = random_values(rng, dt, (4, labels))  # small ranges: many ties
    (y,), model = run_node("LabelSelect", {"x": (x, dt)}, Labels=labels, PE=pe, K=k,
                           inputDataType=dt)
    _, idx = _ort_topk(x, k)
    np.testing.assert_array_equal(y, idx)
    ref_ties = np.argsort(-x, axis=-1, kind="stable")[:, :k]
    np.testing.assert_array_equal(y, ref_ties)
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == labels // pe + k + 1  # the RTL core sends K indices after
    assert model.get_tensor_datatype("out0").allowed(labels - 1)
    assert not model.get_tensor_datatype("out0").signed()


def _ort_topk(x, k):
    """onnxruntime TopK (largest, sorted): values and indices."""
    node = helper.make_node("TopK", ["x", "k"], ["vals", "idx"], largest=1, sorted=1)
    graph = helper.make_graph(
        [node], "topk", [helper.make_tensor_value_info("x", TensorProto.FLOAT, None)],
        [helper.make_tensor_value_info("vals", TensorProto.FLOAT, None),
         helper.make_tensor_value_info("idx", TensorProto.INT64, None)],
        initializer=[helper.make_tensor("k", TensorProto.INT64, [1], [k])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    sess = ort.InferenceSession(model.SerializeToString())
    return sess.run(None, {"x": x.astype(np.float32)})


def test_label_select_validation():
    _, model = run_node("LabelSelect", {"x": (np.zeros((1, 10)), "INT8")}, Labels=10, K=3,
                        inputDataType="INT8")
    layer = layer_of(model)
    assert layer.get_output_datatype().name == "UINT4"
    layer.set_nodeattr("K", 11)
    with pytest.raises(FinnVivadoError, match="K=11 is illegal: K must not exceed Labels=10"):
        layer.validate()
    layer.set_nodeattr("K", 3)
    layer.set_nodeattr("outputDataType", "INT8")
    with pytest.raises(FinnVivadoError, match="must be unsigned"):
        layer.validate()
