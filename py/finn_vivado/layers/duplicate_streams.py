"""DuplicateStreams: fan one stream out to several identical streams."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer

__all__ = ["DuplicateStreams"]


@register_layer
class DuplicateStreams(HWLayer):
    """Copies its input (numInputVectors + [NumChannels]) to NumOutputStreams outputs.

    Attributes:

    - ``NumChannels`` (int, required): channels C (last axis).
    - ``PE`` (int, 1): channels per cycle; must divide NumChannels.
    - ``NumOutputStreams`` (int, 2): number of outputs (>= 2).
    - ``inputDataType`` (str, required): DataType of input and outputs.
    - ``numInputVectors`` (ints, [1]): leading shape, e.g. [1, H, W].

    Resource model: handshake only, 10 LUTs + 4 per output stream (data is wiring).
    """

    RTL_CORE = "DuplicateStreams"
    LAYER_ATTRS = {
        "NumChannels": ("i", True, 0),
        "PE": ("i", False, 1),
        "NumOutputStreams": ("i", False, 2),
        "inputDataType": ("s", True, ""),
        "numInputVectors": ("ints", False, [1]),
    }
    DATATYPE_ATTRS = ("inputDataType",)
    POSITIVE_ATTRS = ("NumChannels", "PE", "numInputVectors")

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def expected_num_outputs(self) -> int:
        return self.get_nodeattr("NumOutputStreams")

    def get_normal_input_shape(self, ind=0):
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [self.get_nodeattr("NumChannels")])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        return self.get_normal_input_shape()

    def get_folded_output_shape(self, ind=0):
        return self.get_folded_input_shape()

    def get_output_datatype(self, ind=0):
        return self.get_input_datatype()

    def get_exp_cycles(self) -> int:
        vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
        return vectors * (self.get_nodeattr("NumChannels") // self.get_nodeattr("PE"))

    def logic_estimation(self) -> dict[str, int]:
        return {"LUT": 10 + 4 * self.get_nodeattr("NumOutputStreams"), "DSP": 0}

    def _validate_layer(self, model) -> None:
        count = self.get_nodeattr("NumOutputStreams")
        if count < 2:
            raise self.illegal("NumOutputStreams", count, "must be at least 2", "integers >= 2")

    def make_shape_compatible_op(self, model):
        """A constant-shape op listing every output. ONNX shape inference types only
        the first output of it, so the other outputs get their shape here."""
        oshape = list(self.get_normal_output_shape())
        ishape = model.get_tensor_shape(self.onnx_node.input[0])
        if ishape:
            self._check_shape(0, ishape, "model input tensor")
            oshape[0] = int(ishape[0])
        for name in self.onnx_node.output[1:]:
            model.set_tensor_shape(name, oshape)
        node = self.make_const_shape_op(oshape)
        node.output[:] = list(self.onnx_node.output)
        return node

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        return [x.copy() for _ in self.onnx_node.output]
