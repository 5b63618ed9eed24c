"""Pool: generic pooling over sliding windows produced by ConvolutionInputGenerator."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, adder_luts, comparator_luts

__all__ = ["Pool"]


@register_layer
class Pool(HWLayer):
    """Per-channel max or exact integer sum over each window.

    Input (1, OH, OW, Kh*Kw*C) ordered (kh, kw, c), c fastest; output (1, OH, OW, C).
    Average pooling is SumPool followed by a scale applied elsewhere.

    Attributes:

    - ``Channels`` (int, required): channels C.
    - ``PE`` (int, 1): channels per cycle; must divide Channels.
    - ``KernelSize`` (ints, required): window [Kh, Kw].
    - ``Function`` (str, required): "MaxPool" or "SumPool".
    - ``OutImgDims`` (ints, required): output image [OH, OW].
    - ``inputDataType`` (str, required): DataType of the input.
    - ``outputDataType`` (str, "" = derived): DataType of the output; MaxPool keeps
      the input type, SumPool derives the smallest type holding Kh*Kw*range.

    Resource model: per channel one running result, Channels/PE words x PE*out bits
    (auto style); per PE a comparator and select (MaxPool) or an adder (SumPool) of the
    output width; 40 LUTs of control.
    """

    RTL_CORE = "Pool"
    LAYER_ATTRS = {
        "Channels": ("i", True, 0),
        "PE": ("i", False, 1),
        "KernelSize": ("ints", True, []),
        "Function": ("s", True, "", {"MaxPool", "SumPool"}),
        "OutImgDims": ("ints", True, []),
        "inputDataType": ("s", True, ""),
        "outputDataType": ("s", False, ""),
    }
    DATATYPE_ATTRS = ("inputDataType", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("Channels", "PE", "KernelSize", "OutImgDims")

    def _kernel_size(self) -> int:
        return int(np.prod(self.get_nodeattr("KernelSize")))

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("Channels"), "Channels")}

    def get_normal_input_shape(self, ind=0):
        oh, ow = self.get_nodeattr("OutImgDims")
        return (1, oh, ow, self._kernel_size() * self.get_nodeattr("Channels"))

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        oh, ow = self.get_nodeattr("OutImgDims")
        return (1, oh, ow, self.get_nodeattr("Channels"))

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("PE"))

    def output_range(self) -> tuple[int, int]:
        """(min, max) of any output value."""
        lo, hi = numerics.dtype_range(self.get_input_datatype())
        if self.get_nodeattr("Function") == "SumPool":
            return self._kernel_size() * lo, self._kernel_size() * hi
        return lo, hi

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType"):
            return self.datatype("outputDataType")
        if self.get_nodeattr("Function") == "MaxPool":
            return self.get_input_datatype()
        return numerics.smallest_int_dtype(*self.output_range())

    def get_exp_cycles(self) -> int:
        oh, ow = self.get_nodeattr("OutImgDims")
        fold = self.get_nodeattr("Channels") // self.get_nodeattr("PE")
        return int(oh * ow * self._kernel_size() * fold)

    def memories(self) -> list[Memory]:
        words = self.get_nodeattr("Channels") // self.get_nodeattr("PE")
        width = self.get_nodeattr("PE") * self.get_output_datatype().bitwidth()
        return [Memory("running results", words, width, None, writable=True)]

    def logic_estimation(self) -> dict[str, int]:
        bits = self.get_output_datatype().bitwidth()
        if self.get_nodeattr("Function") == "MaxPool":
            per_pe = comparator_luts(bits) + bits
        else:
            per_pe = adder_luts(bits)
        return {"LUT": 40 + self.get_nodeattr("PE") * per_pe, "DSP": 0}

    def _validate_layer(self, model) -> None:
        for attr in ("KernelSize", "OutImgDims"):
            if len(self.get_nodeattr(attr)) != 2:
                raise self.illegal(attr, self.get_nodeattr(attr), "needs [H, W]", "[H, W]")
        if self.get_nodeattr("outputDataType"):
            self.check_dtype_holds("outputDataType", *self.output_range(), "output value")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        windows = x.reshape(x.shape[:-1] + (self._kernel_size(), self.get_nodeattr("Channels")))
        if self.get_nodeattr("Function") == "MaxPool":
            return [windows.max(axis=-2)]
        return [windows.sum(axis=-2)]
