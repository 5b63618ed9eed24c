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
    from onnx import numpy_helper

    if len(node.input) <= pos or node.input[pos] not in arrays:
        return None  # computed at run time: the front end reports it
    return np.asarray(numpy_helper.to_array(arrays[node.input[pos]]), dtype=np.float64)


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
        if v is not None and not np.all(np.isfinite(v)):
            raise FinnVivadoError(
                f"{where}: node {label}: zero-point (input {pos}, {node.input[pos]!r}) is "
                f"{_first_bad(v, ~np.isfinite(v))}; zero-points must be finite integers — "
                "fix the quantizer and re-export")
    for pos in widths:
        v = _value(arrays, node, pos)
        ok = None if v is None else (np.isfinite(v) & (v == np.round(v)) & (v >= 1)
                                     & (v <= MAX_QUANT_BITS))
        if ok is not None and not np.all(ok):
            raise FinnVivadoError(
                f"{where}: node {label}: bit width (input {pos}, {node.input[pos]!r}) is "
                f"{_first_bad(v, ~ok)}; accepted are whole numbers 1..{MAX_QUANT_BITS} (the "
                "widest integer a hardware stream carries) — fix the quantizer and re-export")


def _check_quant_attrs(node: Any, label: str, where: str) -> None:
    from onnx import helper

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
        if node.domain in _QUANT_DOMAINS and node.op_type in _PARAMS:
            label = node_label(node, index)
            _check_quant_attrs(node, label, where)
            _check_quant_node(arrays, node, label, where)


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
    """Refuse quantizers with unusable parameters and stored floats that are NaN or Inf."""
    arrays = _arrays(graph)
    _check_quantizers(graph, arrays, where)
    _check_finite(graph, where)
