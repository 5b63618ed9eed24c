"""Per-node wrapper modules around the library cores.

:func:`generate_node_rtl` writes, into a node's code-generation directory:

- ``<name>.v``: the wrapper (from ``templates/wrapper.v.j2``) with ports ``ap_clk``,
  ``ap_rst_n``, ``s_axis_<i>_*`` and ``m_axis_<j>_*``, TDATA padded to a multiple of 8;
- the ``$readmemh`` files of the spec's :class:`~finn_vivado.backends.rtl.spec.MemInit` entries,
  whose bare file names (no directory) are passed to the core as string parameters, so
  the wrapper and its files can be moved together (an IP's file set); a simulator or
  synthesis tool reads them from :attr:`NodeRTL.data_dir` (it runs there, or copies them);
- ``<name>.f``: the file list (absolute paths, library files first, wrapper last).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from finn_vivado.core.fsio import atomic_write
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.packing import padded_width
from finn_vivado.core.templating import render

from finn_vivado.backends.rtl.memfile import write_memh
from finn_vivado.backends.rtl.params import is_verilog_name, verilog_name
from finn_vivado.backends.rtl.registry import layer_of_node, rtl_spec
from finn_vivado.backends.rtl.spec import RTLSpec, core_sources, library_modules

__all__ = ["NodeRTL", "generate_node_rtl", "render_wrapper", "verilog_name"]

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class NodeRTL:
    """The generated RTL of one node."""

    name: str          #: wrapper module name
    wrapper: Path      #: the wrapper's Verilog file
    sources: list      #: every file to compile, in order (library files, then wrapper)
    file_list: Path | None  #: ``<name>.f`` listing :attr:`sources` (None: not written)
    mem_files: list    #: ``$readmemh`` files written for the node
    spec: RTLSpec      #: what the wrapper instantiates

    @property
    def data_dir(self) -> Path:
        """Where the wrapper's ``$readmemh`` file names resolve (its own directory)."""
        return self.wrapper.parent


def _check_spec(spec: RTLSpec, where: str) -> None:
    for stream in spec.inputs + spec.outputs:
        if stream.width < 1:
            raise FinnVivadoError(f"{where}: stream {stream.name} has width {stream.width}; "
                                  "check the node's folding and data types")


def render_wrapper(spec: RTLSpec, name: str, node: str = "", op_type: str = "") -> str:
    """The wrapper module's Verilog text for ``spec``."""
    if not is_verilog_name(name):
        raise FinnVivadoError(f"wrapper name {name!r} is not a Verilog identifier")
    _check_spec(spec, f"{node or name} ({op_type or spec.core})")

    def ports(streams):
        offsets = [sum(s.width for s in streams[:k]) for k in range(len(streams))]
        return [{"name": s.name, "width": s.width, "padded": padded_width(s.width),
                 "offset": offset} for s, offset in zip(streams, offsets)]

    return render(TEMPLATES, "wrapper.v.j2", name=name, node=node or name,
                  op_type=op_type or spec.core, core=spec.core,
                  params=[{"name": k, "value": v} for k, v in spec.params.items()],
                  inputs=ports(spec.inputs), outputs=ports(spec.outputs),
                  in_packed=spec.in_packed, out_packed=spec.out_packed)


def _write_mem_inits(spec: RTLSpec, out_dir: Path, prefix: str = "") -> list[Path]:
    files = []
    for mem in spec.mem_inits:
        filename = prefix + mem.filename
        path = write_memh(out_dir / filename, mem.words, mem.width)
        spec.params[mem.param] = mem.param_value(filename)
        files.append(path)
    return files


def generate_node_rtl(layer_or_node, out_dir, model=None, name: str | None = None,
                      mem_prefix: str = "", file_list: bool = True) -> NodeRTL:
    """Write the wrapper, init files and file list of a node into ``out_dir``.

    ``name`` defaults to the node name made a Verilog identifier; it must not be the
    name of a library module. ``mem_prefix`` is put in front of the memory files' names
    (the stitched top's name, so two accelerators' files never share a name);
    ``file_list=False`` writes no ``<name>.f`` (whose paths are absolute).
    """
    layer = layer_or_node if hasattr(layer_or_node, "onnx_node") else layer_of_node(layer_or_node)
    node = layer.onnx_node
    name = name or verilog_name(node.name or node.op_type)
    if name in library_modules():
        raise FinnVivadoError(f"{layer.where()}: wrapper name {name!r} equals a library "
                              "module name; rename the node (e.g. GiveUniqueNodeNames)")
    spec = rtl_spec(layer, model)
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    mem_files = _write_mem_inits(spec, out_dir, mem_prefix)
    wrapper = out_dir / f"{name}.v"
    atomic_write(wrapper, render_wrapper(spec, name, node.name, node.op_type))
    sources = core_sources(spec.core) + [wrapper]
    flist = out_dir / f"{name}.f" if file_list else None
    if flist is not None:
        atomic_write(flist, "".join(f"{p}\n" for p in sources))
    return NodeRTL(name, wrapper, sources, flist, mem_files, spec)
