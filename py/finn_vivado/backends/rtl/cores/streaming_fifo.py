"""RTL generator of the StreamingFIFO layer (library core ``ip_repo/StreamingFIFO``).

Core parameters: WIDTH (beat bits), DEPTH, RAM_STYLE.
"""

from __future__ import annotations

from finn_vivado.backends.rtl.params import ram_style_param
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The StreamingFIFO core's parameters and streams."""
    width = int(layer.get_instream_width())
    params = {"WIDTH": width, "DEPTH": int(layer.get_nodeattr("depth")),
              "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style"))}
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
