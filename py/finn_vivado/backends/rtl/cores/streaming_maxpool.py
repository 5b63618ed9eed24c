"""RTL generator of the StreamingMaxPool layer (library core ``ip_repo/StreamingMaxPool``).

Core parameters: IMG_H, IMG_W, POOL_H, POOL_W, CHANNELS, PE, WIDTH, SIGNED (BIPOLAR
data is compared as unsigned 1-bit codes), CEIL_MODE, RAM_STYLE. Stream order: the
layer tensors' flattened order (NHWC, channels fastest).
"""

from __future__ import annotations

from finn_vivado.backends.rtl.params import value_params
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The StreamingMaxPool core's parameters and streams."""
    (img_h, img_w), (pool_h, pool_w) = layer.get_nodeattr("ImgDim"), layer.get_nodeattr("PoolDim")
    params = {"IMG_H": img_h, "IMG_W": img_w, "POOL_H": pool_h, "POOL_W": pool_w,
              "CHANNELS": layer.get_nodeattr("NumChannels"), "PE": layer.get_nodeattr("PE")}
    params.update(value_params(layer.get_input_datatype(), ""))
    params.update({"CEIL_MODE": int(layer.get_nodeattr("CeilMode")), "RAM_STYLE": "auto"})
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
