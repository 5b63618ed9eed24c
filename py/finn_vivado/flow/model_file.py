"""Reading the input model file: a regular, complete ONNX file that qonnx can wrap.

Every check that can fail on the user's model file before any step runs starts here, so a
bad model ends in one FinnVivadoError naming the file (and tensor or node) instead of an
internal error later. The checks live in small modules, run in this order:

* model_sizes: declared dims and the size budget, stored data matching its dims (before
  anything is allocated, external data before it is read);
* model_graph: opset, known operators matching their schema, one declaration and one
  producer per tensor, no cycle, one static numeric graph input;
* model_values: quantizer parameters and attributes, finite stored floats, constants that
  would make NaN or Inf;
* model_shapes: shape inference, inferred sizes, declared shapes agreeing with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.model_graph import check_structure
from finn_vivado.flow.model_shapes import check_inferred_shapes
from finn_vivado.flow.model_sizes import check_sizes
from finn_vivado.flow.model_values import check_values

__all__ = ["load_model", "check_model"]


def _check_graph(proto: Any, path: Any) -> None:
    """Reject files that parsed as protobuf but are not a complete ONNX graph."""
    graph = proto.graph if proto.HasField("graph") else None
    if graph is None or len(graph.node) == 0 or len(graph.output) == 0:
        raise FinnVivadoError(
            f"{path} does not contain an ONNX graph (no nodes or no outputs); "
            "is it an ONNX model, and complete (not truncated)?"
        )
    produced = {"", *(t.name for t in graph.input), *(t.name for t in graph.initializer)}
    for node in graph.node:
        produced.update(node.output)
    for node in graph.node:
        for name in node.input:
            if name not in produced:
                raise FinnVivadoError(
                    f"{path} is not a complete ONNX model: tensor {name!r} used by node "
                    f"{node.name or node.op_type} is never produced (truncated file?)"
                )
    for out in graph.output:
        if out.name not in produced:
            raise FinnVivadoError(
                f"{path} is not a complete ONNX model: graph output {out.name!r} is never "
                "produced (truncated file?)"
            )


def check_model(proto: Any, where: Any) -> None:
    """Every check of a parsed model, cheapest and allocation-free ones first: complete
    graph, sizes, structure, quantizer parameters and finite values, then inferred shapes.

    ``where`` names the model (its path) in the messages.
    """
    _check_graph(proto, where)
    check_sizes(proto.graph, str(where))
    check_structure(proto, str(where))
    check_values(proto.graph, str(where))
    check_inferred_shapes(proto, str(where))


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _read(path: Path) -> Any:
    """Parse the file; tensors kept in external data files are read only after their
    declared dims passed the size budget."""
    import onnx
    from onnx.external_data_helper import load_external_data_for_model

    try:
        proto = onnx.load(str(path), load_external_data=False)
    except Exception as exc:  # protobuf raises several unrelated types here
        raise FinnVivadoError(
            f"{path} is not a readable ONNX model ({_first_line(exc)}); is it truncated or of "
            "another format?"
        ) from None
    _check_graph(proto, path)
    check_sizes(proto.graph, str(path), external_ok=True)
    try:
        load_external_data_for_model(proto, str(path.parent))
    except Exception as exc:  # onnx raises several unrelated types here
        raise FinnVivadoError(
            f"{path}: its external tensor data cannot be read ({_first_line(exc)}); keep the "
            "data file(s) next to the model, complete and unchanged"
        ) from None
    return proto


def load_model(model_or_path: Any) -> Any:
    """Return a qonnx ModelWrapper for a path, an onnx.ModelProto or a ModelWrapper.

    A missing path, a file that is not ONNX, a truncated or corrupt ONNX file and a model
    finn-vivado cannot build (see :func:`check_model`) raise FinnVivadoError naming the
    file and the tensor or node.
    """
    import onnx
    from qonnx.core.modelwrapper import ModelWrapper

    if isinstance(model_or_path, ModelWrapper):
        check_model(model_or_path.model, "<in-memory model>")
        return model_or_path
    if isinstance(model_or_path, onnx.ModelProto):
        check_model(model_or_path, "<in-memory model>")
        return ModelWrapper(model_or_path)
    path = Path(model_or_path)
    if not path.exists():
        raise FinnVivadoError(f"model file not found: {path}")
    if path.is_dir():
        raise FinnVivadoError(
            f"model path {path} is a directory; expected an .onnx file "
            f"(for a FINN build directory use: finn-vivado build {path})"
        )
    if not path.is_file():  # a named pipe or device would block or never end
        raise FinnVivadoError(f"model path {path} is not a regular file; expected an .onnx file")
    proto = _read(path)
    check_model(proto, path)
    try:
        return ModelWrapper(proto)
    except (AssertionError, ValueError, KeyError, IndexError) as exc:
        raise FinnVivadoError(
            f"{path} is not a valid QONNX/FINN-ONNX model: {exc or type(exc).__name__}"
        ) from None
