"""Hostile model files through the ``finn-vivado build`` command: each one ends in one
``error:`` line naming the file and the culprit tensor or node, exit status 2, no traceback,
and no output directory (the model is refused before any step runs).

Every case mutates the example model and names its culprit ``hostile_...`` so the
message can be checked for it.
"""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from .helpers import EXAMPLE, assert_user_error, example_build_dir, run_cli

_BASE = onnx.load(str(EXAMPLE / "model.onnx"))


# ------------------------------------------------------------------ mutation helpers
def _rename_tensor(model, old: str, new: str) -> None:
    g = model.graph
    for info in [*g.input, *g.output, *g.value_info, *g.initializer]:
        if info.name == old:
            info.name = new
    for node in g.node:
        for names in (node.input, node.output):
            for i, name in enumerate(names):
                if name == old:
                    names[i] = new


def _input(model):
    return model.graph.input[0]


def _set_input_dims(model, dims) -> None:
    _rename_tensor(model, _input(model).name, "hostile_in")
    shape = _input(model).type.tensor_type.shape
    for dim, value in zip(shape.dim, dims):
        if value is not None:
            dim.dim_value = value


def _nodes(model, op_type):
    return [n for n in model.graph.node if n.op_type == op_type]


def _weight_quant(model):
    """The first weight Quant (its input 0 is an initializer), renamed hostile_quant."""
    inits = {t.name for t in model.graph.initializer}
    node = next(n for n in _nodes(model, "Quant") if n.input[0] in inits)
    node.name = "hostile_quant"
    return node


def _act_quant(model):
    inits = {t.name for t in model.graph.initializer}
    node = next(n for n in _nodes(model, "Quant") if n.input[0] not in inits)
    node.name = "hostile_quant"
    return node


def _own_param(model, node, pos: int, value) -> None:
    """Give quantizer ``node`` its own parameter tensor ``hostile_param`` at input ``pos``."""
    node.input[pos] = "hostile_param"
    model.graph.initializer.append(
        numpy_helper.from_array(np.asarray(value, dtype=np.float32), "hostile_param"))


def _weight(model):
    """The first 2-D weight initializer, renamed hostile_w."""
    tensor = next(t for t in model.graph.initializer if len(t.dims) == 2)
    _rename_tensor(model, tensor.name, "hostile_w")
    return tensor


def _replace_weight_values(model, edit) -> None:
    tensor = _weight(model)
    values = numpy_helper.to_array(tensor).copy()
    edit(values)
    tensor.CopyFrom(numpy_helper.from_array(values, "hostile_w"))


def _insert_after_input(model, make) -> None:
    """Insert nodes ``make(input_name) -> (nodes, output)`` between the input and its reader."""
    first = model.graph.node[0]
    nodes, out = make(first.input[0])
    first.input[0] = out
    for i, node in enumerate(nodes):
        model.graph.node.insert(i, node)


# ------------------------------------------------------------------ cases
def huge_input(m):
    _set_input_dims(m, [1, 1, 10**9, 8])
    return "hostile_in", "too large", "2**28"


def huge_image(m):
    _set_input_dims(m, [1, 1, 100000, 100000])
    return "hostile_in", "10000000000 elements"


def overflowing_dims(m):
    _set_input_dims(m, [2**62, 2**62, 2**62, 2**62])
    return "hostile_in", "too large"


def zero_dim(m):
    _set_input_dims(m, [1, 0, None, None])
    return "hostile_in", "size 0 for dim 1"


def negative_dim(m):
    _set_input_dims(m, [1, 1, -8, None])
    return "hostile_in", "size -8 for dim 2"


def huge_output(m):
    _rename_tensor(m, m.graph.output[0].name, "hostile_out")
    m.graph.output[0].type.tensor_type.shape.dim[-1].dim_value = 10**9
    return "hostile_out", "too large"


def huge_value_info(m):
    info = m.graph.value_info[0]
    _rename_tensor(m, info.name, "hostile_tensor")
    info.type.tensor_type.shape.dim[0].dim_value = 10**9
    return "hostile_tensor", "too large"


def lying_initializer(m):
    tensor = _weight(m)
    tensor.dims[:] = [10**9, 16]
    tensor.raw_data = tensor.raw_data[:512]
    return "hostile_w", "too large"


