"""Which RTL generator a hardware layer has, found by module name (no second registry).

The generator of the layer class defined in ``finn_vivado/layers/<x>.py`` is the
function ``rtl_spec(layer, model=None) -> RTLSpec`` of
``finn_vivado/backends/rtl/cores/<x>.py``: it reads the node's attributes (through the
layer class, so they are validated and typed) and, for layers with weights, thresholds
or parameters, the initializers from ``model``. The layer classes come from the one
layer registry, :data:`finn_vivado.layers.LAYERS`; generator modules are imported on
first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Callable

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.layers import LAYERS

__all__ = ["CORES_PACKAGE", "rtl_spec", "rtl_generator", "rtl_op_types",
           "generator_module", "layer_of_node"]

#: package holding one generator module per layer module
CORES_PACKAGE = "finn_vivado.backends.rtl.cores"
_CORES_DIR = Path(__file__).resolve().parent / "cores"


def layer_of_node(node):
    """The layer instance (HWLayer subclass) of an ONNX node of a hardware layer."""
    if node.op_type not in LAYERS:
        raise FinnVivadoError(f"{node.name} ({node.op_type}): not a hardware layer; "
                              f"legal values: {sorted(LAYERS)}")
    return LAYERS[node.op_type](node)


def generator_module(op_type: str) -> str:
    """Name of the generator module of layer ``op_type``:
    ``finn_vivado.backends.rtl.cores.<module name of the layer class>``."""
    stem = LAYERS[op_type].__module__.rsplit(".", 1)[-1]
    return f"{CORES_PACKAGE}.{stem}"


def _module_path(module: str) -> Path:
    return _CORES_DIR / f"{module.rsplit('.', 1)[-1]}.py"


def rtl_op_types() -> list[str]:
    """Op types of the registered layers that have a generator module, sorted."""
    stems = {info.name for info in pkgutil.iter_modules([str(_CORES_DIR)])}
    return sorted(op for op in LAYERS if generator_module(op).rsplit(".", 1)[-1] in stems)


def rtl_generator(op_type: str, where: str | None = None) -> Callable:
    """The ``rtl_spec(layer, model=None)`` function of layer ``op_type``.

    :class:`FinnVivadoError` (naming ``where``, the op type and the expected module
    file) when the layer has no generator module or the module lacks ``rtl_spec``.
    """
    where = where or op_type
    if op_type not in LAYERS:
        raise FinnVivadoError(f"{where}: no RTL generator for op type {op_type}: not a "
                              f"hardware layer; legal values: {sorted(LAYERS)}")
    module = generator_module(op_type)
    try:
        gen = getattr(importlib.import_module(module), "rtl_spec", None)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        gen = None
    if not callable(gen):
        raise FinnVivadoError(
            f"{where}: no RTL generator for op type {op_type}: expected a function "
            f"rtl_spec(layer, model=None) in {module} ({_module_path(module)}); "
            f"op types with RTL: {rtl_op_types()}")
    return gen


def rtl_spec(layer_or_node, model=None):
    """The :class:`~finn_vivado.backends.rtl.spec.RTLSpec` of a layer (or ONNX node).

    The layer is validated first, so illegal attributes fail here with the layer's
    own message rather than in a Verilog tool.
    """
    layer = layer_or_node if hasattr(layer_or_node, "onnx_node") else layer_of_node(layer_or_node)
    gen = rtl_generator(layer.onnx_node.op_type, layer.where())
    layer.validate(model)
    return gen(layer, model)
