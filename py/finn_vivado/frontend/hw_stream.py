"""Hardware streams: NHWC tensors, or flat tensors carrying a source-index order."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.frontend.spatial import fmap4

__all__ = ["LAYER_DOMAIN", "HwT", "nhwc_order", "identity_order"]

LAYER_DOMAIN = "finn_vivado.layers"


def nhwc_order(shape) -> np.ndarray:
    """Source (NCHW or NCW, batch 1) flat index of each NHWC stream position."""
    c, h, w = fmap4(shape)[1:]
    return np.arange(c * h * w).reshape(c, h, w).transpose(1, 2, 0).ravel()


def identity_order(n: int) -> np.ndarray:
    return np.arange(n)


@dataclass
class HwT:
    """A hardware stream: its tensor name, NHWC/NC shape, source order and datatype."""

    name: str
    shape: list
    order: np.ndarray  # order[i] = source flat index carried at stream position i
    dtype: DataType
