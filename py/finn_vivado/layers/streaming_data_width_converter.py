"""StreamingDataWidthConverter: re-packs a stream to a different beat width."""

from __future__ import annotations

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import dwc_luts

__all__ = ["StreamingDataWidthConverter"]


@register_layer
class StreamingDataWidthConverter(HWLayer):
    """Identity on values; the stream changes from inWidth to outWidth bits per beat.

    Attributes:

    - ``shape`` (ints, required): normal tensor shape (batch first, channels last).
    - ``inWidth`` (int, required): input beat width in bits; a multiple of the element
      width whose element count divides the last axis.
    - ``outWidth`` (int, required): output beat width in bits; same rule.
    - ``dataType`` (str, required): DataType of the elements.

    Resource model: a shift register as wide as lcm(inWidth, outWidth) plus an
    8-LUT beat counter (:func:`resources.dwc_luts`); a pass-through when equal.
    """

    RTL_CORE = "StreamingDataWidthConverter"
    LAYER_ATTRS = {
        "shape": ("ints", True, []),
        "inWidth": ("i", True, 0),
        "outWidth": ("i", True, 0),
        "dataType": ("s", True, ""),
    }
    DATATYPE_ATTRS = ("dataType",)
    POSITIVE_ATTRS = ("shape", "inWidth", "outWidth")

    def _elems(self, attr: str) -> int:
        return self.get_nodeattr(attr) // self.get_input_datatype().bitwidth()

    def get_normal_input_shape(self, ind=0):
        return tuple(self.get_nodeattr("shape"))

    def get_normal_output_shape(self, ind=0):
        return tuple(self.get_nodeattr("shape"))

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_nodeattr("shape"), self._elems("inWidth"))

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_nodeattr("shape"), self._elems("outWidth"))

    def get_input_datatype(self, ind=0):
        return self.datatype("dataType")

    def get_output_datatype(self, ind=0):
        return self.datatype("dataType")

    def _input_datatype_attr(self, ind):
        return "dataType"

    def get_instream_width(self, ind=0):
        return self.get_nodeattr("inWidth")

    def get_outstream_width(self, ind=0):
        return self.get_nodeattr("outWidth")

    def legal_values(self, attr):
        if attr in ("inWidth", "outWidth"):
            bits = self.get_input_datatype().bitwidth()
            return [bits * d for d in numerics.divisors(self.get_nodeattr("shape")[-1])]
        return super().legal_values(attr)

    def get_exp_cycles(self) -> int:
        return max(self.get_number_input_values(), self.get_number_output_values())

    def logic_estimation(self) -> dict[str, int]:
        return {"LUT": dwc_luts(self.get_nodeattr("inWidth"), self.get_nodeattr("outWidth")),
                "DSP": 0}

    def _validate_layer(self, model) -> None:
        bits = self.get_input_datatype().bitwidth()
        channels = self.get_nodeattr("shape")[-1]
        for attr in ("inWidth", "outWidth"):
            width = self.get_nodeattr(attr)
            if width % bits != 0 or channels % (width // bits) != 0:
                raise self.illegal(
                    attr, width,
                    f"must be a multiple of the {bits}-bit element width carrying a "
                    f"divisor of the last axis ({channels}) elements per beat",
                    self.legal_values(attr),
                )

    def _execute(self, inputs):
        return [self.int_input(inputs[0], 0)]
