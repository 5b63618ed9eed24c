"""RTL generation: per-node parameters for the library cores and wrapper modules.

- :mod:`.spec`: :class:`RTLSpec` (core, parameters, streams, init files), library paths.
- :mod:`.registry`: ``op_type -> generator(layer, model) -> RTLSpec`` (``@register_rtl``).
- :mod:`.wrapper`: :func:`generate_node_rtl` writes a node's wrapper, init files, file list.
- :mod:`.memfile`: ``$readmemh`` files for weights / thresholds.
- :mod:`.params`: parameter conventions (element types, RAM style).

Generator modules are imported here so the registry is complete after import.
"""

from finn_vivado.backends.rtl import streams  # noqa: F401  (registers the stream-plumbing generators)
from finn_vivado.backends.rtl.memfile import pack_memory, read_memh, write_memh
from finn_vivado.backends.rtl.params import dtype_params, ram_style_param
from finn_vivado.backends.rtl.registry import RTL_GENERATORS, register_rtl, rtl_spec
from finn_vivado.backends.rtl.spec import MemInit, RTLSpec, Stream, core_sources, ip_repo_dir, library_modules
from finn_vivado.backends.rtl.wrapper import NodeRTL, generate_node_rtl, render_wrapper, verilog_name

__all__ = [
    "RTL_GENERATORS",
    "register_rtl",
    "rtl_spec",
    "RTLSpec",
    "Stream",
    "MemInit",
    "NodeRTL",
    "generate_node_rtl",
    "render_wrapper",
    "verilog_name",
    "core_sources",
    "ip_repo_dir",
    "library_modules",
    "pack_memory",
    "write_memh",
    "read_memh",
    "dtype_params",
    "ram_style_param",
]

from finn_vivado.backends.rtl import mvau  # noqa: E402,F401  (registers the MVAU generator)
from finn_vivado.backends.rtl import thresholding  # noqa: E402,F401  (registers the Thresholding generator)
from finn_vivado.backends.rtl import vvau  # noqa: E402,F401  (registers the VVAU generator)
from finn_vivado.backends.rtl import channelwise  # noqa: E402,F401  (registers the ChannelwiseOp generator)
from finn_vivado.backends.rtl import pooling  # noqa: E402,F401  (registers StreamingMaxPool, Pool, GlobalAccPool, LabelSelect)
from finn_vivado.backends.rtl import window  # noqa: E402,F401  (registers ConvolutionInputGenerator, FMPadding)
