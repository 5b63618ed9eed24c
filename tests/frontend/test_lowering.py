"""ReduceMean global pooling and grouped convolutions: rewritten, mapped, same outputs."""

from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.util.basic import qonnx_make_model

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.lowering import GroupedConvToGroups, ReduceMeanToGlobalAveragePool

from .helpers import assert_stages_match, hw_op_types

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@pytest.mark.parametrize("name, op", [("cnn_reducemean_head", "GlobalAccPool")])
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


def _grouped_conv(w, group, x_shape, y_shape, opset=13, **attrs):
    node = helper.make_node("Conv", ["x", "w"], ["y"], group=group,
                            kernel_shape=list(w.shape[2:]), name="c", **attrs)
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, y_shape)],
        [helper.make_tensor("w", TensorProto.FLOAT, w.shape, w.ravel())])
    return ModelWrapper(qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", opset)]))


@pytest.mark.parametrize("cin, cout, group, opset, attrs", [
    (6, 6, 3, 13, {}),
    (8, 4, 2, 11, {"pads": [1, 0, 1, 2], "strides": [2, 1]}),
    (12, 8, 4, 18, {"dilations": [2, 2], "pads": [2, 2, 2, 2]}),
])
def test_grouped_conv_becomes_split_convs_concat(cin, cout, group, opset, attrs):
    """Split + one Conv per group + Concat equal the grouped Conv exactly, and every Conv
    has only its group's input channels (no block-diagonal MACs)."""
    from qonnx.core.onnx_exec import execute_onnx
    from qonnx.transformation.infer_shapes import InferShapes

    rng = np.random.default_rng(cin + group)
    w = rng.integers(-3, 4, size=(cout, cin // group, 3, 3)).astype(np.float32)
    model = _grouped_conv(w, group, [2, cin, 7, 6], None, opset, **attrs).transform(InferShapes())
    x = rng.integers(-8, 8, size=(2, cin, 7, 6)).astype(np.float32)
    want = execute_onnx(model, {"x": x})["y"]
    low = model.transform(GroupedConvToGroups()).transform(InferShapes())
    assert [n.op_type for n in low.graph.node] == ["Split"] + ["Conv"] * group + ["Concat"]
    for conv in low.graph.node[1:-1]:
        assert low.get_initializer(conv.input[1]).shape == (cout // group, cin // group, 3, 3)
    got = execute_onnx(low, {"x": x})["y"]
    assert got.shape == want.shape and np.array_equal(got, want)


def test_depthwise_conv_stays_and_channel_multiplier_is_dense():
    from qonnx.core.onnx_exec import execute_onnx

    rng = np.random.default_rng(5)
    dw = _grouped_conv(rng.integers(-3, 4, size=(4, 1, 3, 3)).astype(np.float32), 4,
                       [1, 4, 5, 5], [1, 4, 3, 3])
    assert [n.op_type for n in dw.transform(GroupedConvToGroups()).graph.node] == ["Conv"]
    mult = _grouped_conv(rng.integers(-3, 4, size=(8, 1, 3, 3)).astype(np.float32), 4,
                         [1, 4, 5, 5], [1, 8, 3, 3])
    x = rng.integers(0, 8, size=(1, 4, 5, 5)).astype(np.float32)
    want = execute_onnx(mult, {"x": x})["y"]
    dense = mult.transform(GroupedConvToGroups())
    assert dense.get_initializer("w").shape == (8, 4, 3, 3)
    assert np.array_equal(execute_onnx(dense, {"x": x})["y"], want)


def test_resnext_grouped_maps_to_split_convs_concat(tmp_path):
    """The corpus ResNeXt block: every stage equals qonnx execution of the source; the grouped
    3x3 conv is a StreamingSplit, one MVAU per group (MW = Cin/group * 9) and a
    StreamingConcat, with no dense MVAU over all its input channels."""
    from qonnx.custom_op.registry import getCustomOp

    model = ModelWrapper(str(CORPUS / "resnext_grouped.onnx"))
    xs = np.load(CORPUS / "resnext_grouped_input.npy")
    st = assert_stages_match(model, xs, tmp_path)
    child = st["dataflow_partition"]
    ops = hw_op_types(child)
    assert ops.count("StreamingSplit") == 1 and ops.count("StreamingConcat") == 1
    split = getCustomOp(child.get_nodes_by_op_type("StreamingSplit")[0])
    cin, group = sum(split.channels()), len(split.channels())
    assert group == 4
    widths = [getCustomOp(n).get_nodeattr("MW") for n in child.get_nodes_by_op_type("MVAU")]
    assert widths.count(cin // group * 9) == group and cin * 9 not in widths


def _conv_transpose_model(k, s, pads, op, shape, rng):
    w = rng.integers(-3, 4, size=(shape[1], 2) + tuple(k)).astype(np.float32)
    node = helper.make_node("ConvTranspose", ["x", "w"], ["y"], strides=s, pads=pads,
                            output_padding=op, name="ct")
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
        [helper.make_tensor("w", TensorProto.FLOAT, w.shape, w.ravel())])
    from qonnx.transformation.infer_shapes import InferShapes

    return ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13)])).transform(InferShapes())


