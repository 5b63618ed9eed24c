"""RTL generator of the MVAU layer (library core ``ip_repo/MVAU``).

Core parameters: MW, MH, SIMD, PE; IN_WIDTH/IN_SIGNED/IN_BIPOLAR (inputDataType),
W_WIDTH/W_SIGNED/W_BIPOLAR (weightDataType), XNOR (binaryXnorMode), ACC_WIDTH and
ACC_SIGNED (accDataType; also the threshold width), NO_ACT, N_STEPS, ACT_VAL,
OUT_WIDTH (see :mod:`finn_vivado.backends.rtl.activation_params`), RAM_STYLE
(ram_style), RAM_STYLE_THR (ram_style_thresholds), RES_TYPE (resType: the lanes' LUT or
DSP datapath, see finn_dot_lane),
SEARCH and BLOCK_STAGES (the threshold unit the layer's ``threshold_unit`` picks and
which of its stage ROMs are block RAM), WEIGHT_FILE,
THRESH_FILE (one ROM file, or with SEARCH = 1 the prefix of the stage ROM files).

Weight file: ``MW*MH/(PE*SIMD)`` words, word ``nf*(MW/SIMD) + sf`` (neuron fold
outer, synapse fold inner, the order the core consumes them); in a word, element
``p*SIMD + s`` (element 0 in the least significant bits) is ``W[sf*SIMD + s,
nf*PE + p]`` in weightDataType's encoding (BIPOLAR: 1 = +1, 0 = -1).
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

__all__ = ["rtl_spec", "mvau_weight_rows"]


def mvau_weight_rows(weights, mw: int, mh: int, simd: int, pe: int) -> np.ndarray:
    """(MW, MH) weights -> (NF*SF, PE*SIMD) ROM rows in the core's order."""
    w = np.asarray(weights).reshape(mw // simd, simd, mh // pe, pe)  # sf, s, nf, p
    return w.transpose(2, 0, 3, 1).reshape((mh // pe) * (mw // simd), pe * simd)


def _type_params(layer) -> dict:
    params = {}
    for prefix, ind in (("IN_", 0), ("W_", 1)):
        for key, value in dtype_params(layer.get_input_datatype(ind), prefix).items():
            params[key] = value
    return params


def rtl_spec(layer, model=None) -> RTLSpec:
    """The MVAU core's parameters, streams and weight/threshold ROM contents."""
    check_internal_memory(layer)
    mw, mh = layer.get_nodeattr("MW"), layer.get_nodeattr("MH")
    simd, pe = layer.get_nodeattr("SIMD"), layer.get_nodeattr("PE")
    weights = initializer_of(layer, model, 1, "weight")
    acc_params, thr_dt = accumulator_params(layer)
    params = {"MW": mw, "MH": mh, "SIMD": simd, "PE": pe}
    params.update(_type_params(layer))
    params["XNOR"] = int(layer.get_nodeattr("binaryXnorMode"))
    params.update(acc_params)
    stem = file_stem(layer)
    rows = mvau_weight_rows(numerics.as_int(weights), mw, mh, simd, pe)
    words, width = pack_memory(rows, layer.get_input_datatype(1))
    mems = [MemInit("WEIGHT_FILE", f"{stem}_weights.dat", words, width)]
    steps, unit = 0, {"SEARCH": 0, "BLOCK_STAGES": 0}
    if not layer.get_nodeattr("noActivation"):
        thr = threshold_matrix(layer, initializer_of(layer, model, 2, "threshold"), mh)
        steps = thr.shape[1]
        inits, unit = threshold_inits(layer, thr, pe, thr_dt, acc_params["ACC_WIDTH"])
        mems.extend(inits)
    params.update(activation_params(layer, steps))
    params.update(unit)
    params.update({
        "WEIGHT_FILE": "", "THRESH_FILE": "",
        "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style")),
        "RAM_STYLE_THR": ram_style_param(layer.get_nodeattr("ram_style_thresholds")),
        "RES_TYPE": layer.get_nodeattr("resType"),
    })
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs, mem_inits=mems)
