"""RTL generators of the reduction layers: StreamingMaxPool, Pool, GlobalAccPool and
LabelSelect. Stream order is the layer tensors' flattened order (NHWC, channels fastest).

- StreamingMaxPool (``ip_repo/StreamingMaxPool``): IMG_H, IMG_W, POOL_H, POOL_W,
  CHANNELS, PE, WIDTH, SIGNED (BIPOLAR data is compared as unsigned 1-bit codes),
  CEIL_MODE, RAM_STYLE.
- Pool (``ip_repo/Pool``): CHANNELS, PE, K_H, K_W, FUNCTION ("MaxPool" / "SumPool"),
  IN_* and OUT_* element types.
- GlobalAccPool (``ip_repo/GlobalAccPool``): CHANNELS, PE, PIXELS, IN_* element type,
  OUT_WIDTH, OUT_SIGNED.
- LabelSelect (``ip_repo/LabelSelect``): LABELS, PE, K, IN_WIDTH, IN_SIGNED, OUT_WIDTH.
"""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.backends.rtl.params import dtype_params
from finn_vivado.backends.rtl.registry import register_rtl
from finn_vivado.backends.rtl.spec import RTLSpec, Stream

__all__ = ["streaming_maxpool_rtl", "pool_rtl", "global_acc_pool_rtl", "label_select_rtl"]


def _streams(layer) -> tuple[list[Stream], list[Stream]]:
    return ([Stream("s_axis_0", int(layer.get_instream_width()))],
            [Stream("m_axis_0", int(layer.get_outstream_width()))])


def _value_params(dt, prefix: str) -> dict:
    """WIDTH / SIGNED of a value compared or accumulated by a core; BIPOLAR codes
    (1 = +1, 0 = -1) order like unsigned 1-bit numbers."""
    params = dtype_params(dt, prefix)
    params.pop(f"{prefix}BIPOLAR")
    return params


@register_rtl("StreamingMaxPool")
def streaming_maxpool_rtl(layer, model=None) -> RTLSpec:
    """The StreamingMaxPool core's parameters and streams."""
    (img_h, img_w), (pool_h, pool_w) = layer.get_nodeattr("ImgDim"), layer.get_nodeattr("PoolDim")
    params = {"IMG_H": img_h, "IMG_W": img_w, "POOL_H": pool_h, "POOL_W": pool_w,
              "CHANNELS": layer.get_nodeattr("NumChannels"), "PE": layer.get_nodeattr("PE")}
    params.update(_value_params(layer.get_input_datatype(), ""))
    params.update({"CEIL_MODE": int(layer.get_nodeattr("CeilMode")), "RAM_STYLE": "auto"})
    inputs, outputs = _streams(layer)
    return RTLSpec("StreamingMaxPool", params, inputs, outputs)


@register_rtl("Pool")
def pool_rtl(layer, model=None) -> RTLSpec:
    """The Pool core's parameters and streams."""
    k_h, k_w = layer.get_nodeattr("KernelSize")
    params = {"CHANNELS": layer.get_nodeattr("Channels"), "PE": layer.get_nodeattr("PE"),
              "K_H": k_h, "K_W": k_w, "FUNCTION": layer.get_nodeattr("Function")}
    params.update(dtype_params(layer.get_input_datatype(), "IN_"))
    params.update(dtype_params(layer.get_output_datatype(), "OUT_"))
    params["RAM_STYLE"] = "auto"
    inputs, outputs = _streams(layer)
    return RTLSpec("Pool", params, inputs, outputs)


@register_rtl("GlobalAccPool")
def global_acc_pool_rtl(layer, model=None) -> RTLSpec:
    """The GlobalAccPool core's parameters and streams."""
    pixels = int(np.prod(layer.get_nodeattr("numInputVectors")[1:]))
    params = {"CHANNELS": layer.get_nodeattr("NumChannels"), "PE": layer.get_nodeattr("PE"),
              "PIXELS": pixels}
    params.update(dtype_params(layer.get_input_datatype(), "IN_"))
    odt = layer.get_output_datatype()
    if odt == DataType["BIPOLAR"]:
        raise layer.illegal("outputDataType", odt.name, "a sum cannot be BIPOLAR",
                            "INT<n> or UINT<n> holding every channel sum")
    params.update(_value_params(odt, "OUT_"))
    params["RAM_STYLE"] = "auto"
    inputs, outputs = _streams(layer)
    return RTLSpec("GlobalAccPool", params, inputs, outputs)


@register_rtl("LabelSelect")
def label_select_rtl(layer, model=None) -> RTLSpec:
    """The LabelSelect core's parameters and streams."""
    params = {"LABELS": layer.get_nodeattr("Labels"), "PE": layer.get_nodeattr("PE"),
              "K": layer.get_nodeattr("K")}
    params.update(_value_params(layer.get_input_datatype(), "IN_"))
    params["OUT_WIDTH"] = int(layer.get_output_datatype().bitwidth())
    inputs, outputs = _streams(layer)
    return RTLSpec("LabelSelect", params, inputs, outputs)
