"""What a node's RTL is: which library core, with which parameters and streams.

An :class:`RTLSpec` is produced from a layer's attributes by the layer's generator
(``cores/<layer module>.py``, see :mod:`finn_vivado.backends.rtl.registry`);
:mod:`finn_vivado.backends.rtl.wrapper` turns it into a per-node wrapper module. Library
cores live in ``ip_repo/<core>/``; their sources are listed, dependencies first, in
``ip_repo/<core>/<core>.f`` (paths relative to that file, ``#`` comments).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.paths import ip_repo_dir

__all__ = ["Stream", "MemInit", "RTLSpec", "ip_repo_dir", "core_sources", "library_modules"]


@dataclass(frozen=True)
class Stream:
    """One AXI-Stream of a node: wrapper port prefix and significant TDATA bits."""

    name: str   #: wrapper port prefix: "s_axis_<i>" or "m_axis_<j>"
    width: int  #: significant bits (elements per beat x element bits); the port is padded


@dataclass
class MemInit:
    """A ``$readmemh`` file the wrapper passes to the core as a string parameter.

    ``words``: one int per memory word (row), ``width``: bits per word. With a
    ``suffix``, the parameter gets the file's name without it: a prefix from which the
    core forms the names of several files (all with the same parameter and prefix).

    The parameter is the bare file name, never a path: the file is written next to the
    wrapper and is part of the same file set, so the design can be moved. Vivado finds
    a ``$readmem`` file by name when it is part of the project or of the IP's file set
    (UG901 "Specifying RAM Initial Contents in an External Data File"; Vivado's
    [Synth 8-4445] "could not open $readmem data file ...; please make sure the file is
    added to project"); our simulators and Yosys run in the directory holding the files
    (:attr:`finn_vivado.backends.rtl.wrapper.NodeRTL.data_dir`).
    """

    param: str        #: core parameter receiving the file path, e.g. "WEIGHT_FILE"
    filename: str     #: file name, written next to the wrapper
    words: list       #: memory contents, word 0 first
    width: int        #: bits per word
    suffix: str = ""  #: end of ``filename`` the core appends to the parameter itself

    def param_value(self, filename: str) -> str:
        """The parameter value for the file written as ``filename`` (a bare name)."""
        text = str(filename)
        if "/" in text or "\\" in text:
            raise ValueError(f"memory file parameter {self.param}: {text!r} is a path, "
                             "not a file name")
        return text[: len(text) - len(self.suffix)] if self.suffix else text


@dataclass
class RTLSpec:
    """How to instantiate a library core for one node.

    Core port conventions: ``ap_clk``, ``ap_rst_n`` and, per stream, ``<prefix>_tdata``
    (exactly ``width`` bits), ``<prefix>_tvalid``, ``<prefix>_tready`` with the same
    prefixes as the wrapper (``s_axis_0``, ``m_axis_0``, ...). A core with a
    parameterised number of streams instead packs them: ``in_packed`` / ``out_packed``
    name the core port prefix (e.g. "m_axis") whose ``_tdata`` holds stream k right after
    streams 0 .. k-1 (at ``[k*width +: width]`` when the widths are equal) and whose
    ``_tvalid`` / ``_tready`` bit k belongs to stream k.
    """

    core: str                                   #: library core = module name = ip_repo dir
    params: dict                                #: Verilog parameter name -> int or str
    inputs: list                                #: list of :class:`Stream`, s_axis_0 first
    outputs: list                               #: list of :class:`Stream`, m_axis_0 first
    in_packed: str = ""                         #: core port prefix of packed inputs
    out_packed: str = ""                        #: core port prefix of packed outputs
    mem_inits: list = field(default_factory=list)  #: :class:`MemInit` files to write

    def stream_widths(self) -> tuple[list[int], list[int]]:
        """(input widths, output widths) in significant bits."""
        return [s.width for s in self.inputs], [s.width for s in self.outputs]


@lru_cache(maxsize=None)
def _core_sources(repo: str, core: str) -> tuple[Path, ...]:
    flist = Path(repo) / core / f"{core}.f"
    if not flist.is_file():
        known = sorted(p.parent.name for p in Path(repo).glob("*/*.f"))
        raise FinnVivadoError(f"library core {core!r} not found (no {flist}); "
                              f"known cores: {known}")
    paths = []
    for line in flist.read_text().splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            path = (flist.parent / entry).resolve()
            if not path.is_file():
                raise FinnVivadoError(f"{flist}: listed file {entry} does not exist")
            paths.append(path)
    return tuple(paths)


def core_sources(core: str) -> list[Path]:
    """Absolute paths of a core's Verilog files, dependencies first, core last."""
    return list(_core_sources(str(ip_repo_dir()), core))


def library_modules() -> set[str]:
    """Names of all modules in the library (file stems of every ``hdl/*.v``)."""
    return {p.stem for p in ip_repo_dir().glob("*/hdl/*.v")}
