"""Yosys ``synth_xilinx`` check: does a design synthesise, and to which cells?

The script comes from ``templates/synth_check.ys.j2``. Cell counts are grouped the way
FINN reports resources: LUT (LUT1..LUT6), FF (FD*), CARRY (CARRY4/8), RAMB18, RAMB36,
DSP48, LUTRAM (RAM32M/RAM64M/RAMnnXm...), SRL (SRL16E/SRLC32E), MUXF (MUXF7/8/9); the
raw per-type counts are under "cells".

The sources are copied into a work directory under the cache root and read by relative
name, because YoWASP's Yosys (the PyPI build) sees a private /tmp. ``$readmemh`` files
named by absolute path in parameters must therefore not live under /tmp with YoWASP.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from finn_vivado.errors import FinnVivadoError
from finn_vivado.templating import render

from .tools import cache_root, find_yosys

__all__ = ["synth_check", "group_cells", "FAMILIES"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: synth_xilinx -family values accepted here
FAMILIES = ("xc7", "xcup", "xcu", "xc6s", "xc6v", "xc5v", "xc4v", "xc3s")

_GROUPS = (
    ("LUT", r"^LUT[1-6]$"),
    ("FF", r"^FD[A-Z]*$"),
    ("CARRY", r"^CARRY[48]$"),
    ("RAMB18", r"^RAMB18"),
    ("RAMB36", r"^RAMB36"),
    ("DSP48", r"^DSP48"),
    ("URAM", r"^URAM"),
    ("LUTRAM", r"^RAM(32|64|128|256)"),
    ("SRL", r"^SRL"),
    ("MUXF", r"^MUXF[789]$"),
)


def group_cells(cells: dict) -> dict:
    """Per-type cell counts -> FINN-style resource groups (plus ``cells``)."""
    result = {name: 0 for name, _ in _GROUPS}
    for cell, count in cells.items():
        for name, pattern in _GROUPS:
            if re.match(pattern, cell):
                result[name] += int(count)
                break
    result["cells"] = dict(cells)
    return result


def _copy_sources(sources, work: Path) -> list[str]:
    """Copy the sources into ``work`` (relative names: YoWASP's Yosys cannot see /tmp)."""
    names = []
    for index, source in enumerate(sources):
        name = f"{index:03d}_{Path(source).name}"
        shutil.copyfile(source, work / name)
        names.append(name)
    return names


def _run(tool, top: str, work: Path, timeout: float):
    try:
        return subprocess.run([str(tool.path), "-q", "-s", "synth.ys"], capture_output=True,
                              text=True, timeout=timeout, env=tool.environ(), cwd=work)
    except subprocess.TimeoutExpired:
        raise FinnVivadoError(f"Yosys synth_xilinx of {top}: no result within "
                              f"{timeout:.0f} s") from None


def synth_check(top: str, sources, params: dict | None = None, family: str = "xc7",
                timeout: float = 1800.0) -> dict:
    """Synthesise ``top`` with ``synth_xilinx -family <family> -flatten``; return the
    grouped cell counts. Raises :class:`FinnVivadoError` if Yosys rejects the design."""
    if family not in FAMILIES:
        raise FinnVivadoError(f"Yosys family {family!r} is illegal; legal values: "
                              f"{list(FAMILIES)}")
    tool = find_yosys()
    work = cache_root() / "yosys-work"
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="run-", dir=work) as tmp:
        names = _copy_sources(sources, Path(tmp))
        (Path(tmp) / "synth.ys").write_text(render(
            TEMPLATES, "synth_check.ys.j2", top=top, family=family, stat_json="stat.json",
            sources=names,
            params=[{"name": k, "value": v} for k, v in sorted((params or {}).items())]))
        proc = _run(tool, top, Path(tmp), timeout)
        stat = Path(tmp) / "stat.json"
        if proc.returncode != 0 or not stat.exists():
            text = (proc.stderr + proc.stdout).splitlines()
            errors = [ln for ln in text if "ERROR" in ln] or text[-3:] or ["no output"]
            raise FinnVivadoError(f"Yosys synth_xilinx -family {family} rejected {top}: "
                                  f"{errors[0].strip()}")
        data = json.loads(stat.read_text())
    modules = data.get("modules", {})
    top_stats = modules.get(f"\\{top}") or next(iter(modules.values()), {})
    return group_cells(top_stats.get("num_cells_by_type", {}))
