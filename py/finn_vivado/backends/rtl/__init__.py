"""RTL generation: per-node parameters for the library cores and wrapper modules.

- :mod:`.spec`: :class:`RTLSpec` (core, parameters, streams, init files), library paths.
- :mod:`.registry`: finds a layer's generator, ``cores/<layer module>.py:rtl_spec``.
- :mod:`.cores`: one generator module per layer, ``rtl_spec(layer, model) -> RTLSpec``.
- :mod:`.wrapper`: :func:`generate_node_rtl` writes a node's wrapper, init files, file list.
- :mod:`.memfile`: ``$readmemh`` files for weights / thresholds.
- :mod:`.params`, :mod:`.ports`, :mod:`.activation_params`: conventions and helpers the
  generators share (element types, RAM style, names, stream ports, thresholds).

Generator modules are imported on demand by :mod:`.registry`, never listed here.
"""

from finn_vivado.backends.rtl.memfile import pack_memory, read_memh, write_memh
from finn_vivado.backends.rtl.params import dtype_params, ram_style_param
from finn_vivado.backends.rtl.registry import rtl_generator, rtl_op_types, rtl_spec
from finn_vivado.backends.rtl.spec import MemInit, RTLSpec, Stream, core_sources, ip_repo_dir, library_modules
from finn_vivado.backends.rtl.wrapper import NodeRTL, generate_node_rtl, render_wrapper, verilog_name

__all__ = [
    "rtl_spec",
    "rtl_generator",
    "rtl_op_types",
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
