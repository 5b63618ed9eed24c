"""Structure checks of a model file on the raw protobuf: opset, operators, the one graph
input and the graph's wiring (one producer per tensor, no cycles)."""

from __future__ import annotations

from typing import Any

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.model_sizes import node_label

__all__ = ["MIN_OPSET", "check_structure"]

#: oldest default-domain opset: the reference execution runs on onnxruntime, which
#: implements opset 7 and newer (older exports fail on operators such as Pow-1)
MIN_OPSET = 7
_DEFAULT_DOMAINS = ("", "ai.onnx")
_QONNX_DOMAIN = "qonnx.custom_op.general"
# domains the front end renames to the qonnx domain
_QONNX_ALIASES = (_QONNX_DOMAIN, "finn", "onnx.brevitas", "finn.custom_op.general")
# domains of finn-vivado's own nodes (saved intermediate models)
_OWN_DOMAINS = ("finn_vivado.layers", "finn_vivado.custom_op")
# graph input element types the flow executes (as float32 or integer pixels)
_INPUT_TYPES = ("FLOAT", "FLOAT16", "BFLOAT16", "DOUBLE", "UINT8", "INT8", "UINT16", "INT16",
                "UINT32", "INT32", "UINT64", "INT64")
_FIX_OPSET = ("re-export with opset 13 or newer, or convert it with "
              "onnx.version_converter.convert_version(model, 13)")


def _newest_opset() -> int:
    import onnx.defs

    return int(onnx.defs.onnx_opset_version())


def _check_opset(proto: Any, where: str) -> None:
    uses_default = any(n.domain in _DEFAULT_DOMAINS for n in proto.graph.node)
    versions = [o.version for o in proto.opset_import if o.domain in _DEFAULT_DOMAINS]
    if not versions:
        if uses_default:
            raise FinnVivadoError(
                f"{where}: the model declares no opset for the default ONNX domain "
                f"(opset_import is missing it); finn-vivado needs opset {MIN_OPSET} to "
                f"{_newest_opset()} — {_FIX_OPSET}")
        return
    version = max(versions)
    if version < MIN_OPSET:
        raise FinnVivadoError(
            f"{where}: the model uses ONNX opset {version}; finn-vivado needs opset "
            f"{MIN_OPSET} or newer (its reference execution runs on onnxruntime) — {_FIX_OPSET}")
    if version > _newest_opset():
        raise FinnVivadoError(
            f"{where}: the model uses ONNX opset {version}, newer than the installed onnx "
            f"knows (up to {_newest_opset()}); re-export with opset {MIN_OPSET} to "
            f"{_newest_opset()}, or upgrade onnx")


def _known_custom_op(domain: str, op_type: str) -> bool:
    import onnx.defs
    from qonnx.custom_op.registry import is_custom_op

    if domain in _QONNX_ALIASES:
        # old FINN exports also put standard operators into their custom domains
        legacy = domain != _QONNX_DOMAIN and onnx.defs.has(op_type)
        return legacy or is_custom_op(_QONNX_DOMAIN, op_type)
    import finn_vivado.frontend.custom_ops  # noqa: F401 - registers the own ops
    import finn_vivado.layers  # noqa: F401

    return is_custom_op(domain, op_type)


def _schema_checker(proto: Any) -> Any:
    """check(node) -> None validating a default-domain node against its ONNX schema."""
    import onnx
    import onnx.checker

    ctx = onnx.checker.C.CheckerContext()
    ctx.ir_version = proto.ir_version if proto.ir_version >= 3 else onnx.IR_VERSION
    versions = [o.version for o in proto.opset_import if o.domain in _DEFAULT_DOMAINS]
    ctx.opset_imports = {"": max(versions, default=_newest_opset())}
    return lambda node: onnx.checker.check_node(node, ctx)


def _check_nodes(proto: Any, where: str) -> None:
    import onnx.checker
    import onnx.defs

    graph, check_schema = proto.graph, _schema_checker(proto)
    for index, node in enumerate(graph.node):
        label = node_label(node, index)
        if not node.op_type:
            raise FinnVivadoError(
                f"{where}: node {node.name or f'#{index}'} has an empty op_type; the file "
                "is corrupt — re-export the model")
        if node.domain in _DEFAULT_DOMAINS:
            if not onnx.defs.has(node.op_type):
                raise FinnVivadoError(
                    f"{where}: node {label}: {node.op_type!r} is not an ONNX operator; "
                    "export the model with standard ONNX and QONNX operators only")
            try:
                check_schema(node)
            except (onnx.checker.ValidationError, onnx.defs.SchemaError) as exc:
                reason = (str(exc).strip() or type(exc).__name__).splitlines()[0]
                raise FinnVivadoError(
                    f"{where}: node {label} does not match the ONNX {node.op_type} operator "
                    f"({reason}); fix the node and re-export the model") from None
        elif node.domain in _QONNX_ALIASES + _OWN_DOMAINS:
            if node.op_type == "FloatQuant":
                raise FinnVivadoError(
                    f"{where}: node {label} is a floating-point quantizer, which integer "
                    "dataflow hardware cannot compute; quantize with integer Quant (or "
                    "BipolarQuant) nodes and re-export")
            if not _known_custom_op(node.domain, node.op_type):
                raise FinnVivadoError(
                    f"{where}: node {label}: domain {node.domain!r} has no operator "
                    f"{node.op_type!r}; export the model with standard ONNX and QONNX "
                    "operators only")
        else:
            raise FinnVivadoError(
                f"{where}: node {label} is in domain {node.domain!r}, which finn-vivado does "
                f"not know (it reads the ONNX domain and {', '.join(_QONNX_ALIASES)}); export "
                "the model with standard ONNX and QONNX operators only")


