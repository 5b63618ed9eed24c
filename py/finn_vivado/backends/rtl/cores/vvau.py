"""RTL generator of the VVAU layer (library core ``ip_repo/VVAU``).

Core parameters: CHANNELS, KERNEL (Kh*Kw), SIMD, PE; IN_* and W_* element types,
ACC_WIDTH/ACC_SIGNED, NO_ACT, N_STEPS, ACT_VAL, OUT_WIDTH, RAM_STYLE, RAM_STYLE_THR
("auto"), RES_TYPE, WEIGHT_FILE, THRESH_FILE (as for MVAU, see :mod:`.mvau`).

Input stream order (FINN's depthwise order, produced by ConvolutionInputGenerator
with depthwise=1): per pixel, for each channel fold nf, for each kernel fold sf, a
beat whose element ``s*PE + p`` is channel ``nf*PE + p`` at kernel position
``sf*SIMD + s``. This differs from the layer tensor's (k, c) order unless
PE = Channels; :func:`vvau_input_to_stream` converts (:func:`depthwise_from_stream`
turns a depthwise ConvolutionInputGenerator's output beats back into its tensor).

Weight file: ``C*K/(PE*SIMD)`` words, word ``nf*(K/SIMD) + sf``; element
``p*SIMD + s`` is the weight of channel ``nf*PE + p`` at kernel position
``sf*SIMD + s``.
"""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics

from finn_vivado.backends.rtl.activation_params import (
    accumulator_params,
    activation_params,
    check_internal_memory,
    file_stem,
    initializer_of,
    threshold_inits,
    threshold_matrix,
)
from finn_vivado.backends.rtl.memfile import pack_memory
from finn_vivado.backends.rtl.params import dtype_params, ram_style_param
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import MemInit, RTLSpec

__all__ = [
    "rtl_spec",
    "vvau_weight_rows",
    "depthwise_to_stream",
    "depthwise_from_stream",
    "vvau_input_to_stream",
    "vvau_stream_to_input",
]


def _folds(layer) -> tuple[int, int, int, int, int]:
    """(C, K, PE, SIMD, NF)."""
    ch = layer.get_nodeattr("Channels")
    k = int(np.prod(layer.get_nodeattr("Kernel")))
    pe, simd = layer.get_nodeattr("PE"), layer.get_nodeattr("SIMD")
    return ch, k, pe, simd, ch // pe


def vvau_weight_rows(weights, channels: int, kernel: int, simd: int, pe: int) -> np.ndarray:
    """(C, 1, Kh, Kw) weights -> (NF*SF, PE*SIMD) ROM rows in the core's order."""
    w = np.asarray(weights).reshape(channels // pe, pe, kernel // simd, simd)  # nf, p, sf, s
    return w.transpose(0, 2, 1, 3).reshape((channels // pe) * (kernel // simd), pe * simd)


def depthwise_to_stream(x, kernel: int, channels: int, pe: int, simd: int = 1) -> np.ndarray:
    """(..., K*C) windows in (k, c) order -> (..., C/PE * K/SIMD, SIMD*PE) beats in
    FINN's depthwise order (channel fold outer, kernel position, then PE channels)."""
    x = np.asarray(x)
    lead = x.shape[:-1]
    hw = np.moveaxis(x.reshape(lead + (kernel, channels // pe, pe)), -2, -3)  # nf, k, pe
    return hw.reshape(lead + ((channels // pe) * (kernel // simd), simd * pe))


def depthwise_from_stream(beats, kernel: int, channels: int, pe: int) -> np.ndarray:
    """Inverse of :func:`depthwise_to_stream`: (..., beats, SIMD*PE) -> (..., K*C)."""
    arr = np.asarray(beats)
    lead = arr.shape[:-2]
    hw = arr.reshape(lead + (channels // pe, kernel, pe))
    return np.moveaxis(hw, -3, -2).reshape(lead + (kernel * channels,))


def vvau_input_to_stream(layer, x) -> np.ndarray:
    """A VVAU layer's input (..., K*C) -> its input stream's folded beat array."""
    ch, k, pe, simd, _ = _folds(layer)
    return depthwise_to_stream(x, k, ch, pe, simd)


def vvau_stream_to_input(layer, folded) -> np.ndarray:
    """A VVAU layer's input stream beats -> the layer input (..., K*C)."""
    ch, k, pe, _, _ = _folds(layer)
    return depthwise_from_stream(folded, k, ch, pe)


def rtl_spec(layer, model=None) -> RTLSpec:
    """The VVAU core's parameters, streams and weight/threshold ROM contents."""
    check_internal_memory(layer)
    ch, k, pe, simd, _ = _folds(layer)
    weights = numerics.as_int(initializer_of(layer, model, 1, "weight"))
    acc_params, thr_dt = accumulator_params(layer)
    params = {"CHANNELS": ch, "KERNEL": k, "SIMD": simd, "PE": pe}
    params.update(dtype_params(layer.get_input_datatype(0), "IN_"))
    params.update(dtype_params(layer.get_input_datatype(1), "W_"))
    params.update(acc_params)
    stem = file_stem(layer)
    words, width = pack_memory(vvau_weight_rows(weights, ch, k, simd, pe),
                               layer.get_input_datatype(1))
    mems = [MemInit("WEIGHT_FILE", f"{stem}_weights.dat", words, width)]
    steps, unit = 0, {"SEARCH": 0, "BLOCK_STAGES": 0}
    if not layer.get_nodeattr("noActivation"):
        thr = threshold_matrix(layer, initializer_of(layer, model, 2, "threshold"), ch)
        steps = thr.shape[1]
        inits, unit = threshold_inits(layer, thr, pe, thr_dt, acc_params["ACC_WIDTH"])
        mems.extend(inits)
    params.update(activation_params(layer, steps))
    params.update(unit)
    params.update({
        "WEIGHT_FILE": "", "THRESH_FILE": "",
        "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style")),
        "RAM_STYLE_THR": "auto",
        "RES_TYPE": layer.get_nodeattr("resType"),
    })
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs, mem_inits=mems)
