"""Shape checks of a model file by shape inference (symbolic: nothing is executed).

The declared input shape can be small while a node inside blows it up (Tile,
ConstantOfShape, Resize, ...); those tensors are only known after shape inference. The
same inference finds declared shapes that contradict what the producing node computes,
Reshape targets of a different element count, Transpose perms that are no permutation and
quantizer parameters that do not broadcast to the quantized tensor.
"""

from __future__ import annotations

import math
from typing import Any, Optional

import numpy as np

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.model_sizes import check_declared_shape, node_label

__all__ = ["check_inferred_shapes"]

_QONNX_DOMAIN = "qonnx.custom_op.general"
_SOURCE_DOMAINS = ("", "ai.onnx", _QONNX_DOMAIN, "finn", "onnx.brevitas", "finn.custom_op.general")
_QUANTIZERS = ("Quant", "BipolarQuant", "Trunc")


def _shape(info: Any) -> Optional[list]:
    """Dims of a value_info entry (ints, or None for unknown ones); None without a shape."""
    ttype = info.type.tensor_type
    if not info.type.HasField("tensor_type") or not ttype.HasField("shape"):
        return None
    return [d.dim_value if d.HasField("dim_value") else None for d in ttype.shape.dim]


def _infer(proto: Any, where: str) -> Any:
    """A copy of the model without its value_info, shapes inferred by qonnx's InferShapes."""
    import onnx
    from onnx import helper
    from qonnx.core.modelwrapper import ModelWrapper
    from qonnx.custom_op.registry import is_custom_op
    from qonnx.transformation.infer_shapes import InferShapes

    work = onnx.ModelProto()
    work.CopyFrom(proto)
    del work.graph.value_info[:]
    for node in work.graph.node:
        if node.domain not in ("", "ai.onnx"):  # old domains: as the front end renames them
            node.domain = _QONNX_DOMAIN if is_custom_op(_QONNX_DOMAIN, node.op_type) else ""
    if not any(o.domain == _QONNX_DOMAIN for o in work.opset_import):
        work.opset_import.append(helper.make_opsetid(_QONNX_DOMAIN, 1))
    try:
        return ModelWrapper(work).transform(InferShapes()).model.graph
    except Exception as exc:  # noqa: BLE001 - onnx and qonnx code failing on this file
        text = str(exc).strip()
        reason = f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"
        raise FinnVivadoError(
            f"{where}: ONNX shape inference fails on the model ({reason}); its shapes or node "
            "attributes are inconsistent — re-export the model") from None


def _check_declared_match(proto: Any, inferred: dict, where: str) -> None:
    for info in list(proto.graph.value_info) + list(proto.graph.output):
        declared, computed = _shape(info), inferred.get(info.name)
        if declared is None or computed is None:
            continue
        clash = len(declared) != len(computed) or any(
            a is not None and b is not None and a != b for a, b in zip(declared, computed))
        if clash:
            shown = [d if d is not None else "?" for d in declared]
            got = [d if d is not None else "?" for d in computed]
            raise FinnVivadoError(
                f"{where}: tensor {info.name!r} is declared with shape {shown}, but the node "
                f"producing it computes {got}; the file's shapes are inconsistent — re-export "
                "the model")


def _check_reshapes(graph: Any, inferred: dict, where: str) -> None:
    from onnx import numpy_helper

    consts = {t.name: t for t in graph.initializer}
    for index, node in enumerate(graph.node):
        if node.op_type != "Reshape" or len(node.input) < 2 or node.input[1] not in consts:
            continue
        src = inferred.get(node.input[0])
        if src is None or None in src:
            continue
        target = [int(v) for v in numpy_helper.to_array(consts[node.input[1]]).reshape(-1)]
        keep_zero = any(a.name == "allowzero" and a.i for a in node.attribute)
        dims = [src[i] if v == 0 and i < len(src) and not keep_zero else v
                for i, v in enumerate(target)]
        known, count = math.prod(d for d in dims if d != -1), math.prod(src)
        fits = (known != 0 and count % known == 0) if -1 in dims else known == count
        if any(d < -1 for d in dims) or dims.count(-1) > 1 or not fits:
            raise FinnVivadoError(
                f"{where}: node {node_label(node, index)} reshapes {node.input[0]!r} of shape "
                f"{src} ({count} elements) to {target}, which does not hold {count} elements; "
                "fix the reshape target and re-export the model")


def _check_transposes(graph: Any, inferred: dict, where: str) -> None:
    from onnx import helper

    for index, node in enumerate(graph.node):
        src = inferred.get(node.input[0]) if node.op_type == "Transpose" and node.input else None
        perm = [helper.get_attribute_value(a) for a in node.attribute if a.name == "perm"]
        if src is not None and perm and sorted(perm[0]) != list(range(len(src))):
            raise FinnVivadoError(
                f"{where}: node {node_label(node, index)} has perm {list(perm[0])}, which is "
                f"not a permutation of the {len(src)} axes of {node.input[0]!r}; fix it and "
                "re-export the model")


def _check_quant_params(graph: Any, inferred: dict, where: str) -> None:
    """Quantizer parameters (scale, zero-point, bit width) broadcast to the quantized tensor."""
    dims = {t.name: list(t.dims) for t in graph.initializer}
    for index, node in enumerate(graph.node):
        if node.op_type not in _QUANTIZERS or node.domain not in _SOURCE_DOMAINS[2:]:
            continue
        src = dims.get(node.input[0], inferred.get(node.input[0]))
        if src is None or None in src:
            continue
        for pos, name in enumerate(node.input[1:], start=1):
            shape = dims.get(name)
            if shape is None:
                continue
            try:
                fits = list(np.broadcast_shapes(tuple(src), tuple(shape))) == list(src)
            except ValueError:
                fits = False
            if not fits:
                raise FinnVivadoError(
                    f"{where}: node {node_label(node, index)}: parameter {name!r} (input "
                    f"{pos}) of shape {shape} does not broadcast to the quantized tensor "
                    f"{node.input[0]!r} of shape {src}; use one value or one per channel — "
                    "fix the quantizer and re-export")


def check_inferred_shapes(proto: Any, where: str) -> None:
    """Infer every tensor's shape; refuse one over the size budget, a declared shape that
    contradicts inference and an impossible Reshape. Models holding finn-vivado's own
    hardware nodes (saved intermediate models) were checked when they were built."""
    if any(node.domain not in _SOURCE_DOMAINS for node in proto.graph.node):
        return
    graph = _infer(proto, where)
    producer = {name: (node, i) for i, node in enumerate(graph.node) for name in node.output}
    for info in graph.value_info:
        node, index = producer.get(info.name, (None, 0))
        kind = f"node {node_label(node, index)}: output" if node else "tensor"
        check_declared_shape(info, kind, where, allow_empty=True, verb="gets")
    inferred = {i.name: _shape(i) for i in list(graph.value_info) + list(graph.output)
                + list(graph.input)}
    _check_declared_match(proto, inferred, where)
    _check_reshapes(proto.graph, inferred, where)
    _check_transposes(proto.graph, inferred, where)
    _check_quant_params(proto.graph, inferred, where)
