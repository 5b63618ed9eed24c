"""StreamingConcat: concatenation of several streams along the channels (last axis)."""

from __future__ import annotations

import math

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import counter_luts, mux_luts, skid_luts

__all__ = ["StreamingConcat"]


@register_layer
class StreamingConcat(HWLayer):
    """Concatenates N >= 2 streams numInputVectors + [C_k] into numInputVectors + [sum C_k].

    Attributes (FINN's names):

    - ``ChannelsPerStream`` (ints, required): channels C_k of each input, in order.
    - ``SIMD`` (int, 1): channels per cycle of every input and the output; must divide
      every C_k.
    - ``inputDataTypes`` (strings, required): DataType of each input, e.g.
      ["UINT4", "INT8"].
    - ``outputDataType`` (str, "" = derived): DataType of the output; derived as the
      smallest type holding every input value (the common type when all inputs share one).
    - ``numInputVectors`` (ints, [1]): leading shape, e.g. [1, H, W].

    Per pixel the output carries input 0's channels, then input 1's, ...; each input is
    read only during its turn, so a branch running ahead of another waits in its FIFO.

    Resource model (RTL: ip_repo/StreamingConcat): an N-way multiplexer of the output beat
    (SIMD x output bits), the input and beat counters, the output register slice.
    """

    RTL_CORE = "StreamingConcat"
    LAYER_ATTRS = {
        "ChannelsPerStream": ("ints", True, []),
        "SIMD": ("i", False, 1),
        "inputDataTypes": ("strings", True, []),
        "outputDataType": ("s", False, ""),
        "numInputVectors": ("ints", False, [1]),
    }
    DATATYPE_ATTRS = ("inputDataTypes", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("ChannelsPerStream", "SIMD", "numInputVectors")

    @property
    def NUM_STREAM_INPUTS(self) -> int:  # noqa: N802 (the base class's attribute name)
        """One stream input per entry of ChannelsPerStream."""
        return len(self.get_nodeattr("ChannelsPerStream"))

    def channels(self) -> list[int]:
        """Channels of each input."""
        return [int(c) for c in self.get_nodeattr("ChannelsPerStream")]

    def folding_constraints(self):
        common = math.gcd(*self.channels()) if self.channels() else 0
        return {"SIMD": (common, "the greatest common divisor of ChannelsPerStream")}

    def get_normal_input_shape(self, ind=0):
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [self.channels()[ind]])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(ind), self.get_nodeattr("SIMD"))

    def get_normal_output_shape(self, ind=0):
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [sum(self.channels())])

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("SIMD"))

    def get_input_datatype(self, ind=0):
        names = self.get_nodeattr("inputDataTypes")
        if len(names) != len(self.channels()):
            raise self.illegal("inputDataTypes", names, "needs one DataType per input "
                               f"({len(self.channels())} inputs in ChannelsPerStream)",
                               "one integer DataType name per input")
        try:
            return DataType[names[ind]]
        except (KeyError, AttributeError, ValueError, AssertionError):
            raise self.illegal("inputDataTypes", names[ind], "not a qonnx DataType name",
                               "integer DataType names") from None

    def _set_input_datatype(self, ind, name):
        names = list(self.get_nodeattr("inputDataTypes"))
        names[ind] = name
        self.set_nodeattr("inputDataTypes", names)

    def input_range(self) -> tuple[int, int]:
        """(min, max) over every input's DataType."""
        ranges = [numerics.dtype_range(self.get_input_datatype(k))
                  for k in range(self.NUM_STREAM_INPUTS)]
        return min(lo for lo, _ in ranges), max(hi for _, hi in ranges)

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType"):
            return self.datatype("outputDataType")
        types = {self.get_input_datatype(k) for k in range(self.NUM_STREAM_INPUTS)}
        if len(types) == 1:
            return types.pop()
        return numerics.smallest_int_dtype(*self.input_range())

    def get_exp_cycles(self) -> int:
        vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
        return vectors * (sum(self.channels()) // self.get_nodeattr("SIMD"))

    def logic_estimation(self) -> dict[str, int]:
        beat = self.get_nodeattr("SIMD") * self.get_output_datatype().bitwidth()
        n = self.NUM_STREAM_INPUTS
        folds = [c // self.get_nodeattr("SIMD") for c in self.channels()]
        counters = counter_luts(max((n - 1).bit_length(), 1)) + \
            counter_luts(max((max(folds) - 1).bit_length(), 1))
        return {"LUT": 10 + beat * mux_luts(n) + counters + skid_luts(beat), "DSP": 0}

    def _validate_io_counts(self) -> None:
        if len(self.channels()) < 2:
            raise self.illegal("ChannelsPerStream", self.channels(), "needs at least two inputs",
                               "two or more channel counts")
        super()._validate_io_counts()

    def _validate_layer(self, model) -> None:
        for k in range(self.NUM_STREAM_INPUTS):
            dt = self.get_input_datatype(k)
            if not dt.is_integer():
                raise self.illegal("inputDataTypes", dt.name, "streams carry integer data",
                                   "integer DataType names")
        if self.get_nodeattr("outputDataType"):
            self.check_dtype_holds("outputDataType", *self.input_range(), "input value")
        if self.get_output_datatype().bitwidth() > 255 or max(self.channels()) // \
                self.get_nodeattr("SIMD") >= 2 ** 16:
            raise self.error("an input needs more than 65535 beats per pixel or elements "
                             "wider than 255 bits; raise SIMD or narrow the data types")

    def _execute(self, inputs):
        arrays = [self.int_input(inputs[k], k) for k in range(self.NUM_STREAM_INPUTS)]
        lead = {a.shape[:-1] for a in arrays}
        if len(lead) != 1:
            raise self.error(f"inputs have shapes {[list(a.shape) for a in arrays]}; all but "
                             "the last axis must be equal")
        return [np.concatenate(arrays, axis=-1)]
