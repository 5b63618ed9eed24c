"""Thresholding: standalone multi-threshold activation on a stream of vectors."""

from __future__ import annotations

import numpy as np

from finn_vivado.layers.activation import apply_activation, check_activation_output, check_thresholds
from finn_vivado.layers.base import HWLayer, fold_last
from finn_vivado.layers.registry import register_layer
from finn_vivado.layers.resources import credit_fifo_luts
from finn_vivado.layers.threshold_unit import ThresholdUnit, search_stages, threshold_unit

__all__ = ["Thresholding"]


@register_layer
class Thresholding(HWLayer):
    """Multi-threshold activation: output = number of thresholds ``t`` of the
    channel with ``x >= t``, plus ActVal (``2*count - 1`` for a BIPOLAR output).

    Inputs: ``x`` (numInputVectors + [NumChannels]) and ``thresholds``
    ((NumChannels or 1) x numSteps, an initializer, ascending per channel).
    Output has the shape of ``x``.

    Attributes:

    - ``NumChannels`` (int, required): channels C (last axis).
    - ``PE`` (int, 1): channels per cycle; must divide NumChannels.
    - ``numSteps`` (int, required): thresholds per channel T.
    - ``inputDataType`` (str, required): DataType of ``x``.
    - ``outputDataType`` (str, required): DataType of the output; holds
      ActVal..ActVal+T.
    - ``weightDataType`` (str, required): DataType of the thresholds.
    - ``ActVal`` (int, 0): offset added to the count.
    - ``numInputVectors`` (ints, [1]): leading shape of ``x``, e.g. [1, H, W].
    - ``mem_mode`` (str, "internal_decoupled"): "internal_embedded" or
      "internal_decoupled".
    - ``ram_style`` (str, "auto"): threshold memory: "auto", "block", "distributed",
      "ultra".
    - ``runtime_writeable_weights`` (int 0/1, 0): thresholds writable over AXI-Lite.

    Cycles: one beat of PE channels per cycle, prod(numInputVectors) * NumChannels/PE.

    Resource model: the cheaper of the two threshold units
    (:mod:`finn_vivado.layers.threshold_unit`: all T thresholds compared in parallel,
    or a binary search with one stage per count bit) on compare values of the input
    width (one more bit when thresholds may lie above every input); the
    output FIFO with credits (8 words of PE*output bits, more for a long search) and
    the fold counter (+120 LUTs for the AXI-Lite port).
    """

    RTL_CORE = "Thresholding"
    LAYER_ATTRS = {
        "NumChannels": ("i", True, 0),
        "PE": ("i", False, 1),
        "numSteps": ("i", True, 0),
        "inputDataType": ("s", True, ""),
        "outputDataType": ("s", True, ""),
        "weightDataType": ("s", True, ""),
        "ActVal": ("i", False, 0),
        "numInputVectors": ("ints", False, [1]),
        "mem_mode": ("s", False, "internal_decoupled",
                     {"internal_embedded", "internal_decoupled"}),
        "ram_style": ("s", False, "auto", {"auto", "block", "distributed", "ultra"}),
        "runtime_writeable_weights": ("i", False, 0, {0, 1}),
    }
    DATATYPE_ATTRS = ("inputDataType", "outputDataType", "weightDataType")
    POSITIVE_ATTRS = ("NumChannels", "PE", "numSteps", "numInputVectors")

    def expected_num_inputs(self) -> int:
        return 2

    def folding_constraints(self):
        return {"PE": (self.get_nodeattr("NumChannels"), "NumChannels")}

    def get_normal_input_shape(self, ind=0):
        ch = self.get_nodeattr("NumChannels")
        if ind == 1:
            return (ch, self.get_nodeattr("numSteps"))
        return tuple(list(self.get_nodeattr("numInputVectors")) + [ch])

    def get_folded_input_shape(self, ind=0):
        return fold_last(self.get_normal_input_shape(ind), self.get_nodeattr("PE"))

    def get_normal_output_shape(self, ind=0):
        return self.get_normal_input_shape(0)

    def get_folded_output_shape(self, ind=0):
        return self.get_folded_input_shape(0)

    def get_input_datatype(self, ind=0):
        return self.datatype(("inputDataType", "weightDataType")[ind])

    def calc_tmem(self) -> int:
        """Threshold memory depth NumChannels/PE."""
        return self.get_nodeattr("NumChannels") // self.get_nodeattr("PE")

    def get_exp_cycles(self) -> int:
        vectors = int(np.prod(self.get_nodeattr("numInputVectors")))
        return vectors * self.calc_tmem()

    def compare_bits(self) -> int:
        """Estimated width of the compared values: the input's (2 for BIPOLAR), one
        bit more when thresholds may lie above every input (the RTL generator knows
        the exact width from the thresholds)."""
        idt, tdt = self.get_input_datatype(0), self.get_input_datatype(1)
        bits = 2 if idt.bitwidth() == 1 and idt.signed() else idt.bitwidth()
        if tdt.max() > idt.max():
            bits += 1
        return bits

    def threshold_unit(self, bits: int | None = None, force: str | None = None) -> ThresholdUnit:
        """The threshold unit of the RTL for compare values of ``bits`` bits
        (default: :meth:`compare_bits`); ``force``: "search" or "parallel"."""
        return threshold_unit(
            self.get_nodeattr("numSteps"), bits or self.compare_bits(),
            self.get_nodeattr("PE"), self.calc_tmem(),
            self.get_output_datatype().bitwidth(), "ram_style", self.memory_style,
            writable=bool(self.get_nodeattr("runtime_writeable_weights")), force=force)

    def memories(self) -> list:
        return list(self.threshold_unit().memories)

    def logic_estimation(self) -> dict[str, int]:
        pe, unit = self.get_nodeattr("PE"), self.threshold_unit()
        obits = self.get_output_datatype().bitwidth()
        latency = 2 * search_stages(self.get_nodeattr("numSteps")) + 1 if unit.search else 2
        control = (8 + 2 * self.calc_tmem().bit_length()
                   + credit_fifo_luts(pe * obits, max(8, latency + 3)))
        if self.get_nodeattr("runtime_writeable_weights"):
            control += 120
        return {"LUT": control + unit.luts, "DSP": 0}

    def get_op_and_param_counts(self) -> dict[str, int]:
        bits = self.get_input_datatype(1).bitwidth()
        return {f"param_threshold_{bits}b":
                self.get_nodeattr("NumChannels") * self.get_nodeattr("numSteps")}

    def _validate_layer(self, model) -> None:
        check_activation_output(self, self.get_nodeattr("numSteps"))
        thresholds = self.initializer(model, 1)
        if thresholds is not None:
            check_thresholds(self, thresholds, self.get_nodeattr("NumChannels"),
                             self.get_nodeattr("numSteps"), "weightDataType")

    def _execute(self, inputs):
        x = self.int_input(inputs[0], 0)
        thresholds = np.asarray(inputs[1])
        rows = thresholds.shape[0] if thresholds.ndim == 2 else -1
        if rows not in (1, self.get_nodeattr("NumChannels")):
            raise self.error(f"threshold tensor {self.onnx_node.input[1]} has shape "
                             f"{list(thresholds.shape)}; expected [C, T] or [1, T]")
        return [apply_activation(self, x, thresholds)]
