"""LabelSelect: indices of the K largest values (top-K classification output)."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import comparator_luts

__all__ = ["LabelSelect"]


@register_layer
class LabelSelect(HWLayer):
    """Indices of the K largest values of each input vector, largest first; equal
    values are ordered lower index first (ONNX TopK semantics).

    Input numInputVectors + [Labels], output numInputVectors + [K].

    Attributes:

    - ``Labels`` (int, required): input vector length.
    - ``PE`` (int, 1): input values per cycle; must divide Labels.
    - ``K`` (int, required): number of indices to output, 1..Labels.
    - ``inputDataType`` (str, required): DataType of the input values.
    - ``outputDataType`` (str, "" = derived): unsigned DataType of the indices;
      derived as the smallest holding Labels-1.
    - ``numInputVectors`` (ints, [1]): leading input shape.

    Resource model: a K-entry insertion sorter in flip-flops; per input value of a
    beat, K comparators and K selects of value+index bits; 40 LUTs of control.
    """

    RTL_CORE = "LabelSelect"
    LAYER_ATTRS = {
        "Labels": ("i", True, 0),
        "PE": ("i", False, 1),
        "K": ("i", True, 0),
        "inputDataType": ("s", True, ""),
        "outputDataType": ("s", False, ""),
        "numInputVectors": ("ints", False, [1]),
    }
    DATATYPE_ATTRS = ("inputDataType", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("Labels", "PE", "K", "numInputVectors")

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("Labels"), "Labels")}

    def legal_values(self, attr):
        if attr == "K":
            return list(range(1, self.get_nodeattr("Labels") + 1))
        return super().legal_values(attr)

    def get_normal_input_shape(self, ind=0):
        return tuple(list(self.get_nodeattr("numInputVectors")) + [self.get_nodeattr("Labels")])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        return tuple(list(self.get_nodeattr("numInputVectors")) + [self.get_nodeattr("K")])

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), 1)

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType"):
            return self.datatype("outputDataType")
        return numerics.smallest_int_dtype(0, self.get_nodeattr("Labels") - 1)

    def get_exp_cycles(self) -> int:
        vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
        return vectors * (self.get_nodeattr("Labels") // self.get_nodeattr("PE"))

    def logic_estimation(self) -> dict[str, int]:
        bits = self.get_input_datatype().bitwidth()
        index = self.get_output_datatype().bitwidth()
        per_value = self.get_nodeattr("K") * (comparator_luts(bits) + bits + index)
        return {"LUT": 40 + self.get_nodeattr("PE") * per_value, "DSP": 0}

    def _validate_layer(self, model) -> None:
        labels, k = self.get_nodeattr("Labels"), self.get_nodeattr("K")
        if k > labels:
            raise self.illegal("K", k, f"K must not exceed Labels={labels}",
                               f"1..{labels}")
        if self.get_nodeattr("outputDataType"):
            odt = self.get_output_datatype()
            if odt.signed() or not numerics.dtype_holds(odt, 0, labels - 1):
                smallest = numerics.smallest_int_dtype(0, labels - 1).name
                raise self.illegal("outputDataType", odt.name,
                                   f"must be unsigned and hold every index 0..{labels - 1}",
                                   f"{smallest} or a wider UINT")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        order = np.argsort(-x, axis=-1, kind="stable")
        return [order[..., : self.get_nodeattr("K")]]


# --------------------------------------------------------------------------------------
# Cycle count of the RTL core (ip_repo/LabelSelect), replacing the estimate above: the K
# indices of a vector leave one per cycle after its last input beat, while the next
# vector streams in.
def _rtl_exp_cycles(self) -> int:
    """Cycles from the start to the last output index, without stalls: with
    NB = Labels/PE beats per vector and V vectors,
    NB + (V - 1) * max(NB, K + 1) + K + 1."""
    vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
    beats = self.get_nodeattr("Labels") // self.get_nodeattr("PE")
    k = self.get_nodeattr("K")
    return int(beats + (vectors - 1) * max(beats, k + 1) + k + 1)


LabelSelect.get_exp_cycles = _rtl_exp_cycles
