"""The AXI-Stream ports of a layer's wrapper, as :class:`~finn_vivado.backends.rtl.spec.Stream`.

Input ``i`` is ``s_axis_<i>``, output ``j`` is ``m_axis_<j>``; the width is the
layer's stream width in significant bits (elements per beat x element bits).
"""

from __future__ import annotations

from finn_vivado.backends.rtl.spec import Stream

__all__ = ["in_stream", "out_stream", "single_streams"]


def in_stream(layer, ind: int = 0) -> Stream:
    """Input stream ``ind`` of ``layer`` (``s_axis_<ind>``)."""
    return Stream(f"s_axis_{ind}", int(layer.get_instream_width(ind)))


def out_stream(layer, ind: int = 0) -> Stream:
    """Output stream ``ind`` of ``layer`` (``m_axis_<ind>``)."""
    return Stream(f"m_axis_{ind}", int(layer.get_outstream_width(ind)))


def single_streams(layer) -> tuple[list[Stream], list[Stream]]:
    """([s_axis_0], [m_axis_0]): the streams of a one-input, one-output layer."""
    return [in_stream(layer)], [out_stream(layer)]
