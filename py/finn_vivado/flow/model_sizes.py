"""Size checks of a model file, run on the raw protobuf before anything allocates a tensor.

Every declared shape (graph inputs and outputs, value_info, initializers, Constant nodes)
must be non-negative and within :data:`MAX_TENSOR_ELEMENTS`, and every initializer must
carry exactly the bytes (or typed values) its dims and data type declare. A file that
declares a 10^9 x 16 weight over 512 bytes of data is refused here instead of running
out of memory (or reading garbage) later.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Optional

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["MAX_TENSOR_ELEMENTS", "check_declared_shape", "check_sizes", "constant_tensors",
           "node_label"]

#: elements per tensor finn-vivado accepts: 2**28 float32 values are 1 GiB, while the
#: reference execution holds every tensor in memory and the largest FPGA holds a few
#: hundred Mbit of on-chip memory
MAX_TENSOR_ELEMENTS = 2**28
_BUDGET = (f"the limit is {MAX_TENSOR_ELEMENTS} (2**28) elements per tensor, 1 GiB as float32: "
           "the whole network must fit an FPGA and its reference execution in memory")

# bits per element of the packed types (raw_data holds them bit-packed)
_PACKED_BITS = {"UINT4": 4, "INT4": 4, "FLOAT4E2M1": 4, "UINT2": 2, "INT2": 2}
# typed-field entries per element where it is not one
_FIELD_PER_ELEMENT = {"COMPLEX64": 2, "COMPLEX128": 2}


def node_label(node: Any, index: int) -> str:
    """``name (OpType)`` of a node, or ``#index (OpType)`` for an unnamed one."""
    name = node.name or f"#{index}"
    return f"{name} ({node.op_type or 'empty op_type'})"


def constant_tensors(graph: Any) -> Iterable[tuple[Any, str, str]]:
    """Every (TensorProto, description, name nodes read it by) stored in the graph:
    initializers and the values of Constant nodes."""
    for tensor in graph.initializer:
        yield tensor, f"initializer {tensor.name!r}", tensor.name
    for index, node in enumerate(graph.node):
        if node.op_type == "Constant" and node.domain in ("", "ai.onnx") and node.output:
            for attr in node.attribute:
                if attr.name == "value" and attr.HasField("t"):
                    yield attr.t, f"value of Constant node {node_label(node, index)}", \
                        node.output[0]


def _elements(dims: Iterable[int]) -> int:
    return math.prod(int(d) for d in dims)  # Python integers: the product cannot overflow


def _over_budget(count: int) -> bool:
    return count > MAX_TENSOR_ELEMENTS


def check_declared_shape(info: Any, kind: str, where: str, allow_empty: bool,
                         verb: str = "declares") -> None:
    """Declared (or inferred) dims of a graph input / output / value_info entry."""
    if not info.type.HasField("tensor_type") or not info.type.tensor_type.HasField("shape"):
        return  # no shape declared: the input checks refuse that for graph inputs
    dims = info.type.tensor_type.shape.dim
    known = []
    for axis, dim in enumerate(dims):
        if not dim.HasField("dim_value"):
            continue
        if dim.dim_value < 0 or (dim.dim_value == 0 and not allow_empty):
            raise FinnVivadoError(
                f"{where}: {kind} {info.name!r} {verb} size {dim.dim_value} for dim {axis}; "
                "every dim must be at least 1 — re-export the model with its real shape")
        known.append(dim.dim_value)
    if _over_budget(_elements(known)):
        raise FinnVivadoError(
            f"{where}: {kind} {info.name!r} {verb} shape {list(known)} "
            f"({_elements(known)} elements), too large: {_BUDGET}")