def truncated_initializer(m):
    tensor = _weight(m)
    tensor.raw_data = tensor.raw_data[:512]
    return "hostile_w", "carries 512 bytes"


def short_typed_initializer(m):
    tensor = _weight(m)
    tensor.ClearField("raw_data")
    tensor.float_data.extend([0.25] * 7)
    return "hostile_w", "carries 7 values"


def symbolic_batch(m):
    _set_input_dims(m, [None] * 4)
    _input(m).type.tensor_type.shape.dim[0].dim_param = "hostile_N"
    return "hostile_in", "'hostile_N'", "batch size 1"


def input_without_shape(m):
    _set_input_dims(m, [None] * 4)
    _input(m).type.tensor_type.ClearField("shape")
    return "hostile_in", "no shape"


def cycle(m):
    for i, node in enumerate(m.graph.node[:3]):
        node.name = f"hostile_cycle{i}"
    m.graph.node[0].input[0] = m.graph.node[2].output[0]
    return "cycle through node hostile_cycle"


def two_producers(m):
    node = m.graph.node[1]
    node.name = "hostile_second"
    m.graph.node.insert(2, helper.make_node("Relu", [node.input[0]], [node.output[0]],
                                            name="hostile_first"))
    return "hostile_second", "hostile_first", "produced twice"


def opset_1(m):
    m.opset_import[0].version = 1
    return "opset 1", "opset 7 or newer"


def opset_from_the_future(m):
    m.opset_import[0].version = 999
    return "opset 999"


def no_default_opset(m):
    del m.opset_import[0]
    return "no opset for the default ONNX domain"


def bit_width(value):
    def case(m):
        _own_param(m, _weight_quant(m), 3, value)
        return "hostile_quant", "hostile_param", "bit width", "1..62"
    case.__name__ = f"bit_width_{value}"
    return case


def act_scale(value):
    def case(m):
        _own_param(m, _act_quant(m), 1, value)
        return "hostile_quant", "hostile_param", "greater than 0"
    case.__name__ = f"act_scale_{value}"
    return case


def weight_scale_nan(m):
    _own_param(m, _weight_quant(m), 1, np.nan)
    return "hostile_quant", "hostile_param", "nan"


def zero_point_inf(m):
    _own_param(m, _act_quant(m), 2, np.inf)
    return "hostile_quant", "zero-point", "hostile_param"


def rounding_mode(m):
    node = _act_quant(m)
    for attr in node.attribute:
        if attr.name == "rounding_mode":
            attr.s = b"hostile_mode"
    return "hostile_quant", "'hostile_mode'"


def nan_weight(m):
    _replace_weight_values(m, lambda w: w.__setitem__((3, 3), np.nan))
    return "hostile_w", "nan", "1 of"


def inf_bias(m):
    bias = next(t for t in m.graph.initializer if t.name.endswith(".bias"))
    _rename_tensor(m, bias.name, "hostile_bias")
    values = numpy_helper.to_array(bias).copy()
    values[0] = np.inf
    bias.CopyFrom(numpy_helper.from_array(values, "hostile_bias"))
    return "hostile_bias", "BatchNormalization", "inf"


def second_input(m):
    m.graph.input.append(helper.make_tensor_value_info("hostile_extra", TensorProto.FLOAT, [1, 64]))
    matmul = _nodes(m, "MatMul")[0]
    out = matmul.output[0]
    matmul.output[0] = out + "_pre"
    index = list(m.graph.node).index(matmul) + 1
    m.graph.node.insert(index, helper.make_node("Add", [out + "_pre", "hostile_extra"], [out],
                                                name="AddExtra"))
    return "hostile_extra", "second input"


def input_type(elem):
    def case(m):
        _set_input_dims(m, [None] * 4)
        _input(m).type.tensor_type.elem_type = elem
        return "hostile_in", TensorProto.DataType.Name(elem)
    case.__name__ = f"input_type_{TensorProto.DataType.Name(elem)}"
    return case


def empty_op_type(m):
    m.graph.node[1].name = "hostile_node"
    m.graph.node[1].op_type = ""
    return "hostile_node", "empty op_type"


