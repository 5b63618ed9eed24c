"""StreamingFIFO: an AXI-Stream FIFO between two layers (identity on values)."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers.base import HWLayer
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, skid_luts

__all__ = ["StreamingFIFO"]


@register_layer
class StreamingFIFO(HWLayer):
    """Buffers ``depth`` beats of a stream; values pass through unchanged.

    Attributes:

    - ``depth`` (int, 2): capacity in beats, at least 2.
    - ``folded_shape`` (ints, required): folded stream shape; its last entry is the
      number of elements per beat.
    - ``normal_shape`` (ints, required): normal tensor shape (same element count).
    - ``dataType`` (str, required): DataType of the elements.
    - ``ram_style`` (str, "auto"): "auto", "block", "distributed" or "ultra".

    Resource model (RTL: ip_repo/StreamingFIFO): depth 2 is a register slice
    (:func:`resources.skid_luts`); deeper, a memory of depth - 1 beats in ``ram_style``
    whose read register is the last beat, plus pointers and a fill counter.
    """

    RTL_CORE = "StreamingFIFO"
    LAYER_ATTRS = {
        "depth": ("i", False, 2),
        "folded_shape": ("ints", True, []),
        "normal_shape": ("ints", True, []),
        "dataType": ("s", True, ""),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed", "ultra"}),
    }
    DATATYPE_ATTRS = ("dataType",)
    POSITIVE_ATTRS = ("folded_shape", "normal_shape")

    def get_normal_input_shape(self, ind=0):
        return tuple(self.get_nodeattr("normal_shape"))

    def get_normal_output_shape(self, ind=0):
        return tuple(self.get_nodeattr("normal_shape"))

    def get_folded_input_shape(self, ind=0):
        return tuple(self.get_nodeattr("folded_shape"))

    def get_folded_output_shape(self, ind=0):
        return tuple(self.get_nodeattr("folded_shape"))

    def get_input_datatype(self, ind=0):
        return self.datatype("dataType")

    def get_output_datatype(self, ind=0):
        return self.datatype("dataType")

    def _input_datatype_attr(self, ind):
        return "dataType"

    def get_exp_cycles(self) -> int:
        """One beat per cycle: the number of beats per inference."""
        return self.get_number_output_values()

    def memories(self) -> list[Memory]:
        depth = self.get_nodeattr("depth")
        if depth <= 2:
            return []
        return [Memory("fifo", depth - 1, self.get_instream_width(), writable=True)]

    def logic_estimation(self) -> dict[str, int]:
        depth, width = self.get_nodeattr("depth"), self.get_instream_width()
        if depth <= 2:
            return {"LUT": skid_luts(width), "DSP": 0}
        return {"LUT": 16 + 5 * max((depth - 2).bit_length(), 1), "DSP": 0}

    def _validate_layer(self, model) -> None:
        depth = self.get_nodeattr("depth")
        if depth < 2:
            raise self.illegal("depth", depth, "a FIFO holds at least 2 beats", "integers >= 2")
        folded, normal = self.get_nodeattr("folded_shape"), self.get_nodeattr("normal_shape")
        if int(np.prod(folded)) != int(np.prod(normal)):
            raise self.illegal("folded_shape", folded,
                               f"must hold as many elements as normal_shape={normal}",
                               "a folding of normal_shape")

    def _execute(self, inputs):
        return [self.int_input(inputs[0], 0)]
