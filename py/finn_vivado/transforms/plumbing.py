"""Stream plumbing between hardware layers: width converters and FIFOs.

:func:`insert_stream_plumbing` turns a hardware-layer graph (one input stream, one
output stream) into the graph that is stitched:

- a ``StreamingDataWidthConverter`` on every edge whose producer's output beat width
  differs from the consumer's input beat width (same elements, repacked);
- a ``StreamingFIFO`` on every edge (after the converter, so its depth counts the
  consumer's beats), plus one in front of the first layer and one after the last.
  Its depth is ``max(producer outFIFODepths[k], consumer inFIFODepths[i])`` (FINN's
  rule), at least 2; an entry ``{"StreamingFIFO_<n>": {"depth": d}}`` of the folding
  config sets it directly (also ``ram_style``).

New nodes are named ``StreamingFIFO_<n>`` / ``StreamingDataWidthConverter_<n>``
in graph order (FINN's naming). The step is idempotent: a graph that already holds
FIFOs is left alone. :func:`stream_edges` lists the edges of any such graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
from qonnx.custom_op.registry import getCustomOp
from qonnx.transformation.general import SortGraph

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.folding import canonical_node_name, read_folding_config
from finn_vivado.layers import ensure_opset_import, is_hw_layer, make_layer_node

__all__ = [
    "PLUMBING_KEY",
    "Edge",
    "check_single_stream",
    "configured_fifo_depths",
    "fifo_nodes",
    "insert_stream_plumbing",
    "stream_edges",
]

#: model metadata marking a graph whose FIFOs and width converters are in place
PLUMBING_KEY = "finn_vivado.stream_plumbing"
_FIFO, _DWC = "StreamingFIFO", "StreamingDataWidthConverter"


@dataclass(frozen=True)
class Edge:
    """One stream: ``tensor`` from (producer, out index) to (consumer, in index).

    ``producer`` is None for the graph input, ``consumer`` None for the graph output.
    """

    tensor: str
    producer: Optional[Any]
    out_index: int
    consumer: Optional[Any]
    in_index: int


def check_single_stream(model) -> None:
    """Raise unless the hardware graph has exactly one input and one output stream."""
    nin, nout = len(model.graph.input), len(model.graph.output)
    if nin != 1 or nout != 1:
        raise FinnVivadoError(
            f"the dataflow partition has {nin} input and {nout} output streams; the "
            "stitched accelerator supports exactly one of each (s_axis_0, m_axis_0). "
            "Keep the extra outputs in software (end the hardware part before the fork)")
    for node in model.graph.node:
        if not is_hw_layer(node):
            raise FinnVivadoError(f"{node.name} ({node.op_type}) is not a hardware layer; "
                                  "run step_create_dataflow_partition first")


def stream_edges(model) -> list[Edge]:
    """Every stream of the graph, graph input first, in node order."""
    made = {}
    for node in model.graph.node:
        for k, name in enumerate(node.output):
            made[name] = (node, k)
    uses: dict[str, list] = {}
    for node in model.graph.node:
        layer = getCustomOp(node)
        for i in range(layer.NUM_STREAM_INPUTS):
            uses.setdefault(node.input[i], []).append((node, i))
    outputs = {o.name for o in model.graph.output}
    edges = []
    for name in [model.graph.input[0].name] + [t for n in model.graph.node for t in n.output]:
        producer, k = made.get(name, (None, 0))
        consumers = uses.get(name, [])
        if len(consumers) + (name in outputs) > 1:
            who = ", ".join(c.name for c, _ in consumers) + (" and the graph output"
                                                              if name in outputs else "")
            raise FinnVivadoError(f"stream {name} is read by {who}; a stream has one reader "
                                  "(fan out with DuplicateStreams)")
        for consumer, i in consumers:
            edges.append(Edge(name, producer, k, consumer, i))
        if name in outputs:
            edges.append(Edge(name, producer, k, None, 0))
        if producer is not None and not consumers and name not in outputs:
            raise FinnVivadoError(f"output {k} ({name}) of {producer.name} is not used")
    return edges


def fifo_nodes(model) -> list:
    """The StreamingFIFO nodes of the graph, in order."""
    return [n for n in model.graph.node if n.op_type == _FIFO and is_hw_layer(n)]


# ------------------------------------------------------------------------ insertion
def _fresh(model, prefix: str) -> str:
    taken = {n.name for n in model.graph.node}
    k = 0
    while f"{prefix}_{k}" in taken:
        k += 1
    return f"{prefix}_{k}"


def _new_tensor(model, like: str, hint: str) -> str:
    names = {v.name for v in model.graph.value_info} | {t for n in model.graph.node
                                                      for t in list(n.input) + list(n.output)}
    k = 0
    while f"{like}_{hint}{k}" in names:
        k += 1
    name = f"{like}_{hint}{k}"
    model.set_tensor_shape(name, model.get_tensor_shape(like))
    model.set_tensor_datatype(name, model.get_tensor_datatype(like))
    return name


def _stream_of(edge: Edge) -> tuple[Any, int]:
    """(layer, width in bits) of the stream as its consumer (or producer) sees it."""
    if edge.consumer is not None:
        layer = getCustomOp(edge.consumer)
        return layer, int(layer.get_instream_width(edge.in_index))
    layer = getCustomOp(edge.producer)
    return layer, int(layer.get_outstream_width(edge.out_index))


def _splice(model, edge: Edge, op_type: str, build) -> str:
    """Put a new node on ``edge``; ``build(name, inp, out)`` makes it. Returns its name."""
    name = _fresh(model, op_type)
    new = _new_tensor(model, edge.tensor, "p")
    if edge.consumer is not None:
        edge.consumer.input[edge.in_index] = new
        node = build(name, edge.tensor, new)
    else:  # graph output: the producer writes the new tensor, the node the output
        edge.producer.output[edge.out_index] = new
        node = build(name, new, edge.tensor)
    model.graph.node.append(node)
    return name


def _dwc_shape(model, edge: Edge, cons: Any, a: int, b: int) -> list[int]:
    """The converter's tensor shape: the stream's own, or the consumer's view of it (a
    flattening consumer, e.g. a fully-connected layer after a conv), or the flat frame."""
    own = [int(s) for s in model.get_tensor_shape(edge.tensor)]
    view = [int(s) for s in cons.get_normal_input_shape(edge.in_index)]
    flat = [own[0], int(np.prod(own[1:]))]
    for shape in (own, view, flat):
        if int(np.prod(shape)) == int(np.prod(own)) and not (shape[-1] % a or shape[-1] % b):
            return shape
    return own


def _dwc_for(model, edge: Edge) -> Optional[str]:
    if edge.producer is None or edge.consumer is None:
        return None
    prod = getCustomOp(edge.producer)
    cons = getCustomOp(edge.consumer)
    w_out = int(prod.get_outstream_width(edge.out_index))
    w_in = int(cons.get_instream_width(edge.in_index))
    dt_out = prod.get_output_datatype(edge.out_index)
    dt_in = cons.get_input_datatype(edge.in_index)
    if dt_out.bitwidth() != dt_in.bitwidth():
        raise FinnVivadoError(
            f"stream {edge.tensor}: {prod.where()} writes {dt_out.name} but "
            f"{cons.where()} reads {dt_in.name}; element widths must agree (re-run "
            "step_minimize_bit_width or InferDataTypes)")
    if w_out == w_in:
        return None
    bits = dt_out.bitwidth()
    shape = _dwc_shape(model, edge, cons, w_out // bits, w_in // bits)
    if shape[-1] % (w_out // bits) or shape[-1] % (w_in // bits):
        raise FinnVivadoError(
            f"stream {edge.tensor} ({prod.where()} -> {cons.where()}): {w_out // bits} and "
            f"{w_in // bits} elements per beat must both divide the last axis ({shape[-1]}); "
            "choose PE/SIMD dividing the channel count")
    return _splice(model, edge, _DWC, lambda name, i, o: make_layer_node(
        _DWC, [i], [o], name=name, shape=shape, inWidth=w_out, outWidth=w_in,
        dataType=dt_out.name))


def _depth_attr(node, attr: str, index: int) -> int:
    depths = getCustomOp(node).get_nodeattr(attr)
    return int(depths[min(index, len(depths) - 1)]) if depths else 2


def _upstream(edge: Edge, into_dwc: dict) -> Edge:
    """The edge feeding the width converter that produces ``edge`` (else ``edge``)."""
    if edge.producer is not None and edge.producer.op_type == _DWC:
        return into_dwc[edge.producer.name]
    return edge


def _fifo_depth(edge: Edge, into_dwc: dict) -> int:
    """FINN's rule: max(producer outFIFODepths, consumer inFIFODepths), at least 2."""
    src = _upstream(edge, into_dwc)
    depth = 2
    if src.producer is not None:
        depth = max(depth, _depth_attr(src.producer, "outFIFODepths", src.out_index))
    if edge.consumer is not None:
        depth = max(depth, _depth_attr(edge.consumer, "inFIFODepths", edge.in_index))
    return depth


