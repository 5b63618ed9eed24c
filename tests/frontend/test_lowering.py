"""ReduceMean global pooling and grouped convolutions: rewritten, mapped, same outputs."""

from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.basic import qonnx_make_model

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.lowering import GroupedConvToDense, ReduceMeanToGlobalAveragePool

from .helpers import assert_stages_match, hw_op_types

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@pytest.mark.parametrize("name, op", [("cnn_reducemean_head", "GlobalAccPool"),
                                      ("resnext_grouped", "MVAU")])
def test_corpus_network_maps(name, op, tmp_path):
    model = ModelWrapper(str(CORPUS / f"{name}.onnx"))
    xs = np.load(CORPUS / f"{name}_input.npy")
    st = assert_stages_match(model, xs, tmp_path)
    assert op in hw_op_types(st["dataflow_partition"])


def _graph(nodes, inits, x_shape, y_shape):
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, y_shape)], inits)
    return ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13)]))


@pytest.mark.parametrize("keep, shape", [(0, [2, 3]), (1, [2, 3, 1, 1])])
def test_reduce_mean_rewrite_is_exact(keep, shape):
    from qonnx.core.onnx_exec import execute_onnx

    node = helper.make_node("ReduceMean", ["x"], ["y"], axes=[2, 3], keepdims=keep, name="rm")
    model = _graph([node], [], [2, 3, 4, 5], shape)
    x = np.random.default_rng(1).normal(size=(2, 3, 4, 5)).astype(np.float32)
    want = execute_onnx(model, {"x": x})["y"]
    low = model.transform(ReduceMeanToGlobalAveragePool())
    assert [n.op_type for n in low.graph.node] == ["GlobalAveragePool"] + ["Reshape"] * (1 - keep)
    got = execute_onnx(low, {"x": x})["y"]
    assert got.shape == want.shape and np.allclose(got, want, rtol=1e-6)


def test_reduce_mean_over_channels_is_refused():
    node = helper.make_node("ReduceMean", ["x"], ["y"], axes=[1], keepdims=1, name="rm")
    model = _graph([node], [], [1, 3, 4, 5], [1, 1, 4, 5])
    with pytest.raises(FinnVivadoError, match=r"node rm \(ReduceMean\): only a mean over all "
                                              r"spatial axes"):
        model.transform(ReduceMeanToGlobalAveragePool())


def test_grouped_conv_becomes_block_diagonal():
    from qonnx.core.onnx_exec import execute_onnx

    rng = np.random.default_rng(2)
    w = rng.integers(-3, 4, size=(6, 2, 3, 3)).astype(np.float32)  # 6 in, 6 out, 3 groups
    node = helper.make_node("Conv", ["x", "w"], ["y"], group=3, kernel_shape=[3, 3], name="c")
    model = _graph([node], [helper.make_tensor("w", TensorProto.FLOAT, w.shape, w.ravel())],
                   [1, 6, 5, 5], [1, 6, 3, 3])
    x = rng.integers(0, 8, size=(1, 6, 5, 5)).astype(np.float32)
    want = execute_onnx(model, {"x": x})["y"]
    dense = model.transform(GroupedConvToDense())
    assert dense.get_initializer("w").shape == (6, 6, 3, 3)
    assert np.array_equal(execute_onnx(dense, {"x": x})["y"], want)
