"""Rewrites of ONNX patterns into the ops the streamliner maps, each computing the same values.

- :class:`ReduceMeanToGlobalAveragePool`: ``ReduceMean`` over all spatial axes of an NC(H)(W)
  tensor (``torch.mean(x, (2, 3))``) becomes ``GlobalAveragePool``, plus a ``Reshape`` to the
  reduced shape when ``keepdims=0``.
- :class:`GroupedConvToDense`: a convolution with 1 < group < channels (ResNeXt, ShuffleNet)
  becomes an ordinary one whose integer weight tensor is block diagonal (zero weights
  between groups). Exact, at the price of group times the multiply-accumulates of a
  per-group implementation. Depthwise convolutions (group = channels) are left alone.
"""

from __future__ import annotations

import numpy as np
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.base import Transformation

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.state import node_attrs

__all__ = ["ReduceMeanToGlobalAveragePool", "GroupedConvToDense", "lower_patterns"]


def _reduce_axes(model: ModelWrapper, node, rank: int) -> list[int] | None:
    axes = node_attrs(node).get("axes")
    if axes is None and len(node.input) > 1 and node.input[1]:
        init = model.get_initializer(node.input[1])
        if init is None:
            return None
        axes = init.tolist()
    if axes is None:
        return list(range(rank))
    return sorted(int(a) % rank for a in np.atleast_1d(axes))


class ReduceMeanToGlobalAveragePool(Transformation):
    """See module docstring."""

    def apply(self, model: ModelWrapper):
        for node in list(model.graph.node):
            if node.op_type != "ReduceMean":
                continue
            shape = model.get_tensor_shape(node.input[0])
            rank = len(shape) if shape is not None else 0
            if rank not in (3, 4) or _reduce_axes(model, node, rank) != list(range(2, rank)):
                raise FinnVivadoError(
                    f"node {node.name} (ReduceMean): only a mean over all spatial axes "
                    f"(axes {list(range(2, max(rank, 3)))} of an NCHW or NCW tensor, i.e. "
                    "global average pooling) maps to hardware; reduce over those axes or move "
                    "the reduction after the last quantizer")
            keep = node_attrs(node).get("keepdims", 1)
            pooled = node.output[0] if keep else model.make_new_valueinfo_name()
            idx = list(model.graph.node).index(node)
            new = [helper.make_node("GlobalAveragePool", [node.input[0]], [pooled],
                                    name=node.name)]
            if not keep:
                model.set_tensor_shape(pooled, list(shape[:2]) + [1] * (rank - 2))
                target = model.make_new_valueinfo_name()
                model.set_initializer(target, np.asarray(shape[:2], dtype=np.int64))
                new.append(helper.make_node("Reshape", [pooled, target], [node.output[0]],
                                            name=node.name + "_reshape"))
            model.graph.node.remove(node)
            for i, n in enumerate(new):
                model.graph.node.insert(idx + i, n)
        return model, False


class GroupedConvToDense(Transformation):
    """See module docstring."""

    def apply(self, model: ModelWrapper):
        for node in model.graph.node:
            if node.op_type != "Conv":
                continue
            group = int(node_attrs(node).get("group", 1))
            w = model.get_initializer(node.input[1])
            if group == 1 or w is None:
                continue
            cin = w.shape[1] * group
            if group == cin and w.shape[0] == cin:
                continue  # depthwise
            dense = np.zeros((w.shape[0], cin) + w.shape[2:], dtype=w.dtype)
            per_out, per_in = w.shape[0] // group, w.shape[1]
            for g in range(group):
                dense[g * per_out:(g + 1) * per_out, g * per_in:(g + 1) * per_in] = \
                    w[g * per_out:(g + 1) * per_out]
            dt = model.get_tensor_datatype(node.input[1])
            model.set_initializer(node.input[1], dense)
            model.set_tensor_datatype(node.input[1], dt)
            for attr in node.attribute:
                if attr.name == "group":
                    attr.i = 1
        return model, False


def lower_patterns(model: ModelWrapper) -> ModelWrapper:
    """Apply every rewrite of this module."""
    return model.transform(ReduceMeanToGlobalAveragePool()).transform(GroupedConvToDense())