@pytest.mark.parametrize("k, s, pb, pe, op", [
    (2, 2, 0, 0, 0), (4, 2, 1, 1, 0), (3, 2, 1, 1, 1), (3, 2, 0, 1, 0), (5, 3, 1, 1, 0),
    (1, 1, 0, 0, 0), (3, 1, 1, 1, 0), (4, 3, 0, 1, 0), (6, 2, 2, 2, 0),
])
def test_conv_transpose_sub_pixel_is_exact(k, s, pb, pe, op):
    """Conv + PixelShuffle equal onnxruntime's ConvTranspose on integers, non-square input."""
    from qonnx.core.onnx_exec import execute_onnx
    from qonnx.transformation.infer_shapes import InferShapes

    from finn_vivado.frontend.lowering import ConvTransposeToSubPixel

    rng = np.random.default_rng(k * 100 + s * 10 + pb)
    model = _conv_transpose_model([k, k], [s, s], [pb, pb, pe, pe], [op, op], [1, 3, 4, 5], rng)
    x = rng.integers(-4, 5, size=(1, 3, 4, 5)).astype(np.float32)
    want = execute_onnx(model, {"x": x})["y"]
    low = model.transform(ConvTransposeToSubPixel()).transform(InferShapes())
    assert [n.op_type for n in low.graph.node] == ["Conv", "PixelShuffle"]
    conv_w = low.get_initializer(low.graph.node[0].input[1])
    assert conv_w.shape[2] <= -(-k // s) + 1  # window: taps of one phase, at most one more
    got = execute_onnx(low, {"x": x})["y"]
    assert got.shape == want.shape and np.array_equal(got, want)


def test_conv_transpose_with_ragged_output_is_refused():
    from finn_vivado.frontend.lowering import ConvTransposeToSubPixel

    model = _conv_transpose_model([3, 3], [2, 2], [1, 1, 1, 1], [0, 0], [1, 2, 4, 4],
                                  np.random.default_rng(0))
    with pytest.raises(FinnVivadoError, match=r"node ct \(ConvTranspose\): output size 7 is "
                                              r"not a multiple of the stride 2"):
        model.transform(ConvTransposeToSubPixel())


def test_pixel_shuffle_moves_each_phase_to_its_offset():
    from finn_vivado.frontend.custom_ops import pixel_shuffle

    x = np.arange(2 * 6 * 2 * 3).reshape(2, 6, 2, 3)  # blocks (1, 3), C = 2
    y = pixel_shuffle(x, [1, 3])
    assert y.shape == (2, 2, 2, 9)
    for n, c, h, w, r in np.ndindex(2, 2, 2, 3, 3):
        assert y[n, c, h, w * 3 + r] == x[n, r * 2 + c, h, w]
    x1 = np.arange(8 * 5).reshape(1, 8, 5)  # 1-D, block 4
    assert np.array_equal(pixel_shuffle(x1, [4])[0, 1, 4 * 2 + 3], x1[0, 3 * 2 + 1, 2])
