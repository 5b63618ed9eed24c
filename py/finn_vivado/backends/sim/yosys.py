"""Yosys ``synth_xilinx``: does a design synthesise, and to which cells?

The script comes from ``templates/synth_check.ys.j2``. Cell counts are grouped the way
FINN and Vivado report resources (:func:`group_cells`):

- ``LUT``: LUT1..LUT6 and INV (Vivado places an INV in a LUT1) plus the LUTs used as
  memory, like Vivado's "Slice LUTs";
- ``LUTRAM``: LUTs used as memory, like Vivado's "LUT as Memory": distributed RAM
  (RAM32M = 4 LUTs, RAM64X1D = 2, ... see :data:`LUTRAM_LUTS`) and shift registers
  (SRL16E / SRLC32E, one LUT each);
- ``FF`` (FD*), ``Carry`` (CARRY4/8), ``DSP`` (DSP48E1/E2), ``BRAM_18K`` (RAMB18E1/E2,
  FIFO18E1), ``BRAM_36K`` (RAMB36E1/E2, FIFO36E1), ``URAM`` (URAM288).

The primitive counts RAMB18, RAMB36, DSP48, CARRY, SRL and MUXF are there too, and
the raw per-type counts under ``cells``.

:func:`synth_check` flattens the design; :func:`synth_hierarchy` keeps the hierarchy
(Yosys then synthesises each distinct parameterisation of a module once, which is
faster on designs with many identical lanes) and returns the counts of every module,
its submodules included. Results are cached in ``<cache_root>/yosys`` under a hash of
the tool, the script, the family, the parameters and the contents of the sources and of
every memory file a string in them names (``$readmemh`` files, or all files whose
names extend a file name prefix; by absolute path, or by bare name in the data
directory, by default that of the last source; the paths themselves do not count, so a
rebuild in another directory hits the cache): a repeated run is instant.

:func:`synth_hierarchy` can also run a :class:`NetlistAnalysis` on the mapped netlist of
the same run (``write_json`` after ``stat``, hierarchy kept, only the library cells in
use, no source attributes or LUT/RAM contents): the netlist is read right after the run
and dropped, and only the analysis result is cached, next to the counts.

The sources are copied into a work directory under the cache root and read by relative
name, because YoWASP's Yosys (the PyPI build) sees a private /tmp; the memory files
named by bare name are copied next to them (Yosys opens a relative ``$readmemh`` name
in its working directory). ``$readmemh`` files named by absolute path must therefore
not live under /tmp with YoWASP.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.templating import render, template_text

from finn_vivado.backends.sim.build_cache import build_key
from finn_vivado.backends.sim.tools import Tool, cache_root, find_yosys

__all__ = ["FAMILIES", "LUTRAM_LUTS", "NetlistAnalysis", "RESOURCE_KEYS", "SynthResult",
           "group_cells", "synth_check", "synth_hierarchy"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
SCRIPT = "synth_check.ys.j2"
#: synth_xilinx -family values accepted here
FAMILIES = ("xc7", "xcup", "xcu", "xc6s", "xc6v", "xc5v", "xc4v", "xc3s")
#: FINN's resource keys, as in ooc_synth_and_timing.json
RESOURCE_KEYS = ("LUT", "LUTRAM", "FF", "DSP", "BRAM_18K", "BRAM_36K", "URAM", "Carry")
#: block RAM contents parameters, dropped from the netlist written for an analysis
RAM_CONTENTS = ([f"INIT_{i:02X}" for i in range(128)] + [f"INITP_{i:02X}" for i in range(16)])
#: endings of the memory files looked up in the data directory by bare name
MEM_SUFFIXES = (".dat", ".mem", ".hex")
#: LUTs one distributed-RAM or shift-register primitive occupies
LUTRAM_LUTS = {
    "RAM32X1S": 1, "RAM32X1D": 2, "RAM32M": 4, "RAM32M16": 8,
    "RAM64X1S": 1, "RAM64X1D": 2, "RAM64M": 4, "RAM64M8": 8,
    "RAM128X1S": 2, "RAM128X1D": 4, "RAM256X1S": 4, "RAM256X1D": 8, "RAM512X1S": 8,
    "SRL16E": 1, "SRLC16E": 1, "SRLC32E": 1,
}

#: (group, pattern, weight or None for LUTRAM_LUTS) in matching order
_GROUPS = (
    ("LUT", r"^(LUT[1-6]|INV)$", 1),
    ("LUTRAM", r"^(RAM(32|64|128|256|512)|SRL)", None),
    ("FF", r"^FD[A-Z]*$", 1),
    ("Carry", r"^CARRY[48]$", 1),
    ("DSP", r"^DSP48", 1),
    ("BRAM_18K", r"^(RAMB18|FIFO18)", 1),
    ("BRAM_36K", r"^(RAMB36|FIFO36)", 1),
    ("URAM", r"^URAM", 1),
)
#: primitive counts kept for the RTL checks
_PRIMITIVES = (("CARRY", r"^CARRY[48]$"), ("RAMB18", r"^RAMB18"), ("RAMB36", r"^RAMB36"),
               ("DSP48", r"^DSP48"), ("SRL", r"^SRL"), ("MUXF", r"^MUXF[789]$"))


def group_cells(cells: dict) -> dict:
    """Per-type cell counts -> FINN resource groups, primitive counts and ``cells``."""
    result = {name: 0 for name in RESOURCE_KEYS}
    result.update({name: 0 for name, _ in _PRIMITIVES})
    for cell, count in cells.items():
        for name, pattern, weight in _GROUPS:
            if re.match(pattern, cell):
                result[name] += int(count) * (weight or LUTRAM_LUTS.get(cell, 1))
                break
        for name, pattern in _PRIMITIVES:
            if re.match(pattern, cell):
                result[name] += int(count)
    result["LUT"] += result["LUTRAM"]
    result["cells"] = dict(cells)
    return result


@dataclass
class SynthResult:
    """A hierarchical synthesis: grouped counts of the top and of every module."""

    top: str
    family: str
    tool_version: str
    seconds: float          #: wall time of the Yosys run that produced the counts
    cached: bool            #: True when read from the cache
    modules: dict           #: module name -> group_cells() of it with its submodules
    analysis: Any = None    #: the NetlistAnalysis result, when one was asked for

    @property
    def total(self) -> dict:
        return self.modules[self.top]


# ------------------------------------------------------------------------ the Yosys run
def _copy_sources(sources, work: Path) -> list[str]:
    """Copy the sources into ``work`` (relative names: YoWASP's Yosys cannot see /tmp)."""
    names = []
    for index, source in enumerate(sources):
        name = f"{index:03d}_{Path(source).name}"
        shutil.copyfile(source, work / name)
        names.append(name)
    return names


def _named_files(path: Path, bare: bool) -> list[Path]:
    """The file ``path``, or the files whose names extend it (a prefix parameter of
    several ``$readmemh`` files); for a ``bare`` name only memory files (MEM_SUFFIXES)."""
    if path.is_file():
        return [path] if not bare or path.suffix in MEM_SUFFIXES else []
    if not path.name or not path.parent.is_dir():
        return []
    return [m for m in sorted(path.parent.glob(glob.escape(path.name) + "?*"))
            if m.is_file() and (not bare or m.suffix in MEM_SUFFIXES)]


def _files_digest(path: Path, files: list[Path]) -> str:
    """Hash of the contents of ``files`` (named by ``path``); "" when there are none."""
    if files == [path]:
        return "file:" + hashlib.sha256(path.read_bytes()).hexdigest()
    digest = hashlib.sha256()
    for match in files:
        digest.update(match.name[len(path.name):].encode() + b"\0" + match.read_bytes())
    return "files:" + digest.hexdigest() if files else ""


def _cache_parts(sources: list[Path], params: dict,
                 data_dir: Optional[Path]) -> tuple[list[str], list[Path]]:
    """What identifies a run's inputs: the source texts and parameters, with every
    string naming existing memory files (by absolute path, or by bare name in
    ``data_dir``) replaced by a hash of their contents, so the same design in another
    directory hits the cache; and the files named by bare name (copied for the run)."""
    texts = [s.read_text(errors="replace") for s in sources]
    values = {k: str(v) for k, v in sorted(params.items())}
    literals = {m for text in texts for m in re.findall(r'"([^"\n]+)"', text)}
    literals |= set(values.values())
    local: list[Path] = []
    for literal in sorted(literals, key=len, reverse=True):
        bare = not literal.startswith("/")
        if bare and (data_dir is None or "/" in literal or not literal.strip()):
            continue
        path = data_dir / literal if bare else Path(literal)
        files = _named_files(path, bare)
        digest = _files_digest(path, files)
        if digest:
            texts = [text.replace(f'"{literal}"', f'"{digest}"') for text in texts]
            values = {k: digest if v == literal else v.replace(literal, digest)
                      for k, v in values.items()}
            local += files if bare else []
    parts = [f"{s.name}\0{text}" for s, text in zip(sources, texts)] + sorted(values.items())
    return parts, local


def _run(tool: Tool, top: str, work: Path, timeout: float):
    try:
        return subprocess.run([str(tool.path), "-q", "-s", "synth.ys"], capture_output=True,
                              text=True, timeout=timeout, env=tool.environ(), cwd=work)
    except subprocess.TimeoutExpired:
        raise FinnVivadoError(f"Yosys synth_xilinx of {top}: no result within "
                              f"{timeout:.0f} s") from None


def _stat_modules(top: str, sources, params: dict, family: str, flatten: bool,
                  timeout: float, analyse: Optional[Callable[[dict], Any]] = None,
                  data_files=()) -> tuple[dict, float, Any]:
    """Run Yosys once; (``stat -json`` modules section, seconds, ``analyse`` of the
    mapped netlist or None). The netlist JSON is read and dropped within the run;
    ``data_files`` (memory files named by bare name) are copied into its directory."""
    tool = find_yosys()
    work = cache_root() / "yosys-work"
    work.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="run-", dir=work) as tmp:
        names = _copy_sources(sources, Path(tmp))
        for path in data_files:
            shutil.copyfile(path, Path(tmp) / path.name)
        (Path(tmp) / "synth.ys").write_text(render(
            TEMPLATES, SCRIPT, top=top, family=family, stat_json="stat.json",
            sources=names, flatten=flatten, ram_contents=RAM_CONTENTS,
            netlist_json="netlist.json" if analyse else "",
            params=[{"name": k, "value": v} for k, v in sorted(params.items())]))
        proc = _run(tool, top, Path(tmp), timeout)
        stat = Path(tmp) / "stat.json"
        if proc.returncode != 0 or not stat.exists():
            text = (proc.stderr + proc.stdout).splitlines()
            errors = [ln for ln in text if "ERROR" in ln] or text[-3:] or ["no output"]
            raise FinnVivadoError(f"Yosys synth_xilinx -family {family} rejected {top}: "
                                  f"{errors[0].strip()}")
        data = _load_stat(stat.read_text())
        result = None
        if analyse is not None:
            with open(Path(tmp) / "netlist.json", encoding="utf-8") as handle:
                result = analyse(json.load(handle))
    modules = {name.lstrip("\\"): stats.get("num_cells_by_type", {})
               for name, stats in data.get("modules", {}).items()}
    return modules, time.monotonic() - start, result


