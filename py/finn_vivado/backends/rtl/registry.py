"""The one registry mapping a layer op type to its RTL generator.

A generator is ``fn(layer, model=None) -> RTLSpec``: it reads the node's attributes
(through the layer class, so they are validated and typed) and, for layers with
weights or thresholds, the initializers from ``model``. Register with
``@register_rtl("OpType")``; modules holding generators are imported by
:mod:`finn_vivado.backends.rtl` so the registry is complete after ``import finn_vivado.backends.rtl``.
"""

from __future__ import annotations

from typing import Callable

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["RTL_GENERATORS", "register_rtl", "rtl_spec", "layer_of_node"]

#: op type -> generator(layer, model) -> RTLSpec
RTL_GENERATORS: dict[str, Callable] = {}


def register_rtl(op_type: str) -> Callable:
    """Decorator registering a generator for ``op_type`` (import-time error if twice)."""
    def decorate(fn: Callable) -> Callable:
        if op_type in RTL_GENERATORS and RTL_GENERATORS[op_type] is not fn:
            raise ValueError(f"RTL generator for {op_type} registered twice")
        RTL_GENERATORS[op_type] = fn
        return fn
    return decorate


def layer_of_node(node):
    """The layer instance (HWLayer subclass) of an ONNX node of a hardware layer."""
    from finn_vivado.layers import LAYERS

    if node.op_type not in LAYERS:
        raise FinnVivadoError(f"{node.name} ({node.op_type}): not a hardware layer; "
                              f"legal values: {sorted(LAYERS)}")
    return LAYERS[node.op_type](node)


def rtl_spec(layer_or_node, model=None):
    """The :class:`~finn_vivado.backends.rtl.spec.RTLSpec` of a layer (or ONNX node).

    The layer is validated first, so illegal attributes fail here with the layer's
    own message rather than in a Verilog tool.
    """
    layer = layer_or_node if hasattr(layer_or_node, "onnx_node") else layer_of_node(layer_or_node)
    op_type = layer.onnx_node.op_type
    if op_type not in RTL_GENERATORS:
        raise FinnVivadoError(f"{layer.where()}: no RTL generator for op type {op_type}; "
                              f"op types with RTL: {sorted(RTL_GENERATORS)}")
    layer.validate(model)
    return RTL_GENERATORS[op_type](layer, model)
