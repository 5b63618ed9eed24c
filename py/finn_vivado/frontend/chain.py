"""Elementwise monotone chains: how a source float tensor follows from an integer tensor.

A :class:`Chain` is a list of elementwise operations (mul, add, div, relu, clip) whose constants
broadcast against the tensor (batch dimension 1). ``source_value = chain(int_value)``. Chains are
evaluated in float64 so that threshold derivation is exact up to the source's own float rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["Chain", "per_channel", "layout_apply"]

_MONOTONE = ("relu", "clip")


def per_channel(const, shape, axis: int, what: str) -> np.ndarray:
    """Reduce a constant broadcast over ``shape`` to one value per channel along ``axis``."""
    full = np.broadcast_to(np.asarray(const, dtype=np.float64), shape)
    moved = np.moveaxis(full, axis, 0).reshape(shape[axis], -1)
    if moved.shape[1] and not np.all(moved == moved[:, :1]):
        raise FinnVivadoError(
            f"{what}: a constant varies within a channel (over pixels); only per-channel or "
            "per-tensor scales, biases and quantizer parameters can be mapped to hardware"
        )
    return moved[:, 0].copy()


def layout_apply(op_type: str, attrs: dict, params: list, arr: np.ndarray) -> np.ndarray:
    """numpy version of a layout op (batch dim 1) to carry chain constants along."""
    if op_type == "Reshape":
        return arr.reshape([int(d) if d != 0 else arr.shape[i] for i, d in enumerate(params[0])])
    if op_type == "Flatten":
        ax = attrs.get("axis", 1)
        ax = ax if ax >= 0 else arr.ndim + ax
        return arr.reshape(int(np.prod(arr.shape[:ax])), -1)
    if op_type == "Transpose":
        perm = attrs.get("perm", list(range(arr.ndim))[::-1])
        return np.transpose(arr, perm)
    if op_type in ("Squeeze", "Unsqueeze"):
        axes = attrs.get("axes", params[0] if params else None)
        if op_type == "Squeeze":
            axes = [a for a in range(arr.ndim) if arr.shape[a] == 1 and a > 0] if axes is None else axes
            return np.squeeze(arr, axis=tuple(int(a) % arr.ndim for a in axes))
        out = arr
        for a in sorted(int(a) % (arr.ndim + len(axes)) for a in axes):
            out = np.expand_dims(out, a)
        return out
    if op_type == "Identity":
        return arr
    if op_type == "PixelShuffle":
        from finn_vivado.frontend.custom_ops import pixel_shuffle

        return pixel_shuffle(arr, attrs["blocksize"])
    raise ValueError(op_type)


@dataclass(frozen=True)
class Chain:
    """``ops`` are (kind, const) pairs; kinds: mul, add, div, relu, clip (const = (lo, hi))."""

    ops: tuple = field(default_factory=tuple)

    def then(self, kind: str, const=None) -> "Chain":
        return Chain(self.ops + ((kind, const),))

    def before(self, kind: str, const=None) -> "Chain":
        return Chain(((kind, const),) + self.ops)

    def __bool__(self) -> bool:
        return bool(self.ops)

    def evaluate(self, x: np.ndarray) -> np.ndarray:
        y = np.asarray(x, dtype=np.float64)
        for kind, c in self.ops:
            if kind == "mul":
                y = y * c
            elif kind == "add":
                y = y + c
            elif kind == "div":
                y = y / c
            elif kind == "relu":
                y = np.maximum(y, 0.0)
            elif kind == "clip":
                lo, hi = c
                y = np.clip(y, -np.inf if lo is None else lo, np.inf if hi is None else hi)
        return y

    def is_affine(self) -> bool:
        return all(kind not in _MONOTONE for kind, _ in self.ops)

    def affine(self):
        """(scale, bias) arrays with source = scale * int + bias; only for affine chains."""
        s, b = np.float64(1.0), np.float64(0.0)
        for kind, c in self.ops:
            if kind == "mul":
                s, b = s * c, b * c
            elif kind == "add":
                b = b + c
            elif kind == "div":
                s, b = s / c, b / c
            else:
                raise ValueError(kind)
        return np.asarray(s, dtype=np.float64), np.asarray(b, dtype=np.float64)

    def direction(self):
        """Sign of the slope of the chain (broadcastable array): +1, -1 or 0."""
        d = np.float64(1.0)
        for kind, c in self.ops:
            if kind in ("mul", "div"):
                d = d * np.sign(c)
        return np.asarray(d)

    def map_consts(self, fn) -> "Chain":
        ops = []
        for kind, c in self.ops:
            if kind in ("mul", "add", "div"):
                c = fn(np.asarray(c, dtype=np.float64))
            ops.append((kind, c))
        return Chain(tuple(ops))

    def channel_form(self, shape, axis: int, what: str) -> "Chain":
        """Same chain with constants reduced to per-channel vectors (shape [C])."""
        return self.map_consts(lambda c: per_channel(c, shape, axis, what))

    def rebroadcast(self, shape, axis: int, what: str) -> "Chain":
        """Constants as [1, C, 1, ...] along ``axis`` of a tensor of rank len(shape)."""
        view = [1] * len(shape)
        view[axis] = shape[axis]
        return self.map_consts(lambda c: per_channel(c, shape, axis, what).reshape(view))