def unknown_domain(m):
    m.graph.node[1].domain = "hostile.domain"
    return "'hostile.domain'"


def unknown_operator(m):
    m.graph.node[1].op_type = "HostileOp"
    return "'HostileOp'", "not an ONNX operator"


def unknown_quantizer(m):
    _act_quant(m).op_type = "HostileQuant"
    return "hostile_quant", "'HostileQuant'"


def no_graph_input(m):
    name = _input(m).name
    del m.graph.input[:]
    m.graph.initializer.append(numpy_helper.from_array(np.zeros((1, 1, 8, 8), np.float32), name))
    return "no input"


def tile_blowup(m):
    m.graph.initializer.append(
        numpy_helper.from_array(np.array([1, 1, 20000, 20000], np.int64), "hostile_reps"))
    _insert_after_input(m, lambda x: (
        [helper.make_node("Tile", [x, "hostile_reps"], ["hostile_tiled"], name="HostileTile")],
        "hostile_tiled"))
    return "HostileTile", "hostile_tiled", "too large"


def constant_of_shape_blowup(m):
    m.graph.initializer.append(
        numpy_helper.from_array(np.array([100000, 100000], np.int64), "hostile_shape"))
    sub = _nodes(m, "Sub")[0]
    m.graph.node.insert(0, helper.make_node("ConstantOfShape", ["hostile_shape"], ["zeros"],
                                            name="HostileZeros"))
    m.graph.node.insert(1, helper.make_node("ReduceSum", ["zeros"], ["zsum"], keepdims=0))
    sub.input[1] = "zsum"
    return "HostileZeros", "too large"


def inconsistent_value_info(m):
    info = m.graph.value_info[0]
    _rename_tensor(m, info.name, "hostile_tensor")
    info.type.tensor_type.shape.dim[-1].dim_value = 7
    return "hostile_tensor", "declared with shape"


def scale_not_broadcasting(m):
    _own_param(m, _weight_quant(m), 1, np.ones(5))
    return "hostile_quant", "hostile_param", "does not broadcast"


def bit_width_vector(m):
    _own_param(m, _weight_quant(m), 3, [2.0, 4.0])
    return "hostile_quant", "hostile_param", "2 values"


def fractional_zero_point(m):
    _own_param(m, _act_quant(m), 2, 0.5)
    return "hostile_quant", "hostile_param", "0.5"


def float_signed_attribute(m):
    node = _act_quant(m)
    node.attribute.remove(next(a for a in node.attribute if a.name == "signed"))
    node.attribute.append(helper.make_attribute("signed", 1.0))
    return "hostile_quant", "'signed'", "FLOAT"


def missing_quant_attribute(m):
    node = _act_quant(m)
    node.attribute.remove(next(a for a in node.attribute if a.name == "narrow"))
    return "hostile_quant", "'narrow'"


def bad_transpose(m):
    node = _nodes(m, "Transpose")[0]
    node.name = "hostile_transpose"
    node.attribute[0].ints[:] = [0, 0]
    return "hostile_transpose", "[0, 0]"


def output_is_the_input(m):
    _rename_tensor(m, _input(m).name, "hostile_in")
    m.graph.output[0].name = "hostile_in"
    return "hostile_in", "declared twice"


def negative_variance(m):
    var = next(t for t in m.graph.initializer if t.name.endswith(".running_var"))
    _rename_tensor(m, var.name, "hostile_var")
    values = numpy_helper.to_array(var).copy()
    values[5] = -1.0
    var.CopyFrom(numpy_helper.from_array(values, "hostile_var"))
    return "hostile_var", "BatchNormalization", "running variance"


def missing_required_input(m):
    node = _nodes(m, "MatMul")[0]
    node.name = "hostile_matmul"
    node.input[1] = ""
    return "hostile_matmul", "does not match the ONNX MatMul operator"


def wrong_attribute_type(m):
    node = _nodes(m, "Transpose")[0]
    node.name = "hostile_transpose"
    node.attribute.remove(node.attribute[0])
    node.attribute.append(helper.make_attribute("perm", "hostile"))
    return "hostile_transpose", "perm"


def float_quantizer(m):
    _act_quant(m).op_type = "FloatQuant"
    return "hostile_quant", "floating-point quantizer"


