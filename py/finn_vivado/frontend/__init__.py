"""Front end: QONNX / FINN-ONNX import, streamlining and mapping to hardware layers.

The front-end build steps that call it are in :mod:`finn_vivado.flow.steps.frontend`.
"""
