"""Upsample: nearest-neighbour upsampling of an NHWC feature map by integer factors."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, counter_luts, skid_luts

__all__ = ["Upsample"]


@register_layer
class Upsample(HWLayer):
    """Upsamples (1, H, W, C) to (1, OH, OW, C), OH = H * fh, OW = W * fw (integers):
    output pixel (y, x) is input pixel (y // fh, x // fw). A 1-D feature map is H = 1.

    Attributes:

    - ``IFMDim`` (ints, required): input image [H, W].
    - ``OFMDim`` (ints, required): output image [OH, OW]; integer multiples of [H, W].
    - ``NumChannels`` (int, required): channels C.
    - ``SIMD`` (int, 1): channels per cycle; must divide NumChannels.
    - ``inputDataType`` (str, required): DataType of the input and the output.
    - ``ram_style`` (str, "auto"): the two row buffers: "auto", "block", "distributed",
      "ultra".

    Resource model (RTL: ip_repo/Upsample): two row buffers (2 x W x C / SIMD words of
    SIMD x bits, one writable memory), the write and read counters, the read address adder
    and the output register slice.
    """

    RTL_CORE = "Upsample"
    LAYER_ATTRS = {
        "IFMDim": ("ints", True, []),
        "OFMDim": ("ints", True, []),
        "NumChannels": ("i", True, 0),
        "SIMD": ("i", False, 1),
        "inputDataType": ("s", True, ""),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed", "ultra"}),
    }
    DATATYPE_ATTRS = ("inputDataType",)
    POSITIVE_ATTRS = ("IFMDim", "OFMDim", "NumChannels", "SIMD")

    def folding_constraints(self):
        return {"SIMD": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def factors(self) -> tuple[int, int]:
        """(fh, fw): output rows per input row, output columns per input column."""
        (h, w), (oh, ow) = self.get_nodeattr("IFMDim"), self.get_nodeattr("OFMDim")
        return oh // h, ow // w

    def get_normal_input_shape(self, ind=0):
        h, w = self.get_nodeattr("IFMDim")
        return (1, h, w, self.get_nodeattr("NumChannels"))

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("SIMD"))

    def get_normal_output_shape(self, ind=0):
        oh, ow = self.get_nodeattr("OFMDim")
        return (1, oh, ow, self.get_nodeattr("NumChannels"))

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("SIMD"))

    def get_output_datatype(self, ind=0):
        return self.get_input_datatype()

    def row_words(self) -> int:
        """Words of one row buffer: W x C / SIMD."""
        w = self.get_nodeattr("IFMDim")[1]
        return w * self.get_nodeattr("NumChannels") // self.get_nodeattr("SIMD")

    def get_exp_cycles(self) -> int:
        """The first input row fills a buffer, then every output beat takes a cycle (the
        next row is written while the previous one is read out)."""
        oh, ow = self.get_nodeattr("OFMDim")
        cf = self.get_nodeattr("NumChannels") // self.get_nodeattr("SIMD")
        return self.row_words() + oh * ow * cf

    def memories(self) -> list[Memory]:
        beat = self.get_nodeattr("SIMD") * self.get_input_datatype().bitwidth()
        return [Memory("rows", 2 * self.row_words(), beat, writable=True)]

    def logic_estimation(self) -> dict[str, int]:
        beat = self.get_nodeattr("SIMD") * self.get_input_datatype().bitwidth()
        fh, fw = self.factors()
        cf = self.get_nodeattr("NumChannels") // self.get_nodeattr("SIMD")
        w = self.get_nodeattr("IFMDim")[1]
        bits = [max((n - 1).bit_length(), 1) for n in (fh, w, fw, cf)]
        addr = max((2 * self.row_words() - 1).bit_length(), 1)
        counters = sum(counter_luts(b) for b in bits) + 2 * counter_luts(addr)
        return {"LUT": 20 + counters + 2 * addr + skid_luts(beat), "DSP": 0}

    def _validate_layer(self, model) -> None:
        for attr in ("IFMDim", "OFMDim"):
            if len(self.get_nodeattr(attr)) != 2:
                raise self.illegal(attr, self.get_nodeattr(attr), "needs [H, W]", "[H, W]")
        (h, w), (oh, ow) = self.get_nodeattr("IFMDim"), self.get_nodeattr("OFMDim")
        if oh % h or ow % w:
            raise self.illegal("OFMDim", [oh, ow], f"must be integer multiples of IFMDim="
                               f"{[h, w]} (nearest-neighbour upsampling by integer factors)",
                               f"[{h} * fh, {w} * fw]")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        fh, fw = self.factors()
        return [np.repeat(np.repeat(x, fh, axis=1), fw, axis=2)]
