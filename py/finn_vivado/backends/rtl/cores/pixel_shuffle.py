"""RTL generator of the PixelShuffle layer (library core ``ip_repo/PixelShuffle``).

Core parameters: IMG_H, IMG_W, BLOCK_H, BLOCK_W, CHANNELS (output channels), SIMD, WIDTH
(element bits; elements are moved unchanged) and RAM_STYLE of the row buffers. Stream
order: the layer tensors' flattened order (NHWC).
"""

from __future__ import annotations

from finn_vivado.backends.rtl.params import ram_style_param
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The PixelShuffle core's parameters and streams."""
    img_h, img_w = layer.get_nodeattr("ImgDim")
    bh, bw = layer.block()
    params = {"IMG_H": img_h, "IMG_W": img_w, "BLOCK_H": bh, "BLOCK_W": bw,
              "CHANNELS": layer.get_nodeattr("NumChannels"), "SIMD": layer.get_nodeattr("SIMD"),
              "WIDTH": layer.get_input_datatype().bitwidth(),
              "RAM_STYLE": ram_style_param(layer.get_nodeattr("ram_style"))}
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
