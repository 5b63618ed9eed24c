"""Value checks of a model file: quantizer parameters in range, every stored float finite.

Runs after the size checks, so converting a stored tensor to numpy allocates no more than
the file itself holds.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from finn_vivado.core.data_packing import MAX_BITS
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.model_sizes import constant_tensors, node_label

__all__ = ["MAX_QUANT_BITS", "check_values"]

#: widest quantizer: an integer element of a hardware stream has at most MAX_BITS bits
MAX_QUANT_BITS = MAX_BITS
_QUANT_DOMAINS = ("qonnx.custom_op.general", "finn", "onnx.brevitas", "finn.custom_op.general")
_ATTR_TYPES = {"i": "INT", "f": "FLOAT", "s": "STRING", "t": "TENSOR", "ints": "INTS",
               "floats": "FLOATS", "strings": "STRINGS"}
_ROUNDING = ("ROUND", "HALF_EVEN", "CEIL", "FLOOR", "UP", "DOWN", "HALF_UP", "HALF_DOWN")
# input positions of (scales, zero-points, bit widths) per quantizer
_PARAMS = {
    "Quant": ((1,), (2,), (3,)),
    "BipolarQuant": ((1,), (), ()),
    "Trunc": ((1,), (2,), (3, 4)),  # Trunc v1: in_bw, out_bw
    "Trunc_v2": ((1, 4), (2,), (3, 5)),  # Trunc v2: in_bw, out_scale, out_bw
}


def _arrays(graph: Any) -> dict[str, Any]:
    """name -> TensorProto of every stored tensor (initializers and Constant outputs)."""
    return {name: tensor for tensor, _, name in constant_tensors(graph)}


def _value(arrays: dict, node: Any, pos: int) -> Optional[np.ndarray]:
    from onnx import TensorProto, numpy_helper

    if len(node.input) <= pos or node.input[pos] not in arrays:
        return None  # computed at run time: the front end reports it
    tensor = arrays[node.input[pos]]
    try:
        if tensor.data_type == TensorProto.STRING:
            raise TypeError("strings")
        return np.asarray(numpy_helper.to_array(tensor), dtype=np.float64)
    except (TypeError, ValueError):
        raise FinnVivadoError(
            f"node {node.name or node.op_type} ({node.op_type}): input {pos} "
            f"({node.input[pos]!r}) is not numeric; fix the model and re-export it") from None


def _first_bad(value: np.ndarray, bad: np.ndarray) -> str:
    return repr(float(value.reshape(-1)[int(np.argmax(bad.reshape(-1)))]))


def _check_quant_node(arrays: dict, node: Any, label: str, where: str) -> None:
    key = "Trunc_v2" if node.op_type == "Trunc" and len(node.input) >= 6 else node.op_type
    arity = 1 + max(p for group in _PARAMS[key] for p in group)
    if len(node.input) != arity or not all(node.input):
        raise FinnVivadoError(
            f"{where}: node {label} has {len([n for n in node.input if n])} inputs; a "
            f"{node.op_type} needs {arity}" + (" or 6" if node.op_type == "Trunc" else "")
            + " — fix the quantizer and re-export")
    scales, zeropts, widths = _PARAMS[key]
    for pos in scales:
        v = _value(arrays, node, pos)
        if v is not None and not np.all(np.isfinite(v) & (v > 0)):
            raise FinnVivadoError(
                f"{where}: node {label}: scale (input {pos}, {node.input[pos]!r}) is "
                f"{_first_bad(v, ~(np.isfinite(v) & (v > 0)))}; quantizer scales must be "
                "finite and greater than 0 — fix the quantizer and re-export")
    for pos in zeropts:
        v = _value(arrays, node, pos)
        # integer hardware codes need whole zero-points; the Trunc layer has none
        bad = None if v is None else ~(np.isfinite(v) & (v == np.round(v)))
        if bad is not None and node.op_type == "Trunc":
            bad |= v != 0
        if bad is not None and bad.any():
            need = "0" if node.op_type == "Trunc" else "finite whole numbers"
            raise FinnVivadoError(
                f"{where}: node {label}: zero-point (input {pos}, {node.input[pos]!r}) is "
                f"{_first_bad(v, bad)}; finn-vivado maps {node.op_type} zero-points of {need} "
                "to hardware — fix the quantizer and re-export")
    for pos in widths:
        v = _value(arrays, node, pos)
        if v is not None and v.size != 1:
            raise FinnVivadoError(
                f"{where}: node {label}: bit width (input {pos}, {node.input[pos]!r}) has "
                f"{v.size} values; a quantizer has one bit width — fix it and re-export")
        ok = None if v is None else (np.isfinite(v) & (v == np.round(v)) & (v >= 1)
                                     & (v <= MAX_QUANT_BITS))
        if ok is not None and not np.all(ok):
            raise FinnVivadoError(
                f"{where}: node {label}: bit width (input {pos}, {node.input[pos]!r}) is "
                f"{_first_bad(v, ~ok)}; accepted are whole numbers 1..{MAX_QUANT_BITS} (the "
                "widest integer a hardware stream carries) — fix the quantizer and re-export")


def _check_declared_attrs(node: Any, label: str, where: str) -> None:
    """Required attributes present and of the type qonnx reads them as."""
    from onnx import AttributeProto, NodeProto, helper
    from qonnx.custom_op.registry import getCustomOp

    probe = NodeProto()
    probe.CopyFrom(node)
    probe.domain = _QUANT_DOMAINS[0]
    spec = getCustomOp(probe).get_nodeattr_types()
    given = {a.name: a for a in node.attribute}
    for name, (dtype, required, _default, *allowed) in spec.items():
        attr = given.get(name)
        if attr is None:
            if required:
                raise FinnVivadoError(
                    f"{where}: node {label} lacks the required attribute {name!r}; fix the "
                    "quantizer and re-export")
            continue
        want = getattr(AttributeProto, _ATTR_TYPES.get(dtype, "UNDEFINED"))
        if attr.type != want:
            raise FinnVivadoError(
                f"{where}: node {label}: attribute {name!r} is of type "
                f"{AttributeProto.AttributeType.Name(attr.type)}, expected "
                f"{AttributeProto.AttributeType.Name(want)}; fix the quantizer and re-export")
        value = helper.get_attribute_value(attr)
        value = value.decode(errors="replace") if isinstance(value, bytes) else value
        if allowed and allowed[0] is not None and value not in allowed[0]:
            raise FinnVivadoError(
                f"{where}: node {label}: attribute {name}={value!r} is not one of "
                f"{sorted(allowed[0])}")


def _check_quant_attrs(node: Any, label: str, where: str) -> None:
    from onnx import helper

    _check_declared_attrs(node, label, where)
    for attr in node.attribute:
        value = helper.get_attribute_value(attr)
        if attr.name in ("signed", "narrow") and value not in (0, 1):
            raise FinnVivadoError(
                f"{where}: node {label}: attribute {attr.name}={value!r}; it must be 0 or 1")
        if attr.name == "rounding_mode":
            text = value.decode(errors="replace") if isinstance(value, bytes) else str(value)
            if text.upper() not in _ROUNDING:
                raise FinnVivadoError(
                    f"{where}: node {label}: rounding_mode {text!r} is not one of "
                    f"{', '.join(_ROUNDING)}")


def _check_quantizers(graph: Any, arrays: dict, where: str) -> None:
    for index, node in enumerate(graph.node):
        if node.domain in _QUANT_DOMAINS and node.op_type == "MultiThreshold":
            _check_declared_attrs(node, node_label(node, index), where)
        if node.domain in _QUANT_DOMAINS and node.op_type in _PARAMS:
            label = node_label(node, index)
            _check_quant_attrs(node, label, where)
            _check_quant_node(arrays, node, label, where)


def _non_finite_maker(arrays: dict, node: Any) -> Optional[tuple[int, str, str]]:
    """(input position, offending value, rule) of a constant input making NaN or Inf."""
    from onnx import helper

    if node.op_type == "BatchNormalization":
        var = _value(arrays, node, 4)
        eps = next((float(helper.get_attribute_value(a)) for a in node.attribute
                    if a.name == "epsilon"), 1e-5)
        if var is not None and not np.all(var + eps > 0):
            return 4, _first_bad(var, ~(var + eps > 0)), \
                f"the running variance plus epsilon ({eps:g}) must be greater than 0"
    if node.op_type == "Div":
        div = _value(arrays, node, 1)
        if div is not None and np.any(div == 0):
            return 1, "0.0", "a divisor must not be 0"
    return None


def _check_arithmetic(graph: Any, arrays: dict, where: str) -> None:
    """Constants that turn finite activations into NaN or Inf: a BatchNormalization
    variance (plus epsilon) that is not positive, a Div by a constant holding zeros."""
    for index, node in enumerate(graph.node):
        found = _non_finite_maker(arrays, node) if node.domain in ("", "ai.onnx") else None
        if found is None:
            continue
        pos, value, rule = found
        raise FinnVivadoError(
            f"{where}: node {node_label(node, index)}: input {pos} ({node.input[pos]!r}) holds "
            f"{value}, which makes NaN or Inf; {rule} — check the trained model and re-export it")


def _consumers(graph: Any, name: str) -> str:
    users = [node_label(n, i) for i, n in enumerate(graph.node) if name in n.input]
    if not users:
        return "no node"
    return "node " + ", ".join(users[:3]) + (" and others" if len(users) > 3 else "")


def _check_finite(graph: Any, where: str) -> None:
    from onnx import numpy_helper

    floats = {1, 10, 11, 16}  # FLOAT, FLOAT16, DOUBLE, BFLOAT16
    for tensor, what, name in constant_tensors(graph):
        if tensor.data_type not in floats:
            continue
        values = numpy_helper.to_array(tensor)
        bad = ~np.isfinite(values)
        if not bad.any():
            continue
        raise FinnVivadoError(
            f"{where}: {what} (read by {_consumers(graph, name)}) holds "
            f"{_first_bad(values, bad)} at {int(bad.sum())} of {values.size} positions; "
            "weights, scales, thresholds and biases must be finite — check the trained "
            "model and re-export it")


def check_values(graph: Any, where: str) -> None:
    """Refuse quantizers with unusable parameters, stored floats that are NaN or Inf and
    constants that make NaN or Inf out of finite activations."""
    arrays = _arrays(graph)
    try:
        _check_quantizers(graph, arrays, where)
        _check_finite(graph, where)
        _check_arithmetic(graph, arrays, where)
    except FinnVivadoError as exc:
        text = str(exc)
        raise FinnVivadoError(text if text.startswith(where) else f"{where}: {text}") from None
