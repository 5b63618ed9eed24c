"""Vivado out-of-context synthesis results -> ``report/ooc_synth_and_timing.json``.

Reads the files the generated ooc_synth.tcl writes: ``utilization.rpt``
(``report_utilization`` text; columns found by their header, so releases that add
columns such as "Prohibited" read the same) and ``ooc_metrics.txt`` (one Tcl list
``key value`` per line: wns_ns, clk_ns, vivado_version, part, top, project_dir).
The JSON uses FINN's field names; ``fmax_mhz = 1000 / (clk_ns - WNS)`` and, when the
estimate report is there, ``estimated_throughput_fps = fmax / max_cycles``.
``utilization_hier.rpt`` (``report_utilization -hierarchical``) gives the resources of
each layer instance (:func:`post_synth_layers`, post_synth_resources.json).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Optional, Union

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.tclquote import parse_tcl_list

__all__ = ["HIER_REPORT", "OOC_REPORT", "ooc_summary", "parse_hier_utilization", "parse_metrics",
           "parse_utilization", "post_synth_layers"]

OOC_REPORT = "ooc_synth_and_timing.json"

#: report row (site type, without a trailing '*') -> FINN field; first match wins.
_ROWS = {
    "Slice LUTs": "LUT", "CLB LUTs": "LUT",
    "LUT as Memory": "LUTRAM",
    "Slice Registers": "FF", "CLB Registers": "FF",
    "Block RAM Tile": "BRAM", "RAMB36/FIFO": "BRAM_36K", "RAMB18": "BRAM_18K",
    "URAM": "URAM", "DSPs": "DSP",
    "CARRY4": "Carry", "CARRY8": "Carry",
}


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def parse_utilization(text: str) -> dict[str, float]:
    """Used counts from ``report_utilization`` text, keyed by FINN's resource names."""
    found: dict[str, float] = {}
    used_col: Optional[int] = None
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            continue
        cells = _cells(line)
        if "Used" in cells and cells[0].lower() in ("site type", "ref name"):
            used_col = cells.index("Used")
            continue
        if used_col is None or len(cells) <= used_col:
            continue
        key = _ROWS.get(cells[0].rstrip("*").strip())
        if key and key not in found:
            try:
                found[key] = float(cells[used_col])
            except ValueError:
                continue
    if "LUT" not in found:
        raise FinnVivadoError("utilization report has no LUT row (Slice LUTs / CLB LUTs); "
                              "is it a report_utilization output?")
    for key in set(_ROWS.values()):
        found.setdefault(key, 0.0)
    return found


def parse_metrics(text: str) -> dict[str, str]:
    """The ``key value`` lines of ooc_metrics.txt."""
    out = {}
    for line in text.splitlines():
        if line.strip():
            items = parse_tcl_list(line)
            if len(items) == 2:
                out[items[0]] = items[1]
    return out


def _max_cycles(output_dir: Path) -> Optional[int]:
    path = output_dir / "report" / "estimate_network_performance.json"
    try:
        return int(json.loads(path.read_text(encoding="utf-8"))["max_cycles"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _version(text: str) -> tuple[Any, Any]:
    match = re.match(r"^(\d{4}\.\d+)", text or "")
    return (float(match.group(1)) if match else text or None), None


def ooc_summary(ooc_dir: Union[str, os.PathLike],
                output_dir: Optional[Union[str, os.PathLike]] = None) -> dict[str, Any]:
    """Build ooc_synth_and_timing.json from an OOC run directory; written into
    ``output_dir/report`` when ``output_dir`` is given.  Returns the dict."""
    ooc = Path(ooc_dir)
    util_path, metrics_path = ooc / "utilization.rpt", ooc / "ooc_metrics.txt"
    for path in (util_path, metrics_path):
        if not path.is_file():
            raise FinnVivadoError(
                f"{path} not found: the out-of-context synthesis has not run (or failed); "
                "run the generated ooc_synth.tcl with vivado -mode batch -source")
    result: dict[str, Any] = {}
    metrics = parse_metrics(metrics_path.read_text(encoding="utf-8", errors="replace"))
    result["vivado_proj_folder"] = metrics.get("project_dir", str(ooc / "project"))
    result.update(parse_utilization(util_path.read_text(encoding="utf-8", errors="replace")))
    clk_ns = float(metrics.get("clk_ns") or "nan")
    wns = float(metrics["wns_ns"]) if metrics.get("wns_ns") else None
    result["WNS"] = wns
    result["Delay"] = (clk_ns - wns) if wns is not None else None
    version, build_no = _version(metrics.get("vivado_version", ""))
    result["vivado_version"], result["vivado_build_no"] = version, build_no
    result["clk_ns"] = clk_ns
    result["fmax_mhz"] = 1000.0 / (clk_ns - wns) if wns is not None and clk_ns > wns else None
    if output_dir is not None:
        cycles = _max_cycles(Path(output_dir))
        if cycles and result["fmax_mhz"]:
            result["estimated_throughput_fps"] = result["fmax_mhz"] * 1e6 / cycles
        report = Path(output_dir) / "report"
        report.mkdir(parents=True, exist_ok=True)
        atomic_write_json(report / OOC_REPORT, result)
        result["report"] = str(report / OOC_REPORT)
    return result


# ------------------------------------------------------------- per-layer (hierarchical)
HIER_REPORT = "utilization_hier.rpt"
#: column of ``report_utilization -hierarchical`` -> FINN field (columns adding up)
_HIER_COLUMNS = {"Total LUTs": "LUT", "LUTRAMs": "LUTRAM", "SRLs": "LUTRAM", "FFs": "FF",
                 "RAMB36": "BRAM_36K", "RAMB18": "BRAM_18K", "URAM": "URAM",
                 "DSP48 Blocks": "DSP", "DSP Blocks": "DSP"}
_LAYER_KEYS = ("LUT", "LUTRAM", "FF", "DSP", "BRAM_18K", "BRAM_36K", "URAM", "Carry")


def parse_hier_utilization(text: str) -> dict[str, dict[str, float]]:
    """Module name -> resources from ``report_utilization -hierarchical`` text (the
    top's row under "total"); the hierarchical report has no Carry column (0)."""
    header: Optional[list[str]] = None
    rows: dict[str, dict[str, float]] = {}
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            continue
        cells = _cells(line)
        if cells[0] == "Instance":
            header = cells
            continue
        if header is None or len(cells) != len(header):
            continue
        values = {key: 0.0 for key in _LAYER_KEYS}
        for column, cell in zip(header, cells):
            key = _HIER_COLUMNS.get(column)
            if key:
                values[key] += float(cell or 0)
        module = cells[1]
        rows["total" if module == "(top)" else module] = values
    return rows


def post_synth_layers(ooc_dir: Union[str, os.PathLike],
                      modules: dict[str, str]) -> Optional[dict[str, dict[str, float]]]:
    """Per-layer resources from ``<ooc_dir>/utilization_hier.rpt``: ``modules`` maps a
    wrapper module to its layer name. None when the report is missing."""
    path = Path(ooc_dir) / HIER_REPORT
    if not path.is_file():
        return None
    rows = parse_hier_utilization(path.read_text(encoding="utf-8", errors="replace"))
    layers = {layer: rows[module] for module, layer in modules.items() if module in rows}
    if "total" in rows:
        layers["total"] = rows["total"]
    return layers