def _load_stat(text: str) -> dict:
    """``stat -json`` output; Yosys 0.23 leaves a comma before the closing brace when
    no top module is marked, which is dropped here."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return json.loads(re.sub(r",(\s*[}\]])", r"\1", text))


@dataclass(frozen=True)
class NetlistAnalysis:
    """Something computed from the mapped netlist right after the Yosys run (the JSON
    is not kept): ``run(netlist JSON) -> JSON-serialisable result``. ``key`` names the
    analysis and its version; it is part of the cache key, so a changed analysis runs
    Yosys again."""

    key: str
    run: Callable[[dict], Any]


def _cached_stat(top: str, sources, params: dict, family: str, flatten: bool,
                 timeout: float, analysis: Optional[NetlistAnalysis] = None,
                 data_dir=None) -> tuple[dict, float, bool, Any]:
    """:func:`_stat_modules` through the cache; (modules, seconds, cached, result of
    ``analysis`` or None). The cache holds the counts and the analysis result only."""
    if family not in FAMILIES:
        raise FinnVivadoError(f"Yosys family {family!r} is illegal; legal values: "
                              f"{list(FAMILIES)}")
    sources = [Path(s) for s in sources]
    extra = [analysis.key] if analysis else []
    if data_dir is None and sources:
        data_dir = sources[-1].resolve().parent
    parts, data_files = _cache_parts(sources, params, Path(data_dir) if data_dir else None)
    key = build_key(find_yosys().identity(), template_text(TEMPLATES, SCRIPT), top, family,
                    flatten, *parts, *extra)
    path = cache_root() / "yosys" / f"{top}-{family}-{key}.json"
    if path.is_file():
        data = json.loads(path.read_text())
        return data["modules"], float(data["seconds"]), True, data.get("analysis")
    modules, seconds, result = _stat_modules(top, sources, params, family, flatten, timeout,
                                             analysis.run if analysis else None, data_files)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(json.dumps({"modules": modules, "seconds": seconds, "analysis": result}))
    os.replace(tmp, path)
    return modules, seconds, False, result


def _expand(name: str, modules: dict, memo: dict) -> dict:
    """Leaf cell counts of module ``name``, its submodules expanded."""
    if name not in memo:
        total: dict = {}
        for cell, count in modules[name].items():
            parts = _expand(cell, modules, memo) if cell in modules else {cell: 1}
            for leaf, n in parts.items():
                total[leaf] = total.get(leaf, 0) + n * int(count)
        memo[name] = total
    return memo[name]


# ------------------------------------------------------------------------------ public
def synth_check(top: str, sources, params: dict | None = None, family: str = "xc7",
                timeout: float = 1800.0, data_dir=None) -> dict:
    """Synthesise ``top`` with ``synth_xilinx -family <family> -flatten``; return the
    grouped cell counts. ``data_dir``: where the ``$readmemh`` file names resolve
    (default: the last source's directory). Raises :class:`FinnVivadoError` if Yosys
    rejects the design."""
    modules, _, _, _ = _cached_stat(top, sources, dict(params or {}), family, True, timeout,
                                    data_dir=data_dir)
    return group_cells(modules.get(top) or next(iter(modules.values()), {}))


def synth_hierarchy(top: str, sources, family: str = "xc7", params: dict | None = None,
                    timeout: float = 3600.0,
                    analysis: Optional[NetlistAnalysis] = None, data_dir=None) -> SynthResult:
    """Synthesise ``top`` (with ``params``) keeping its hierarchy; the grouped counts of
    every module, submodules included, and the result of ``analysis`` of the mapped
    netlist (``SynthResult.analysis``). ``data_dir``: as for :func:`synth_check`. Raises
    :class:`FinnVivadoError` if Yosys rejects the design."""
    modules, seconds, cached, result = _cached_stat(top, sources, dict(params or {}), family,
                                                    False, timeout, analysis, data_dir)
    if top not in modules:
        raise FinnVivadoError(f"Yosys synthesis of {top}: no module {top} in the result; "
                              "is it the top module of the sources?")
    memo: dict = {}
    grouped = {name: group_cells(_expand(name, modules, memo)) for name in modules}
    return SynthResult(top=top, family=family, tool_version=find_yosys().version,
                       seconds=seconds, cached=cached, modules=grouped, analysis=result)