def _expected_payload(tensor: Any, count: int) -> tuple[Optional[str], int, int]:
    """(typed field name, entries expected there, bytes expected in raw_data)."""
    from onnx import TensorProto, helper

    try:
        type_name = TensorProto.DataType.Name(tensor.data_type)
        field = helper.tensor_dtype_to_field(tensor.data_type)
        itemsize = helper.tensor_dtype_to_np_dtype(tensor.data_type).itemsize
    except (ValueError, KeyError, TypeError):
        return None, 0, 0
    if type_name in _PACKED_BITS:
        packed = math.ceil(count * _PACKED_BITS[type_name] / 8)
        return field, packed, packed
    return field, count * _FIELD_PER_ELEMENT.get(type_name, 1), count * itemsize


def _check_external_length(tensor: Any, what: str, where: str, count: int) -> None:
    _, _, nbytes = _expected_payload(tensor, count)
    length = {e.key: e.value for e in tensor.external_data}.get("length")
    if length is not None and (not length.isdigit() or int(length) != nbytes):
        raise FinnVivadoError(
            f"{where}: {what} declares dims {list(tensor.dims)} ({nbytes} bytes) but its "
            f"external data entry says length {length}; the model and its data file do not "
            "match — re-export the model")


def _check_tensor(tensor: Any, what: str, where: str, external_ok: bool = False) -> None:
    """Dims of a stored tensor, then that its data holds exactly that many elements."""
    from onnx import TensorProto

    if any(d < 0 for d in tensor.dims):
        raise FinnVivadoError(
            f"{where}: {what} declares negative dims {list(tensor.dims)}; the file is corrupt "
            "— re-export the model")
    count = _elements(tensor.dims)
    if _over_budget(count):
        raise FinnVivadoError(
            f"{where}: {what} declares dims {list(tensor.dims)} ({count} elements), too "
            f"large: {_BUDGET}")
    if tensor.data_type in (TensorProto.UNDEFINED, TensorProto.STRING):
        if tensor.data_type == TensorProto.UNDEFINED:
            raise FinnVivadoError(
                f"{where}: {what} has no data type (UNDEFINED); the file is corrupt — "
                "re-export the model")
        return
    if tensor.data_location == TensorProto.EXTERNAL:
        if external_ok:  # read after this check: its declared length must fit its dims
            _check_external_length(tensor, what, where, count)
            return
        raise FinnVivadoError(
            f"{where}: {what} keeps its data in an external file that was not loaded; "
            "keep the external data file next to the model, or save the model with its data "
            "inside (onnx.save(model, path, save_as_external_data=False))")
    field, entries, nbytes = _expected_payload(tensor, count)
    if field is None:
        raise FinnVivadoError(
            f"{where}: {what} has unknown data type {tensor.data_type}; the file is corrupt "
            "or from a newer ONNX — re-export the model")
    if tensor.HasField("raw_data"):
        have, want, unit = len(tensor.raw_data), nbytes, "bytes"
    else:
        have, want, unit = len(getattr(tensor, field)), entries, "values"
    if have != want:
        raise FinnVivadoError(
            f"{where}: {what} declares dims {list(tensor.dims)} ({count} elements, {want} "
            f"{unit}) but carries {have} {unit} of data; the file is truncated or corrupt — "
            "re-export the model")


def check_sizes(graph: Any, where: str, external_ok: bool = False) -> None:
    """Refuse negative, zero-sized (graph inputs/outputs) or oversized shapes and stored
    tensors whose data does not match their dims; runs before any tensor is allocated.
    With ``external_ok``, tensors whose data is still in an external file pass the data
    check (their dims are checked)."""
    if len(graph.sparse_initializer):
        raise FinnVivadoError(
            f"{where}: the graph holds sparse initializer "
            f"{graph.sparse_initializer[0].values.name!r}; finn-vivado reads dense tensors "
            "only — export the weights as dense initializers")
    for info in graph.input:
        check_declared_shape(info, "graph input", where, allow_empty=False)
    for info in graph.output:
        check_declared_shape(info, "graph output", where, allow_empty=False)
    for info in graph.value_info:
        check_declared_shape(info, "tensor", where, allow_empty=True)
    for tensor, what, _ in constant_tensors(graph):
        _check_tensor(tensor, what, where, external_ok)
