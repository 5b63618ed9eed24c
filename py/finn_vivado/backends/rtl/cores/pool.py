"""RTL generator of the Pool layer (library core ``ip_repo/Pool``).

Core parameters: CHANNELS, PE, K_H, K_W, FUNCTION ("MaxPool" / "SumPool"), IN_* and
OUT_* element types, RAM_STYLE. Stream order: the layer tensors' flattened order
(NHWC, channels fastest).
"""

from __future__ import annotations

from finn_vivado.backends.rtl.params import dtype_params
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The Pool core's parameters and streams."""
    k_h, k_w = layer.get_nodeattr("KernelSize")
    params = {"CHANNELS": layer.get_nodeattr("Channels"), "PE": layer.get_nodeattr("PE"),
              "K_H": k_h, "K_W": k_w, "FUNCTION": layer.get_nodeattr("Function")}
    params.update(dtype_params(layer.get_input_datatype(), "IN_"))
    params.update(dtype_params(layer.get_output_datatype(), "OUT_"))
    params["RAM_STYLE"] = "auto"
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
