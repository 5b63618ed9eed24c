"""Hardware layers: one module per layer, nodes in the ONNX domain ``finn_vivado.layers``.

qonnx finds a custom op by importing the module named by the node's domain (this
package) and reading ``custom_op[op_type]``, so every intermediate model executes
with ``qonnx.core.onnx_exec.execute_onnx``. Build a node with :func:`make_layer_node`.

Importing the package imports every module in it (found with :mod:`pkgutil`, no list
to edit); a layer module registers its class with ``@register_layer``
(:mod:`.registry`, the one registry: :data:`LAYERS`, op type -> class). Adding a layer
is adding its module; see :class:`~finn_vivado.layers.base.HWLayer` for the rest.
"""

from __future__ import annotations

import importlib
import pkgutil

from onnx import helper

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.layers.base import HWLayer
from finn_vivado.layers.registry import LAYERS

#: ONNX domain of every hardware layer node (also the module qonnx imports).
DOMAIN = "finn_vivado.layers"

#: op type -> layer class; the dict qonnx's registry reads.
custom_op = LAYERS

__all__ = [
    "DOMAIN",
    "LAYERS",
    "custom_op",
    "make_layer_node",
    "is_hw_layer",
    "ensure_opset_import",
    "HWLayer",
]


def _import_layer_modules() -> None:
    """Import every module of this package, so each layer registers itself."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_import_layer_modules()

_CONVERT = {
    "i": int,
    "f": float,
    "s": str,
    "ints": lambda v: [int(x) for x in v],
    "floats": lambda v: [float(x) for x in v],
    "strings": lambda v: [str(x) for x in v],
}


def make_layer_node(op_type: str, inputs, outputs, name: str | None = None, **attrs):
    """Return an ONNX NodeProto of hardware layer ``op_type`` in :data:`DOMAIN`.

    Attribute values are converted to the declared types (numpy scalars are fine);
    ``None`` values are left out (the default applies). Unknown op types or
    attribute names raise :class:`FinnVivadoError`.
    """
    if op_type not in LAYERS:
        raise FinnVivadoError(
            f"unknown hardware layer op type {op_type!r}; legal values: {sorted(LAYERS)}"
        )
    types = LAYERS[op_type].attribute_table()
    unknown = sorted(set(attrs) - set(types))
    if unknown:
        raise FinnVivadoError(
            f"{name or op_type} ({op_type}): unknown attribute(s) {unknown}; "
            f"legal values: {sorted(types)}"
        )
    values = {key: _CONVERT[types[key][0]](val) for key, val in attrs.items() if val is not None}
    return helper.make_node(op_type, list(inputs), list(outputs), name=name, domain=DOMAIN,
                            **values)


def is_hw_layer(node) -> bool:
    """True if ``node`` is a hardware layer node of this package."""
    return node.domain == DOMAIN and node.op_type in LAYERS


def ensure_opset_import(model, version: int = 1) -> None:
    """Add an opset import for :data:`DOMAIN` to ``model`` (a ModelWrapper or
    ModelProto) if it has none, so the ONNX checker and viewers accept the file."""
    proto = getattr(model, "model", model)
    if not any(opset.domain == DOMAIN for opset in proto.opset_import):
        proto.opset_import.append(helper.make_opsetid(DOMAIN, version))
