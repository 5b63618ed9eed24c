"""RTL generator of the FMPadding layer (library core ``ip_repo/FMPadding``).

Core parameters: IMG_H, IMG_W, PAD_TOP, PAD_LEFT, PAD_BOTTOM, PAD_RIGHT, CHANNELS,
SIMD, IN_* / OUT_* element types and PAD_VALUE (the padding element's code in the
output encoding). Stream order: the layer tensors' flattened order (NHWC).
"""

from __future__ import annotations

import numpy as np

from finn_vivado.core.packing import encode_elements

from finn_vivado.backends.rtl.params import dtype_params
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The FMPadding core's parameters and streams."""
    (img_h, img_w) = layer.get_nodeattr("ImgDim")
    top, left, bottom, right = layer.get_nodeattr("Padding")
    odt = layer.get_output_datatype()
    pad_code = int(encode_elements(np.array([layer.get_nodeattr("PadValue")]), odt)[0])
    params = {"IMG_H": img_h, "IMG_W": img_w, "PAD_TOP": top, "PAD_LEFT": left,
              "PAD_BOTTOM": bottom, "PAD_RIGHT": right,
              "CHANNELS": layer.get_nodeattr("NumChannels"), "SIMD": layer.get_nodeattr("SIMD")}
    params.update(dtype_params(layer.get_input_datatype(), "IN_"))
    params.update(dtype_params(odt, "OUT_"))
    params["PAD_VALUE"] = pad_code
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
