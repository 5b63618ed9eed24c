"""Channel Concat and nearest Resize: converted to StreamingConcat / Upsample, every stage
equal (np.array_equal) to qonnx execution of the input model; clear errors otherwise."""

from pathlib import Path

import numpy as np
import pytest
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.infer_shapes import InferShapes

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.verify import execute_model

from .helpers import source_outputs, stages
from .qonnx_builder import QBuilder

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
STAGES = ("streamline", "convert_to_hw", "dataflow_partition")


def _inputs(shape, n=6, seed=1):
    rng = np.random.default_rng(seed)
    return rng.normal(0, 2.0, size=(n,) + tuple(shape[1:])).astype(np.float32)


def assert_equal_stages(model, xs, workdir) -> dict:
    """Every stage's output equals qonnx execution of the input model, exactly."""
    want = source_outputs(model, xs)
    st = stages(model, workdir)
    for name in STAGES:
        got = execute_model(st[name], xs)
        assert got.shape == want.shape and np.array_equal(got, want), f"stage {name}"
    return st


def op_types(st) -> list:
    return [n.op_type for n in st["dataflow_partition"].graph.node]


def _cbr(b, x, c_out, k, scale, bits=4, signed=False):
    """conv + BatchNorm + (Relu) + activation quantizer, as brevitas exports it."""
    y = b.bn(b.conv(x, c_out, k, 4, pad=k // 2))
    return b.quant(y if signed else b.relu(y), bits, signed, scale)


def _concat(b, xs, axis=1):
    shape = list(b.shapes[xs[0]])
    shape[axis] = sum(b.shapes[x][axis] for x in xs)
    return b.node("Concat", xs, shape, axis=axis)


def _resize(b, x, scales=None, sizes=None, **attrs):
    attrs = {"mode": "nearest", "coordinate_transformation_mode": "asymmetric",
             "nearest_mode": "floor", **attrs}
    n, c = b.shapes[x][:2]
    if sizes is not None:
        shape, args = list(sizes), [x, "", "", b.const(np.asarray(sizes), "sizes")]
        b.inits[args[3]] = np.asarray(sizes, dtype=np.int64)
    else:
        shape = [int(d * s) for d, s in zip(b.shapes[x], scales)]
        args = [x, "", b.const(np.asarray(scales, np.float32), "scales")]
    return b.node("Resize", args, shape, **attrs)


def test_fire_module_same_scales(tmp_path):
    """SqueezeNet fire: fork, 1x1 and 3x3 expand, concat, conv; one activation scale."""
    b = QBuilder([1, 3, 6, 6], seed=3)
    s = _cbr(b, b.quant("inp", 8, True, 0.05), 4, 1, 0.2)
    x = _concat(b, [_cbr(b, s, 4, 1, 0.2), _cbr(b, s, 6, 3, 0.2)])
    model = b.build(_cbr(b, x, 5, 1, 0.3))
    st = assert_equal_stages(model, _inputs([1, 3, 6, 6]), tmp_path)
    types = op_types(st)
    assert types.count("StreamingConcat") == 1 and "DuplicateStreams" in types


def test_concat_of_different_scales_and_types_before_a_quantizer(tmp_path):
    """Inputs with their own scales and integer types (UINT3, INT4): the concat carries a
    per-channel chain into the next activation quantizer (thresholds per channel)."""
    b = QBuilder([1, 2, 4, 4], seed=5)
    x = b.quant("inp", 8, True, 0.0625)  # power-of-two scales: no float32 rounding ties
    a = _cbr(b, x, 3, 3, 0.25, bits=3)
    c = _cbr(b, x, 2, 1, 0.125, bits=4, signed=True)
    y = _concat(b, [a, c, x])
    model = b.build(b.quant(b.relu(y), 3, False, 0.5))
    st = assert_equal_stages(model, _inputs([1, 2, 4, 4]), tmp_path)
    node = next(n for n in st["dataflow_partition"].graph.node if n.op_type == "StreamingConcat")
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    assert attrs["ChannelsPerStream"] == [3, 2, 2]
    assert [t.decode() for t in attrs["inputDataTypes"]] == ["UINT3", "INT4", "INT8"]
    assert attrs["outputDataType"].decode() == "INT8"


def test_dense_block_chained_concats(tmp_path):
    b = QBuilder([1, 2, 5, 5], seed=8)
    x = _cbr(b, b.quant("inp", 8, True, 0.05), 4, 3, 0.25)
    for _ in range(2):
        x = _concat(b, [x, _cbr(b, x, 2, 3, 0.25)])
    model = b.build(_cbr(b, x, 3, 1, 0.4))
    st = assert_equal_stages(model, _inputs([1, 2, 5, 5]), tmp_path)
    assert op_types(st).count("StreamingConcat") == 2


@pytest.mark.parametrize("how", ["scales", "sizes", "unequal", "one_d"])
def test_nearest_upsampling(tmp_path, how):
    shape = [1, 3, 4] if how == "one_d" else [1, 3, 3, 4]
    b = QBuilder(shape, seed=11)
    x = b.quant("inp", 4, True, 0.25)
    if how == "sizes":
        up = _resize(b, x, sizes=[1, 3, 6, 8])
    elif how == "unequal":
        up = _resize(b, x, scales=[1, 1, 3, 2], coordinate_transformation_mode="half_pixel",
                     nearest_mode="round_prefer_floor")
    else:
        up = _resize(b, x, scales=[1, 1, 3] if how == "one_d" else [1, 1, 2, 2])
    model = b.build(b.quant(b.relu(up), 3, False, 0.5))
    st = assert_equal_stages(model, _inputs(shape), tmp_path)
    assert "Upsample" in op_types(st)


def _net_with(op_builder):
    b = QBuilder([1, 2, 4, 4], seed=2)
    x = b.quant("inp", 4, True, 0.25)
    return b.build(b.quant(b.relu(op_builder(b, x)), 3, False, 0.5))


@pytest.mark.parametrize("make,message", [
    (lambda b, x: _resize(b, x, scales=[1, 1, 2, 2], mode="linear"),
     r"Resize.*mode=linear is not supported"),
    (lambda b, x: _resize(b, x, scales=[1, 1, 1.5, 2]),
     r"Resize.*resizes 4 to 6 pixels, not by an integer factor"),
    (lambda b, x: _resize(b, x, scales=[1, 1, 2, 2], coordinate_transformation_mode="half_pixel"),
     r"Resize.*nearest_mode=floor does not repeat each pixel"),
    (lambda b, x: _concat(b, [x, b.quant(b.relu(x), 4, False, 0.25)], axis=3),
     r"Concat.*along axis 3 .*only the channel axis"),
])
def test_unmappable_resize_and_concat_name_the_node(tmp_path, make, message):
    with pytest.raises(FinnVivadoError, match=message):
        stages(_net_with(make), tmp_path)


def test_concat_of_different_scales_into_a_conv_is_refused(tmp_path):
    b = QBuilder([1, 2, 4, 4], seed=4)
    x = b.quant("inp", 8, True, 0.05)
    y = _concat(b, [_cbr(b, x, 2, 1, 0.3), _cbr(b, x, 2, 1, 0.1)])
    model = b.build(_cbr(b, y, 2, 1, 0.2))
    with pytest.raises(FinnVivadoError, match="input scale differs between elements"):
        stages(model, tmp_path)


def _truncated(model: ModelWrapper, tensor: str) -> ModelWrapper:
    """The model up to ``tensor`` (a quantized activation), which becomes its output."""
    needed, todo = set(), [tensor]
    while todo:
        node = model.find_producer(todo.pop())
        if node is not None and node.name not in needed:
            needed.add(node.name)
            todo.extend(node.input)
    keep = [n for n in model.graph.node if n.name in needed]
    del model.graph.node[:]
    model.graph.node.extend(keep)
    del model.graph.output[:]
    keep_vi = [v for v in model.graph.value_info if v.name != tensor]
    del model.graph.value_info[:]
    model.graph.value_info.extend(keep_vi)
    model.graph.output.append(helper.make_tensor_value_info(tensor, 1, None))
    return model.transform(InferShapes())


@pytest.mark.parametrize("name", ["squeezenet_fire", "densenet_block", "unet_upsample"])
def test_corpus_networks_up_to_their_last_activation(tmp_path, name):
    model = ModelWrapper(str(CORPUS / f"{name}.onnx"))
    quants = [n.output[0] for n in model.graph.node if n.op_type == "Quant"
              and "act_quant" in n.name]
    model = _truncated(model, quants[-1])
    xs = np.load(CORPUS / f"{name}_input.npy").astype(np.float32)
    st = assert_equal_stages(model, xs, tmp_path)
    types = op_types(st)
    assert "StreamingConcat" in types
    assert ("Upsample" in types) == (name == "unet_upsample")
