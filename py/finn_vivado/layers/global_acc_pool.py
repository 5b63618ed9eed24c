"""GlobalAccPool: exact per-channel sum over all pixels (global average pooling
without the final scale)."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, adder_luts

__all__ = ["GlobalAccPool"]


@register_layer
class GlobalAccPool(HWLayer):
    """Sums each channel over all pixels: input numInputVectors + [C] with
    numInputVectors = [1, H, W], output (1, 1, 1, C).

    Attributes:

    - ``NumChannels`` (int, required): channels C.
    - ``PE`` (int, 1): channels per cycle; must divide NumChannels.
    - ``inputDataType`` (str, required): DataType of the input.
    - ``outputDataType`` (str, "" = derived): DataType of the sums; derived as the
      smallest type holding H*W*range of the input.
    - ``numInputVectors`` (ints, required): leading input shape [1, H, W].

    Resource model: NumChannels/PE accumulators of PE*out bits (auto style), PE adders
    of the output width, 40 LUTs of control.
    """

    RTL_CORE = "GlobalAccPool"
    LAYER_ATTRS = {
        "NumChannels": ("i", True, 0),
        "PE": ("i", False, 1),
        "inputDataType": ("s", True, ""),
        "outputDataType": ("s", False, ""),
        "numInputVectors": ("ints", True, []),
    }
    DATATYPE_ATTRS = ("inputDataType", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("NumChannels", "PE", "numInputVectors")

    def _pixels(self) -> int:
        return int(np.prod(self.get_nodeattr("numInputVectors")[1:]))

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def get_normal_input_shape(self, ind=0):
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [self.get_nodeattr("NumChannels")])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        rank = len(self.get_nodeattr("numInputVectors"))
        return tuple([1] * rank + [self.get_nodeattr("NumChannels")])

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("PE"))

    def output_range(self) -> tuple[int, int]:
        """(min, max) of any channel sum."""
        lo, hi = numerics.dtype_range(self.get_input_datatype())
        return self._pixels() * lo, self._pixels() * hi

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType"):
            return self.datatype("outputDataType")
        return numerics.smallest_int_dtype(*self.output_range())

    def get_exp_cycles(self) -> int:
        fold = self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")
        return self._pixels() * fold + fold

    def memories(self) -> list[Memory]:
        words = self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")
        width = self.get_nodeattr("PE") * self.get_output_datatype().bitwidth()
        return [Memory("accumulators", words, width, None, writable=True)]

    def logic_estimation(self) -> dict[str, int]:
        bits = self.get_output_datatype().bitwidth()
        return {"LUT": 40 + self.get_nodeattr("PE") * adder_luts(bits), "DSP": 0}

    def _validate_layer(self, model) -> None:
        if len(self.get_nodeattr("numInputVectors")) < 2:
            raise self.illegal("numInputVectors", self.get_nodeattr("numInputVectors"),
                               "needs the batch dimension and the pixel dimensions",
                               "[1, H, W]")
        if self.get_nodeattr("outputDataType"):
            self.check_dtype_holds("outputDataType", *self.output_range(), "channel sum")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        axes = tuple(range(1, x.ndim - 1))
        return [x.sum(axis=axes, keepdims=True)]


# --------------------------------------------------------------------------------------
# Cycle count of the RTL core (ip_repo/GlobalAccPool), replacing the estimate above: the
# sums leave while the last pixel streams in, not after it.
def _rtl_exp_cycles(self) -> int:
    """Cycles from the start of a frame to its last output beat, without stalls:
    pixels * C/PE input beats plus 2 pipeline cycles."""
    fold = self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")
    return self._pixels() * fold + 2


GlobalAccPool.get_exp_cycles = _rtl_exp_cycles
