"""The one explicit registry of hardware layers.

Every layer module decorates its class with :func:`register_layer`; the package
``finn_vivado.layers`` imports every module it contains (no list to edit) and exposes
the registry as ``custom_op`` (the dict qonnx reads to find a custom op by op type).
The RTL backend finds a layer's generator from the class's module name, so this is
the only place a layer is registered.
"""

from __future__ import annotations

__all__ = ["LAYERS", "register_layer", "get_layer_class"]

#: op type -> layer class, filled by :func:`register_layer` at import time.
LAYERS: dict[str, type] = {}


def register_layer(cls: type) -> type:
    """Class decorator: register ``cls`` under its class name as op type.

    Raises ``ValueError`` when two layers claim the same op type (a programming
    error, caught at import time).
    """
    op_type = cls.__name__
    if op_type in LAYERS and LAYERS[op_type] is not cls:
        raise ValueError(f"hardware layer {op_type} registered twice")
    LAYERS[op_type] = cls
    return cls


def get_layer_class(op_type: str) -> type:
    """Return the registered class for ``op_type`` (``KeyError`` if unknown)."""
    return LAYERS[op_type]
