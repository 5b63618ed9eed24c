"""finn-vivado: compile quantized neural networks into FINN-style dataflow accelerators.

Public API::

    import finn_vivado
    cfg = finn_vivado.BuildConfig(output_dir="out", board="Pynq-Z2", target_fps=10000)
    finn_vivado.build("model.onnx", cfg)
    finn_vivado.explore("model.onnx", "cfg.json", {"target_fps": [1000, 10000]})

Importing the package is light: the build flow (and with it qonnx/onnx) is imported on
first use of ``BuildConfig`` or ``build``. The package is layered (see ARCHITECTURE.md):
``core`` -> ``layers`` -> ``frontend`` -> ``transforms`` -> ``backends`` -> ``flow`` ->
``app``; the modules ``build`` and ``config`` here are the public facades of ``flow``.
"""

from importlib import import_module
from typing import Any

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.version import __version__

__all__ = ["BuildConfig", "FinnVivadoError", "__version__", "build", "explore"]


def __getattr__(name: str) -> Any:
    if name == "build":  # a callable module: finn_vivado.build(model, cfg)
        return import_module("finn_vivado.build")
    if name == "explore":  # a callable package: finn_vivado.explore(model, config, sweep)
        return import_module("finn_vivado.explore")
    if name == "BuildConfig":
        return import_module("finn_vivado.config").BuildConfig
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