def _fifo_for(model, edge: Edge, depth: int) -> str:
    layer, _ = _stream_of(edge)
    if edge.consumer is not None:
        folded = layer.get_folded_input_shape(edge.in_index)
        dtype = layer.get_input_datatype(edge.in_index)
    else:
        folded = layer.get_folded_output_shape(edge.out_index)
        dtype = layer.get_output_datatype(edge.out_index)
    shape = [int(s) for s in model.get_tensor_shape(edge.tensor)]
    return _splice(model, edge, _FIFO, lambda name, i, o: make_layer_node(
        _FIFO, [i], [o], name=name, depth=depth, folded_shape=list(folded),
        normal_shape=shape, dataType=dtype.name))


def _dwc_inputs(edges: list) -> dict:
    return {e.consumer.name: e for e in edges
            if e.consumer is not None and e.consumer.op_type == _DWC}


def insert_stream_plumbing(model, folding_config=None):
    """Insert width converters and FIFOs (see the module docstring); returns the model.

    ``folding_config``: path or dict of a FINN folding config whose FIFO entries
    (``depth``, ``ram_style``) apply to the inserted FIFOs.
    """
    check_single_stream(model)
    if model.get_metadata_prop(PLUMBING_KEY) == "1" or fifo_nodes(model):
        return model
    for edge in stream_edges(model):
        _dwc_for(model, edge)
    model = model.transform(SortGraph())
    edges = stream_edges(model)
    into_dwc = _dwc_inputs(edges)
    for edge in edges:
        if edge.consumer is None or edge.consumer.op_type != _DWC:
            _fifo_for(model, edge, _fifo_depth(edge, into_dwc))
    model = model.transform(SortGraph())
    _number_in_order(model)
    ensure_opset_import(model)
    if folding_config:
        _apply_fifo_entries(model, folding_config)
    model.set_metadata_prop(PLUMBING_KEY, "1")
    return model


