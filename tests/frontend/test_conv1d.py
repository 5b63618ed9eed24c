"""1-D networks (Conv1d, MaxPool1d, AveragePool1d): mapped onto the 2-D layers with H=1.

Every network ends in an activation quantizer, so its output is compared with
``np.array_equal`` to qonnx execution of the source model, stage by stage and (one network)
through the stitched RTL.
"""

from pathlib import Path

import numpy as np
import pytest
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper

import finn_vivado
from finn_vivado.flow.verify import execute_model

from stitch_helpers import requires_verilator

from .helpers import hw_op_types, source_outputs, stages
from .qonnx_builder import QBuilder

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "corpus"
CORPUS = ("kws_conv1d", "radioml_vgg_conv1d", "cnn_avgpool1d")


def _conv1d(b, x, c_out, k, wbits, stride=1, pad=(0, 0), dilation=1, group=1):
    n, c, w = b.shapes[x]
    wq = b.qweight([c_out, c // group, k], wbits)
    ow = (w + sum(pad) - dilation * (k - 1) - 1) // stride + 1
    return b.node("Conv", [x, wq], [n, c_out, ow], kernel_shape=[k], strides=[stride],
                  pads=list(pad), dilations=[dilation], group=group)


def _pool1d(b, x, op, k, stride):
    n, c, w = b.shapes[x]
    return b.node(op, [x], [n, c, (w - k) // stride + 1], kernel_shape=[k], strides=[stride])


def _act(b, x, bits=3, signed=False):
    return b.quant(b.relu(b.bn(x)) if not signed else b.bn(x), bits, signed, 0.3)


def _inputs(shape, n=8, seed=1):
    return np.random.default_rng(seed).normal(0, 3, size=(n,) + tuple(shape[1:])).astype(np.float32)


def _net(seed, in_shape=(1, 3, 20)):
    """conv(pad 1,2) -> maxpool k=s=2 -> strided dilated conv -> overlapping maxpool ->
    depthwise conv -> avgpool + signed quantizer -> conv k=1."""
    b = QBuilder(list(in_shape), seed=seed)
    x = b.quant("inp", 8, True, 0.05)
    x = _act(b, _conv1d(b, x, 6, 3, 4, pad=(1, 2)))
    x = _pool1d(b, x, "MaxPool", 2, 2)
    x = _act(b, _conv1d(b, x, 8, 3, 3, stride=2, dilation=2, pad=(2, 2)), 4)
    x = _pool1d(b, x, "MaxPool", 3, 1)
    x = _act(b, _conv1d(b, x, 8, 3, 4, pad=(1, 1), group=8))
    x = b.quant(_pool1d(b, x, "AveragePool", 2, 2), 4, True, 0.15)
    x = _act(b, _conv1d(b, x, 5, 1, 4), 4, signed=True)
    return b.build(x)


def _assert_equal_to_source(model, xs, tmp_path) -> dict:
    want = source_outputs(model, xs)
    st = stages(model, tmp_path)
    for name in ("streamline", "convert_to_hw", "dataflow_partition"):
        got = execute_model(st[name], xs)
        assert got.shape == want.shape and np.array_equal(got, want), name
    return st


def _attr(node, name):
    return next(helper.get_attribute_value(a) for a in node.attribute if a.name == name)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_conv1d_pools_equal_source(tmp_path, seed):
    model = _net(seed)
    st = _assert_equal_to_source(model, _inputs([1, 3, 20], seed=seed), tmp_path)
    ops = hw_op_types(st["dataflow_partition"])
    assert ops.count("FMPadding") == 3 and "StreamingMaxPool" in ops and "VVAU" in ops
    assert {_attr(n, "Function") for n in st["dataflow_partition"].graph.node
            if n.op_type == "Pool"} == {b"MaxPool", b"SumPool"}
    for n in st["dataflow_partition"].graph.node:
        if n.op_type == "ConvolutionInputGenerator":
            assert _attr(n, "ConvKernelDim")[0] == 1 and _attr(n, "IFMDim")[0] == 1
        if n.op_type == "FMPadding":
            top, _, bottom, _ = _attr(n, "Padding")
            assert top == bottom == 0


def test_conv1d_global_pool_head_equal_source(tmp_path):
    b = QBuilder([1, 4, 11], seed=9)
    x = b.quant("inp", 8, True, 0.05)
    x = _act(b, _conv1d(b, x, 8, 5, 3, stride=2, pad=(2, 2)))
    n, c, _ = b.shapes[x]
    x = b.quant(b.node("GlobalAveragePool", [x], [n, c, 1]), 6, False, 0.05)
    x = _act(b, b.matmul(b.flatten(x), 6, 4), 4, signed=True)
    st = _assert_equal_to_source(b.build(x), _inputs([1, 4, 11]), tmp_path)
    assert "GlobalAccPool" in hw_op_types(st["dataflow_partition"])


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_conv1d_streamlines(tmp_path, name):
    """The corpus networks end in a float layer (software tail): float32 summation noise only."""
    model = ModelWrapper(str(CORPUS_DIR / f"{name}.onnx"))
    xs = np.load(CORPUS_DIR / f"{name}_input.npy").astype(np.float32)
    want = source_outputs(model, xs)
    st = stages(model, tmp_path)
    for stage in ("streamline", "dataflow_partition"):
        got = execute_model(st[stage], xs)
        assert np.allclose(got, want, rtol=1e-5, atol=1e-6 * np.abs(want).max()), stage


@requires_verilator
def test_conv1d_net_through_stitched_rtl(tmp_path):
    from finn_vivado.backends.sim.onnx_exec import stitched_child

    model = _net(5, (1, 2, 16))
    path = tmp_path / "net1d.onnx"
    model.save(str(path))
    out = tmp_path / "out"
    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "target_fps": 100_000, "generate_outputs": ["estimate_reports", "stitched_ip"],
           "stop_step": "step_create_stitched_ip"}
    finn_vivado.build(str(path), cfg)
    built = ModelWrapper(str(out / "intermediate_models" / "step_create_stitched_ip.onnx"))
    xs = _inputs([1, 2, 16], n=3, seed=5)
    got = execute_model(stitched_child(built, out / "stitched_ip"), xs)
    want = source_outputs(model, xs)
    assert got.shape == want.shape and np.array_equal(got, want)


def test_window_2d_lifts_1d_parameters():
    from finn_vivado.core.errors import FinnVivadoError
    from finn_vivado.frontend.spatial import fmap4, window_2d

    node = helper.make_node("Conv", ["x", "w"], ["y"], name="Conv_7")
    win = window_2d(node, {"kernel_shape": [3], "strides": [2], "dilations": [3],
                           "pads": [1, 2]})
    assert (win.kernel, win.strides, win.dilations, win.pads) == (
        [1, 3], [1, 2], [1, 3], [0, 1, 0, 2])
    win = window_2d(node, {"kernel_shape": [3, 2], "pads": [1, 0, 1, 0]})
    assert (win.kernel, win.strides, win.dilations) == ([3, 2], [1, 1], [1, 1])
    assert fmap4([1, 8, 20]) == [1, 8, 1, 20] and fmap4([1, 8, 4, 5]) == [1, 8, 4, 5]
    with pytest.raises(FinnVivadoError, match="Conv_7.*3-D windows"):
        window_2d(node, {"kernel_shape": [3, 3, 3]})
    with pytest.raises(FinnVivadoError, match="Conv_7.*auto_pad=SAME_UPPER"):
        window_2d(node, {"kernel_shape": [3], "auto_pad": "SAME_UPPER"})
