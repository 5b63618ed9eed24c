"""Map the streamlined integer graph onto hardware layers in the NHWC streaming layout.

Every integer tensor of the streamlined graph (source layout, NCHW or NC) gets a hardware
stream: 4D tensors stream NHWC, 2D tensors stream in an ``order`` (hardware position i carries
source element order[i]), so Flatten/Reshape/Transpose between layers cost nothing: the next
weight layer's rows or the next thresholds are permuted instead.
"""

from __future__ import annotations

import numpy as np
from onnx import TensorProto
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.graph_builder import GraphBuilder
from finn_vivado.frontend.hw_stream import LAYER_DOMAIN, HwT, identity_order, nhwc_order
from finn_vivado.frontend.spatial import fmap4, is_fmap
from finn_vivado.frontend.graph_builder import HW_INPUT_KEY, HW_OUTPUTS_KEY
from finn_vivado.frontend.to_hw_layers import LayerHandlers
from finn_vivado.frontend.to_hw_movement import MovementLayers

__all__ = ["convert_to_hw", "LAYER_DOMAIN"]

class HwConverter(LayerHandlers, MovementLayers):
    """One pass over the streamlined graph, emitting layers into a GraphBuilder."""

    def __init__(self, model: ModelWrapper, standalone_thresholds: bool = False):
        self.m = model
        self.g = GraphBuilder(model)
        self.standalone = standalone_thresholds
        self.env: dict[str, HwT] = {}
        self.counts: dict[str, int] = {}
        self.fork_queue: dict[str, list] = {}
        self.int64_outputs: set[str] = set()
        self.absorbed: set[str] = set()  # streamlined nodes folded into a previous layer
        self.hw_nodes, self.fused = self._hw_section()

    # ---- structure ---------------------------------------------------------------------
    def _hw_section(self):
        start = self.m.get_metadata_prop(HW_INPUT_KEY)
        stops = set(filter(None, (self.m.get_metadata_prop(HW_OUTPUTS_KEY) or "").split(",")))
        seen, todo, nodes = set(), [start] if start else [], set()
        while todo:
            t = todo.pop()
            if t in seen or t in stops:
                continue
            seen.add(t)
            for n in self.m.find_consumers(t):
                nodes.add(n.name)
                todo.extend(n.output)
        fused = {}
        for n in self.m.graph.node:
            if n.name in nodes and n.op_type in ("MatMul", "Conv") and not self.standalone:
                cons = self.m.find_consumers(n.output[0])
                if len(cons) == 1 and cons[0].op_type == "MultiThreshold":
                    fused[n.name] = cons[0]
        return nodes, fused

    def layer_name(self, op_type: str) -> str:
        i = self.counts.get(op_type, 0)
        self.counts[op_type] = i + 1
        return f"{op_type}_{i}"

    def emit(self, op_type: str, inputs, outputs, **attrs):
        return self.g.node(op_type, inputs, outputs, domain=LAYER_DOMAIN,
                           name=self.layer_name(op_type), backend="fpgadataflow", **attrs)

    def new_stream(self, src_name: str, shape, order, dtype: DataType) -> HwT:
        t = HwT(self.g.fresh("s"), list(shape), order, dtype)
        self.g.set_dtype(t.name, dtype)
        self.env[src_name] = t
        return t

    def src_shape(self, name: str):
        return self.m.get_tensor_shape(name)

    def dtype(self, name: str) -> DataType:
        return self.m.get_tensor_datatype(name)

    def stream(self, name: str, node, canonical: bool = True) -> HwT:
        t = self._duplicate_forks(name, self.env[name])
        if canonical and len(t.shape) != 4 and not np.array_equal(t.order, identity_order(t.order.size)):
            raise FinnVivadoError(
                f"node {node.name} ({node.op_type}): its input arrives in a reordered layout "
                "(a Transpose/Reshape before it) that this layer cannot absorb")
        return t

    # ---- driver ------------------------------------------------------------------------
    def run(self) -> ModelWrapper:
        start = self.m.get_metadata_prop(HW_INPUT_KEY)
        if start in [i.name for i in self.m.graph.input]:
            self._enter(start)
        for node in self.m.graph.node:
            if node.name in self.absorbed:
                continue
            if node.name in self.hw_nodes:
                if node.op_type == "MultiThreshold" and any(f is node for f in self.fused.values()):
                    continue
                handler = getattr(self, "hw_" + node.op_type, None)
                if handler is None:
                    raise FinnVivadoError(
                        f"node {node.name} ({node.op_type}): no hardware layer for this op")
                handler(node)
            else:
                self._software(node)
                if start in node.output:
                    self._enter(start)
        for out in self.m.graph.output:
            if out.name in self.env:
                self._leave(out.name)
        self.g.double = {o for n in self.g.nodes if n.domain == LAYER_DOMAIN for o in n.output}
        outs = [self.env[n].name for n in self.env if self.env[n].name in self.g.exported]
        return self.g.finish(self.env[start].name if start else None, outs)

    def _enter(self, name: str) -> None:
        shape, dt = self.src_shape(name), self.dtype(name)
        if is_fmap(shape):
            src = name
            if len(shape) == 3:  # NCW as NCHW with H=1
                src = self.g.fresh()
                as4 = self.g.const(np.asarray(fmap4(shape), np.int64))
                self.g.node("Reshape", [name, as4], [src])
            hw = self.g.fresh("s")
            self.g.node("Transpose", [src], [hw], perm=[0, 2, 3, 1])
            n, c, h, w = fmap4(shape)
            self.env[name] = HwT(hw, [n, h, w, c], nhwc_order(shape), dt)
        else:
            self.env[name] = HwT(name, list(shape), identity_order(int(np.prod(shape[1:]))), dt)
        self.g.set_dtype(self.env[name].name, dt)

    def _leave(self, name: str) -> None:
        """Turn a hardware stream back into the streamlined tensor ``name`` (software side)."""
        t = self.env[name]
        self.g.exported.add(t.name)
        if name in self.g.produced or t.name == name:
            return
        shape = self.src_shape(name)
        src = t.name
        if name not in self.int64_outputs:  # streams are exact float64; software runs float32
            src = self.g.fresh()
            self.g.node("Cast", [t.name], [src], to=TensorProto.FLOAT)
        if len(shape) == 4 and len(t.shape) == 4:
            self.g.node("Transpose", [src], [name], perm=[0, 3, 1, 2])
        elif len(shape) == 3 and len(t.shape) == 4:  # NHWC with H=1 back to NCW
            nchw = self.g.fresh()
            self.g.node("Transpose", [src], [nchw], perm=[0, 3, 1, 2])
            self.g.node("Reshape", [nchw, self.g.const(np.asarray(shape, dtype=np.int64))], [name])
        elif name in self.int64_outputs:
            self.g.node("Cast", [src], [name], to=TensorProto.INT64)  # as the source's TopK
        elif np.array_equal(t.order, identity_order(t.order.size)):
            self.g.node("Identity", [src], [name])
        else:
            inv = np.argsort(t.order).astype(np.int64)
            flat = self.g.fresh()
            self.g.node("Gather", [src, self.g.const(inv)], [flat], axis=1)
            self.g.node("Reshape", [flat, self.g.const(np.asarray(shape, dtype=np.int64))], [name])

    def _software(self, node) -> None:
        for i in node.input:
            if i in self.env:
                self._leave(i)
            elif i and self.m.get_initializer(i) is not None:
                self.g.use_init(i, self.m.get_initializer(i))
        self.g.copy(node, list(node.input), list(node.output))



def convert_to_hw(model: ModelWrapper, standalone_thresholds: bool = False) -> ModelWrapper:
    conv = HwConverter(model, standalone_thresholds)
    return conv.run()
