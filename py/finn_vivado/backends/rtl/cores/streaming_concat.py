"""RTL generator of the StreamingConcat layer (library core ``ip_repo/StreamingConcat``).

Core parameters: NUM_INPUTS, SIMD, the per-input vectors IN_FOLDS (16-bit fields: beats
per pixel), IN_WIDTHS (8-bit fields: element bits), IN_SIGNED and IN_BIPOLAR (one bit per
input), OUT_* element type and IN_BITS (the packed input width). The core packs its
inputs on one ``s_axis`` port (input k after inputs 0 .. k-1, each its own width); the
wrapper has s_axis_0 ... s_axis_<N-1> -> m_axis_0.
"""

from __future__ import annotations

from finn_vivado.backends.rtl.params import dtype_params
from finn_vivado.backends.rtl.ports import in_stream, out_stream
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def _fields(values, bits: int) -> int:
    """``values`` packed into one integer, field k at bits [k*bits +: bits]."""
    return sum(int(v) << (k * bits) for k, v in enumerate(values))


def rtl_spec(layer, model=None) -> RTLSpec:
    """The StreamingConcat core's parameters and streams."""
    simd = int(layer.get_nodeattr("SIMD"))
    count = layer.NUM_STREAM_INPUTS
    types = [dtype_params(layer.get_input_datatype(k), "") for k in range(count)]
    params = {
        "NUM_INPUTS": count,
        "SIMD": simd,
        "IN_FOLDS": _fields([c // simd for c in layer.channels()], 16),
        "IN_WIDTHS": _fields([t["WIDTH"] for t in types], 8),
        "IN_SIGNED": _fields([t["SIGNED"] for t in types], 1),
        "IN_BIPOLAR": _fields([t["BIPOLAR"] for t in types], 1),
    }
    params.update(dtype_params(layer.get_output_datatype(), "OUT_"))
    inputs = [in_stream(layer, k) for k in range(count)]
    params["IN_BITS"] = sum(s.width for s in inputs)
    return RTLSpec(layer.RTL_CORE, params, inputs, [out_stream(layer)], in_packed="s_axis")
