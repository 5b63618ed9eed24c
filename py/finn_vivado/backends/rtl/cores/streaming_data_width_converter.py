"""RTL generator of the StreamingDataWidthConverter layer (library core
``ip_repo/StreamingDataWidthConverter``).

Core parameters: IN_WIDTH, OUT_WIDTH (beat bits).
"""

from __future__ import annotations

from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The StreamingDataWidthConverter core's parameters and streams."""
    params = {"IN_WIDTH": int(layer.get_instream_width()),
              "OUT_WIDTH": int(layer.get_outstream_width())}
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
