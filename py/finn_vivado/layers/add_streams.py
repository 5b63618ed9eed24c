"""AddStreams: element-wise exact sum of two streams (residual connections), each input
optionally scaled by a positive integer (an add of two differently scaled tensors)."""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import adder_luts

__all__ = ["AddStreams"]


@register_layer
class AddStreams(HWLayer):
    """Adds two streams of the same shape numInputVectors + [NumChannels].

    Attributes:

    - ``NumChannels`` (int, required): channels C (last axis).
    - ``PE`` (int, 1): channels per cycle; must divide NumChannels.
    - ``inputDataTypes`` (strings, required): DataTypes of the two inputs,
      e.g. ["INT4", "INT4"].
    - ``outputDataType`` (str, "" = derived): DataType of the sum; derived as the
      smallest type holding every possible sum.
    - ``numInputVectors`` (ints, [1]): leading shape, e.g. [1, H, W].
    - ``inputMultipliers`` (ints, [1, 1]): positive integers m0, m1; the output is
      m0 * in0 + m1 * in1 (two tensors with scales s0 = m0*g and s1 = m1*g add exactly).

    Resource model: PE adders of the output width, one more per extra set bit of each
    multiplier (shift-and-add), 20 LUTs of handshake.
    """

    RTL_CORE = "AddStreams"
    LAYER_ATTRS = {
        "NumChannels": ("i", True, 0),
        "PE": ("i", False, 1),
        "inputDataTypes": ("strings", True, []),
        "outputDataType": ("s", False, ""),
        "numInputVectors": ("ints", False, [1]),
        "inputMultipliers": ("ints", False, [1, 1]),
    }
    DATATYPE_ATTRS = ("inputDataTypes", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("NumChannels", "PE", "numInputVectors")
    NUM_STREAM_INPUTS = 2

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def get_normal_input_shape(self, ind=0):
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [self.get_nodeattr("NumChannels")])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        return self.get_normal_input_shape()

    def get_folded_output_shape(self, ind=0):
        return self.get_folded_input_shape()

    def get_input_datatype(self, ind=0):
        names = self.get_nodeattr("inputDataTypes")
        if len(names) != 2:
            raise self.illegal("inputDataTypes", names, "needs one DataType per input",
                               "two DataType names, e.g. ['INT4', 'INT4']")
        return self._named_datatype("inputDataTypes", names[ind])

    def _named_datatype(self, attr, name):
        try:
            return DataType[name]
        except (KeyError, AttributeError, ValueError, AssertionError):
            raise self.illegal(attr, name, "not a qonnx DataType name",
                               "integer DataType names") from None

    def _set_input_datatype(self, ind, name):
        names = list(self.get_nodeattr("inputDataTypes"))
        names[ind] = name
        self.set_nodeattr("inputDataTypes", names)

    def multipliers(self) -> tuple[int, int]:
        mults = [int(m) for m in self.get_nodeattr("inputMultipliers")]
        if len(mults) != 2 or min(mults) < 1:
            raise self.illegal("inputMultipliers", mults, "needs two positive integers",
                               "e.g. [1, 1] or [2, 1]")
        return mults[0], mults[1]

    def output_range(self) -> tuple[int, int]:
        """(min, max) of any sum."""
        (lo0, hi0), (lo1, hi1) = (numerics.dtype_range(self.get_input_datatype(i)) for i in (0, 1))
        m0, m1 = self.multipliers()
        return m0 * lo0 + m1 * lo1, m0 * hi0 + m1 * hi1

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType"):
            return self.datatype("outputDataType")
        return numerics.smallest_int_dtype(*self.output_range())

    def get_exp_cycles(self) -> int:
        vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
        return vectors * (self.get_nodeattr("NumChannels") // self.get_nodeattr("PE"))

    def logic_estimation(self) -> dict[str, int]:
        bits = self.get_output_datatype().bitwidth()
        adders = 1 + sum(bin(m).count("1") - 1 for m in self.multipliers())
        return {"LUT": 20 + self.get_nodeattr("PE") * adders * adder_luts(bits), "DSP": 0}

    def _validate_layer(self, model) -> None:
        self.get_input_datatype(0)
        self.multipliers()
        if self.get_nodeattr("outputDataType"):
            self.check_dtype_holds("outputDataType", *self.output_range(), "sum")

    def _execute(self, inputs):
        a = self.int_input(inputs[0], 0)
        b = self.int_input(inputs[1], 1)
        if a.shape != b.shape:
            raise self.error(f"inputs have shapes {list(a.shape)} and {list(b.shape)}; "
                             "they must be equal")
        m0, m1 = self.multipliers()
        return [m0 * a + m1 * b]
