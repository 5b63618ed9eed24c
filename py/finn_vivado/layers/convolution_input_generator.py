"""ConvolutionInputGenerator: sliding-window (im2col) generator in NHWC."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory

__all__ = ["ConvolutionInputGenerator"]


@register_layer
class ConvolutionInputGenerator(HWLayer):
    """Sliding-window generator feeding MVAU (convolutions) and VVAU / Pool.

    Input (1, H, W, C), already padded. Output (1, OH, OW, Kh*Kw*C) where each
    output pixel holds its window ordered (kh, kw, c), c fastest:
    ``out[oh, ow, (kh*Kw + kw)*C + c] = x[oh*sh + kh*dh, ow*sw + kw*dw, c]``, with
    ``OH = (H - dh*(Kh-1) - 1) // sh + 1`` (same for W). 1D windows use H=1, Kh=1
    (or W=1, Kw=1).

    Attributes:

    - ``ConvKernelDim`` (ints, required): kernel [Kh, Kw].
    - ``IFMChannels`` (int, required): channels C.
    - ``IFMDim`` (ints, required): input image [H, W] (after padding).
    - ``OFMDim`` (ints, required): output image [OH, OW]; must match the formula.
    - ``SIMD`` (int, 1): channels per cycle; must divide IFMChannels.
    - ``Stride`` (ints, [1, 1]): stride [sh, sw].
    - ``Dilation`` (ints, [1, 1]): dilation [dh, dw].
    - ``inputDataType`` (str, required): DataType of the input.
    - ``outputDataType`` (str, "" = inputDataType): DataType of the output.
    - ``depthwise`` (int 0/1, 0): 1 = feeds a VVAU (changes only the hardware's
      beat order, not this tensor's (kh, kw, c) order).
    - ``parallel_window`` (int 0/1, 0): 1 = one whole window per cycle; needs
      SIMD = IFMChannels.
    - ``ram_style`` (str, "auto"): line buffer: "auto", "block", "distributed", "ultra".
    - ``M`` (int, 1): output pixels per cycle; only 1 is supported.

    Resource model: the default mode keeps a circular buffer of
    ``rtl_buffer_depth()`` words x SIMD*bits (``ram_style``): the window span
    ``buffer_depth()`` = ((Kh-1)*dh*W + (Kw-1)*dw + 1) * C/SIMD words, FINN's minimal
    window buffer, plus the core's slack for the next window's input; its control is
    five loop counters, the read address walked ahead of the reads and the signed fill
    counts (64 LUTs + 2 per counter bit + 4 per fill bit). parallel_window keeps Kh-1 line buffers of
    (W - kernel width) + W*(dh-1) words x C*bits and the window in flip-flops
    (60 LUTs of control).
    """

    RTL_CORE = "ConvolutionInputGenerator"
    LAYER_ATTRS = {
        "ConvKernelDim": ("ints", True, []),
        "IFMChannels": ("i", True, 0),
        "IFMDim": ("ints", True, []),
        "OFMDim": ("ints", True, []),
        "SIMD": ("i", False, 1),
        "Stride": ("ints", False, [1, 1]),
        "Dilation": ("ints", False, [1, 1]),
        "inputDataType": ("s", True, ""),
        "outputDataType": ("s", False, ""),
        "depthwise": ("i", False, 0, {0, 1}),
        "parallel_window": ("i", False, 0, {0, 1}),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed", "ultra"}),
        "M": ("i", False, 1, {1}),
    }
    DATATYPE_ATTRS = ("inputDataType", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    MIRROR_INPUT_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("ConvKernelDim", "IFMChannels", "IFMDim", "OFMDim", "SIMD",
                      "Stride", "Dilation")

    # ------------------------------------------------------------- structure
    def _kernel_size(self) -> int:
        return int(np.prod(self.get_nodeattr("ConvKernelDim")))

    def compute_ofm_dim(self) -> list[int]:
        """[OH, OW] implied by IFMDim, ConvKernelDim, Stride and Dilation."""
        dims = zip(self.get_nodeattr("IFMDim"), self.get_nodeattr("ConvKernelDim"),
                   self.get_nodeattr("Stride"), self.get_nodeattr("Dilation"))
        return [(i - d * (k - 1) - 1) // s + 1 for i, k, s, d in dims]

    def folding_constraints(self):
        return {"SIMD": (self.get_nodeattr("IFMChannels"), "IFMChannels")}

    def legal_values(self, attr):
        if attr == "SIMD" and self.get_nodeattr("parallel_window"):
            return [self.get_nodeattr("IFMChannels")]
        return super().legal_values(attr)

    def get_normal_input_shape(self, ind=0):
        h, w = self.get_nodeattr("IFMDim")
        return (1, h, w, self.get_nodeattr("IFMChannels"))

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("SIMD"))

    def get_normal_output_shape(self, ind=0):
        oh, ow = self.get_nodeattr("OFMDim")
        return (1, oh, ow, self._kernel_size() * self.get_nodeattr("IFMChannels"))

    def get_folded_output_shape(self, ind=0):
        oshape = self.get_normal_output_shape()
        if self.get_nodeattr("parallel_window"):
            return tuple(list(oshape[:-1]) + [1, oshape[-1]])
        return fold_last(oshape, self.get_nodeattr("SIMD"))

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType") == "":
            return self.get_input_datatype()
        return self.datatype("outputDataType")

    def get_exp_cycles(self) -> int:
        if self.get_nodeattr("parallel_window"):
            return self.get_number_input_values() + 2
        cf = self.get_nodeattr("IFMChannels") // self.get_nodeattr("SIMD")
        h, w = self.get_nodeattr("IFMDim")
        oh, ow = self.get_nodeattr("OFMDim")
        kh, kw = self.get_nodeattr("ConvKernelDim")
        sh, sw = self.get_nodeattr("Stride")
        dh, dw = self.get_nodeattr("Dilation")
        depthwise = self.get_nodeattr("depthwise")
        if h == 1 or w == 1:
            if w == 1 and h != 1:  # normalise a column to a row
                ow, kw, sw = oh, kh, sh
            cycles = ow * kw * cf + 2
            if depthwise:
                cycles += cf * (kw - 1) * (sw - 1) - (kw - 1)
            return int(cycles)
        buffer_min = ((kh - 1) * dh * w + (kw - 1) * dw + 1) * cf
        per_row = max(ow * kw * kh * cf, sw * w * cf)
        if depthwise:
            per_row += ow * (sw - 1) * (cf - 1)
        cycles = buffer_min + oh * per_row
        if depthwise:
            cycles += (sh - 1) * w * cf
        return int(cycles)

    # ------------------------------------------------------------- resources
    def buffer_depth(self) -> int:
        """Words (of SIMD elements) in the default mode's window buffer."""
        cf = self.get_nodeattr("IFMChannels") // self.get_nodeattr("SIMD")
        h, w = self.get_nodeattr("IFMDim")
        kh, kw = self.get_nodeattr("ConvKernelDim")
        dh, dw = self.get_nodeattr("Dilation")
        if h == 1 or w == 1:
            k, d = (kw, dw) if h == 1 else (kh, dh)
            return ((k - 1) * d + 1) * cf
        return ((kh - 1) * dh * w + (kw - 1) * dw + 1) * cf

    def memories(self) -> list[Memory]:
        width = self.get_nodeattr("SIMD") * self.get_input_datatype().bitwidth()
        if not self.get_nodeattr("parallel_window"):
            return [Memory("window buffer", self.rtl_buffer_depth(), width, writable=True)]
        h, w = self.get_nodeattr("IFMDim")
        kh, kw = self.get_nodeattr("ConvKernelDim")
        dh, dw = self.get_nodeattr("Dilation")
        if h == 1 or w == 1 or kh == 1:
            return []
        depth = (w - ((kw - 1) * dw + 1)) + w * (dh - 1)
        if depth < 1:
            return []
        return [Memory("line buffers", depth, width, copies=kh - 1, writable=True)]

    def _window_steps(self) -> tuple[int, int, int]:
        """(STEP_PIX, STEP_ROW, STEP_FRAME) of the core's window buffer, in beats."""
        cf = self.get_nodeattr("IFMChannels") // self.get_nodeattr("SIMD")
        h, w = self.get_nodeattr("IFMDim")
        oh, ow = self.compute_ofm_dim()
        sh, sw = self.get_nodeattr("Stride")
        step_row = (sh * w - (ow - 1) * sw) * cf
        step_frame = (h * w - (oh - 1) * sh * w - (ow - 1) * sw) * cf
        return sw * cf, step_row, step_frame

    def rtl_buffer_depth(self) -> int:
        """Words of the core's window buffer: the span plus the slack that lets the
        input run ahead by the next window (as ip_repo/ConvolutionInputGenerator)."""
        cf = self.get_nodeattr("IFMChannels") // self.get_nodeattr("SIMD")
        w = self.get_nodeattr("IFMDim")[1]
        oh, ow = self.compute_ofm_dim()
        kh, kw = self.get_nodeattr("ConvKernelDim")
        sh, sw = self.get_nodeattr("Stride")
        step_row = self._window_steps()[1]
        slack_in = min(step_row, kh * kw * cf)
        slack_row = 0 if oh < 2 else (step_row if ow * kh * kw >= sh * w else slack_in)
        return self.buffer_depth() + max(slack_row, sw * cf)

    def logic_estimation(self) -> dict[str, int]:
        if self.get_nodeattr("parallel_window"):
            return {"LUT": 60, "DSP": 0}
        cf = self.get_nodeattr("IFMChannels") // self.get_nodeattr("SIMD")
        kh, kw = self.get_nodeattr("ConvKernelDim")
        depth = self.rtl_buffer_depth()
        counters = sum(max((n - 1).bit_length(), 1)
                       for n in (kh, kw, cf, *self.compute_ofm_dim(), depth))
        fill = (max(depth, *self._window_steps()) + 1).bit_length() + 1
        return {"LUT": 64 + 2 * counters + 4 * fill, "DSP": 0}

    # ------------------------------------------------------------ validation
    def _validate_layer(self, model) -> None:
        for attr in ("ConvKernelDim", "IFMDim", "OFMDim", "Stride", "Dilation"):
            value = self.get_nodeattr(attr)
            if len(value) != 2:
                raise self.illegal(attr, value, "needs two entries [H, W]", "[H, W] lists")
        dims = zip("HW", self.get_nodeattr("IFMDim"), self.get_nodeattr("ConvKernelDim"),
                   self.get_nodeattr("Dilation"))
        for axis, size, k, d in dims:
            if d * (k - 1) + 1 > size:
                raise self.illegal("ConvKernelDim", self.get_nodeattr("ConvKernelDim"),
                                   f"dilated kernel does not fit IFMDim {axis}={size}",
                                   f"kernel extents <= {size} along {axis}")
        expected = self.compute_ofm_dim()
        if list(self.get_nodeattr("OFMDim")) != expected:
            raise self.illegal("OFMDim", self.get_nodeattr("OFMDim"),
                               "must equal (IFMDim - Dilation*(Kernel-1) - 1)//Stride + 1",
                               [expected])
        ch, simd = self.get_nodeattr("IFMChannels"), self.get_nodeattr("SIMD")
        if self.get_nodeattr("parallel_window") and simd != ch:
            raise self.illegal("SIMD", simd, "parallel_window=1 needs SIMD=IFMChannels", [ch])
        lo, hi = numerics.dtype_range(self.get_input_datatype())
        if self.get_nodeattr("outputDataType"):
            self.check_dtype_holds("outputDataType", lo, hi, "input value")

    # ------------------------------------------------------------- execution
    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        oh, ow = self.get_nodeattr("OFMDim")
        kh, kw = self.get_nodeattr("ConvKernelDim")
        sh, sw = self.get_nodeattr("Stride")
        dh, dw = self.get_nodeattr("Dilation")
        rows = (np.arange(oh) * sh)[:, None] + (np.arange(kh) * dh)[None, :]
        cols = (np.arange(ow) * sw)[:, None] + (np.arange(kw) * dw)[None, :]
        windows = x[:, rows[:, None, :, None], cols[None, :, None, :], :]
        return [windows.reshape(x.shape[0], oh, ow, -1)]


# --------------------------------------------------------------------------------------
# Cycle count of the RTL core (ip_repo/ConvolutionInputGenerator), replacing the
# estimate above: the core reads each window beat as soon as it has arrived, so the
# buffer fill overlaps with the output.
def _rtl_exp_cycles(self) -> int:
    """Cycles from the start of a frame to its last output beat, without stalls.

    PARALLEL_WINDOW (one window per beat, one pixel per cycle): the index of the last
    input pixel any window needs, plus 3. Otherwise one output beat per cycle, each
    waiting for its input beat: with beat j of the output (j = 0..OH*OW*K*CF-1) needing
    input beat n_j, the last output leaves at max_j(n_j - j) + OH*OW*K*CF + 2, where
    max_j(n_j - j) = (Kh-1)*CF*(dh*W - Kw) + (Kw-1)*CF*(dw - 1)
    (depthwise order: (Kh-1)*(dh*W*CF - Kw) + (Kw-1)*(dw*CF - 1))
    + max(0, (OH-1)*CF*(sh*W - OW*K)) + max(0, (OW-1)*CF*(sw - K)).
    """
    h, w = self.get_nodeattr("IFMDim")
    oh, ow = self.get_nodeattr("OFMDim")
    kh, kw = self.get_nodeattr("ConvKernelDim")
    sh, sw = self.get_nodeattr("Stride")
    dh, dw = self.get_nodeattr("Dilation")
    if self.get_nodeattr("parallel_window"):
        return int(((oh - 1) * sh + (kh - 1) * dh) * w + (ow - 1) * sw + (kw - 1) * dw + 3)
    cf = self.get_nodeattr("IFMChannels") // self.get_nodeattr("SIMD")
    k = kh * kw
    if self.get_nodeattr("depthwise") and cf > 1:
        window = (kh - 1) * (dh * w * cf - kw) + (kw - 1) * (dw * cf - 1)
    else:
        window = (kh - 1) * cf * (dh * w - kw) + (kw - 1) * cf * (dw - 1)
    pixels = max(0, (oh - 1) * cf * (sh * w - ow * k)) + max(0, (ow - 1) * cf * (sw - k))
    return int(oh * ow * k * cf + window + pixels + 2)


ConvolutionInputGenerator.get_exp_cycles = _rtl_exp_cycles
