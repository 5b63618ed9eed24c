"""RTL generators of the stream-plumbing layers: FIFO, DWC, AddStreams, DuplicateStreams."""

from __future__ import annotations

from finn_vivado.backends.rtl.params import dtype_params, ram_style_param
from finn_vivado.backends.rtl.registry import register_rtl
from finn_vivado.backends.rtl.spec import RTLSpec, Stream

__all__ = ["streaming_fifo_rtl", "dwc_rtl", "add_streams_rtl", "duplicate_streams_rtl"]


def _in(layer, ind: int = 0) -> Stream:
    return Stream(f"s_axis_{ind}", int(layer.get_instream_width(ind)))


def _out(layer, ind: int = 0) -> Stream:
    return Stream(f"m_axis_{ind}", int(layer.get_outstream_width(ind)))


@register_rtl("StreamingFIFO")
def streaming_fifo_rtl(layer, model=None) -> RTLSpec:
    """StreamingFIFO: WIDTH (beat bits), DEPTH, RAM_STYLE."""
    width = int(layer.get_instream_width())
    params = {"WIDTH": width, "DEPTH": int(layer.get_nodeattr("depth")),
              "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style"))}
    return RTLSpec("StreamingFIFO", params, [_in(layer)], [_out(layer)])


@register_rtl("StreamingDataWidthConverter")
def dwc_rtl(layer, model=None) -> RTLSpec:
    """StreamingDataWidthConverter: IN_WIDTH, OUT_WIDTH (beat bits)."""
    params = {"IN_WIDTH": int(layer.get_instream_width()),
              "OUT_WIDTH": int(layer.get_outstream_width())}
    return RTLSpec("StreamingDataWidthConverter", params, [_in(layer)], [_out(layer)])


@register_rtl("AddStreams")
def add_streams_rtl(layer, model=None) -> RTLSpec:
    """AddStreams: PE, A_* / B_* input element types, O_WIDTH."""
    params = {"PE": int(layer.get_nodeattr("PE"))}
    params.update(dtype_params(layer.get_input_datatype(0), "A_"))
    params.update(dtype_params(layer.get_input_datatype(1), "B_"))
    params["O_WIDTH"] = int(layer.get_output_datatype().bitwidth())
    return RTLSpec("AddStreams", params, [_in(layer, 0), _in(layer, 1)], [_out(layer)])


@register_rtl("DuplicateStreams")
def duplicate_streams_rtl(layer, model=None) -> RTLSpec:
    """DuplicateStreams: WIDTH (beat bits), NUM_OUTPUTS; outputs packed on m_axis."""
    count = int(layer.get_nodeattr("NumOutputStreams"))
    width = int(layer.get_instream_width())
    outputs = [Stream(f"m_axis_{j}", width) for j in range(count)]
    return RTLSpec("DuplicateStreams", {"WIDTH": width, "NUM_OUTPUTS": count},
                   [_in(layer)], outputs, out_packed="m_axis")
