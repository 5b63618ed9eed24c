"""StreamingMaxPool: max pooling with stride equal to the kernel, NHWC."""

from __future__ import annotations

import math

import numpy as np

from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, comparator_luts

__all__ = ["StreamingMaxPool"]


@register_layer
class StreamingMaxPool(HWLayer):
    """Per-channel maximum over non-overlapping Kh x Kw windows (stride = kernel).

    Input (1, H, W, C), output (1, OH, OW, C) with OH = floor(H/Kh) (ceil with
    CeilMode=1, where the partial windows at the bottom/right use only the valid
    pixels); same for W. Works for BIPOLAR (+-1) and integer data.

    Attributes:

    - ``ImgDim`` (ints, required): input image [H, W].
    - ``PoolDim`` (ints, required): window [Kh, Kw] (also the stride).
    - ``NumChannels`` (int, required): channels C.
    - ``PE`` (int, 1): channels per cycle; must divide NumChannels.
    - ``CeilMode`` (int 0/1, 0): 1 = keep partial windows (ceil output size).
    - ``dataType`` (str, required): DataType of input and output.

    Resource model: a row of OW*C running maxima, OW*C/PE words x PE*bits (auto
    style); per PE a comparator and a bits-wide select; 40 LUTs of control.
    """

    RTL_CORE = "StreamingMaxPool"
    LAYER_ATTRS = {
        "ImgDim": ("ints", True, []),
        "PoolDim": ("ints", True, []),
        "NumChannels": ("i", True, 0),
        "PE": ("i", False, 1),
        "CeilMode": ("i", False, 0, {0, 1}),
        "dataType": ("s", True, ""),
    }
    DATATYPE_ATTRS = ("dataType",)
    POSITIVE_ATTRS = ("ImgDim", "PoolDim", "NumChannels", "PE")

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def get_output_dim(self) -> tuple[int, int]:
        """[OH, OW] after pooling."""
        rnd = math.ceil if self.get_nodeattr("CeilMode") else math.floor
        dims = zip(self.get_nodeattr("ImgDim"), self.get_nodeattr("PoolDim"))
        return tuple(int(rnd(i / k)) for i, k in dims)

    def get_normal_input_shape(self, ind=0):
        h, w = self.get_nodeattr("ImgDim")
        return (1, h, w, self.get_nodeattr("NumChannels"))

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        oh, ow = self.get_output_dim()
        return (1, oh, ow, self.get_nodeattr("NumChannels"))

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("PE"))

    def get_input_datatype(self, ind=0):
        return self.datatype("dataType")

    def get_output_datatype(self, ind=0):
        return self.datatype("dataType")

    def _input_datatype_attr(self, ind):
        return "dataType"

    def get_exp_cycles(self) -> int:
        """H*W*(C/PE)*(1 + 1/(Kh*Kw)): every input beat plus one output beat per window
        (FINN's formula; FINN's 2D core has PE = C)."""
        h, w = self.get_nodeattr("ImgDim")
        kh, kw = self.get_nodeattr("PoolDim")
        fold = self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")
        return int(h * w * fold * (1 + 1 / (kh * kw)))

    def memories(self) -> list[Memory]:
        _, ow = self.get_output_dim()
        words = ow * self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")
        width = self.get_nodeattr("PE") * self.get_input_datatype().bitwidth()
        return [Memory("row maxima", words, width, None, writable=True)]

    def logic_estimation(self) -> dict[str, int]:
        bits = self.get_input_datatype().bitwidth()
        return {"LUT": 40 + self.get_nodeattr("PE") * (comparator_luts(bits) + bits), "DSP": 0}

    def _validate_layer(self, model) -> None:
        for attr in ("ImgDim", "PoolDim"):
            if len(self.get_nodeattr(attr)) != 2:
                raise self.illegal(attr, self.get_nodeattr(attr), "needs [H, W]", "[H, W]")
        for axis, size, k in zip("HW", self.get_nodeattr("ImgDim"), self.get_nodeattr("PoolDim")):
            if k > size:
                raise self.illegal("PoolDim", self.get_nodeattr("PoolDim"),
                                   f"window larger than ImgDim {axis}={size}",
                                   f"window sizes <= {size} along {axis}")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        n, h, w, ch = x.shape
        kh, kw = self.get_nodeattr("PoolDim")
        oh, ow = self.get_output_dim()
        lowest = np.iinfo(np.int64).min
        padded = np.full((n, oh * kh, ow * kw, ch), lowest, dtype=np.int64)
        rows, cols = min(h, oh * kh), min(w, ow * kw)
        padded[:, :rows, :cols, :] = x[:, :rows, :cols, :]
        windows = padded.reshape(n, oh, kh, ow, kw, ch)
        return [windows.max(axis=(2, 4))]


# --------------------------------------------------------------------------------------
# Cycle count of the RTL core (ip_repo/StreamingMaxPool), replacing FINN's formula above:
# the core takes one input beat per cycle and sends each result while the next window's
# beats stream in, so output beats cost no extra cycles.
def _rtl_exp_cycles(self) -> int:
    """Cycles from the start of a frame to its last output beat, without stalls:
    one cycle per input beat up to the last one inside a window, plus 2 pipeline cycles,
    ((rows_used - 1) * W + cols_used) * C/PE + 2 with rows_used = min(H, OH*Kh) and
    cols_used = min(W, OW*Kw)."""
    h, w = self.get_nodeattr("ImgDim")
    kh, kw = self.get_nodeattr("PoolDim")
    oh, ow = self.get_output_dim()
    fold = self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")
    rows, cols = min(h, oh * kh), min(w, ow * kw)
    return int(((rows - 1) * w + cols) * fold + 2)


StreamingMaxPool.get_exp_cycles = _rtl_exp_cycles
