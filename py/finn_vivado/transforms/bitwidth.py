"""Minimal bit widths (FINN's step_minimize_bit_width), exact for the actual values.

- MVAU / VVAU weights: the smallest DataType holding the weight values (unless they are
  runtime-writeable; BIPOLAR stays BIPOLAR).
- MVAU / VVAU accumulator: the exact range of ``x @ W`` over every input allowed by the
  input DataType and the actual weights (per output channel, see ``acc_bounds``), joined
  with the thresholds. Thresholds outside ``[acc_min, acc_max + 1]`` are clipped to it
  first: ``acc >= t`` is always true below acc_min and never true above acc_max, so the
  function is unchanged. Without activation the output DataType follows the accumulator.
- Thresholding: thresholds clipped to ``[in_min, in_max + 1]`` of the input DataType,
  then the smallest DataType holding them.
- ChannelwiseOp: the smallest DataType holding the parameters.

Changed output DataTypes are propagated to the tensors and the consumers' input types.
Every change is returned as a line for the build log.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from qonnx.core.datatype import DataType
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.layers import is_hw_layer, numerics

__all__ = ["minimize_bit_width"]


def _set_dtype(inst: Any, attr: str, new: Any, changes: list[str], widen: bool = False) -> None:
    """Set DataType attribute ``attr`` to ``new`` when narrower (or when ``widen``)."""
    old = inst.datatype(attr)
    if new == old or (not widen and new.bitwidth() >= old.bitwidth()):
        return
    inst.set_nodeattr(attr, new.name)
    changes.append(f"{inst.onnx_node.name}: {attr} {old.name} -> {new.name}")


def _weights(model: Any, inst: Any, changes: list[str]) -> None:
    if inst.onnx_node.op_type == "MVAU" and inst.get_nodeattr("runtime_writeable_weights"):
        return
    name = inst.onnx_node.input[1]
    weights = model.get_initializer(name)
    if weights is None or inst.datatype("weightDataType") == DataType["BIPOLAR"]:
        return
    new = numerics.smallest_int_dtype(int(np.min(weights)), int(np.max(weights)))
    _set_dtype(inst, "weightDataType", new, changes)
    model.set_tensor_datatype(name, inst.datatype("weightDataType"))


def _clip_thresholds(model: Any, name: str, lo: int, hi: int, node: str,
                     changes: list[str]) -> np.ndarray:
    """Clip the threshold initializer ``name`` to [lo, hi + 1]; returns the values."""
    thr = model.get_initializer(name)
    clipped = np.clip(thr, lo, hi + 1)
    if not np.array_equal(clipped, thr):
        model.set_initializer(name, clipped.astype(thr.dtype))
        changes.append(f"{node}: thresholds clipped to [{lo}, {hi + 1}]")
    return clipped


def _accumulator(model: Any, inst: Any, changes: list[str]) -> None:
    lo, hi = inst.acc_bounds(model)
    node = inst.onnx_node
    if not inst.get_nodeattr("noActivation") and len(node.input) > 2:
        if model.get_initializer(node.input[2]) is not None:
            thr = _clip_thresholds(model, node.input[2], lo, hi, node.name, changes)
            lo, hi = min(lo, int(thr.min())), max(hi, int(thr.max()))
    new = numerics.smallest_int_dtype(lo, hi)
    _set_dtype(inst, "accDataType", new, changes, widen=True)
    if inst.get_nodeattr("noActivation"):
        _set_dtype(inst, "outputDataType", new, changes, widen=True)
    elif len(node.input) > 2:
        model.set_tensor_datatype(node.input[2], inst.datatype("accDataType"))


def _thresholding(model: Any, inst: Any, changes: list[str]) -> None:
    name = inst.onnx_node.input[1]
    if inst.get_nodeattr("runtime_writeable_weights") or model.get_initializer(name) is None:
        return
    lo, hi = numerics.dtype_range(inst.get_input_datatype(0))
    thr = _clip_thresholds(model, name, lo, hi, inst.onnx_node.name, changes)
    new = numerics.smallest_int_dtype(int(thr.min()), int(thr.max()))
    _set_dtype(inst, "weightDataType", new, changes)
    model.set_tensor_datatype(name, inst.datatype("weightDataType"))


def _channelwise(model: Any, inst: Any, changes: list[str]) -> None:
    params = model.get_initializer(inst.onnx_node.input[1])
    if params is not None:
        new = numerics.smallest_int_dtype(int(np.min(params)), int(np.max(params)))
        _set_dtype(inst, "paramDataType", new, changes)


def _propagate(model: Any, inst: Any, consumers: dict, changes: list[str]) -> None:
    """Make the output tensors' annotations and the consumers' input types follow the
    output DataTypes of ``inst`` (nodes are visited in order, so changes cascade)."""
    for ind, name in enumerate(inst.onnx_node.output):
        dt = inst.get_output_datatype(ind)
        if model.get_tensor_datatype(name) != dt:
            model.set_tensor_datatype(name, dt)
        for consumer, k in consumers.get(name, []):
            cinst = getCustomOp(consumer)
            if k < cinst.NUM_STREAM_INPUTS and cinst.get_input_datatype(k) != dt:
                cinst.set_input_datatype(k, dt.name)
                changes.append(f"{consumer.name}: input {k} DataType -> {dt.name}")


_MINIMIZERS = {
    "MVAU": (_weights, _accumulator),
    "VVAU": (_weights, _accumulator),
    "Thresholding": (_thresholding,),
    "ChannelwiseOp": (_channelwise,),
}


def minimize_bit_width(model: Any) -> list[str]:
    """Shrink DataTypes of ``model``'s hardware layers in place; returns the changes."""
    nodes = [n for n in model.graph.node if is_hw_layer(n)]
    consumers: dict[str, list] = {}
    for node in nodes:
        for k, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, k))
    changes: list[str] = []
    for node in nodes:
        inst = getCustomOp(node)
        for minimize in _MINIMIZERS.get(node.op_type, ()):
            minimize(model, inst, changes)
        _propagate(model, inst, consumers, changes)
    changed = {line.split(":", 1)[0] for line in changes}
    for node in nodes:
        if node.name in changed:
            getCustomOp(node).validate(model)  # the new types hold every value
    return changes
