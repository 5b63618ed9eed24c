"""Networks the front end was not written for: other widths, shapes, signs and layer kinds.

Each is built like a brevitas export (random weights and BatchNorm statistics, about a third of
the BatchNorm scales negative) and must convert with every stage equal to the source model.
"""

import numpy as np
import pytest

from .helpers import assert_stages_match, hw_op_types
from .qonnx_builder import QBuilder


def _inputs(shape, n=12, seed=1, scale=4.0):
    return (np.random.default_rng(seed).normal(0, scale, size=(n,) + tuple(shape[1:]))).astype(np.float32)


@pytest.mark.parametrize("wbits,abits,signed", [(2, 2, True), (4, 3, False), (8, 8, True), (3, 5, False)])
def test_mlp_widths(tmp_path, wbits, abits, signed):
    b = QBuilder([1, 24], seed=wbits * 10 + abits)
    x = b.quant("inp", 8, True, 0.05)
    x = b.matmul(x, 32, wbits)
    x = b.relu(b.bn(x)) if not signed else b.bn(x)
    x = b.quant(x, abits, signed, 0.25)
    x = b.matmul(x, 16, wbits)
    x = b.quant(b.bn(x), abits, signed, 0.5)
    x = b.matmul(x, 5, wbits)
    model = b.build(b.affine(x, np.float32(0.37), np.float32(-0.2)))
    st = assert_stages_match(model, _inputs([1, 24]), tmp_path)
    assert hw_op_types(st["dataflow_partition"]) == ["MVAU"] * 3


def test_bipolar_mlp_uses_xnor(tmp_path):
    b = QBuilder([1, 32], seed=7)
    x = b.bipolar("inp")
    for n in (48, 24):
        x = b.bipolar(b.bn(b.matmul(x, n, "bipolar"), negative=0.5))
    model = b.build(b.matmul(x, 10, "bipolar"))
    st = assert_stages_match(model, _inputs([1, 32]), tmp_path)
    mvaus = [n for n in st["dataflow_partition"].graph.node if n.op_type == "MVAU"]
    xnor = [next(a.i for a in n.attribute if a.name == "binaryXnorMode") for n in mvaus]
    assert xnor == [1, 1, 0]


def test_zero_point_and_narrow_quantizers(tmp_path):
    b = QBuilder([1, 16], seed=3)
    x = b.quant("inp", 4, False, 0.3, zeropt=3.0)
    x = b.matmul(x, 12, 3)
    x = b.quant(b.bn(x), 3, True, 0.4, narrow=True)
    x = b.matmul(x, 8, 4)
    x = b.quant(x, 4, False, 0.2, zeropt=2.0, mode="FLOOR")
    model = b.build(b.matmul(x, 4, 2))
    assert_stages_match(model, _inputs([1, 16]), tmp_path)


def test_cnn_padding_stride_dilation_depthwise_pools(tmp_path):
    b = QBuilder([1, 3, 14, 14], seed=11)
    x = b.quant("inp", 8, True, 0.05)
    x = b.quant(b.relu(b.bn(b.conv(x, 8, 3, 4, pad=1))), 4, False, 0.3)
    x = b.quant(b.bn(b.conv(x, 12, 3, 3, stride=2, dilation=2)), 3, True, 0.3)
    x = b.quant(b.relu(b.bn(b.conv(x, 12, 3, 4, pad=1, group=12))), 4, False, 0.25)
    x = b.maxpool(x, 2, 1)
    x = b.quant(b.bn(b.conv(x, 16, 1, 2)), 2, True, 0.5)
    x = b.quant(b.avgpool(x, 2), 4, True, 0.2)
    model = b.build(b.matmul(b.flatten(x), 6, 3))
    st = assert_stages_match(model, _inputs([1, 3, 14, 14], n=6, scale=1.0), tmp_path)
    ops = hw_op_types(st["dataflow_partition"])
    for op in ("FMPadding", "ConvolutionInputGenerator", "VVAU", "Pool", "MVAU"):
        assert op in ops


def test_residual_and_global_average_pool(tmp_path):
    b = QBuilder([1, 4, 8, 8], seed=5)
    x = b.quant("inp", 6, True, 0.1)
    x1 = b.quant(b.relu(b.bn(b.conv(x, 8, 3, 3, pad=1))), 4, False, 0.25)
    x2 = b.quant(b.relu(b.bn(b.conv(x1, 8, 3, 3, pad=1))), 4, False, 0.25)
    x = b.quant(b.add(x1, x2), 5, False, 0.25)
    x = b.maxpool(x, 2, 2)
    x = b.quant(b.gap(x), 6, False, 0.1)
    model = b.build(b.matmul(b.flatten(x), 5, 4))
    st = assert_stages_match(model, _inputs([1, 4, 8, 8], n=6, scale=1.0), tmp_path)
    ops = hw_op_types(st["dataflow_partition"])
    for op in ("DuplicateStreams", "AddStreams", "StreamingMaxPool", "GlobalAccPool", "Thresholding"):
        assert op in ops


def test_trunc_average_pool(tmp_path):
    b = QBuilder([1, 4, 6, 6], seed=13)
    x = b.quant("inp", 4, False, 0.25)
    x = b.quant(b.relu(b.bn(b.conv(x, 6, 3, 3, pad=1))), 4, False, 0.25)
    x = b.node("Mul", [b.avgpool(x, 2), b.const(4.0)], [1, 6, 3, 3])
    x = b.trunc(x, 0.25, 6, 4)
    model = b.build(b.matmul(b.flatten(x), 5, 3))
    st = assert_stages_match(model, _inputs([1, 4, 6, 6], n=6, scale=2.0), tmp_path)
    assert "Pool" in hw_op_types(st["dataflow_partition"])


def test_standalone_thresholds(tmp_path):
    b = QBuilder([1, 20], seed=9)
    x = b.quant("inp", 4, True, 0.3)
    x = b.quant(b.bn(b.matmul(x, 16, 3)), 3, False, 0.5)
    model = b.build(b.matmul(x, 4, 3))
    st = assert_stages_match(model, _inputs([1, 20]), tmp_path, standalone_thresholds=True)
    assert hw_op_types(st["dataflow_partition"]) == ["MVAU", "Thresholding", "MVAU"]


def test_software_tail_after_last_layer(tmp_path):
    b = QBuilder([1, 10], seed=2)
    x = b.quant("inp", 4, True, 0.3)
    x = b.matmul(b.quant(b.bn(b.matmul(x, 12, 4)), 4, True, 0.3), 6, 4)
    model = b.build(b.op("Softmax", b.affine(x, np.float32(0.1), np.float32(0.0)), axis=-1))
    st = assert_stages_match(model, _inputs([1, 10]), tmp_path)
    assert "Softmax" in [n.op_type for n in st["parent"].graph.node]
