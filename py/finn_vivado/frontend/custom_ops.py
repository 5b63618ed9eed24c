"""Software-side custom ops of finn-vivado (domain ``finn_vivado.frontend.custom_ops``).

``StreamingDataflowPartition`` stands in the parent graph for the hardware part; executing it
runs the child (hardware-layer) model with qonnx, so the parent graph runs end to end.
"""

from __future__ import annotations

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.base import CustomOp

__all__ = ["StreamingDataflowPartition", "custom_op", "DOMAIN", "PARENT_KEY"]

DOMAIN = "finn_vivado.custom_op"  # kept: saved dataflow_parent.onnx files use it
#: metadata of a dataflow child model: path of its software parent model
PARENT_KEY = "finn_vivado.dataflow_parent"


class StreamingDataflowPartition(CustomOp):
    """Attributes: ``model`` (path of the child ONNX file), ``partition_id``."""

    _loaded: dict = {}

    def get_nodeattr_types(self):
        return {"model": ("s", True, ""), "partition_id": ("i", False, 0)}

    def make_shape_compatible_op(self, model):
        """The child's output shape, with the batch size of the input tensor."""
        child = self.child()
        oshape = list(child.get_tensor_shape(child.graph.output[0].name))
        ishape = model.get_tensor_shape(self.onnx_node.input[0])
        if ishape:
            oshape[0] = int(ishape[0])
        return self.make_const_shape_op(oshape)

    def infer_node_datatype(self, model):
        pass

    def verify_node(self):
        return []

    def child(self) -> ModelWrapper:
        return ModelWrapper(self.get_nodeattr("model"))

    def execute_node(self, context, graph):
        from qonnx.core.onnx_exec import execute_onnx

        child = self.child()
        inputs = {i.name: context[n] for i, n in zip(child.graph.input, self.onnx_node.input)}
        batch = next(iter(inputs.values())).shape[0]
        if child.get_tensor_shape(child.graph.input[0].name)[0] != batch:
            from qonnx.transformation.change_batchsize import ChangeBatchSize
            from qonnx.transformation.infer_shapes import InferShapes

            child = child.transform(ChangeBatchSize(batch)).transform(InferShapes())
        result = execute_onnx(child, inputs)
        for o, n in zip(child.graph.output, self.onnx_node.output):
            context[n] = np.asarray(result[o.name], dtype=np.float64)


custom_op = {"StreamingDataflowPartition": StreamingDataflowPartition}
