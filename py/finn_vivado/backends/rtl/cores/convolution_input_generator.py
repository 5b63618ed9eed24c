"""RTL generator of the ConvolutionInputGenerator layer (library core
``ip_repo/ConvolutionInputGenerator``).

Core parameters: IFM_H, IFM_W, CHANNELS, SIMD, K_H, K_W, STRIDE_H, STRIDE_W, DIL_H,
DIL_W, the IN_* and OUT_* element types (see :mod:`finn_vivado.backends.rtl.params`),
PARALLEL_WINDOW, DEPTHWISE, BUF_DEPTH (0 = the core's automatic depth) and RAM_STYLE.

Stream order: the layer tensor's flattened (kh, kw, c) order with SIMD elements per
beat, except with ``depthwise=1`` and SIMD < IFMChannels, where the core emits FINN's
depthwise order (per output pixel: channel fold, kh, kw; the order the VVAU core
reads); :func:`swg_output_to_stream` and :func:`swg_stream_to_output` convert.
"""

from __future__ import annotations

import numpy as np

from finn_vivado.backends.rtl.params import dtype_params, ram_style_param
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = [
    "rtl_spec",
    "swg_output_to_stream",
    "swg_stream_to_output",
    "swg_depthwise_order",
]


def swg_depthwise_order(layer) -> bool:
    """True when the core's beat order differs from the tensor order (FINN's
    depthwise order with more than one channel fold)."""
    return bool(layer.get_nodeattr("depthwise")) and not layer.get_nodeattr("parallel_window") \
        and layer.get_nodeattr("SIMD") < layer.get_nodeattr("IFMChannels")


def _dw_shape(layer, lead) -> tuple:
    ch, simd = layer.get_nodeattr("IFMChannels"), layer.get_nodeattr("SIMD")
    k = int(np.prod(layer.get_nodeattr("ConvKernelDim")))
    return tuple(lead) + (k, ch // simd, simd)


def swg_output_to_stream(layer, y) -> np.ndarray:
    """Layer output (..., K*C) -> the core's output stream as a folded array
    (..., beats per pixel, elements per beat)."""
    y = np.asarray(y)
    lead = y.shape[:-1]
    per_beat = int(layer.get_folded_output_shape()[-1])
    if swg_depthwise_order(layer):
        y = np.swapaxes(y.reshape(_dw_shape(layer, lead)), -3, -2)
    return y.reshape(tuple(lead) + (-1, per_beat))


def swg_stream_to_output(layer, folded) -> np.ndarray:
    """Inverse of :func:`swg_output_to_stream`: folded stream -> (..., K*C) tensor."""
    arr = np.asarray(folded)
    lead = arr.shape[:-2]
    if swg_depthwise_order(layer):
        k, cf, simd = _dw_shape(layer, ())
        arr = np.swapaxes(arr.reshape(tuple(lead) + (cf, k, simd)), -3, -2)
    return arr.reshape(tuple(lead) + (-1,))


def rtl_spec(layer, model=None) -> RTLSpec:
    """The ConvolutionInputGenerator core's parameters and streams."""
    (ifm_h, ifm_w), (k_h, k_w) = layer.get_nodeattr("IFMDim"), layer.get_nodeattr("ConvKernelDim")
    (s_h, s_w), (d_h, d_w) = layer.get_nodeattr("Stride"), layer.get_nodeattr("Dilation")
    params = {"IFM_H": ifm_h, "IFM_W": ifm_w, "CHANNELS": layer.get_nodeattr("IFMChannels"),
              "SIMD": layer.get_nodeattr("SIMD"), "K_H": k_h, "K_W": k_w,
              "STRIDE_H": s_h, "STRIDE_W": s_w, "DIL_H": d_h, "DIL_W": d_w}
    params.update(dtype_params(layer.get_input_datatype(), "IN_"))
    params.update(dtype_params(layer.get_output_datatype(), "OUT_"))
    params.update({"PARALLEL_WINDOW": int(layer.get_nodeattr("parallel_window")),
                   "DEPTHWISE": int(swg_depthwise_order(layer)), "BUF_DEPTH": 0,
                   "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style"))})
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
