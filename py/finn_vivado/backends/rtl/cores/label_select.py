"""RTL generator of the LabelSelect layer (library core ``ip_repo/LabelSelect``).

Core parameters: LABELS, PE, K, IN_WIDTH, IN_SIGNED (BIPOLAR data is compared as
unsigned 1-bit codes), OUT_WIDTH. Stream order: the layer tensors' flattened order.
"""

from __future__ import annotations

from finn_vivado.backends.rtl.params import value_params
from finn_vivado.backends.rtl.ports import single_streams
from finn_vivado.backends.rtl.spec import RTLSpec

__all__ = ["rtl_spec"]


def rtl_spec(layer, model=None) -> RTLSpec:
    """The LabelSelect core's parameters and streams."""
    params = {"LABELS": layer.get_nodeattr("Labels"), "PE": layer.get_nodeattr("PE"),
              "K": layer.get_nodeattr("K")}
    params.update(value_params(layer.get_input_datatype(), "IN_"))
    params["OUT_WIDTH"] = int(layer.get_output_datatype().bitwidth())
    inputs, outputs = single_streams(layer)
    return RTLSpec(layer.RTL_CORE, params, inputs, outputs)