def _number_in_order(model) -> None:
    """Rename inserted nodes so their numbers follow graph order (FINN's numbering)."""
    for op_type in (_FIFO, _DWC):
        nodes = [n for n in model.graph.node if n.op_type == op_type]
        for node in nodes:
            node.name = f"__tmp_{node.name}"
        for k, node in enumerate(nodes):
            node.name = f"{op_type}_{k}"


# ------------------------------------------------------------------- folding config
def _entries_for(config: dict, op_type: str) -> dict[str, dict]:
    """node name -> entry, for entries naming ``op_type`` nodes (any FINN spelling)."""
    out = {}
    for key, entry in config.items():
        name = canonical_node_name(key)
        if key != "Defaults" and name.startswith(op_type + "_"):
            out[name] = entry
    return out


def _apply_fifo_entries(model, folding_config) -> None:
    config = read_folding_config(folding_config)
    entries = _entries_for(config, _FIFO)
    for node in fifo_nodes(model):
        layer = getCustomOp(node)
        for attr in ("depth", "ram_style"):
            if attr in entries.get(node.name, {}):
                value = entries[node.name][attr]
                if attr == "depth" and (not isinstance(value, int) or value < 2):
                    raise FinnVivadoError(f"folding config: {node.name} depth={value!r} is "
                                          "illegal; legal values: integers >= 2")
                layer.set_nodeattr(attr, value)


def configured_fifo_depths(model, folding_config) -> dict[str, int]:
    """FIFO name -> depth fixed by the folding config (a FIFO entry's ``depth``, or an
    ``inFIFODepths`` / ``outFIFODepths`` entry of an adjacent layer); auto sizing
    keeps these."""
    if not folding_config:
        return {}
    config = read_folding_config(folding_config)
    fixed = {name: int(entry["depth"]) for name, entry in _entries_for(config, _FIFO).items()
             if "depth" in entry}
    named = {canonical_node_name(k): v for k, v in config.items() if k != "Defaults"}
    defaults = config.get("Defaults", {}) or {}
    edges = stream_edges(model)
    into = {e.consumer.name: e for e in edges if e.consumer is not None}
    for edge in edges:  # edge = FIFO -> consumer
        fifo = edge.producer
        if fifo is None or fifo.op_type != _FIFO or fifo.name in fixed:
            continue
        src = into[fifo.name]
        while src.producer is not None and src.producer.op_type == _DWC:
            src = into[src.producer.name]
        ends = [(src.producer, "outFIFODepths"), (edge.consumer, "inFIFODepths")]
        if any(node is not None and (attr in named.get(node.name, {}) or attr in defaults)
               for node, attr in ends):
            fixed[fifo.name] = int(getCustomOp(fifo).get_nodeattr("depth"))
    return fixed
