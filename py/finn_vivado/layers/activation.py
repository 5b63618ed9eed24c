"""Multi-threshold activation checks shared by MVAU, VVAU and Thresholding."""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics
from finn_vivado.layers.threshold_unit import threshold_unit

__all__ = ["check_activation_output", "check_thresholds", "apply_activation",
           "accumulator_threshold_unit"]


def check_activation_output(layer, num_steps: int) -> None:
    """outputDataType must hold every activation output for ``num_steps`` thresholds:
    ActVal..ActVal+T, or -1/+1 for BIPOLAR (which needs exactly one threshold)."""
    odt = layer.datatype("outputDataType")
    if odt == DataType["BIPOLAR"]:
        if num_steps != 1:
            raise layer.illegal(
                "outputDataType", "BIPOLAR",
                f"a BIPOLAR output needs exactly 1 threshold per channel, found {num_steps}",
                f"UINT/INT types holding [ActVal, ActVal+{num_steps}]",
            )
        return
    act = int(layer.get_nodeattr("ActVal"))
    layer.check_dtype_holds("outputDataType", act, act + num_steps, "activation output")


def check_thresholds(layer, thr, channels: int, num_steps: int | None, dtype_attr: str) -> int:
    """Check a threshold tensor: shape (channels or 1, T), integer, ascending per
    channel, representable in the DataType named by ``dtype_attr``. Returns T."""
    name = layer.onnx_node.input[-1]
    thr = np.asarray(thr)
    if thr.ndim != 2 or thr.shape[0] not in (1, channels):
        raise layer.error(
            f"threshold tensor {name} has shape {list(thr.shape)}; expected "
            f"[{channels}, T] or [1, T]"
        )
    steps = int(thr.shape[1])
    if num_steps is not None and steps != num_steps:
        raise layer.illegal("numSteps", num_steps, f"threshold tensor {name} has {steps} "
                            "thresholds per channel", [steps])
    if not np.array_equal(np.rint(thr), thr):
        raise layer.error(f"threshold tensor {name} holds non-integer values; "
                          "round them up (ceil) to integers for integer inputs")
    if steps > 1 and np.any(np.diff(thr, axis=1) < 0):
        raise layer.error(f"threshold tensor {name} is not sorted ascending per channel")
    if thr.size:
        dt = layer.datatype(dtype_attr)
        lo, hi = int(thr.min()), int(thr.max())
        if not numerics.dtype_holds(dt, lo, hi):
            smallest = numerics.smallest_int_dtype(lo, hi).name
            raise layer.illegal(
                dtype_attr, dt.name,
                f"must hold every threshold of {name} (range [{lo}, {hi}]); "
                "clip thresholds to the input range or widen the type",
                f"{smallest} or wider",
            )
    return steps


def apply_activation(layer, acc: np.ndarray, thresholds) -> np.ndarray:
    """Thresholds -> ``count + ActVal`` (``2*count-1`` for a BIPOLAR output)."""
    bipolar = layer.get_output_datatype() == DataType["BIPOLAR"]
    return numerics.activate(acc, thresholds, layer.get_nodeattr("ActVal"), bipolar)


def accumulator_threshold_unit(layer, style_attr, bits=None, force=None):
    """The threshold unit of an MVAU / VVAU (None without activation): its
    ``num_thresholds()`` thresholds of ``bits`` (default: accDataType) bits, one fold per
    ``calc_tmem()`` word; ``style_attr`` steers the memories (None: auto)."""
    steps = layer.num_thresholds()
    if not steps:
        return None
    writable = ("runtime_writeable_weights" in layer.get_nodeattr_types()
                and bool(layer.get_nodeattr("runtime_writeable_weights")))
    return threshold_unit(
        steps, bits or layer.datatype("accDataType").bitwidth(), layer.get_nodeattr("PE"),
        layer.calc_tmem(), layer.get_output_datatype().bitwidth(), style_attr,
        layer.memory_style, writable=writable, force=force)
