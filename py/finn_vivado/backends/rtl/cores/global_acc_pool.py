"""RTL generator of the GlobalAccPool layer (library core ``ip_repo/GlobalAccPool``).

Core parameters: CHANNELS, PE, PIXELS, IN_* element type, OUT_WIDTH, OUT_SIGNED,
RAM_STYLE. Stream order: the layer tensors' flattened order (NHWC, channels fastest).
"""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.backends.rtl.params import dtype_params, value_params
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The GlobalAccPool core's parameters and streams."""
    pixels = int(np.prod(layer.get_nodeattr("numInputVectors")[1:]))
    params = {"CHANNELS": layer.get_nodeattr("NumChannels"), "PE": layer.get_nodeattr("PE"),
              "PIXELS": pixels}
    params.update(dtype_params(layer.get_input_datatype(), "IN_"))
    odt = layer.get_output_datatype()
    if odt == DataType["BIPOLAR"]:
        raise layer.illegal("outputDataType", odt.name, "a sum cannot be BIPOLAR",
                            "INT<n> or UINT<n> holding every channel sum")
    params.update(value_params(odt, "OUT_"))
    params["RAM_STYLE"] = "auto"
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
