"""PixelShuffle: depth-to-space rearrangement of an NHWC feature map (sub-pixel layout of a
transposed convolution)."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, counter_luts, skid_luts

__all__ = ["PixelShuffle"]


@register_layer
class PixelShuffle(HWLayer):
    """Rearranges (1, H, W, Bh*Bw*C) into (1, H*Bh, W*Bw, C):
    ``out[y*Bh + rh, x*Bw + rw, c] = in[y, x, (rh*Bw + rw)*C + c]``. A 1-D feature map
    is H = 1 (with Bh = 1).

    Attributes:

    - ``ImgDim`` (ints, required): input image [H, W].
    - ``Block`` (ints, required): block [Bh, Bw]; output pixels per input pixel.
    - ``NumChannels`` (int, required): output channels C (the input has Bh*Bw*C).
    - ``SIMD`` (int, 1): channels per cycle; must divide NumChannels.
    - ``dataType`` (str, required): DataType of the input and the output.
    - ``ram_style`` (str, "auto"): the two row buffers: "auto", "block", "distributed",
      "ultra".

    Resource model (RTL: ip_repo/PixelShuffle): two input-row buffers (2 x W x Bh x Bw x
    C / SIMD words of SIMD x bits, one writable memory), the write and read counters, the
    read address adders and the output register slice.
    """

    RTL_CORE = "PixelShuffle"
    LAYER_ATTRS = {
        "ImgDim": ("ints", True, []),
        "Block": ("ints", True, []),
        "NumChannels": ("i", True, 0),
        "SIMD": ("i", False, 1),
        "dataType": ("s", True, ""),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed", "ultra"}),
    }
    DATATYPE_ATTRS = ("dataType",)
    POSITIVE_ATTRS = ("ImgDim", "Block", "NumChannels", "SIMD")

    def folding_constraints(self):
        return {"SIMD": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def block(self) -> tuple[int, int]:
        """(Bh, Bw)."""
        bh, bw = self.get_nodeattr("Block")
        return bh, bw

    def get_normal_input_shape(self, ind=0):
        (h, w), (bh, bw) = self.get_nodeattr("ImgDim"), self.block()
        return (1, h, w, bh * bw * self.get_nodeattr("NumChannels"))

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("SIMD"))

    def get_normal_output_shape(self, ind=0):
        (h, w), (bh, bw) = self.get_nodeattr("ImgDim"), self.block()
        return (1, h * bh, w * bw, self.get_nodeattr("NumChannels"))

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("SIMD"))

    def get_input_datatype(self, ind=0):
        return self.datatype("dataType")

    def get_output_datatype(self, ind=0):
        return self.datatype("dataType")

    def _input_datatype_attr(self, ind):
        return "dataType"

    def row_words(self) -> int:
        """Words of one input row (one row buffer): W x Bh x Bw x C / SIMD."""
        return int(np.prod(self.get_folded_input_shape()[2:-1]))

    def get_exp_cycles(self) -> int:
        """The first input row fills a buffer, then every output beat takes a cycle (the
        next row is written while the previous one is read out as Bh output rows); the
        RAM's output register and the output slice add two cycles."""
        return (self.get_nodeattr("ImgDim")[0] + 1) * self.row_words() + 2

    def memories(self) -> list[Memory]:
        beat = self.get_nodeattr("SIMD") * self.get_input_datatype().bitwidth()
        return [Memory("rows", 2 * self.row_words(), beat, writable=True)]

    def logic_estimation(self) -> dict[str, int]:
        beat = self.get_nodeattr("SIMD") * self.get_input_datatype().bitwidth()
        bw = self.block()[1]
        cf = self.get_nodeattr("NumChannels") // self.get_nodeattr("SIMD")
        w = self.get_nodeattr("ImgDim")[1]
        row = self.row_words()
        addr = max((2 * row - 1).bit_length(), 1)
        bits = [max((n - 1).bit_length(), 1) for n in (w, bw * cf)]
        counters = sum(counter_luts(b) for b in bits) + 3 * counter_luts(addr)
        return {"LUT": 20 + counters + 2 * addr + skid_luts(beat), "DSP": 0}

    def _validate_layer(self, model) -> None:
        for attr, form in (("ImgDim", "[H, W]"), ("Block", "[Bh, Bw]")):
            if len(self.get_nodeattr(attr)) != 2:
                raise self.illegal(attr, self.get_nodeattr(attr), f"needs {form}", form)

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        n, h, w, _ = x.shape
        (bh, bw), c = self.block(), self.get_nodeattr("NumChannels")
        y = x.reshape(n, h, w, bh, bw, c).transpose(0, 1, 3, 2, 4, 5)
        return [y.reshape(n, h * bh, w * bw, c)]
