"""RTL generator of the AddStreams layer (library core ``ip_repo/AddStreams``).

Core parameters: PE, A_* / B_* input element types (see
:mod:`finn_vivado.backends.rtl.params`), O_WIDTH, A_MUL / B_MUL (inputMultipliers). Streams: s_axis_0, s_axis_1 -> m_axis_0.
"""

from __future__ import annotations

from finn_vivado.backends.rtl.params import dtype_params
from finn_vivado.backends.rtl.ports import in_stream, out_stream
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The AddStreams core's parameters and streams."""
    params = {"PE": int(layer.get_nodeattr("PE"))}
    params.update(dtype_params(layer.get_input_datatype(0), "A_"))
    params.update(dtype_params(layer.get_input_datatype(1), "B_"))
    params["O_WIDTH"] = int(layer.get_output_datatype().bitwidth())
    params["A_MUL"], params["B_MUL"] = layer.multipliers()
    return RTLSpec(layer.RTL_CORE, params, [in_stream(layer, 0), in_stream(layer, 1)],
                   [out_stream(layer)])