CASES = [
    huge_input, huge_image, overflowing_dims, zero_dim, negative_dim, huge_output,
    huge_value_info, lying_initializer, truncated_initializer, short_typed_initializer,
    symbolic_batch, input_without_shape, cycle, two_producers, opset_1, opset_from_the_future,
    no_default_opset, bit_width(0), bit_width(-2), bit_width(2.5), bit_width(np.nan),
    bit_width(np.inf), bit_width(1e6), act_scale(0.0), act_scale(-1.0), act_scale(np.nan),
    weight_scale_nan, zero_point_inf, rounding_mode, nan_weight, inf_bias, second_input,
    input_type(TensorProto.STRING), input_type(TensorProto.BOOL), empty_op_type,
    unknown_domain, unknown_operator, unknown_quantizer, no_graph_input, tile_blowup,
    constant_of_shape_blowup, inconsistent_value_info, scale_not_broadcasting, bit_width_vector,
    fractional_zero_point, float_signed_attribute, missing_quant_attribute, bad_transpose,
    output_is_the_input, negative_variance, missing_required_input, wrong_attribute_type,
    float_quantizer,
]


def _hostile_model(case, path: Path) -> tuple[str, ...]:
    model = copy.deepcopy(_BASE)
    fragments = case(model)
    path.write_bytes(model.SerializeToString())
    return (fragments,) if isinstance(fragments, str) else tuple(fragments)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_hostile_model_in_build_directory(case, tmp_path):
    source = tmp_path / "hostile.onnx"
    fragments = _hostile_model(case, source)
    build_dir = example_build_dir(tmp_path, model=source)
    result = run_cli("build", build_dir, timeout=120)
    assert_user_error(result, "model.onnx", *fragments, root=build_dir)
    assert not (build_dir / "out").exists()


@pytest.mark.parametrize("case", [huge_input, lying_initializer, symbolic_batch, cycle,
                                  bit_width(np.nan), nan_weight, second_input],
                         ids=lambda c: c.__name__)
def test_hostile_model_file_with_options(case, tmp_path):
    model = tmp_path / "hostile_model.onnx"
    fragments = _hostile_model(case, model)
    out = tmp_path / "out"
    result = run_cli("build", model, "-o", out, "--steps", "estimate", "--board", "Pynq-Z2",
                     timeout=120)
    assert_user_error(result, "hostile_model.onnx", *fragments, root=out)
    assert not out.exists()


def _external_model(tmp_path: Path) -> tuple[Path, Path]:
    """The example model saved with its weights in hostile_data.bin."""
    path = tmp_path / "hostile_model.onnx"
    onnx.save(copy.deepcopy(_BASE), str(path), save_as_external_data=True,
              all_tensors_to_one_file=True, location="hostile_data.bin", size_threshold=1024)
    return path, tmp_path / "hostile_data.bin"


def _edit_external(path: Path, edit) -> None:
    model = onnx.load(str(path), load_external_data=False)
    edit(next(t for t in model.graph.initializer if len(t.dims) == 2))
    onnx.save(model, str(path))


@pytest.mark.parametrize("damage", ["huge_dims", "length_mismatch", "missing_file",
                                    "short_file"])
def test_hostile_external_data(damage, tmp_path):
    path, data = _external_model(tmp_path)
    if damage == "huge_dims":
        _edit_external(path, lambda t: t.dims.__setitem__(slice(None), [10**9, 16]))
        fragments = ("too large",)
    elif damage == "length_mismatch":
        _edit_external(path, lambda t: t.dims.__setitem__(0, t.dims[0] // 2))
        fragments = ("external data entry says length",)
    elif damage == "missing_file":
        data.unlink()
        fragments = ("external tensor data cannot be read", "hostile_data.bin")
    else:
        with open(data, "r+b") as handle:
            handle.truncate(100)
        fragments = ("external tensor data cannot be read",)
    out = tmp_path / "out"
    result = run_cli("build", path, "-o", out, "--steps", "estimate", "--board", "Pynq-Z2",
                     timeout=120)
    assert_user_error(result, "hostile_model.onnx", *fragments, root=out)
    assert not out.exists()
