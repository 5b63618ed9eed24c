"""Hardware rules of the data-movement ops: channel Concat -> StreamingConcat, channel Split ->
StreamingSplit, nearest Resize -> Upsample (used by to_hw.HwConverter)."""

from __future__ import annotations

import numpy as np

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.hw_stream import identity_order, nhwc_order

__all__ = ["MovementLayers"]


def _nchw(shape) -> list:
    """[N, C, H, W] of a feature map ([N, C, W] gets H = 1)."""
    shape = [int(s) for s in shape]
    return shape[:2] + [1] + shape[2:] if len(shape) == 3 else shape


def _stream_order(src_shape) -> np.ndarray:
    """Source flat index of each NHWC position of a feature map (1-D ones too)."""
    return nhwc_order(_nchw(src_shape))


class MovementLayers:
    """Mixin of the hardware converter: ``hw_Concat``, ``hw_Split`` and ``hw_Resize``."""

    def hw_Concat(self, node):
        xs = [self.stream(name, node) for name in node.input]
        if len({tuple(x.shape[:-1]) for x in xs}) != 1:
            raise FinnVivadoError(
                f"node {node.name} (Concat): its inputs stream different pixel grids "
                f"{[x.shape for x in xs]}; only a channel concat of equal feature maps maps "
                "to hardware")
        src = self.src_shape(node.output[0])
        shape = list(xs[0].shape[:-1]) + [sum(x.shape[-1] for x in xs)]
        order = _stream_order(src) if len(shape) == 4 else identity_order(shape[-1])
        dt = self.dtype(node.output[0])
        out = self.new_stream(node.output[0], shape, order, dt)
        self.emit("StreamingConcat", [x.name for x in xs], [out.name],
                  ChannelsPerStream=[x.shape[-1] for x in xs], SIMD=1,
                  inputDataTypes=[x.dtype.name for x in xs], outputDataType=dt.name,
                  numInputVectors=list(shape[:-1]))

    def hw_Split(self, node):
        x = self.stream(node.input[0], node)
        sizes = [int(self.src_shape(name)[1]) for name in node.output]
        if sum(sizes) != x.shape[-1]:
            raise FinnVivadoError(
                f"node {node.name} (Split): parts {sizes} do not cover the {x.shape[-1]} "
                "streamed channels; only a split along the channel axis maps to hardware")
        outs = []
        for name, size in zip(node.output, sizes):
            shape = list(x.shape[:-1]) + [size]
            src = self.src_shape(name)
            order = _stream_order(src) if len(shape) == 4 else identity_order(size)
            outs.append(self.new_stream(name, shape, order, x.dtype).name)
        self.emit("StreamingSplit", [x.name], outs, ChannelsPerStream=sizes, SIMD=1,
                  inputDataType=x.dtype.name, numInputVectors=list(x.shape[:-1]))

    def hw_Resize(self, node):
        x = self.stream(node.input[0], node)
        if len(x.shape) != 4:
            raise FinnVivadoError(f"node {node.name} (Resize): only feature maps can be "
                                  "upsampled in hardware")
        src = _nchw(self.src_shape(node.output[0]))
        _, h, w, c = x.shape
        oh, ow = src[2], src[3]
        if oh % h or ow % w:
            raise FinnVivadoError(f"node {node.name} (Resize): {h}x{w} -> {oh}x{ow} is not an "
                                  "integer upsampling")
        out = self.new_stream(node.output[0], [1, oh, ow, c],
                              _stream_order(self.src_shape(node.output[0])), x.dtype)
        self.emit("Upsample", [x.name], [out.name], IFMDim=[h, w], OFMDim=[oh, ow],
                  NumChannels=c, SIMD=1, inputDataType=x.dtype.name, ram_style="auto")
