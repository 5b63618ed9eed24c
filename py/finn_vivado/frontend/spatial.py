"""1-D feature maps on the 2-D hardware layers: an [N, C, W] tensor streams as NHWC with H=1.

As in FINN, Conv1d / MaxPool1d / AveragePool1d map onto the 2-D layers (FMPadding,
ConvolutionInputGenerator, MVAU/VVAU, StreamingMaxPool, Pool) with a unit height: kernel
[1, k], stride [1, s], dilation [1, d], padding [0, begin, 0, end], weights [O, I, 1, k].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["is_fmap", "fmap4", "Window", "window_2d", "weights_4d"]


def is_fmap(shape) -> bool:
    """A feature map: [N, C, H, W] or [N, C, W]."""
    return len(shape) in (3, 4)


def fmap4(shape) -> list:
    """The NCHW shape of a feature map ([N, C, W] becomes [N, C, 1, W])."""
    shape = list(shape)
    return shape[:2] + [1] + shape[2:] if len(shape) == 3 else shape


@dataclass
class Window:
    """Sliding-window parameters of a conv / pool node in 2-D form."""

    kernel: list
    strides: list
    dilations: list
    pads: list  # [top, left, bottom, right]


def _lift(values, rank: int, fill: int) -> list:
    values = [int(v) for v in values]
    return [fill] + values if rank == 1 else values


def window_2d(node, attrs: dict, kernel=None) -> Window:
    """The node's kernel/strides/dilations/pads as 2-D lists (1-D ones get a unit H axis)."""
    kernel = list(kernel if kernel is not None else attrs["kernel_shape"])
    rank = len(kernel)
    if rank not in (1, 2):
        raise FinnVivadoError(
            f"node {node.name} ({node.op_type}): {rank}-D windows are not supported; "
            "use 1-D or 2-D convolution and pooling")
    if attrs.get("auto_pad", "NOTSET") not in ("NOTSET", "VALID"):
        raise FinnVivadoError(
            f"node {node.name} ({node.op_type}): auto_pad={attrs['auto_pad']} is not supported; "
            "export with explicit pads")
    pads = [int(p) for p in attrs.get("pads", [0] * 2 * rank)]
    if rank == 1:
        pads = [0, pads[0], 0, pads[1]]
    return Window(_lift(kernel, rank, 1), _lift(attrs.get("strides", [1] * rank), rank, 1),
                  _lift(attrs.get("dilations", [1] * rank), rank, 1), pads)


def weights_4d(w: np.ndarray) -> np.ndarray:
    """Conv weights [O, I, k] as [O, I, 1, k]; 4-D weights unchanged."""
    return w[:, :, None, :] if w.ndim == 3 else w
