"""Shared helpers for the hardware-layer tests: single-node models and random data."""

from __future__ import annotations

import numpy as np
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.core.onnx_exec import execute_onnx
from qonnx.transformation.infer_datatypes import InferDataTypes
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.util.basic import qonnx_make_model

from finn_vivado.layers import DOMAIN, make_layer_node

__all__ = ["single_node_model", "run_node", "random_values", "layer_of", "ort_run", "force_attr"]


def single_node_model(node, inputs, initializers=None) -> ModelWrapper:
    """A model holding just ``node``.

    ``inputs``: name -> (shape, DataType name) for graph inputs;
    ``initializers``: name -> (array, DataType name). Shapes of the outputs come from
    qonnx's InferShapes (exercising make_shape_compatible_op), DataTypes from
    InferDataTypes (exercising infer_node_datatype).
    """
    initializers = initializers or {}
    graph_inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, list(s))
                    for n, (s, _) in inputs.items()]
    graph_outputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, None)
                     for n in node.output]
    graph = helper.make_graph([node], "single_node", graph_inputs, graph_outputs)
    opsets = [helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1),
              helper.make_opsetid("qonnx.custom_op.general", 1)]
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=opsets))
    for name, (_, dt) in inputs.items():
        model.set_tensor_datatype(name, DataType[dt])
    for name, (value, dt) in initializers.items():
        model.set_initializer(name, np.asarray(value, dtype=np.float32))
        model.set_tensor_datatype(name, DataType[dt])
    return model.transform(InferShapes()).transform(InferDataTypes())


def run_node(op_type, feeds, initializers=None, n_outputs=1, **attrs):
    """Build a single-node model of ``op_type`` and execute it with qonnx.

    ``feeds``: name -> (array, DataType name). Returns (outputs list, model).
    """
    inputs = list(feeds) + list(initializers or {})
    outputs = [f"out{i}" for i in range(n_outputs)]
    node = make_layer_node(op_type, inputs, outputs, name=f"{op_type}_0", **attrs)
    model = single_node_model(node, {n: (np.shape(a), dt) for n, (a, dt) in feeds.items()},
                              initializers)
    feed = {n: np.asarray(a, dtype=np.float32) for n, (a, _) in feeds.items()}
    result = execute_onnx(model, feed)
    return [result[o] for o in outputs], model


def layer_of(model):
    """The layer instance of the model's only node."""
    from qonnx.custom_op.registry import getCustomOp

    return getCustomOp(model.graph.node[0])


def random_values(rng, dt_name: str, shape) -> np.ndarray:
    """Random legal values of a DataType (BIPOLAR -> +-1) as int64."""
    dt = DataType[dt_name]
    if dt == DataType["BIPOLAR"]:
        return rng.choice(np.array([-1, 1], dtype=np.int64), size=shape)
    return rng.integers(int(dt.min()), int(dt.max()) + 1, size=shape, dtype=np.int64)


def ort_run(node, feeds):
    """Run one standard ONNX node with onnxruntime (opset 13): an independent reference."""
    import onnxruntime as ort

    graph = helper.make_graph(
        [node], "reference",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, None) for n in feeds],
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, None) for n in node.output])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    sess = ort.InferenceSession(model.SerializeToString())
    return sess.run(None, {n: np.asarray(v, dtype=np.float32) for n, v in feeds.items()})


def force_attr(layer, key, value):
    """Overwrite an attribute without any checks (as a hand-edited model would)."""
    for attr in list(layer.onnx_node.attribute):
        if attr.name == key:
            layer.onnx_node.attribute.remove(attr)
    layer.onnx_node.attribute.append(helper.make_attribute(key, value))
