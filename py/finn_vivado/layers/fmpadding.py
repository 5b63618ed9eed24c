"""FMPadding: spatial padding of an NHWC feature map with a constant."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import skid_luts

__all__ = ["FMPadding"]


@register_layer
class FMPadding(HWLayer):
    """Pads (1, H, W, C) to (1, H+top+bottom, W+left+right, C) with PadValue.

    Attributes:

    - ``ImgDim`` (ints, required): input image [H, W].
    - ``Padding`` (ints, required): [top, left, bottom, right], each >= 0.
    - ``NumChannels`` (int, required): channels C.
    - ``SIMD`` (int, 1): channels per cycle; must divide NumChannels.
    - ``inputDataType`` (str, required): DataType of the input.
    - ``outputDataType`` (str, "" = inputDataType): DataType of the output; holds
      every input value and PadValue.
    - ``PadValue`` (int, 0): padding value; must be representable in the DataTypes.

    Resource model (RTL: ip_repo/FMPadding): column, row and channel-fold counters with
    their border compares (30 LUTs + 2 per counter bit) and the output register slice
    (:func:`resources.skid_luts` of SIMD*bits).
    """

    RTL_CORE = "FMPadding"
    LAYER_ATTRS = {
        "ImgDim": ("ints", True, []),
        "Padding": ("ints", True, []),
        "NumChannels": ("i", True, 0),
        "SIMD": ("i", False, 1),
        "inputDataType": ("s", True, ""),
        "outputDataType": ("s", False, ""),
        "PadValue": ("i", False, 0),
    }
    DATATYPE_ATTRS = ("inputDataType", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    MIRROR_INPUT_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("ImgDim", "NumChannels", "SIMD")

    def folding_constraints(self):
        return {"SIMD": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def get_padded_dim(self) -> tuple[int, int]:
        """[OH, OW] after padding."""
        h, w = self.get_nodeattr("ImgDim")
        top, left, bottom, right = self.get_nodeattr("Padding")
        return h + top + bottom, w + left + right

    def get_normal_input_shape(self, ind=0):
        h, w = self.get_nodeattr("ImgDim")
        return (1, h, w, self.get_nodeattr("NumChannels"))

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("SIMD"))

    def get_normal_output_shape(self, ind=0):
        oh, ow = self.get_padded_dim()
        return (1, oh, ow, self.get_nodeattr("NumChannels"))

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("SIMD"))

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType") == "":
            return self.get_input_datatype()
        return self.datatype("outputDataType")

    def get_exp_cycles(self) -> int:
        oh, ow = self.get_padded_dim()
        return oh * ow * (self.get_nodeattr("NumChannels") // self.get_nodeattr("SIMD"))

    def logic_estimation(self) -> dict[str, int]:
        bits = self.get_output_datatype().bitwidth()
        oh, ow = self.get_padded_dim()
        cf = self.get_nodeattr("NumChannels") // self.get_nodeattr("SIMD")
        counters = sum(max((n - 1).bit_length(), 1) for n in (oh, ow, cf))
        return {"LUT": 30 + 2 * counters + skid_luts(self.get_nodeattr("SIMD") * bits),
                "DSP": 0}

    def _validate_layer(self, model) -> None:
        if len(self.get_nodeattr("ImgDim")) != 2:
            raise self.illegal("ImgDim", self.get_nodeattr("ImgDim"), "needs [H, W]", "[H, W]")
        padding = self.get_nodeattr("Padding")
        if len(padding) != 4 or min(padding) < 0:
            raise self.illegal("Padding", padding, "needs four non-negative entries",
                               "[top, left, bottom, right]")
        pad = self.get_nodeattr("PadValue")
        for attr, dt in (("inputDataType", self.get_input_datatype()),
                         ("outputDataType", self.get_output_datatype())):
            if not dt.allowed(pad):
                lo, hi = numerics.dtype_range(dt)
                legal = [-1, 1] if dt.name == "BIPOLAR" else f"integers in [{lo}, {hi}]"
                raise self.illegal("PadValue", pad, f"not representable in {attr}={dt.name}",
                                   legal)
        if self.get_nodeattr("outputDataType"):
            lo, hi = numerics.dtype_range(self.get_input_datatype())
            self.check_dtype_holds("outputDataType", lo, hi, "input value")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        top, left, bottom, right = self.get_nodeattr("Padding")
        widths = ((0, 0), (top, bottom), (left, right), (0, 0))
        return [np.pad(x, widths, mode="constant", constant_values=self.get_nodeattr("PadValue"))]
