"""Front end: QONNX / FINN-ONNX import, streamlining and mapping to hardware layers."""

from finn_vivado.flow.steps.frontend import (
    step_convert_to_hw,
    step_create_dataflow_partition,
    step_qonnx_to_finn,
    step_specialize_layers,
    step_streamline,
    step_tidy_up,
)

__all__ = [
    "step_qonnx_to_finn", "step_tidy_up", "step_streamline", "step_convert_to_hw",
    "step_create_dataflow_partition", "step_specialize_layers",
]
