"""Rewrites of ONNX patterns into the ops the streamliner maps, each computing the same values.

- :class:`ReduceMeanToGlobalAveragePool`: ``ReduceMean`` over all spatial axes of an NC(H)(W)
  tensor (``torch.mean(x, (2, 3))``) becomes ``GlobalAveragePool``, plus a ``Reshape`` to the
  reduced shape when ``keepdims=0``.
- :class:`GroupedConvToGroups`: a convolution with 1 < group < channels (ResNeXt, ShuffleNet)
  becomes a channel ``Split`` into ``group`` equal parts, one ordinary convolution per part
  (its slice of the weights and bias, the same kernel, strides, pads and dilations) and a
  channel ``Concat`` of their outputs: the multiply-accumulates of the grouped convolution,
  no more. Depthwise convolutions (group = channels = output channels) are left alone; a
  depthwise one with a channel multiplier becomes one convolution with block-diagonal
  weights (zero weights between groups).
- :class:`ConvTransposeToSubPixel`: a transposed convolution with stride s becomes an ordinary
  stride-1 convolution computing the prod(s) output phases as separate channel groups, then a
  ``PixelShuffle`` that interleaves them: every multiply-accumulate uses a real input pixel
  (no inserted zeros). Phase r of an axis takes kernel taps r+p (mod s), s apart; the phases'
  taps are aligned in one common window, zero where a phase has no tap.
"""

from __future__ import annotations

import numpy as np
from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.base import Transformation

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.custom_ops import DOMAIN as CUSTOM_DOMAIN
from finn_vivado.frontend.state import node_attrs

__all__ = ["ReduceMeanToGlobalAveragePool", "GroupedConvToGroups", "ConvTransposeToSubPixel",
           "sub_pixel_plan", "lower_patterns"]


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


def _opset(model: ModelWrapper) -> int:
    return next((o.version for o in model.model.opset_import if o.domain in ("", "ai.onnx")), 13)


def _block_diagonal(w: np.ndarray, group: int) -> np.ndarray:
    """Grouped weights [O, I/group, *k] as dense weights [O, I, *k], zero between groups."""
    per_out, per_in = w.shape[0] // group, w.shape[1]
    dense = np.zeros((w.shape[0], per_in * group) + w.shape[2:], dtype=w.dtype)
    for g in range(group):
        dense[g * per_out:(g + 1) * per_out, g * per_in:(g + 1) * per_in] = \
            w[g * per_out:(g + 1) * per_out]
    return dense


class GroupedConvToGroups(Transformation):
    """See module docstring."""

    def apply(self, model: ModelWrapper):
        for node in list(model.graph.node):
            if node.op_type != "Conv":
                continue
            group = int(node_attrs(node).get("group", 1))
            w = model.get_initializer(node.input[1])
            if group == 1 or w is None:
                continue
            cin = w.shape[1] * group
            if group == cin and w.shape[0] == cin:
                continue  # depthwise
            if w.shape[0] % group:
                raise FinnVivadoError(
                    f"node {node.name} (Conv): {w.shape[0]} output channels are not a multiple "
                    f"of group={group}; export a valid grouped convolution")
            if group == cin:  # depthwise with a channel multiplier: one dense convolution
                self._set_weights(model, node, node.input[1], _block_diagonal(w, group))
                next(a for a in node.attribute if a.name == "group").i = 1
                continue
            self._replace(model, node, np.asarray(w), group)
        return model, False

    @staticmethod
    def _set_weights(model, node, name: str, w: np.ndarray) -> None:
        dt = model.get_tensor_datatype(node.input[1])
        model.set_initializer(name, w.astype(np.float32))
        model.set_tensor_datatype(name, dt)

    def _replace(self, model, node, w: np.ndarray, group: int) -> None:
        xs, ys = model.get_tensor_shape(node.input[0]), model.get_tensor_shape(node.output[0])
        bias = model.get_initializer(node.input[2]) if len(node.input) > 2 and node.input[2] \
            else None
        per_in, per_out = w.shape[1], w.shape[0] // group
        parts = [model.make_new_valueinfo_name() for _ in range(group)]
        outs = [model.make_new_valueinfo_name() for _ in range(group)]
        split = self._split_node(model, node, parts, per_in, group)
        convs = []
        for g, (part, out) in enumerate(zip(parts, outs)):
            if xs is not None:
                model.set_tensor_shape(part, [xs[0], per_in] + list(xs[2:]))
            if ys is not None:
                model.set_tensor_shape(out, [ys[0], per_out] + list(ys[2:]))
            inputs = [part, model.make_new_valueinfo_name()]
            self._set_weights(model, node, inputs[1], w[g * per_out:(g + 1) * per_out])
            if bias is not None:
                inputs.append(model.make_new_valueinfo_name())
                model.set_initializer(inputs[2], np.asarray(bias)[g * per_out:(g + 1) * per_out])
            attrs = {k: v for k, v in node_attrs(node).items() if k != "group"}
            convs.append(helper.make_node("Conv", inputs, [out], name=f"{node.name}_g{g}",
                                          **attrs))
        concat = helper.make_node("Concat", outs, [node.output[0]], name=node.name + "_concat",
                                  axis=1)
        idx = list(model.graph.node).index(node)
        model.graph.node.remove(node)
        for i, n in enumerate([split] + convs + [concat]):
            model.graph.node.insert(idx + i, n)

    @staticmethod
    def _split_node(model, node, parts, per_in: int, group: int):
        name = node.name + "_split"
        if _opset(model) < 13:
            return helper.make_node("Split", [node.input[0]], parts, name=name, axis=1,
                                    split=[per_in] * group)
        sizes = model.make_new_valueinfo_name()
        model.set_initializer(sizes, np.asarray([per_in] * group, dtype=np.int64))
        return helper.make_node("Split", [node.input[0], sizes], parts, name=name, axis=1)


