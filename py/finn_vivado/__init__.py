"""finn-vivado: compile quantized neural networks into FINN-style dataflow accelerators.

Public API::

    import finn_vivado
    cfg = finn_vivado.BuildConfig(output_dir="out", board="Pynq-Z2", target_fps=10000)
    finn_vivado.build("model.onnx", cfg)

Importing the package is light: qonnx/onnx are imported only when a build runs.
The package is layered (see ARCHITECTURE.md): ``core`` -> ``layers`` -> ``frontend`` ->
``transforms`` -> ``backends`` -> ``flow`` -> ``app``; ``build`` and ``config`` here are
the public facades of ``flow``.
"""

from finn_vivado.core.version import __version__
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.config import BuildConfig
from finn_vivado import build  # a callable module: finn_vivado.build(model, cfg)

__all__ = ["BuildConfig", "FinnVivadoError", "__version__", "build"]
