"""RTL generator of the DuplicateStreams layer (library core ``ip_repo/DuplicateStreams``).

Core parameters: WIDTH (beat bits), NUM_OUTPUTS. The core packs its outputs on one
``m_axis`` port (stream k at ``[k*WIDTH +: WIDTH]``); the wrapper has m_axis_0 ...
m_axis_<NUM_OUTPUTS-1>.
"""

from __future__ import annotations

from finn_vivado.backends.rtl.ports import in_stream
from finn_vivado.backends.rtl.spec import RTLSpec, Stream

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The DuplicateStreams core's parameters and streams."""
    count = int(layer.get_nodeattr("NumOutputStreams"))
    width = int(layer.get_instream_width())
    outputs = [Stream(f"m_axis_{j}", width) for j in range(count)]
    return RTLSpec(layer.RTL_CORE, {"WIDTH": width, "NUM_OUTPUTS": count},
                   [in_stream(layer)], outputs, out_packed="m_axis")