def sub_pixel_plan(n_in: int, k: int, s: int, pb: int, pe: int, op: int, where: str):
    """One spatial axis of a transposed convolution: (window, pad_begin, pad_end, taps) where
    taps[r][m] is the kernel index used by phase r at window position m (or -1)."""
    n_out = (n_in - 1) * s + k - pb - pe + op
    if n_out % s:
        raise FinnVivadoError(
            f"{where}: output size {n_out} is not a multiple of the stride {s}; only transposed "
            "convolutions whose output is exactly stride x larger map (pads and output_padding "
            "with k - pads_begin - pads_end + output_padding = stride)")
    q_len = n_out // s
    phases = []
    for r in range(s):
        rr, t0 = (r + pb) % s, (r + pb) // s
        phases.append((rr, t0, max(0, -(-(k - rr) // s))))
    lo = min(t0 - n + 1 for _, t0, n in phases if n)
    hi = max(t0 for _, t0, n in phases if n)
    window, pad_b, pad_e = hi - lo + 1, -lo, q_len + hi - n_in
    if pad_b < 0 or pad_e < 0:
        raise FinnVivadoError(f"{where}: its padding crops input pixels; only transposed "
                              "convolutions with pads <= kernel - stride map to hardware")
    taps = [[-1] * window for _ in range(s)]
    for r, (rr, t0, n) in enumerate(phases):
        for m in range(window):
            j = t0 - lo - m
            if 0 <= j < n:
                taps[r][m] = j * s + rr
    return window, pad_b, pad_e, taps


def _sub_pixel_weights(w: np.ndarray, plans) -> np.ndarray:
    """ConvTranspose weights [Cin, Cout, *k] -> Conv weights [prod(s)*Cout, Cin, *window]."""
    cin, cout = w.shape[:2]
    strides = [len(p[3]) for p in plans]
    out = np.zeros([int(np.prod(strides)) * cout, cin] + [p[0] for p in plans], dtype=w.dtype)
    for phase, rs in enumerate(np.ndindex(*strides)):
        for ms in np.ndindex(*[p[0] for p in plans]):
            ks = [p[3][r][m] for p, r, m in zip(plans, rs, ms)]
            if min(ks) >= 0:
                out[(phase * cout):(phase + 1) * cout, :][(slice(None), slice(None)) + ms] = \
                    w[(slice(None), slice(None)) + tuple(ks)].T
    return out


class ConvTransposeToSubPixel(Transformation):
    """See module docstring."""

    def apply(self, model: ModelWrapper):
        for node in list(model.graph.node):
            if node.op_type != "ConvTranspose":
                continue
            where = f"node {node.name} (ConvTranspose)"
            a = node_attrs(node)
            w = model.get_initializer(node.input[1])
            xs = model.get_tensor_shape(node.input[0])
            if w is None or len(node.input) > 2 and node.input[2]:
                raise FinnVivadoError(f"{where}: needs constant weights and no bias input")
            d = len(xs) - 2
            if int(a.get("group", 1)) != 1 or any(v != 1 for v in a.get("dilations", [1] * d)) \
                    or a.get("output_shape"):
                raise FinnVivadoError(f"{where}: only group=1, dilation 1 and no output_shape "
                                      "attribute map to hardware")
            k, st = list(w.shape[2:]), list(a.get("strides", [1] * d))
            pads, op = list(a.get("pads", [0] * 2 * d)), list(a.get("output_padding", [0] * d))
            plans = [sub_pixel_plan(xs[2 + i], k[i], st[i], pads[i], pads[d + i], op[i], where)
                     for i in range(d)]
            self._replace(model, node, plans, st, _sub_pixel_weights(np.asarray(w), plans))
        return model, False

    @staticmethod
    def _replace(model, node, plans, strides, weights) -> None:
        wname, mid = model.make_new_valueinfo_name(), model.make_new_valueinfo_name()
        model.set_initializer(wname, weights.astype(np.float32))
        model.set_tensor_datatype(wname, model.get_tensor_datatype(node.input[1]))
        xs = model.get_tensor_shape(node.input[0])
        model.set_tensor_shape(mid, [xs[0], weights.shape[0]] + [
            n + p[1] + p[2] - p[0] + 1 for n, p in zip(xs[2:], plans)])
        conv = helper.make_node("Conv", [node.input[0], wname], [mid], name=node.name,
                                kernel_shape=[p[0] for p in plans],
                                pads=[p[1] for p in plans] + [p[2] for p in plans])
        shuffle = helper.make_node("PixelShuffle", [mid], [node.output[0]],
                                   name=node.name + "_shuffle", domain=CUSTOM_DOMAIN,
                                   blocksize=list(strides))
        idx = list(model.graph.node).index(node)
        model.graph.node.remove(node)
        model.graph.node.insert(idx, shuffle)
        model.graph.node.insert(idx, conv)


def lower_patterns(model: ModelWrapper) -> ModelWrapper:
    """Apply every rewrite of this module."""
    for t in (ReduceMeanToGlobalAveragePool(), GroupedConvToGroups(), ConvTransposeToSubPixel()):
        model = model.transform(t)
    return model
