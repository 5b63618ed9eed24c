"""FINN's ``step_generate_estimate_reports``, with a device fit check.

Written under ``<output_dir>/report/`` with FINN's file and field names (computed by
:mod:`finn_vivado.transforms.estimate`):

- ``estimate_layer_cycles.json``: node -> cycles per frame (each layer's model of its RTL).
- ``estimate_layer_resources.json``: node -> {BRAM_18K, BRAM_efficiency, LUT, URAM,
  URAM_efficiency, DSP}, plus ``"total"`` (sums of LUT, BRAM_18K, URAM, DSP).
- ``estimate_layer_config_alternatives.json``: node -> list of resource dicts for the
  alternative resType / ram_style settings of the layer (the setting is in each dict).
- ``estimate_network_performance.json``: critical_path_cycles (longest path through the
  graph, summing layer cycles), max_cycles, max_cycles_node_name,
  estimated_throughput_fps (fclk / max_cycles), estimated_latency_ns.
- ``op_and_param_counts.json``: node -> {op_mac_<a>bx<b>b, param_weight_<w>b,
  param_threshold_<t>b}, plus ``"total"``.
- ``estimate_fit.json`` (ours): per resource used / available / utilization_pct for the
  target part, ``fits``, and the target frame rate check when target_fps is set.

``final_hw_config.json`` (output_dir) holds every node's hardware attributes in the
folding-config format. Width converters and FIFOs are inserted later and are not included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.config_types import DataflowOutputType
from finn_vivado.flow.steps.folding import target_part
from finn_vivado.transforms.estimate import (
    config_alternatives,
    device_fit,
    layer_cycles,
    layer_resources,
    network_performance,
    op_and_param_counts,
)
from finn_vivado.transforms.folding import write_hw_config

__all__ = ["step_generate_estimate_reports"]


def _write(path: Path, data: Any) -> None:
    atomic_write_json(path, data)


def step_generate_estimate_reports(model: Any, cfg: BuildConfig) -> Any:
    """Write the estimate reports and final_hw_config.json (when estimate_reports is
    among generate_outputs, the default)."""
    if not cfg.wants(DataflowOutputType.ESTIMATE_REPORTS):
        return model
    out = Path(cfg.output_dir)
    report = out / "report"
    report.mkdir(parents=True, exist_ok=True)
    cycles = layer_cycles(model)
    resources = layer_resources(model)
    perf = network_performance(model, cycles, cfg.synth_clk_period_ns)
    _write(report / "op_and_param_counts.json", op_and_param_counts(model))
    _write(report / "estimate_layer_cycles.json", cycles)
    _write(report / "estimate_layer_resources.json", resources)
    _write(report / "estimate_layer_config_alternatives.json", config_alternatives(model))
    _write(report / "estimate_network_performance.json", perf)
    fit = None
    if cfg.fpga_part is not None:
        fit = device_fit(resources["total"], target_part(cfg),
                         perf["estimated_throughput_fps"], cfg.target_fps)
        _write(report / "estimate_fit.json", fit)
    write_hw_config(model, out / "final_hw_config.json")
    _summary(perf, resources["total"], fit)
    return model


def _summary(perf: dict, total: dict, fit: Optional[dict]) -> None:
    line = (f"Estimates: {perf['estimated_throughput_fps']:,.1f} fps (bottleneck "
            f"{perf['max_cycles_node_name']}, {perf['max_cycles']:,} cycles), "
            f"{total['LUT']:,.0f} LUT, {total['BRAM_18K']:,.0f} BRAM_18K, "
            f"{total['URAM']:,.0f} URAM, {total['DSP']:,.0f} DSP")
    if fit is not None:
        pct = ", ".join(f"{k} {r['utilization_pct']:.1f}%" for k, r in fit["resources"].items())
        line += f"; {fit['fpga_part']}: {pct} ({'fits' if fit['fits'] else 'DOES NOT FIT'})"
    print(line)
