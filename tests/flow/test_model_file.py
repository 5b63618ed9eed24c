"""Checks of the input model file (flow/model_file and its helpers): every kind of bad model
is refused by one FinnVivadoError naming the file and the culprit tensor or node."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.model_file import check_model, load_model
from finn_vivado.flow.model_graph import MIN_OPSET
from finn_vivado.flow.model_sizes import MAX_TENSOR_ELEMENTS
from finn_vivado.flow.model_values import MAX_QUANT_BITS, check_values

QONNX = "qonnx.custom_op.general"
WHERE = "net.onnx"
REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "models"


def _const(name, value):
    return numpy_helper.from_array(np.asarray(value, dtype=np.float32), name)


def qnet(act_bits=4.0, w_bits=4.0, act_scale=0.25, w_scale=0.1, zeropt=0.0, bip_scale=1.0,
         weights=None):
    """x[1,4] -> Quant -> MatMul(Quant(W)) -> BipolarQuant -> y[1,3]."""
    rng = np.random.default_rng(7)
    w = rng.normal(size=(4, 3)) if weights is None else weights
    nodes = [
        helper.make_node("Quant", ["x", "act_scale", "zeropt", "act_bits"], ["xq"],
                         name="QuantAct", domain=QONNX, signed=1, narrow=0, rounding_mode="ROUND"),
        helper.make_node("Quant", ["W", "w_scale", "zeropt", "w_bits"], ["wq"], name="QuantW",
                         domain=QONNX, signed=1, narrow=1, rounding_mode="ROUND"),
        helper.make_node("MatMul", ["xq", "wq"], ["mm"], name="MatMul0"),
        helper.make_node("BipolarQuant", ["mm", "bip_scale"], ["y"], name="BipolarOut",
                         domain=QONNX),
    ]
    inits = [_const("W", w), _const("act_scale", act_scale), _const("w_scale", w_scale),
             _const("zeropt", zeropt), _const("act_bits", act_bits), _const("w_bits", w_bits),
             _const("bip_scale", bip_scale)]
    graph = helper.make_graph(nodes, "qnet", [helper.make_tensor_value_info("x", 1, [1, 4])],
                              [helper.make_tensor_value_info("y", 1, [1, 3])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13),
                                                    helper.make_opsetid(QONNX, 1)])
    model.ir_version = 8
    return model


def refused(model, *fragments) -> str:
    with pytest.raises(FinnVivadoError) as info:
        check_model(model, WHERE)
    text = str(info.value)
    assert "\n" not in text
    for fragment in (WHERE, *fragments):
        assert fragment in text, (fragment, text)
    return text


def _init(model, name):
    return next(t for t in model.graph.initializer if t.name == name)


def _node(model, name):
    return next(n for n in model.graph.node if n.name == name)


def test_valid_quantized_model_passes():
    check_model(qnet(), WHERE)


# ---------------------------------------------------------------- sizes
@pytest.mark.parametrize("dims", [[1, 10**9], [1, 3, 100000, 100000], [2**62, 2**62]])
def test_huge_graph_input_is_refused(dims):
    model = qnet()
    shape = model.graph.input[0].type.tensor_type.shape
    del shape.dim[:]
    for d in dims:
        shape.dim.add().dim_value = d
    text = refused(model, "graph input 'x'", str(MAX_TENSOR_ELEMENTS))
    assert str(math.prod(dims)) in text


@pytest.mark.parametrize("value", [0, -5])
def test_zero_or_negative_input_dim_is_refused(value):
    model = qnet()
    model.graph.input[0].type.tensor_type.shape.dim[1].dim_value = value
    refused(model, "graph input 'x'", f"size {value} for dim 1")


def test_huge_graph_output_and_value_info_are_refused():
    model = qnet()
    model.graph.output[0].type.tensor_type.shape.dim[1].dim_value = 10**9
    refused(model, "graph output 'y'", "too large")
    model = qnet()
    model.graph.value_info.append(helper.make_tensor_value_info("mm", 1, [10**5, 10**5]))
    refused(model, "tensor 'mm'", "too large")


def test_initializer_declaring_more_than_it_carries_is_refused():
    model = qnet()
    weights = _init(model, "W")
    del weights.dims[:]
    weights.dims.extend([10**9, 16])
    weights.raw_data = bytes(512)
    refused(model, "initializer 'W'", "too large")
    weights.dims[:] = [64, 16]
    refused(model, "initializer 'W'", "4096 bytes", "carries 512 bytes")


def test_typed_initializer_data_must_match_its_dims():
    model = qnet()
    weights = _init(model, "W")
    weights.ClearField("raw_data")
    weights.float_data.extend([0.5] * 5)
    refused(model, "initializer 'W'", "12 values", "carries 5 values")


def test_constant_node_value_is_checked_like_an_initializer():
    model = qnet()
    big = helper.make_tensor("c", TensorProto.FLOAT, [1], vals=[0.0])
    big.dims[:] = [10**6, 10**6]
    model.graph.node.insert(0, helper.make_node("Constant", [], ["unused_c"], name="BigConst",
                                                value=big))
    refused(model, "Constant node BigConst", "too large")


# ---------------------------------------------------------------- graph input
def test_symbolic_batch_dim_is_refused():
    model = qnet()
    model.graph.input[0].type.tensor_type.shape.dim[0].dim_param = "N"
    refused(model, "graph input 'x'", "'N'", "dim 0", "batch size 1")


def test_input_without_shape_is_refused():
    model = qnet()
    model.graph.input[0].type.tensor_type.ClearField("shape")
    refused(model, "graph input 'x'", "no shape")


@pytest.mark.parametrize("elem", [TensorProto.STRING, TensorProto.BOOL, TensorProto.COMPLEX64])
def test_non_numeric_input_type_is_refused(elem):
    model = qnet()
    model.graph.input[0].type.tensor_type.elem_type = elem
    refused(model, "graph input 'x'", TensorProto.DataType.Name(elem))


def test_second_used_input_is_named():
    model = qnet()
    model.graph.input.append(helper.make_tensor_value_info("bias_in", 1, [1, 3]))
    _node(model, "BipolarOut").input[0] = "biased"
    model.graph.node.insert(3, helper.make_node("Add", ["mm", "bias_in"], ["biased"], name="Add0"))
    text = refused(model, "graph input 'bias_in'", "second input")
    assert "Add0" not in text


def test_graph_without_input_is_refused():
    model = qnet()
    del model.graph.input[:]
    model.graph.initializer.append(_const("x", np.zeros((1, 4))))
    refused(model, "no input")


# ---------------------------------------------------------------- wiring
def test_cycle_is_refused_naming_a_node_in_it():
    model = qnet()
    _node(model, "QuantAct").input[0] = "y"  # y depends on QuantAct's own output
    text = refused(model, "cycle through node")
    assert any(name in text for name in ("QuantAct", "MatMul0", "BipolarOut"))


def test_tensor_with_two_producers_is_refused():
    model = qnet()
    model.graph.node.insert(2, helper.make_node("Relu", ["x"], ["xq"], name="SecondProducer"))
    refused(model, "'xq'", "QuantAct", "SecondProducer", "produced twice")


def test_empty_op_type_and_unknown_operators_are_refused():
    model = qnet()
    _node(model, "MatMul0").op_type = ""
    refused(model, "MatMul0", "empty op_type")
    model = qnet()
    _node(model, "MatMul0").op_type = "Frobnicate"
    refused(model, "MatMul0", "'Frobnicate' is not an ONNX operator")
    model = qnet()
    _node(model, "MatMul0").domain = "com.example"
    refused(model, "MatMul0", "'com.example'")
    model = qnet()
    _node(model, "QuantAct").op_type = "Quantise"
    refused(model, "QuantAct", "no operator 'Quantise'")
    model = qnet()
    _node(model, "QuantAct").op_type = "FloatQuant"
    refused(model, "QuantAct", "floating-point quantizer")


def test_node_not_matching_its_onnx_schema_is_refused():
    model = qnet()
    _node(model, "MatMul0").input[1] = ""
    refused(model, "MatMul0", "does not match the ONNX MatMul operator", "input 1")
    model = qnet()
    _node(model, "MatMul0").attribute.append(helper.make_attribute("transB", 1))
    refused(model, "MatMul0", "transB")


# ---------------------------------------------------------------- opset
@pytest.mark.parametrize("version", [1, MIN_OPSET - 1, 1000])
def test_unusable_opset_is_refused(version):
    model = qnet()
    model.opset_import[0].version = version
    refused(model, f"opset {version}")


def test_missing_default_opset_is_refused():
    model = qnet()
    del model.opset_import[0]
    refused(model, "no opset for the default ONNX domain")


def test_oldest_accepted_opset_passes():
    model = qnet()
    model.opset_import[0].version = MIN_OPSET
    check_model(model, WHERE)


# ---------------------------------------------------------------- quantizer parameters
@pytest.mark.parametrize("bits", [0.0, -2.0, 2.5, float("nan"), float("inf"), 1e6,
                                  MAX_QUANT_BITS + 1.0])
def test_bad_bit_width_is_refused(bits):
    refused(qnet(w_bits=bits), "QuantW", "bit width", "'w_bits'", f"1..{MAX_QUANT_BITS}")


@pytest.mark.parametrize("bits", [1.0, 8.0, float(MAX_QUANT_BITS)])
def test_bit_widths_in_range_pass(bits):
    check_values(qnet(w_bits=bits).graph, WHERE)


@pytest.mark.parametrize("scale", [0.0, -1.0, float("nan"), float("inf")])
def test_bad_scale_is_refused(scale):
    refused(qnet(act_scale=scale), "QuantAct", "scale", "'act_scale'", "greater than 0")
    refused(qnet(bip_scale=scale), "BipolarOut", "scale", "'bip_scale'")


def test_non_finite_zero_point_is_refused():
    refused(qnet(zeropt=float("inf")), "QuantAct", "zero-point", "'zeropt'")


def test_bad_quant_attributes_are_refused():
    model = qnet()
    attr = next(a for a in _node(model, "QuantAct").attribute if a.name == "signed")
    attr.i = 5
    refused(model, "QuantAct", "signed=5")
    model = qnet()
    attr = next(a for a in _node(model, "QuantW").attribute if a.name == "rounding_mode")
    attr.s = b"SIDEWAYS"
    refused(model, "QuantW", "'SIDEWAYS'")


def test_string_quantizer_parameter_is_refused():
    model = qnet()
    _init(model, "act_scale").CopyFrom(
        helper.make_tensor("act_scale", TensorProto.STRING, [], [b"0.25"]))
    refused(model, "QuantAct", "'act_scale'", "not numeric")


def test_fractional_zero_point_and_bit_width_vector_are_refused():
    refused(qnet(zeropt=0.5), "QuantAct", "zero-point", "0.5")
    refused(qnet(w_bits=[2.0, 3.0]), "QuantW", "'w_bits'", "2 values")


def test_quant_attributes_must_be_present_and_typed():
    model = qnet()
    node = _node(model, "QuantAct")
    node.attribute.remove(next(a for a in node.attribute if a.name == "narrow"))
    refused(model, "QuantAct", "required attribute 'narrow'")
    model = qnet()
    node = _node(model, "QuantAct")
    node.attribute.remove(next(a for a in node.attribute if a.name == "signed"))
    node.attribute.append(helper.make_attribute("signed", 1.0))
    refused(model, "QuantAct", "'signed'", "FLOAT", "INT")


def test_multithreshold_needs_its_output_type():
    model = qnet()
    model.graph.initializer.append(_const("thr", np.zeros((1, 3))))
    _node(model, "BipolarOut").input[0] = "mt"
    model.graph.node.insert(3, helper.make_node("MultiThreshold", ["mm", "thr"], ["mt"],
                                                name="Thresh0", domain=QONNX))
    refused(model, "Thresh0", "required attribute 'out_dtype'")


def test_scale_not_broadcasting_to_the_weights_is_refused():
    refused(qnet(w_scale=np.ones(5)), "QuantW", "'w_scale'", "[5]", "[4, 3]")


def test_per_channel_scale_passes():
    check_model(qnet(w_scale=np.full((1, 3), 0.1)), WHERE)


def test_transpose_perm_must_be_a_permutation():
    model = qnet()
    _node(model, "MatMul0").input[1] = "wt"
    model.graph.node.insert(2, helper.make_node("Transpose", ["wq"], ["wt"], name="BadPerm",
                                                perm=[0, 0]))
    refused(model, "BadPerm", "[0, 0]")


def test_tensor_declared_twice_is_refused():
    model = qnet()
    model.graph.value_info.append(helper.make_tensor_value_info("y", 1, [1, 3]))
    refused(model, "'y'", "declared twice")


@pytest.mark.parametrize("pos,fragment", [(1, "scale"), (2, "zero-point"), (3, "bit width"),
                                          (4, "bit width")])
def test_trunc_parameters_are_checked(pos, fragment):
    values = [None, 0.5, 0.0, 8.0, 4.0]
    values[pos] = -1.0
    names = ["x", "t_scale", "t_zeropt", "t_in_bits", "t_out_bits"]
    inits = [_const(n, v) for n, v in zip(names[1:], values[1:])]
    node = helper.make_node("Trunc", names, ["y"], name="TruncPool", domain=QONNX,
                            rounding_mode="FLOOR")
    graph = helper.make_graph([node], "t", [helper.make_tensor_value_info("x", 1, [1, 2])],
                              [helper.make_tensor_value_info("y", 1, [1, 2])], inits)
    with pytest.raises(FinnVivadoError, match=f"TruncPool.*{fragment}.*'{names[pos]}'"):
        check_values(graph, WHERE)


# ---------------------------------------------------------------- non-finite values
@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_weight_is_named_with_its_consumer(bad):
    weights = np.random.default_rng(3).normal(size=(4, 3))
    weights[1, 2] = bad
    text = refused(qnet(weights=weights), "initializer 'W'", "QuantW", "1 of 12")
    assert "not quantized" not in text


@pytest.mark.parametrize("variance,epsilon", [(-1.0, 1e-5), (0.0, 0.0)])
def test_batchnorm_variance_making_nan_is_refused(variance, epsilon):
    model = qnet()
    c = 3
    for name, value in (("g", 1.0), ("b", 0.0), ("mean", 0.0), ("var", variance)):
        model.graph.initializer.append(_const(f"bn_{name}", np.full(c, value)))
    _node(model, "BipolarOut").input[0] = "bn"
    model.graph.node.insert(3, helper.make_node(
        "BatchNormalization", ["mm", "bn_g", "bn_b", "bn_mean", "bn_var"], ["bn"],
        name="Norm0", epsilon=epsilon))
    refused(model, "Norm0", "'bn_var'", "running variance")


def test_division_by_a_constant_zero_is_refused():
    model = qnet()
    model.graph.initializer.append(_const("divisor", np.array([1.0, 0.0, 2.0])))
    _node(model, "BipolarOut").input[0] = "q"
    model.graph.node.insert(3, helper.make_node("Div", ["mm", "divisor"], ["q"], name="Div0"))
    refused(model, "Div0", "'divisor'", "divisor must not be 0")


# ---------------------------------------------------------------- inferred shapes
def test_tile_blowing_up_the_input_is_refused():
    model = qnet()
    model.graph.initializer.append(numpy_helper.from_array(np.array([1, 10**8], np.int64),
                                                           "reps"))
    model.graph.node.insert(0, helper.make_node("Tile", ["x", "reps"], ["xt"], name="BigTile"))
    model.graph.node.insert(1, helper.make_node("Reshape", ["xt", "back"], ["xr"],
                                                name="Back"))
    model.graph.initializer.append(numpy_helper.from_array(np.array([1, 4], np.int64), "back"))
    _node(model, "QuantAct").input[0] = "xr"
    refused(model, "BigTile", "'xt'", "too large")


def test_declared_shape_contradicting_inference_is_refused():
    model = qnet()
    model.graph.value_info.append(helper.make_tensor_value_info("mm", 1, [1, 7]))
    refused(model, "'mm'", "[1, 7]", "[1, 3]")


def test_reshape_to_a_different_element_count_is_refused():
    model = qnet()
    model.graph.initializer.append(numpy_helper.from_array(np.array([1, 5], np.int64), "tgt"))
    model.graph.node.insert(0, helper.make_node("Reshape", ["x", "tgt"], ["xr"],
                                                name="BadReshape"))
    _node(model, "QuantAct").input[0] = "xr"
    refused(model, "BadReshape", "[1, 5]")


# ---------------------------------------------------------------- files and valid models
def test_load_model_names_the_file(tmp_path):
    model = qnet(w_bits=0.0)
    path = tmp_path / "bad_bits.onnx"
    onnx.save(model, str(path))
    with pytest.raises(FinnVivadoError, match="bad_bits.onnx.*QuantW"):
        load_model(path)
    with pytest.raises(FinnVivadoError, match="in-memory model.*QuantW"):
        load_model(model)


def test_external_data_dims_are_checked_before_the_data_is_read(tmp_path):
    path = tmp_path / "ext.onnx"
    onnx.save(qnet(weights=np.ones((4, 3))), str(path), save_as_external_data=True,
              location="ext.bin", size_threshold=0)
    load_model(path)
    proto = onnx.load(str(path), load_external_data=False)
    _init(proto, "W").dims[:] = [10**9, 10**3]
    onnx.save(proto, str(path))
    (tmp_path / "ext.bin").unlink()  # never read: the dims are refused first
    with pytest.raises(FinnVivadoError, match="ext.onnx: initializer 'W'.*too large"):
        load_model(path)
    _init(proto, "W").dims[:] = [4, 3]
    onnx.save(proto, str(path))
    with pytest.raises(FinnVivadoError, match="ext.onnx: its external tensor data cannot be read"):
        load_model(path)


def _valid_models() -> list[Path]:
    found = sorted(SHARED.rglob("*.onnx")) if SHARED.is_dir() else []
    return [REPO / "examples" / "tfc_digits" / "model.onnx", *found]


@pytest.mark.parametrize("path", _valid_models(), ids=lambda p: p.parent.name + "/" + p.name)
def test_valid_models_pass_every_check(path):
    load_model(path)
