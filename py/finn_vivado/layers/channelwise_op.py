"""ChannelwiseOp: a per-channel parameter applied with add, mul or a comparison."""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, adder_luts, comparator_luts, multiplier_luts

__all__ = ["ChannelwiseOp"]

_FUNCS = {
    "add": np.add,
    "mul": np.multiply,
    "cmp_le": lambda x, p: (x <= p).astype(np.int64),
    "cmp_ge": lambda x, p: (x >= p).astype(np.int64),
}


@register_layer
class ChannelwiseOp(HWLayer):
    """``out[..., c] = Func(x[..., c], params[c])`` with exact integers; the
    comparisons output 1 (true) or 0 (false).

    Inputs: ``x`` (numInputVectors + [NumChannels]) and ``params`` (an initializer
    of NumChannels values, or 1 value shared by all channels).

    Attributes:

    - ``Func`` (str, required): "add", "mul", "cmp_le" (x <= p) or "cmp_ge" (x >= p).
    - ``PE`` (int, 1): channels per cycle; must divide NumChannels.
    - ``NumChannels`` (int, required): channels C (last axis).
    - ``inputDataType`` (str, required): DataType of ``x``.
    - ``paramDataType`` (str, required): DataType of the parameters.
    - ``outputDataType`` (str, "" = derived): DataType of the output; derived as the
      smallest type holding every result (BINARY for comparisons).
    - ``numInputVectors`` (ints, [1]): leading shape of ``x``, e.g. [1, H, W].
    - ``ram_style`` (str, "auto"): parameter memory: "auto", "block", "distributed".

    Resource model: parameters NumChannels/PE x PE*param bits (``ram_style``, constants
    when PE = NumChannels); per PE an adder, a LUT multiplier or a comparator; 30 LUTs
    of control.
    """

    RTL_CORE = "ChannelwiseOp"
    LAYER_ATTRS = {
        "Func": ("s", True, "", set(_FUNCS)),
        "PE": ("i", False, 1),
        "NumChannels": ("i", True, 0),
        "inputDataType": ("s", True, ""),
        "paramDataType": ("s", True, ""),
        "outputDataType": ("s", False, ""),
        "numInputVectors": ("ints", False, [1]),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed"}),
    }
    DATATYPE_ATTRS = ("inputDataType", "paramDataType", "outputDataType")
    OPTIONAL_DATATYPE_ATTRS = ("outputDataType",)
    POSITIVE_ATTRS = ("PE", "NumChannels", "numInputVectors")

    def expected_num_inputs(self) -> int:
        return 2

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def get_normal_input_shape(self, ind=0):
        if ind == 1:
            return (self.get_nodeattr("NumChannels"),)
        vectors = list(self.get_nodeattr("numInputVectors"))
        return tuple(vectors + [self.get_nodeattr("NumChannels")])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(ind), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        return self.get_normal_input_shape(0)

    def get_folded_output_shape(self, ind=0):
        return self.get_folded_input_shape(0)

    def get_input_datatype(self, ind=0):
        return self.datatype(("inputDataType", "paramDataType")[ind])

    def output_range(self, params=None) -> tuple[int, int]:
        """(min, max) of any result; exact for the given parameter values."""
        func = self.get_nodeattr("Func")
        if func.startswith("cmp"):
            return 0, 1
        xlo, xhi = numerics.dtype_range(self.get_input_datatype(0))
        if params is None:
            plo, phi = numerics.dtype_range(self.get_input_datatype(1))
            params = np.array([plo, phi], dtype=np.int64)
        params = np.asarray(params, dtype=np.int64)
        results = _FUNCS[func](np.array([[xlo], [xhi]], dtype=np.int64), params[None, :])
        return int(results.min()), int(results.max())

    def get_output_datatype(self, ind=0):
        if self.get_nodeattr("outputDataType"):
            return self.datatype("outputDataType")
        if self.get_nodeattr("Func").startswith("cmp"):
            return DataType["BINARY"]
        return numerics.smallest_int_dtype(*self.output_range())

    def get_exp_cycles(self) -> int:
        vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
        return vectors * (self.get_nodeattr("NumChannels") // self.get_nodeattr("PE"))

    def _params(self, value) -> np.ndarray:
        name = self.onnx_node.input[1]
        params = self.int_input(value, 1, f"parameter tensor {name}").reshape(-1)
        if params.size not in (1, self.get_nodeattr("NumChannels")):
            raise self.error(f"parameter tensor {name} has {params.size} values; expected "
                             f"{self.get_nodeattr('NumChannels')} (NumChannels) or 1")
        return params

    def memories(self) -> list[Memory]:
        words = self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")
        width = self.get_nodeattr("PE") * self.get_input_datatype(1).bitwidth()
        return [Memory("parameters", words, width)]

    def logic_estimation(self) -> dict[str, int]:
        func = self.get_nodeattr("Func")
        ibits = self.get_input_datatype(0).bitwidth()
        pbits = self.get_input_datatype(1).bitwidth()
        if func == "add":
            per_pe = adder_luts(self.get_output_datatype().bitwidth())
        elif func == "mul":
            per_pe = multiplier_luts(pbits, ibits)
        else:
            per_pe = comparator_luts(max(ibits, pbits))
        return {"LUT": 30 + self.get_nodeattr("PE") * per_pe, "DSP": 0}

    def _validate_layer(self, model) -> None:
        value = self.initializer(model, 1)
        params = None if value is None else self._params(value)
        if self.get_nodeattr("outputDataType"):
            self.check_dtype_holds("outputDataType", *self.output_range(params), "result")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        params = self._params(inputs[1])
        return [_FUNCS[self.get_nodeattr("Func")](x, params)]
