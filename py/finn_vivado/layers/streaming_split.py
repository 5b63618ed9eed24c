"""StreamingSplit: one stream cut along the channels (last axis) into several streams."""

from __future__ import annotations

import math

import numpy as np

from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import counter_luts, skid_luts

__all__ = ["StreamingSplit"]


@register_layer
class StreamingSplit(HWLayer):
    """Splits numInputVectors + [sum C_k] into N >= 2 streams numInputVectors + [C_k].

    Attributes:

    - ``ChannelsPerStream`` (ints, required): channels C_k of each output, in order;
      output k carries channels [C_0 + ... + C_(k-1), that + C_k) of every pixel.
    - ``SIMD`` (int, 1): channels per cycle of the input and every output; must divide
      every C_k.
    - ``inputDataType`` (str, required): DataType of the input and of every output.
    - ``numInputVectors`` (ints, [1]): leading shape, e.g. [1, H, W].

    The mirror of StreamingConcat: per pixel the input beats go to output 0, then to
    output 1, ...; an output is only written during its turn, so a consumer lagging
    behind the others holds the input (the others wait in their FIFOs).

    Resource model (RTL: ip_repo/StreamingSplit): the input register slice (data fans out
    to every output as wiring), the output and beat counters, the per-output valid/ready
    selection.
    """

    RTL_CORE = "StreamingSplit"
    LAYER_ATTRS = {
        "ChannelsPerStream": ("ints", True, []),
        "SIMD": ("i", False, 1),
        "inputDataType": ("s", True, ""),
        "numInputVectors": ("ints", False, [1]),
    }
    DATATYPE_ATTRS = ("inputDataType",)
    POSITIVE_ATTRS = ("ChannelsPerStream", "SIMD", "numInputVectors")

    def channels(self) -> list[int]:
        """Channels of each output."""
        return [int(c) for c in self.get_nodeattr("ChannelsPerStream")]

    def expected_num_outputs(self) -> int:
        return len(self.channels())

    def folding_constraints(self):
        common = math.gcd(*self.channels()) if self.channels() else 0
        return {"SIMD": (common, "the greatest common divisor of ChannelsPerStream")}

    def get_normal_input_shape(self, ind=0):
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [sum(self.channels())])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("SIMD"))

    def get_normal_output_shape(self, ind=0):
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [self.channels()[ind]])

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(ind), self.get_nodeattr("SIMD"))

    def get_output_datatype(self, ind=0):
        return self.get_input_datatype()

    def get_exp_cycles(self) -> int:
        vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
        return vectors * (sum(self.channels()) // self.get_nodeattr("SIMD"))

    def logic_estimation(self) -> dict[str, int]:
        beat = self.get_nodeattr("SIMD") * self.get_input_datatype().bitwidth()
        n = len(self.channels())
        folds = [c // self.get_nodeattr("SIMD") for c in self.channels()]
        counters = counter_luts(max((n - 1).bit_length(), 1)) + \
            counter_luts(max((max(folds) - 1).bit_length(), 1))
        return {"LUT": 10 + 2 * n + counters + skid_luts(beat), "DSP": 0}

    def _validate_io_counts(self) -> None:
        if len(self.channels()) < 2:
            raise self.illegal("ChannelsPerStream", self.channels(), "needs at least two outputs",
                               "two or more channel counts")
        super()._validate_io_counts()

    def _validate_layer(self, model) -> None:
        if max(self.channels()) // self.get_nodeattr("SIMD") >= 2 ** 16:
            raise self.error("an output needs more than 65535 beats per pixel; raise SIMD")

    def make_shape_compatible_op(self, model):
        """A constant-shape op listing every output. ONNX shape inference types only
        the first output of it, so the other outputs get their shape here."""
        ishape = model.get_tensor_shape(self.onnx_node.input[0])
        batch = None
        if ishape:
            self._check_shape(0, ishape, "model input tensor")
            batch = int(ishape[0])
        shapes = []
        for ind, name in enumerate(self.onnx_node.output):
            shape = list(self.get_normal_output_shape(ind))
            shape[0] = shape[0] if batch is None else batch
            shapes.append(shape)
            if ind:
                model.set_tensor_shape(name, shape)
        node = self.make_const_shape_op(shapes[0])
        node.output[:] = list(self.onnx_node.output)
        return node

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        bounds = np.cumsum([0] + self.channels())
        return [x[..., lo:hi].copy() for lo, hi in zip(bounds[:-1], bounds[1:])]
