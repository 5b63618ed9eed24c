"""MVAU: matrix-vector-activation unit (fully connected / lowered convolution)."""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics
from finn_vivado.layers.activation import (
    accumulator_threshold_unit,
    apply_activation,
    check_activation_output,
    check_thresholds,
)
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.dot_lane import LaneCost, Operand, lane_cost, lane_path
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import Memory, credit_fifo_luts

__all__ = ["MVAU"]

_MEM_MODES = {"internal_embedded", "internal_decoupled", "external"}


@register_layer
class MVAU(HWLayer):
    """Matrix-vector product of a stream of input vectors with a weight matrix,
    followed by an optional multi-threshold activation.

    Inputs: ``x`` (numInputVectors + [MW]), ``weights`` (MW x MH, an initializer),
    optional ``thresholds`` ((MH or 1) x T, an initializer; absent when noActivation=1).
    Output: numInputVectors + [MH]. ``acc = x @ W`` (exact integers); with
    binaryXnorMode=1 (x and W BIPOLAR) ``acc`` is the number of agreeing positions,
    ``(x @ W + MW) / 2``. noActivation=1 outputs ``acc``; otherwise the output is the
    number of thresholds ``t`` of the channel with ``acc >= t``, plus ActVal, or
    ``2*count - 1`` when outputDataType is BIPOLAR.

    Attributes:

    - ``MW`` (int, required): input vector length (weight rows).
    - ``MH`` (int, required): output vector length (weight columns, channels).
    - ``SIMD`` (int, 1): input elements per cycle; must divide MW.
    - ``PE`` (int, 1): output channels per cycle; must divide MH.
    - ``inputDataType`` (str, required): DataType of ``x``.
    - ``weightDataType`` (str, required): DataType of the weights.
    - ``outputDataType`` (str, required): DataType of the output.
    - ``accDataType`` (str, "INT32"): accumulator DataType; holds every ``acc`` and
      every threshold.
    - ``ActVal`` (int, 0): offset added to the threshold count.
    - ``binaryXnorMode`` (int 0/1, 0): XNOR-popcount product (BIPOLAR x and weights).
    - ``noActivation`` (int 0/1, 0): 1 = output the accumulator, no thresholds input.
    - ``numInputVectors`` (ints, [1]): leading shape of ``x``, e.g. [1] or [1, OH, OW].
    - ``mem_mode`` (str, "internal_decoupled"): "internal_embedded",
      "internal_decoupled" or "external" (weights streamed in).
    - ``ram_style`` (str, "auto"): weight memory: "auto", "block", "distributed", "ultra".
    - ``ram_style_thresholds`` (str, "auto"): threshold memory: "auto", "block",
      "distributed".
    - ``resType`` (str, "auto"): the lanes' products: "lut" (Booth-digit carry chains in
      LUTs, no multiplier), "dsp" (DSP48 slices, two products per slice where the widths
      allow, e.g. operands of 4 bits and below) or "auto" ("dsp" when both operands have
      at least 4 bits); BIPOLAR and 1-bit operands never use DSPs.
    - ``runtime_writeable_weights`` (int 0/1, 0): weights writable over AXI-Lite.

    Cycles: one (SIMD x PE) weight word per cycle without bubbles, so a frame takes
    (MH/PE) * (MW/SIMD) * prod(numInputVectors) cycles (FINN's formula); the pipeline
    latency of a few cycles overlaps with the next vector and is not counted.

    Resource model (RTL: weight ROM -> PE x SIMD lanes -> per-PE adder tree ->
    accumulator -> threshold comparators; see :mod:`finn_vivado.layers.resources`):

    - memories: weights ``calc_wmem()`` x PE*SIMD*Wbits (``ram_style``; RAM when
      runtime-writeable, none with mem_mode "external"); the threshold unit's memories
      (``ram_style_thresholds``); an input buffer of MW/SIMD words
      x SIMD*Abits when each input vector is reused (MH/PE > 1 and MW/SIMD > 1).
    - per PE, one finn_dot_lane (:mod:`finn_vivado.layers.dot_lane`): XNOR and a popcount
      when both operands are BIPOLAR; else the SIMD products as Booth-digit carry chains
      (resolved resType "lut") or in DSP slices ("dsp"), an adder tree with adders as
      wide as their sums, and the accumulator when MW/SIMD > 1.
    - the cheaper threshold unit on accbits values (:mod:`finn_vivado.layers.threshold_unit`:
      T comparators and a count of T bits, or a binary search of bit_length(T) stages).
    - the output FIFO with credits (16 words of PE*output bits) and the control: the
      fold and weight-address counters, 120 more LUTs for the AXI-Lite port of
      runtime-writeable weights, and the input buffer's read mux.
    - DSPs ("dsp" lanes): per PE ceil(SIMD/2) slices when two products fit one 25 x 18
      multiplier (:func:`~finn_vivado.layers.dot_lane.dsp_pack`), else SIMD.
    """

    RTL_CORE = "MVAU"
    LAYER_ATTRS = {
        "MW": ("i", True, 0),
        "MH": ("i", True, 0),
        "SIMD": ("i", False, 1),
        "PE": ("i", False, 1),
        "inputDataType": ("s", True, ""),
        "weightDataType": ("s", True, ""),
        "outputDataType": ("s", True, ""),
        "accDataType": ("s", False, "INT32"),
        "ActVal": ("i", False, 0),
        "binaryXnorMode": ("i", False, 0, {0, 1}),
        "noActivation": ("i", False, 0, {0, 1}),
        "numInputVectors": ("ints", False, [1]),
        "mem_mode": ("s", False, "internal_decoupled", _MEM_MODES),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed", "ultra"}),
        "ram_style_thresholds": ("s", False, "auto", {"auto", "block", "distributed"}),
        "resType": ("s", False, "auto", {"auto", "lut", "dsp"}),
        "runtime_writeable_weights": ("i", False, 0, {0, 1}),
    }
    DATATYPE_ATTRS = ("inputDataType", "weightDataType", "outputDataType", "accDataType")
    POSITIVE_ATTRS = ("MW", "MH", "SIMD", "PE", "numInputVectors")

    # ------------------------------------------------------------- structure
    def expected_num_inputs(self) -> int:
        return 2 if self.get_nodeattr("noActivation") else 3

    def folding_constraints(self):
        return {"SIMD": (self.get_nodeattr("MW"), "MW"), "PE": (self.get_nodeattr("MH"), "MH")}

    def _vectors(self) -> list[int]:
        return list(self.get_nodeattr("numInputVectors"))

    def _check_ind(self, ind: int) -> None:
        if ind not in (0, 1):
            raise ValueError(f"{self.where()}: input {ind} (thresholds) is not a stream")

    def get_normal_input_shape(self, ind=0):
        self._check_ind(ind)
        if ind == 1:
            return (self.get_nodeattr("MW"), self.get_nodeattr("MH"))
        return tuple(self._vectors() + [self.get_nodeattr("MW")])

    def get_folded_input_shape(self, ind=0):
        self._check_ind(ind)
        if ind == 1:
            pe, simd = self.get_nodeattr("PE"), self.get_nodeattr("SIMD")
            return (1, self.calc_wmem(), pe * simd)
        return fold_last(self.get_normal_input_shape(0), self.get_nodeattr("SIMD"))

    def get_normal_output_shape(self, ind=0):
        return tuple(self._vectors() + [self.get_nodeattr("MH")])

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("PE"))

    def get_input_datatype(self, ind=0):
        return self.datatype(("inputDataType", "weightDataType", "accDataType")[ind])

    def get_weightstream_width(self) -> int:
        """Bits of one weight-memory word: PE x SIMD x weight bits."""
        wbits = self.datatype("weightDataType").bitwidth()
        return self.get_nodeattr("PE") * self.get_nodeattr("SIMD") * wbits

    def calc_wmem(self) -> int:
        """Weight memory depth MW*MH/(PE*SIMD)."""
        mw, mh = self.get_nodeattr("MW"), self.get_nodeattr("MH")
        return mw * mh // (self.get_nodeattr("PE") * self.get_nodeattr("SIMD"))

    def calc_tmem(self) -> int:
        """Threshold memory depth MH/PE (0 without activation)."""
        if self.get_nodeattr("noActivation"):
            return 0
        return self.get_nodeattr("MH") // self.get_nodeattr("PE")

    def get_exp_cycles(self) -> int:
        mw, mh = self.get_nodeattr("MW"), self.get_nodeattr("MH")
        fold = (mh // self.get_nodeattr("PE")) * (mw // self.get_nodeattr("SIMD"))
        return int(fold * np.prod(self._vectors()))

    # ------------------------------------------------------------- resources
    def num_thresholds(self) -> int:
        """Thresholds per channel T: 0 without activation, 1 for a BIPOLAR output,
        else outputDataType.max - ActVal."""
        if self.get_nodeattr("noActivation"):
            return 0
        odt = self.get_output_datatype()
        if odt == DataType["BIPOLAR"]:
            return 1
        return max(int(odt.max()) - self.get_nodeattr("ActVal"), 1)

    def threshold_unit(self, bits=None, force=None):
        """The RTL's threshold unit (:mod:`finn_vivado.layers.threshold_unit`), None
        without activation; ``bits``: compare width (default accDataType's)."""
        return accumulator_threshold_unit(self, "ram_style_thresholds", bits, force)

    def resolved_res_type(self) -> str:
        """The lanes' datapath as the RTL elaborates it ("lut" or "dsp"):
        :func:`~finn_vivado.layers.dot_lane.lane_path` of the operands and resType
        ("auto": "dsp" when both operands have at least 4 bits; BIPOLAR and 1-bit
        operands never use DSPs)."""
        path = lane_path(*self._lane_operands(), self.get_nodeattr("resType"))
        return "dsp" if path == "dsp" else "lut"

    def _lane_operands(self) -> tuple[Operand, Operand]:
        """(inputs, weights) as lane operands."""
        return Operand.of(self.get_input_datatype(0)), Operand.of(self.get_input_datatype(1))

    def memories(self) -> list[Memory]:
        pe, simd = self.get_nodeattr("PE"), self.get_nodeattr("SIMD")
        writable = bool(self.get_nodeattr("runtime_writeable_weights"))
        mems = []
        if self.get_nodeattr("mem_mode") != "external":
            mems.append(Memory("weights", self.calc_wmem(), self.get_weightstream_width(),
                               "ram_style", writable=writable))
        unit = self.threshold_unit()
        if unit:
            mems.extend(unit.memories)
        sf = self.get_nodeattr("MW") // simd
        if sf > 1 and self.get_nodeattr("MH") // pe > 1:
            abits = self.get_input_datatype(0).bitwidth()
            mems.append(Memory("input buffer", sf, simd * abits, None, writable=True))
        return mems

    def _lane(self) -> LaneCost:
        """One PE's lane (:func:`~finn_vivado.layers.dot_lane.lane_cost`): its SIMD
        products, their sum and the accumulator (built when MW/SIMD > 1)."""
        simd = self.get_nodeattr("SIMD")
        return lane_cost(simd, *self._lane_operands(), self.datatype("accDataType").bitwidth(),
                         self.get_nodeattr("resType"),
                         accumulate=self.get_nodeattr("MW") // simd > 1)

    def _lane_luts(self) -> int:
        """LUTs of one PE: its SIMD products, their sum and the accumulator."""
        return self._lane().luts

    def _control_luts(self) -> int:
        """Fold and weight-address counters, the output FIFO and the input buffer mux."""
        pe, simd = self.get_nodeattr("PE"), self.get_nodeattr("SIMD")
        sf, nf = self.get_nodeattr("MW") // simd, self.get_nodeattr("MH") // pe
        bits = sum(max((n - 1).bit_length(), 1) for n in (sf, nf, sf * nf))
        obits = self.get_output_datatype().bitwidth()
        luts = 20 + 2 * bits + credit_fifo_luts(pe * obits, 16)
        if sf > 1 and nf > 1:
            luts += simd * self.get_input_datatype(0).bitwidth()
        if self.get_nodeattr("runtime_writeable_weights"):
            luts += 120
        return luts

    def logic_estimation(self) -> dict[str, int]:
        pe = self.get_nodeattr("PE")
        lane = self._lane()
        unit = self.threshold_unit()
        return {"LUT": self._control_luts() + pe * lane.luts + (unit.luts if unit else 0),
                "DSP": pe * lane.dsps}

    def get_op_and_param_counts(self) -> dict[str, int]:
        mw, mh = self.get_nodeattr("MW"), self.get_nodeattr("MH")
        abits = self.get_input_datatype(0).bitwidth()
        wbits = self.get_input_datatype(1).bitwidth()
        vectors = int(np.prod(self._vectors()))
        out = {
            f"op_mac_{min(abits, wbits)}bx{max(abits, wbits)}b": mw * mh * vectors,
            f"param_weight_{wbits}b": mw * mh,
        }
        steps = self.num_thresholds()
        if steps:
            acc = self.datatype("accDataType").bitwidth()
            out[f"param_threshold_{acc}b"] = mh * steps
        return out

    # ------------------------------------------------------------ validation
    def acc_bounds(self, model=None) -> tuple[int, int]:
        """(min, max) of the accumulator: exact from constant weights when the model
        is given (and weights are not runtime-writeable), else from the DataTypes."""
        mw = self.get_nodeattr("MW")
        if self.get_nodeattr("binaryXnorMode"):
            return 0, mw
        xmin, xmax = numerics.dtype_range(self.get_input_datatype(0))
        weights = self.initializer(model, 1)
        if self.get_nodeattr("runtime_writeable_weights"):
            weights = None  # any weight of the DataType may be written at run time
        if weights is None:
            wmin, wmax = numerics.dtype_range(self.get_input_datatype(1))
            corners = [xmin * wmin, xmin * wmax, xmax * wmin, xmax * wmax]
            return mw * min(corners), mw * max(corners)
        low, high = numerics.dot_range(np.rint(weights).astype(np.int64), xmin, xmax)
        return int(low.min()), int(high.max())

    def _validate_layer(self, model) -> None:
        bipolar = DataType["BIPOLAR"]
        if self.get_nodeattr("binaryXnorMode") and not (
            self.get_input_datatype(0) == bipolar and self.get_input_datatype(1) == bipolar
        ):
            raise self.illegal(
                "binaryXnorMode", 1,
                "needs inputDataType and weightDataType BIPOLAR (got "
                f"{self.get_input_datatype(0).name}/{self.get_input_datatype(1).name})", [0],
            )
        self._validate_weights(model)
        lo, hi = self.acc_bounds(model)
        self.check_dtype_holds("accDataType", lo, hi, "accumulator value")
        if self.get_nodeattr("noActivation"):
            self.check_dtype_holds("outputDataType", lo, hi, "accumulator value")
            return
        thresholds = self.initializer(model, 2)
        if thresholds is not None:
            steps = check_thresholds(self, thresholds, self.get_nodeattr("MH"), None,
                                     "accDataType")
            check_activation_output(self, steps)

    def _validate_weights(self, model) -> None:
        weights = self.initializer(model, 1)
        if weights is not None:
            self._int_weights(weights)

    def _int_weights(self, weights) -> np.ndarray:
        """Weights as int64 after checking shape (MW x MH) and DataType."""
        name = self.onnx_node.input[1]
        expected = self.get_normal_input_shape(1)
        if tuple(np.shape(weights)) != tuple(expected):
            raise self.error(f"weight tensor {name} has shape {list(np.shape(weights))}; "
                             f"expected {list(expected)} (MW x MH)")
        return self.int_input(weights, 1, f"weight tensor {name}")

    # ------------------------------------------------------------- execution
    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        weights = self._int_weights(inputs[1])
        if self.get_nodeattr("binaryXnorMode"):
            acc = numerics.xnor_popcount_matmul(x, weights)
        else:
            acc = numerics.int_matmul(x, weights)
        if self.get_nodeattr("noActivation"):
            return [acc]
        return [apply_activation(self, acc, inputs[2])]