def _producers(graph: Any, where: str) -> dict[str, int]:
    """tensor name -> index of the node producing it; refuses a second producer."""
    external = {t.name for t in graph.initializer} | {t.name for t in graph.input}
    producer: dict[str, int] = {}
    for index, node in enumerate(graph.node):
        for name in node.output:
            if not name:
                continue
            if name in producer or name in external:
                first = (f"node {node_label(graph.node[producer[name]], producer[name])}"
                         if name in producer else "a graph input or initializer")
                raise FinnVivadoError(
                    f"{where}: tensor {name!r} is produced twice, by {first} and by node "
                    f"{node_label(node, index)}; every tensor needs exactly one producer — "
                    "rename one of them and re-export")
            producer[name] = index
    return producer


def _check_acyclic(graph: Any, where: str) -> None:
    producer = _producers(graph, where)
    preds = [{producer[n] for n in node.input if n in producer} for node in graph.node]
    succs: list[list[int]] = [[] for _ in graph.node]
    for index, before in enumerate(preds):
        for p in before:
            succs[p].append(index)
    pending = [len(p) for p in preds]
    ready = [i for i, n in enumerate(pending) if n == 0]
    while ready:
        for nxt in succs[ready.pop()]:
            pending[nxt] -= 1
            if pending[nxt] == 0:
                ready.append(nxt)
    left = [i for i, n in enumerate(pending) if n > 0]
    if not left:
        return
    seen, current = set(), left[0]
    while current not in seen:  # walk back along unfinished producers until one repeats
        seen.add(current)
        current = next(p for p in preds[current] if pending[p] > 0)
    raise FinnVivadoError(
        f"{where}: the graph has a cycle through node {node_label(graph.node[current], current)}"
        " (it depends on its own output); a dataflow network must be acyclic — re-export "
        "the model")


def _check_input(graph: Any, where: str) -> None:
    from onnx import TensorProto

    consts = {t.name for t in graph.initializer}
    read = {n for node in graph.node for n in node.input} | {o.name for o in graph.output}
    inputs = [i for i in graph.input if i.name not in consts and i.name in read]
    if not inputs:
        raise FinnVivadoError(
            f"{where}: the graph has no input (no graph input that a node reads, other than "
            "constant initializers); export the model with its input tensor as graph input")
    if len(inputs) > 1:
        raise FinnVivadoError(
            f"{where}: graph input {inputs[1].name!r} is a second input (after "
            f"{inputs[0].name!r}); finn-vivado builds accelerators with one streamed input — "
            f"export the model with one input, or store {inputs[1].name!r} as an initializer")
    info = inputs[0]
    ttype = info.type.tensor_type if info.type.HasField("tensor_type") else None
    type_name = TensorProto.DataType.Name(ttype.elem_type) if ttype is not None and \
        ttype.elem_type in TensorProto.DataType.values() else "not a tensor"
    if type_name not in _INPUT_TYPES:
        raise FinnVivadoError(
            f"{where}: graph input {info.name!r} has element type {type_name}; finn-vivado "
            "streams numeric tensors — export the input as float32")
    if not ttype.HasField("shape"):
        raise FinnVivadoError(
            f"{where}: graph input {info.name!r} has no shape; finn-vivado needs static "
            "shapes — export the model with a fixed input shape (batch size 1)")
    for axis, dim in enumerate(ttype.shape.dim):
        if dim.HasField("dim_value"):
            continue
        what = f"symbolic size {dim.dim_param!r}" if dim.dim_param else "an unknown size"
        raise FinnVivadoError(
            f"{where}: graph input {info.name!r} has {what} in dim {axis}; finn-vivado needs "
            "static shapes — export the model with a fixed shape and batch size 1")


def _check_declarations(graph: Any, where: str) -> None:
    """Each tensor is declared once among graph inputs, graph outputs and value_info."""
    consts = {t.name for t in graph.initializer}
    seen: dict[str, str] = {}
    for kind, infos in (("graph input", graph.input), ("graph output", graph.output),
                        ("value_info", graph.value_info)):
        for info in infos:
            if kind == "graph input" and info.name in consts:
                continue
            if info.name in seen:
                raise FinnVivadoError(
                    f"{where}: tensor {info.name!r} is declared twice ({seen[info.name]} and "
                    f"{kind}); every tensor needs one declaration — re-export the model")
            seen[info.name] = kind


def check_structure(proto: Any, where: str) -> None:
    """Refuse unusable opsets, unknown operators, cycles, doubly produced tensors and
    anything but one static, numeric graph input."""
    _check_opset(proto, where)
    _check_nodes(proto, where)
    _check_declarations(proto.graph, where)
    _check_acyclic(proto.graph, where)
    _check_input(proto.graph, where)
