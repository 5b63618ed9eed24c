"""The PYNQ driver of a build.

:mod:`.make` writes ``<output_dir>/driver/``; :mod:`.driver_base` and
:mod:`finn_vivado.core.data_packing` are the numpy-only runtime modules copied into it
(the simulator's packing, :mod:`finn_vivado.core.packing`, uses the same module, so
importing this package does not import the dependencies of :mod:`.make` until one of
its names is used).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["DRIVER_DIR", "io_shape_dict", "write_driver"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module(".make", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
