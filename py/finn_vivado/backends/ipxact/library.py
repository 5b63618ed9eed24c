"""IP-XACT packaging of the library cores in ``ip_repo/``.

Every core directory ``ip_repo/<Core>/`` (file list ``<Core>.f``, top module
``hdl/<Core>.v``) gets a ``component.xml`` and ``xgui/<Core>_v1_0.tcl``, generated
from the top module's header: every parameter becomes a customization parameter
(its comment is the description; string parameters whose comment lists the allowed
values get a drop-down; "(0/1)", "1: ...", ">= N", "<= N" in a comment become the
legal range), port widths stay expressions of the parameters, and the AXI-Stream,
clock and reset ports become bus interfaces. A parameter whose default is an
expression of other parameters (e.g. ``OUT_ELEMS``) is computed by the GUI and not
editable. The files are committed, so ``ip_repo/`` can be added to Vivado as it is;
``python -m finn_vivado.backends.ipxact`` regenerates them (``--check`` lists stale ones).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional, Sequence, Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact.component import (
    Component,
    FileEntry,
    Param,
    clock_reset_interfaces,
    header_ports,
    stream_interfaces,
)
from finn_vivado.backends.ipxact.expr import parse_expr
from finn_vivado.backends.ipxact.hdl_header import HdlParam, ModuleHeader, parse_module
from finn_vivado.backends.ipxact.writer import COMPONENT_FILE, render_component, render_gui, write_component
from finn_vivado.core.paths import ip_repo_dir

__all__ = [
    "LIBRARY_VENDOR",
    "LIBRARY_LIBRARY",
    "LIBRARY_VERSION",
    "core_component",
    "library_cores",
    "stale_library_ip",
    "write_library_ip",
]

LIBRARY_VENDOR = "xilinx_finn"
LIBRARY_LIBRARY = "finn_lib"
LIBRARY_VERSION = "1.0"
#: fixed, so the committed files are reproducible from the sources
LIBRARY_CREATED = "2025-01-01T00:00:00Z"
#: default FREQ_HZ of the cores' clock (user-resolvable: the block design propagates its clock)
LIBRARY_FREQ_HZ = 100_000_000


def _repo(repo: Optional[Union[str, Path]]) -> Path:
    if repo is not None:
        return Path(repo).resolve()
    return ip_repo_dir()


def library_cores(repo: Optional[Union[str, Path]] = None) -> list[str]:
    """Names of the cores in ``repo`` (default: the library): directories holding
    ``<Core>.f`` and ``hdl/<Core>.v``."""
    root = _repo(repo)
    return sorted(d.name for d in root.iterdir()
                  if (d / f"{d.name}.f").is_file() and (d / "hdl" / f"{d.name}.v").is_file())


def _file_list(core_dir: Path) -> list[str]:
    flist = core_dir / f"{core_dir.name}.f"
    entries = []
    for line in flist.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            if not (core_dir / entry).is_file():
                raise FinnVivadoError(f"{flist}: listed file {entry} does not exist")
            entries.append(entry.replace("\\", "/"))
    return entries


def _summary(path: Path) -> str:
    """First paragraph of the comment block at the top of a Verilog file."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text.startswith("//"):
            break
        body = text[2:].strip()
        if not body:
            if lines:
                break
            continue
        lines.append(body)
    return " ".join(lines)


def _page(name: str) -> str:
    if name in ("PE", "SIMD"):
        return "Folding"
    if name.startswith("RAM_STYLE") or name == "RES_TYPE" or name.endswith("_FILE"):
        return "Implementation"
    if re.search(r"(WIDTH|SIGNED|BIPOLAR)$", name) or name == "XNOR":
        return "Data types"
    return "Layer"


def _choices(comment: str, default: str) -> tuple:
    quoted = re.findall(r'"([^"]*)"', comment)
    if len(quoted) >= 2 and default in quoted:
        return tuple(dict.fromkeys(quoted))
    slashed = re.search(r"\b\w+(?:/\w+)+\b", comment)
    if slashed:
        words = slashed.group(0).split("/")
        if default in words:
            return tuple(dict.fromkeys(words))
    return ()


