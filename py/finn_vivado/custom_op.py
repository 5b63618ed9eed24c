"""ONNX domain ``finn_vivado.custom_op`` of saved models (``dataflow_parent.onnx``):
qonnx imports the module named by a node's domain; the ops are in
:mod:`finn_vivado.frontend.custom_ops`."""

from finn_vivado.frontend.custom_ops import custom_op

__all__ = ["custom_op"]
