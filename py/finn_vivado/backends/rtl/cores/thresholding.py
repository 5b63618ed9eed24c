"""RTL generator of the Thresholding layer (library core ``ip_repo/Thresholding``).

Core parameters: NUM_CH, PE, IN_WIDTH/IN_SIGNED/IN_BIPOLAR (inputDataType),
CMP_WIDTH/CMP_SIGNED (compare type, see :func:`compare_type`), N_STEPS (numSteps),
ACT_VAL, OUT_WIDTH, RAM_STYLE (ram_style), SEARCH and BLOCK_STAGES (the threshold unit
the layer's :meth:`threshold_unit` picks, and which of its stage ROMs are block RAM),
THRESH_FILE (one ROM file, or with SEARCH = 1 the prefix of the stage ROM files,
:func:`~.activation_params.search_memories`).

Thresholds are clipped to ``[xmin, xmax + 1]`` of the input type before they are
stored (the count is unchanged: a threshold above every input is never reached,
one below every input always is), so the threshold ROM is at most one bit wider
than the input, whatever weightDataType says. File format: see
:mod:`finn_vivado.backends.rtl.activation_params`.
"""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics

from finn_vivado.backends.rtl.activation_params import (
    activation_params,
    check_internal_memory,
    initializer_of,
    int_dtype,
    threshold_inits,
    threshold_matrix,
)
from finn_vivado.backends.rtl.params import dtype_params, ram_style_param
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec", "compare_type"]


def compare_type(input_dt, thresholds: np.ndarray) -> tuple[np.ndarray, int, bool]:
    """(clipped thresholds, compare width, signed) for inputs of ``input_dt``."""
    xmin, xmax = numerics.dtype_range(input_dt)
    thr = np.clip(thresholds, xmin, xmax + 1)
    lo, hi = xmin, max(xmax, int(thr.max()) if thr.size else xmax)
    signed = lo < 0
    if signed:
        width = 2
        while not (-(1 << (width - 1)) <= lo and hi <= (1 << (width - 1)) - 1):
            width += 1
    else:
        width = max(1, int(hi).bit_length())
    return thr, width, signed


def rtl_spec(layer, model=None) -> RTLSpec:
    """The Thresholding core's parameters, streams and threshold ROM contents."""
    check_internal_memory(layer)
    ch, pe = layer.get_nodeattr("NumChannels"), layer.get_nodeattr("PE")
    idt = layer.get_input_datatype(0)
    thr = threshold_matrix(layer, initializer_of(layer, model, 1, "threshold"), ch)
    thr, width, signed = compare_type(idt, thr)
    params = {"NUM_CH": ch, "PE": pe}
    params.update(dtype_params(idt, "IN_"))
    params.update({"CMP_WIDTH": width, "CMP_SIGNED": int(signed)})
    act = activation_params(layer, thr.shape[1])
    del act["NO_ACT"]
    params.update(act)
    mems, unit = threshold_inits(layer, thr, pe, int_dtype(width, signed), width)
    params.update(unit)
    params.update({"THRESH_FILE": "",
                   "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style"))})
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs, mem_inits=mems)
