"""Builds a new ONNX graph next to a source model: nodes, constants, fresh names, datatypes."""

from __future__ import annotations

import copy

import numpy as np
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.general import RemoveUnusedTensors
from qonnx.transformation.infer_shapes import InferShapes

__all__ = ["GraphBuilder", "HW_INPUT_KEY", "HW_OUTPUTS_KEY"]

QONNX_DOMAIN = "qonnx.custom_op.general"
#: metadata of streamlined / converted models: where the hardware part starts and ends
HW_INPUT_KEY = "finn_vivado.hw_input"
HW_OUTPUTS_KEY = "finn_vivado.hw_outputs"


class GraphBuilder:
    """Accumulates nodes and initializers, then assembles a model with the source's I/O."""

    def __init__(self, src: ModelWrapper):
        self.src = src
        self.nodes = []
        self.inits: dict[str, np.ndarray] = {}
        self.dtypes: dict[str, DataType] = {}
        self.produced: set[str] = set()
        self.exported: set[str] = set()
        self.double: set[str] = set()  # tensors computed exactly in float64 (hardware streams)
        self.shapes: dict[str, list] = {}  # known shapes of tensors shape inference cannot see
        self._n = 0
        self._names = {t.name for t in src.graph.initializer} | {
            t for n in src.graph.node for t in [n.name] + list(n.input) + list(n.output)}

    def fresh(self, hint: str = "t") -> str:
        while True:
            self._n += 1
            name = f"{hint}_s{self._n}"
            if name not in self._names:
                self._names.add(name)
                return name

    def const(self, value, dtype: DataType | None = None, hint: str = "c") -> str:
        name = self.fresh(hint)
        self.inits[name] = np.asarray(value)
        if dtype is not None:
            self.dtypes[name] = dtype
        return name

    def use_init(self, name: str, value) -> str:
        if name not in self.inits:
            self.inits[name] = np.asarray(value)
            dt = self.src.get_tensor_datatype(name)
            if dt is not None and dt != DataType["FLOAT32"]:
                self.dtypes[name] = dt
        return name

    def node(self, op_type: str, inputs, outputs, domain: str = "", name=None, **attrs):
        n = helper.make_node(op_type, list(inputs), list(outputs), name=name or self.fresh(op_type),
                             domain=domain, **attrs)
        self.nodes.append(n)
        self.produced.update(outputs)
        return n

    def copy(self, node, inputs, outputs):
        n = copy.deepcopy(node)
        del n.input[:]
        n.input.extend(inputs)
        del n.output[:]
        n.output.extend(outputs)
        self.nodes.append(n)
        self.produced.update(outputs)
        return n

    def set_dtype(self, name: str, dt: DataType) -> None:
        self.dtypes[name] = dt

    def finish(self, hw_input, hw_outputs) -> ModelWrapper:
        model = ModelWrapper(copy.deepcopy(self.src.model))
        g = model.graph
        del g.node[:]
        del g.initializer[:]
        del g.value_info[:]
        del model.model.graph.quantization_annotation[:]
        g.node.extend(self.nodes)
        for name, val in self.inits.items():
            model.set_initializer(name, val.astype(np.float32) if val.dtype == np.float64 else val)
        if not any(o.domain == QONNX_DOMAIN for o in model.model.opset_import):
            model.model.opset_import.append(helper.make_opsetid(QONNX_DOMAIN, 1))
        for inp in self.src.graph.input:
            model.set_tensor_datatype(inp.name, self.src.get_tensor_datatype(inp.name))
        for name, shape in self.shapes.items():
            model.set_tensor_shape(name, list(shape))
        model = model.transform(InferShapes())
        model = model.transform(RemoveUnusedTensors())
        for vi in list(model.graph.value_info) + list(model.graph.output):
            if vi.name in self.double:
                vi.type.tensor_type.elem_type = TensorProto.DOUBLE
        for name, dt in self.dtypes.items():
            model.set_tensor_datatype(name, dt)
        model.set_metadata_prop(HW_INPUT_KEY, hw_input or "")
        model.set_metadata_prop(HW_OUTPUTS_KEY, ",".join(hw_outputs))
        return model
