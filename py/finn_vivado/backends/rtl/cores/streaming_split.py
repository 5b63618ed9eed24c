"""RTL generator of the StreamingSplit layer (library core ``ip_repo/StreamingSplit``).

Core parameters: NUM_OUTPUTS, WIDTH (beat bits, equal on every stream) and OUT_FOLDS
(16-bit fields: beats per pixel of each output). The core packs its outputs on one
``m_axis`` port (output k at ``[k*WIDTH +: WIDTH]``); the wrapper has s_axis_0 ->
m_axis_0 ... m_axis_<N-1>.
"""

from __future__ import annotations

from finn_vivado.backends.rtl.ports import in_stream, out_stream
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The StreamingSplit core's parameters and streams."""
    simd = int(layer.get_nodeattr("SIMD"))
    folds = [c // simd for c in layer.channels()]
    params = {
        "NUM_OUTPUTS": len(folds),
        "WIDTH": int(layer.get_instream_width()),
        "OUT_FOLDS": sum(f << (16 * k) for k, f in enumerate(folds)),
    }
    outputs = [out_stream(layer, k) for k in range(len(folds))]
    return RTLSpec(layer.RTL_CORE, params, [in_stream(layer)], outputs, out_packed="m_axis")
