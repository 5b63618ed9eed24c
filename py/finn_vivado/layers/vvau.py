"""VVAU: vector-vector-activation unit (depthwise convolution on sliding windows)."""

from __future__ import annotations

import numpy as np

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
from finn_vivado.layers.resources import Memory

__all__ = ["VVAU"]


@register_layer
class VVAU(HWLayer):
    """Depthwise convolution: each channel's window is multiplied with that
    channel's own kernel, followed by an optional multi-threshold activation.

    Inputs: ``x`` (1, OH, OW, Kh*Kw*C) as produced by ConvolutionInputGenerator,
    ordered (kh, kw, c) with c fastest; ``weights`` (C, 1, Kh, Kw) initializer;
    optional ``thresholds`` ((C or 1) x T) initializer. Output (1, OH, OW, C) with
    ``acc[c] = sum_k x[k, c] * w[c, k]``, then the same activation as MVAU.

    Attributes:

    - ``PE`` (int, 1): channels per cycle; must divide Channels.
    - ``SIMD`` (int, 1): kernel positions per cycle; must divide Kh*Kw.
    - ``Dim`` (ints, required): output image size [OH, OW].
    - ``Channels`` (int, required): number of channels C.
    - ``Kernel`` (ints, required): kernel size [Kh, Kw].
    - ``inputDataType`` (str, required): DataType of ``x``.
    - ``weightDataType`` (str, required): DataType of the weights.
    - ``outputDataType`` (str, required): DataType of the output.
    - ``accDataType`` (str, "INT32"): accumulator DataType; holds every ``acc`` and
      every threshold.
    - ``ActVal`` (int, 0): offset added to the threshold count.
    - ``noActivation`` (int 0/1, 0): 1 = output the accumulator, no thresholds input.
    - ``mem_mode`` (str, "internal_embedded"): "internal_embedded",
      "internal_decoupled" or "external".
    - ``ram_style`` (str, "auto"): weight memory: "auto", "block", "distributed", "ultra".
    - ``resType`` (str, "auto"): the lanes' products: "lut" (Booth-digit carry chains in
      LUTs), "dsp" (DSP48 slices, two products per slice where the widths allow) or
      "auto" ("dsp" when both operands have at least 4 bits); BIPOLAR and 1-bit operands
      never use DSPs.

    Cycles: one (SIMD x PE) word per cycle, OH*OW * (Channels/PE) * (Kh*Kw/SIMD).

    Resource model (RTL: weight ROM -> PE lanes of SIMD products -> per-PE adder tree ->
    accumulator -> thresholds): weights C*Kh*Kw/(PE*SIMD) x PE*SIMD*Wbits
    (``ram_style``); the cheaper threshold unit on accbits values (auto memory style,
    :mod:`finn_vivado.layers.threshold_unit`);
    per PE one finn_dot_lane (:mod:`finn_vivado.layers.dot_lane`): the SIMD products as
    Booth-digit carry chains (resolved resType "lut") or in DSP slices ("dsp":
    ceil(SIMD/2) slices when two products fit one, else SIMD), an adder tree with adders
    as wide as their sums, an accumulator when Kh*Kw/SIMD > 1; control 40 LUTs plus
    counters.
    """

    RTL_CORE = "VVAU"
    LAYER_ATTRS = {
        "PE": ("i", False, 1),
        "SIMD": ("i", False, 1),
        "Dim": ("ints", True, []),
        "Channels": ("i", True, 0),
        "Kernel": ("ints", True, []),
        "inputDataType": ("s", True, ""),
        "weightDataType": ("s", True, ""),
        "outputDataType": ("s", True, ""),
        "accDataType": ("s", False, "INT32"),
        "ActVal": ("i", False, 0),
        "noActivation": ("i", False, 0, {0, 1}),
        "mem_mode": ("s", False, "internal_embedded",
                     {"internal_embedded", "internal_decoupled", "external"}),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed", "ultra"}),
        "resType": ("s", False, "auto", {"auto", "lut", "dsp"}),
    }
    DATATYPE_ATTRS = ("inputDataType", "weightDataType", "outputDataType", "accDataType")
    POSITIVE_ATTRS = ("PE", "SIMD", "Dim", "Channels", "Kernel")

    # ------------------------------------------------------------- structure
    def _kernel_size(self) -> int:
        return int(np.prod(self.get_nodeattr("Kernel")))

    def expected_num_inputs(self) -> int:
        return 2 if self.get_nodeattr("noActivation") else 3

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("Channels"), "Channels"),
                "SIMD": (self._kernel_size(), "Kh*Kw")}

    def _check_ind(self, ind: int) -> None:
        if ind not in (0, 1):
            raise ValueError(f"{self.where()}: input {ind} (thresholds) is not a stream")

    def get_normal_input_shape(self, ind=0):
        self._check_ind(ind)
        ch = self.get_nodeattr("Channels")
        if ind == 1:
            return tuple([ch, 1] + list(self.get_nodeattr("Kernel")))
        oh, ow = self.get_nodeattr("Dim")
        return (1, oh, ow, self._kernel_size() * ch)

    def get_folded_input_shape(self, ind=0):
        self._check_ind(ind)
        pe, simd = self.get_nodeattr("PE"), self.get_nodeattr("SIMD")
        if ind == 1:
            return (1, self.calc_wmem(), pe * simd)
        oh, ow = self.get_nodeattr("Dim")
        folds = (self._kernel_size() // simd) * (self.get_nodeattr("Channels") // pe)
        return (1, oh, ow, folds, simd * pe)

    def get_normal_output_shape(self, ind=0):
        oh, ow = self.get_nodeattr("Dim")
        return (1, oh, ow, self.get_nodeattr("Channels"))

    def get_folded_output_shape(self, ind=0):
        return fold_last(self.get_normal_output_shape(), self.get_nodeattr("PE"))

    def get_input_datatype(self, ind=0):
        return self.datatype(("inputDataType", "weightDataType", "accDataType")[ind])

    def get_weightstream_width(self) -> int:
        """Bits of one weight-memory word: PE x SIMD x weight bits."""
        wbits = self.datatype("weightDataType").bitwidth()
        return self.get_nodeattr("PE") * self.get_nodeattr("SIMD") * wbits

    def calc_wmem(self) -> int:
        """Weight memory depth C*Kh*Kw/(PE*SIMD)."""
        total = self.get_nodeattr("Channels") * self._kernel_size()
        return total // (self.get_nodeattr("PE") * self.get_nodeattr("SIMD"))

    def calc_tmem(self) -> int:
        """Threshold memory depth C/PE (0 without activation)."""
        if self.get_nodeattr("noActivation"):
            return 0
        return self.get_nodeattr("Channels") // self.get_nodeattr("PE")

    def get_exp_cycles(self) -> int:
        oh, ow = self.get_nodeattr("Dim")
        ch_fold = self.get_nodeattr("Channels") // self.get_nodeattr("PE")
        k_fold = self._kernel_size() // self.get_nodeattr("SIMD")
        return int(oh * ow * ch_fold * k_fold)

    # ------------------------------------------------------------- resources
    def num_thresholds(self) -> int:
        """Thresholds per channel T (0 without activation, 1 for a BIPOLAR output)."""
        if self.get_nodeattr("noActivation"):
            return 0
        odt = self.get_output_datatype()
        if odt.name == "BIPOLAR":
            return 1
        return max(int(odt.max()) - self.get_nodeattr("ActVal"), 1)

    def threshold_unit(self, bits=None, force=None):
        """The RTL's threshold unit (:mod:`finn_vivado.layers.threshold_unit`), None
        without activation; ``bits``: compare width (default accDataType's)."""
        return accumulator_threshold_unit(self, None, bits, force)

    def resolved_res_type(self) -> str:
        """The lanes' datapath as the RTL elaborates it ("lut" or "dsp"):
        :func:`~finn_vivado.layers.dot_lane.lane_path` of the operands and resType
        ("auto": "dsp" when both operands have at least 4 bits)."""
        path = lane_path(*self._lane_operands(), self.get_nodeattr("resType"))
        return "dsp" if path == "dsp" else "lut"

    def _lane_operands(self) -> tuple[Operand, Operand]:
        """(inputs, weights) as lane operands."""
        return Operand.of(self.get_input_datatype(0)), Operand.of(self.get_input_datatype(1))

    def _lane(self) -> LaneCost:
        """One PE's lane (:func:`~finn_vivado.layers.dot_lane.lane_cost`): its SIMD
        products, their sum and the accumulator (built when Kh*Kw/SIMD > 1)."""
        simd = self.get_nodeattr("SIMD")
        return lane_cost(simd, *self._lane_operands(), self.datatype("accDataType").bitwidth(),
                         self.get_nodeattr("resType"),
                         accumulate=self._kernel_size() // simd > 1)

    def memories(self) -> list[Memory]:
        mems = []
        if self.get_nodeattr("mem_mode") != "external":
            mems.append(Memory("weights", self.calc_wmem(), self.get_weightstream_width()))
        unit = self.threshold_unit()
        if unit:
            mems.extend(unit.memories)
        return mems

    def logic_estimation(self) -> dict[str, int]:
        pe, simd = self.get_nodeattr("PE"), self.get_nodeattr("SIMD")
        lane = self._lane()
        k_fold = self._kernel_size() // simd
        unit = self.threshold_unit()
        ch_fold = self.get_nodeattr("Channels") // pe
        control = 40 + 2 * (k_fold.bit_length() + ch_fold.bit_length())
        return {"LUT": control + pe * lane.luts + (unit.luts if unit else 0),
                "DSP": pe * lane.dsps}

    def get_op_and_param_counts(self) -> dict[str, int]:
        abits = self.get_input_datatype(0).bitwidth()
        wbits = self.get_input_datatype(1).bitwidth()
        oh, ow = self.get_nodeattr("Dim")
        params = self.get_nodeattr("Channels") * self._kernel_size()
        out = {f"op_mac_{min(abits, wbits)}bx{max(abits, wbits)}b": params * oh * ow,
               f"param_weight_{wbits}b": params}
        steps = self.num_thresholds()
        if steps:
            acc = self.datatype("accDataType").bitwidth()
            out[f"param_threshold_{acc}b"] = self.get_nodeattr("Channels") * steps
        return out

    # ------------------------------------------------------------ validation
    def _weight_matrix(self, weights) -> np.ndarray:
        """(C, 1, Kh, Kw) weights -> int64 (Kh*Kw, C) matrix, after checks."""
        name = self.onnx_node.input[1]
        expected = self.get_normal_input_shape(1)
        if tuple(np.shape(weights)) != tuple(expected):
            raise self.error(f"weight tensor {name} has shape {list(np.shape(weights))}; "
                             f"expected {list(expected)} (C x 1 x Kh x Kw)")
        w = self.int_input(weights, 1, f"weight tensor {name}")
        return w.reshape(self.get_nodeattr("Channels"), self._kernel_size()).T

    def acc_bounds(self, model=None) -> tuple[int, int]:
        """(min, max) of the accumulator, exact when the weights are known."""
        xmin, xmax = numerics.dtype_range(self.get_input_datatype(0))
        weights = self.initializer(model, 1)
        if weights is None:
            wmin, wmax = numerics.dtype_range(self.get_input_datatype(1))
            corners = [xmin * wmin, xmin * wmax, xmax * wmin, xmax * wmax]
            k = self._kernel_size()
            return k * min(corners), k * max(corners)
        low, high = numerics.dot_range(self._weight_matrix(weights), xmin, xmax)
        return int(low.min()), int(high.max())

    def _validate_layer(self, model) -> None:
        if len(self.get_nodeattr("Dim")) != 2 or len(self.get_nodeattr("Kernel")) != 2:
            raise self.error("Dim and Kernel must each have two entries [H, W]")
        lo, hi = self.acc_bounds(model)
        self.check_dtype_holds("accDataType", lo, hi, "accumulator value")
        if self.get_nodeattr("noActivation"):
            self.check_dtype_holds("outputDataType", lo, hi, "accumulator value")
            return
        thresholds = self.initializer(model, 2)
        if thresholds is not None:
            steps = check_thresholds(self, thresholds, self.get_nodeattr("Channels"), None,
                                     "accDataType")
            check_activation_output(self, steps)

    # ------------------------------------------------------------- execution
    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        w = self._weight_matrix(inputs[1])
        k, ch = w.shape
        windows = x.reshape(x.shape[:-1] + (k, ch))
        acc = np.sum(windows * w, axis=-2)
        if self.get_nodeattr("noActivation"):
            return [acc]
        return [apply_activation(self, acc, inputs[2])]
