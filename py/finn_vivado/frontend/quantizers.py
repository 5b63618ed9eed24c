"""Activation quantizers (Quant, BipolarQuant, MultiThreshold) as integer-code functions.

Every quantizer maps a float input y to an integer code; its float output is
``code * out_scale + out_bias``. Codes are consecutive integers ``cmin..cmax`` (or ±1 for
bipolar quantizers), so the quantizer becomes ``count(x >= T) + cmin`` in hardware.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from onnx import helper
from qonnx.core.datatype import DataType
from qonnx.custom_op.general.quant import max_int, min_int, resolve_rounding_mode
from qonnx.custom_op.general.trunc import trunc_v1, trunc_v2

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.importer import smallest_int_type

__all__ = ["Quantizer", "quantizer_from_node"]


@dataclass
class Quantizer:
    """A monotone quantizer; parameter arrays broadcast against the source tensor."""

    kind: str  # "quant", "bipolar", "multithreshold", "trunc"
    params: dict
    cmin: int
    cmax: int
    out_scale: np.ndarray
    out_bias: np.ndarray

    @property
    def bipolar(self) -> bool:
        return self.cmin == -1 and self.cmax == 1 and self.params.get("bipolar", False)

    @property
    def dtype(self) -> DataType:
        return DataType["BIPOLAR"] if self.bipolar else smallest_int_type(self.cmin, self.cmax)

    def levels(self) -> list[int]:
        """Code levels whose first occurrence needs a threshold (all but the lowest)."""
        return [1] if self.bipolar else list(range(self.cmin + 1, self.cmax + 1))

    def codes(self, y: np.ndarray, p: dict) -> np.ndarray:
        """Integer codes of float64 input ``y``; ``p`` holds params broadcast against ``y``."""
        if self.kind == "bipolar":
            return np.where(y / p["scale"] + p.get("zeropt", 0.0) >= 0, 1, -1)
        if self.kind == "quant":
            v = np.clip(y / p["scale"] + p["zeropt"], p["lo"], p["hi"])
            return (p["round"](v) - p["zeropt"]).astype(np.int64)
        if self.kind == "trunc":
            return np.round(p["fn"](y) / p["out_scale"]).astype(np.int64)
        # multithreshold: p["thresholds"] is [..., T] against y[..., None]
        cnt = np.count_nonzero(y[..., None] >= p["thresholds"], axis=-1)
        return 2 * cnt - 1 if self.bipolar else cnt + self.cmin


def _attrs(node) -> dict:
    out = {}
    for a in node.attribute:
        v = helper.get_attribute_value(a)
        out[a.name] = v.decode() if isinstance(v, bytes) else v
    return out


def _const(model, node, i):
    v = model.get_initializer(node.input[i]) if len(node.input) > i and node.input[i] else None
    if v is None:
        raise FinnVivadoError(
            f"node {node.name} ({node.op_type}): input {i} must be a constant (quantizer "
            "parameters computed at run time are not supported)"
        )
    return np.asarray(v, dtype=np.float64)


def _quant(model, node) -> Quantizer:
    a = _attrs(node)
    scale, zp, bw = _const(model, node, 1), _const(model, node, 2), float(_const(model, node, 3))
    signed, narrow = int(a.get("signed", 1)), int(a.get("narrow", 0))
    if np.any(zp != np.round(zp)) or np.unique(zp).size > 1:
        raise FinnVivadoError(
            f"node {node.name} (Quant): the zero-point must be one integer for the whole tensor"
        )
    z = float(np.unique(zp)[0])
    if np.any(scale <= 0):
        raise FinnVivadoError(f"node {node.name} (Quant): quantizer scales must be positive")
    if bw == 1 and signed:
        p = {"scale": scale, "zeropt": z, "bipolar": True}
        return Quantizer("bipolar", p, -1, 1, scale, -z * scale)
    lo, hi = float(min_int(signed, narrow, bw)), float(max_int(signed, narrow, bw))
    p = {"scale": scale, "zeropt": z, "lo": lo, "hi": hi}
    p["round"] = resolve_rounding_mode(a.get("rounding_mode", "ROUND"))
    return Quantizer("quant", p, int(lo - z), int(hi - z), scale, np.float64(0.0))


def _bipolar(model, node) -> Quantizer:
    scale = _const(model, node, 1)
    if np.any(scale <= 0):
        raise FinnVivadoError(f"node {node.name} (BipolarQuant): the scale must be positive")
    return Quantizer("bipolar", {"scale": 1.0, "bipolar": True}, -1, 1, scale, np.float64(0.0))


def _multithreshold(model, node) -> Quantizer:
    a = _attrs(node)
    thr = _const(model, node, 1)
    osc, obias = float(a.get("out_scale", 1.0)), float(a.get("out_bias", 0.0))
    if a.get("data_layout", "NCHW") not in ("NCHW", "NC"):
        raise FinnVivadoError(f"node {node.name} (MultiThreshold): only NCHW/NC layout is supported")
    if osc <= 0:
        raise FinnVivadoError(f"node {node.name} (MultiThreshold): out_scale must be positive")
    nthr = thr.shape[1]
    p = {"thresholds": thr, "bipolar": a.get("out_dtype", "") == "BIPOLAR"}
    if p["bipolar"] or (nthr == 1 and osc == 2.0 and obias == -1.0):
        p["bipolar"] = True
        # value = osc * count + obias with count = (code + 1) / 2
        return Quantizer("multithreshold", p, -1, 1, np.float64(osc / 2), np.float64(obias + osc / 2))
    ratio = obias / osc
    cmin = int(round(ratio)) if ratio == round(ratio) else 0
    return Quantizer("multithreshold", p, cmin, cmin + nthr, np.float64(osc),
                     np.float64(obias - osc * cmin))


def _trunc(model, node) -> Quantizer:
    a = _attrs(node)
    mode = a.get("rounding_mode", "FLOOR")
    scale, zp, in_bw = (_const(model, node, i) for i in (1, 2, 3))
    if np.any(zp != 0):
        raise FinnVivadoError(f"node {node.name} (Trunc): a non-zero zero-point is not supported")
    if len(node.input) >= 6:  # Trunc v2: x, scale, zeropt, in_bw, output_scale, out_bw
        osc, out_bw = _const(model, node, 4), _const(model, node, 5)
        signed, narrow = int(a.get("signed", 1)), int(a.get("narrow", 0))
        lo, hi = min_int(signed, narrow, float(out_bw)), max_int(signed, narrow, float(out_bw))

        def fn(y):
            return trunc_v2(y, scale, zp, in_bw, narrow, signed, osc, out_bw, mode)
        cmin, cmax = int(lo), int(hi)
    else:  # Trunc v1: x, scale, zeropt, in_bw, out_bw (no clipping: range follows the input)
        osc, out_bw = scale, _const(model, node, 4)

        def fn(y):
            return trunc_v1(y, scale, zp, in_bw, out_bw, mode)
        cmin = cmax = None
    p = {"fn": fn, "out_scale": osc}
    return Quantizer("trunc", p, cmin, cmax, osc, np.float64(0.0))


def quantizer_from_node(model, node) -> Quantizer:
    if node.op_type == "Quant":
        return _quant(model, node)
    if node.op_type == "BipolarQuant":
        return _bipolar(model, node)
    if node.op_type == "MultiThreshold":
        return _multithreshold(model, node)
    if node.op_type == "Trunc":
        return _trunc(model, node)
    raise FinnVivadoError(f"node {node.name} ({node.op_type}): not a supported quantizer")
