"""RTL generator of the ChannelwiseOp layer (library core ``ip_repo/ChannelwiseOp``).

Core parameters: CHANNELS, PE, FUNC ("add", "mul", "cmp_le", "cmp_ge"), the IN_* and
P_* element types, OUT_WIDTH, OUT_BIPOLAR, PARAM_FILE, RAM_STYLE. Parameter file:
``C/PE`` words; element ``p`` of word ``nf`` is the parameter of channel ``nf*PE + p``
in the parameter DataType's encoding (a single shared parameter is repeated).
Stream order: the tensor's flattened order, channels fastest.
"""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics

from finn_vivado.backends.rtl.activation_params import file_stem, initializer_of
from finn_vivado.backends.rtl.memfile import pack_memory
from finn_vivado.backends.rtl.params import dtype_params, ram_style_param
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import MemInit, RTLSpec

__all__ = ["rtl_spec", "channelwise_param_rows"]


def channelwise_param_rows(layer, params) -> np.ndarray:
    """Parameters (C or 1 values) -> (C/PE, PE) int64 ROM rows."""
    ch, pe = layer.get_nodeattr("NumChannels"), layer.get_nodeattr("PE")
    values = numerics.as_int(params, f"{layer.where()}: parameter tensor").reshape(-1)
    if values.size == 1:
        values = np.repeat(values, ch)
    if values.size != ch:
        raise layer.error(f"parameter tensor has {values.size} values; expected {ch} "
                          "(NumChannels) or 1")
    return values.reshape(ch // pe, pe)


def rtl_spec(layer, model=None) -> RTLSpec:
    """The ChannelwiseOp core's parameters, streams and parameter ROM contents."""
    rows = channelwise_param_rows(layer, initializer_of(layer, model, 1, "parameter"))
    pdt = layer.get_input_datatype(1)
    words, width = pack_memory(rows, pdt)
    params = {"CHANNELS": layer.get_nodeattr("NumChannels"), "PE": layer.get_nodeattr("PE"),
              "FUNC": layer.get_nodeattr("Func")}
    params.update(dtype_params(layer.get_input_datatype(0), "IN_"))
    params.update(dtype_params(pdt, "P_"))
    out = dtype_params(layer.get_output_datatype(), "OUT_")
    params.update({"OUT_WIDTH": out["OUT_WIDTH"], "OUT_BIPOLAR": out["OUT_BIPOLAR"],
                   "PARAM_FILE": "",
                   "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style"))})
    mem = MemInit("PARAM_FILE", f"{file_stem(layer)}_params.dat", words, width)
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs, mem_inits=[mem])
