"""Software-side custom ops of finn-vivado (domain ``finn_vivado.custom_op``).

``StreamingDataflowPartition`` stands in the parent graph for the hardware part; executing it
runs the child (hardware-layer) model with qonnx, so the parent graph runs end to end.
``PixelShuffle`` is depth-to-space with one block size per spatial axis (the second half
of a transposed convolution, see :mod:`finn_vivado.frontend.lowering`).
"""

from __future__ import annotations

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.base import CustomOp

__all__ = ["StreamingDataflowPartition", "PixelShuffle", "pixel_shuffle", "custom_op",
           "DOMAIN", "PARENT_KEY"]

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


def pixel_shuffle(x: np.ndarray, block) -> np.ndarray:
    """[N, prod(block)*C, *S] -> [N, C, *(S*block)]; input channel (r0*B1 + r1)*C + c
    (phase index row-major over the block) goes to output offset (r0, r1) of its pixel."""
    x = np.asarray(x)
    n, ch, spatial = x.shape[0], x.shape[1], list(x.shape[2:])
    block = [int(b) for b in block]
    c = ch // int(np.prod(block))
    d = len(spatial)
    y = x.reshape([n] + block + [c] + spatial)
    # axes: n, r_0..r_{d-1}, c, s_0..s_{d-1} -> n, c, s_0, r_0, s_1, r_1, ...
    perm = [0, d + 1] + [a for i in range(d) for a in (d + 2 + i, 1 + i)]
    return y.transpose(perm).reshape([n, c] + [s * b for s, b in zip(spatial, block)])


class PixelShuffle(CustomOp):
    """Attribute ``blocksize`` (ints): the factor of each spatial axis."""

    def get_nodeattr_types(self):
        return {"blocksize": ("ints", True, [])}

    def _out_shape(self, shape) -> list[int]:
        block = self.get_nodeattr("blocksize")
        if len(block) != len(shape) - 2 or shape[1] % int(np.prod(block)):
            raise ValueError(f"{self.onnx_node.name}: blocksize {list(block)} does not fit "
                             f"input shape {list(shape)}")
        return [shape[0], shape[1] // int(np.prod(block))] + [
            s * b for s, b in zip(shape[2:], block)]

    def make_shape_compatible_op(self, model):
        shape = model.get_tensor_shape(self.onnx_node.input[0])
        if shape is None:  # not inferred yet (nodes are hidden in graph order)
            return self.make_const_shape_op(model.get_tensor_shape(self.onnx_node.output[0]))
        return self.make_const_shape_op(self._out_shape(list(shape)))

    def infer_node_datatype(self, model):
        dt = model.get_tensor_datatype(self.onnx_node.input[0])
        model.set_tensor_datatype(self.onnx_node.output[0], dt)

    def verify_node(self):
        return []

    def execute_node(self, context, graph):
        x = context[self.onnx_node.input[0]]
        context[self.onnx_node.output[0]] = pixel_shuffle(x, self.get_nodeattr("blocksize"))


custom_op = {"StreamingDataflowPartition": StreamingDataflowPartition,
             "PixelShuffle": PixelShuffle}