def _int_range(comment: str, default: int) -> tuple[Optional[int], Optional[int]]:
    lo = hi = None
    if re.match(r"\s*1\s*:", comment) or "(0/1)" in comment:
        lo, hi = 0, 1
    low, high = re.search(r">=\s*(\d+)\b", comment), re.search(r"<=\s*(\d+)\b", comment)
    lo = int(low.group(1)) if low else lo
    hi = int(high.group(1)) if high else hi
    if (lo is not None and default < lo) or (hi is not None and default > hi):
        return None, None
    return lo, hi


def _param(hp: HdlParam, env: dict, where: str) -> Param:
    page = _page(hp.name)
    if hp.is_string:
        return Param(hp.name, hp.string_value, "string", hp.comment,
                     _choices(hp.comment, hp.string_value), page=page)
    expr = parse_expr(hp.default, f"{where}, parameter {hp.name}")
    try:
        value = expr.value(env)
    except (KeyError, ZeroDivisionError) as exc:
        raise FinnVivadoError(f"{where}: default of parameter {hp.name} ({hp.default}) cannot "
                              f"be evaluated ({exc})") from None
    env[hp.name] = value
    if not expr.is_constant:
        return Param(hp.name, str(value), "long", hp.comment, derived=expr, page=page)
    lo, hi = _int_range(hp.comment, value)
    return Param(hp.name, str(value), "long", hp.comment, minimum=lo, maximum=hi, page=page)


def header_params(header: ModuleHeader) -> tuple[list[Param], dict]:
    """Customization parameters of a module and the integer defaults by name."""
    env: dict = {}
    where = f"{header.path} (module {header.name})"
    return [_param(hp, env, where) for hp in header.params], env


def core_component(core: str, repo: Optional[Union[str, Path]] = None) -> Component:
    """The IP description of library core ``core``."""
    core_dir = _repo(repo) / core
    top = core_dir / "hdl" / f"{core}.v"
    if not top.is_file():
        raise FinnVivadoError(f"library core {core!r}: {top} does not exist")
    header = parse_module(top, core)
    params, env = header_params(header)
    streams = stream_interfaces(header)
    names = {p.name for p in header.ports}
    if not {"ap_clk", "ap_rst_n"} <= names:
        raise FinnVivadoError(f"{top}: module {core} needs ports ap_clk and ap_rst_n")
    busifs = streams + clock_reset_interfaces("ap_clk", "ap_rst_n", streams, LIBRARY_FREQ_HZ)
    return Component(
        vendor=LIBRARY_VENDOR, library=LIBRARY_LIBRARY, name=core, version=LIBRARY_VERSION,
        top_module=core, display_name=f"FINN {core}", description=_summary(top) or core,
        bus_interfaces=busifs, ports=header_ports(header, env),
        files=[FileEntry.for_path(f) for f in _file_list(core_dir)], params=params,
        created=LIBRARY_CREATED)


def write_library_ip(repo: Optional[Union[str, Path]] = None,
                     cores: Optional[Sequence[str]] = None) -> list[Path]:
    """(Re)write component.xml and the GUI file of every library core (or ``cores``)."""
    root = _repo(repo)
    return [write_component(root / core, core_component(core, root))
            for core in (cores or library_cores(root))]


def stale_library_ip(repo: Optional[Union[str, Path]] = None) -> list[str]:
    """Cores whose component.xml or GUI file is missing or differs from the generator."""
    root = _repo(repo)
    stale = []
    for core in library_cores(root):
        comp = core_component(core, root)
        expected = {COMPONENT_FILE: render_component(comp), comp.gui_file: render_gui(comp)}
        for rel, text in expected.items():
            path = root / core / rel
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(f"{core}/{rel}")
    return stale
