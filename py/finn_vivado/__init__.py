"""finn-vivado: compile quantized neural networks into FINN-style dataflow accelerators.

Public API::

    import finn_vivado
    cfg = finn_vivado.BuildConfig(output_dir="out", board="Pynq-Z2", target_fps=10000)
    finn_vivado.build("model.onnx", cfg)

Importing the package is light: qonnx/onnx are imported only when a build runs.
"""

__version__ = "0.1.0"

from .errors import FinnVivadoError  # noqa: E402
from .config import BuildConfig  # noqa: E402
from . import build  # noqa: E402  (a callable module: finn_vivado.build(model, cfg))

__all__ = ["BuildConfig", "FinnVivadoError", "__version__", "build"]
