"""Interpreter state: what each source tensor is during streamlining."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from onnx import helper
from qonnx.core.datatype import DataType

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.chain import Chain

__all__ = ["Soft", "Const", "IntT", "node_attrs", "dtype_range", "uniform_value"]


@dataclass
class Soft:
    name: str
    stage: str  # "head" or "tail"


@dataclass
class Const:
    value: np.ndarray
    name: str


@dataclass
class IntT:
    name: str
    dtype: DataType
    chain: Chain
    shape: list
    lo: object  # scalar or per-channel (axis 1) vector
    hi: object
    producer: object = None  # (op_type, node, weight name) of the weight layer writing `name`
    linear: bool = False
    int64: bool = False
    extra: dict = field(default_factory=dict)


def node_attrs(node) -> dict:
    out = {}
    for a in node.attribute:
        v = helper.get_attribute_value(a)
        out[a.name] = v.decode() if isinstance(v, bytes) else v
    return out


def dtype_range(dt: DataType):
    return (-1, 1) if dt == DataType["BIPOLAR"] else (int(dt.min()), int(dt.max()))


def uniform_value(arr, shape, what: str) -> float:
    full = np.broadcast_to(arr, shape)
    if full.size and not np.all(full == full.flat[0]):
        raise FinnVivadoError(
            f"{what}: the input scale differs between elements; integer hardware needs one "
            "activation scale per tensor in front of a weight layer or a residual add"
        )
    return float(full.flat[0]) if full.size else 1.0


