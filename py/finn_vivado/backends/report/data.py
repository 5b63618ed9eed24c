"""What the visual report shows, read from a build's output directory.

Every figure comes from the JSON reports the build steps wrote (FINN's file and field
names); nothing is recomputed here except unit conversions.  Required:
``report/estimate_layer_cycles.json``.  Everything else is optional and its part of the
report is left out when the file is absent:

- ``report/estimate_layer_resources.json``, ``estimate_network_performance.json``,
  ``estimate_fit.json`` (step_generate_estimate_reports),
- ``report/rtlsim_performance.json`` (step_measure_rtlsim_performance),
- ``report/ooc_synth_and_timing.json``, ``post_synth_resources.json``,
  ``estimate_vs_synth.json`` (step_out_of_context_synthesis), with the timing estimate
  (``fmax_estimate_mhz``, ``critical_path``, per-layer ``max_logic_levels`` and
  ``fmax_estimate_mhz``) when the build made one,
- ``final_hw_config.json`` (PE / SIMD shown next to each layer name).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["CYCLES_FILE", "Layer", "ReportData", "load_report_data"]

CYCLES_FILE = "estimate_layer_cycles.json"
#: Per-layer resources drawn as bars, in this order (FINN's names).
RESOURCE_KEYS = ("LUT", "LUTRAM", "FF", "BRAM_18K", "BRAM_36K", "URAM", "DSP")


@dataclass
class Layer:
    """One hardware layer: its estimated cycles and resources, and what synthesis found."""

    name: str
    op_type: str
    cycles: int
    folding: str = ""
    estimate: dict[str, float] = field(default_factory=dict)
    synth: dict[str, float] = field(default_factory=dict)


@dataclass
class ReportData:
    """Everything the report shows; optional parts are empty when not built.
    ``synth_only`` holds the synthesised blocks that have no estimate (FIFOs, width
    converters inserted after the estimate step); ``synth_order`` is the order of the
    synthesised blocks (the stream order)."""

    title: str
    output_dir: Path
    layers: list[Layer]
    performance: dict[str, Any]
    fit: dict[str, Any]
    rtlsim: dict[str, Any]
    synth: dict[str, Any]
    synth_total: dict[str, float]
    synth_only: dict[str, dict[str, float]]
    synth_order: list[str]
    estimate_vs_synth: list[dict[str, Any]]
    tolerance: Optional[float]
    estimate_total: dict[str, float]
    clk_ns: Optional[float]
    #: per synthesised block in stream order: name, max_logic_levels, fmax_estimate_mhz,
    #: worst (the block of the critical path)
    timing: list[dict[str, Any]] = field(default_factory=list)

    @property
    def bottleneck(self) -> Optional[str]:
        """Name of the layer with the most cycles per frame (FINN's max_cycles_node_name)."""
        name = self.performance.get("max_cycles_node_name")
        if name is None and self.layers:
            name = max(self.layers, key=lambda layer: layer.cycles).name
        return name


def _read_json(path: Path, required: bool = False) -> Any:
    if not path.is_file():
        if required:
            raise FinnVivadoError(
                f"{path} not found: no estimate reports in {path.parent}; run a build with "
                "'estimate_reports' in generate_outputs (step_generate_estimate_reports) first")
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise FinnVivadoError(
            f"{path} is not valid JSON ({exc}); rerun the step that writes it") from None


def _op_type(name: str) -> str:
    head, sep, tail = name.rpartition("_")
    return head if sep and tail.isdigit() else name


def _folding(attrs: Any) -> str:
    if not isinstance(attrs, dict):
        return ""
    return " · ".join(f"{key} {attrs[key]}" for key in ("PE", "SIMD") if key in attrs)


def _numbers(values: Any) -> dict[str, float]:
    """The numeric resource entries of one layer's dict (efficiencies dropped)."""
    if not isinstance(values, dict):
        return {}
    return {k: float(v) for k, v in values.items()
            if k in RESOURCE_KEYS and isinstance(v, (int, float)) and math.isfinite(v)}


def _timing_rows(post_synth: dict, synth: dict) -> list[dict[str, Any]]:
    """The per-layer timing estimate of post_synth_resources.json, in stream order."""
    worst = (synth.get("critical_path") or {}).get("layer")
    return [{"name": name, "max_logic_levels": values.get("max_logic_levels"),
             "fmax_estimate_mhz": values.get("fmax_estimate_mhz"), "worst": name == worst}
            for name, values in post_synth.items()
            if name != "total" and isinstance(values, dict)
            and isinstance(values.get("fmax_estimate_mhz"), (int, float))]


def _clock_ns(rtlsim: dict, perf: dict, synth: dict) -> Optional[float]:
    """The target clock period: rtlsim's fclk, the OOC run's, or the one behind the estimate."""
    if rtlsim.get("fclk[mhz]"):
        return 1000.0 / float(rtlsim["fclk[mhz]"])
    if synth.get("clk_ns") and math.isfinite(float(synth["clk_ns"])):
        return float(synth["clk_ns"])
    fps, cycles = perf.get("estimated_throughput_fps"), perf.get("max_cycles")
    if fps and cycles:
        return 1e9 / (float(fps) * float(cycles))
    return None


def load_report_data(output_dir: Union[str, os.PathLike], title: Optional[str] = None,
                     clk_ns: Optional[float] = None) -> ReportData:
    """Read the report files of ``output_dir``; raise FinnVivadoError when the estimate
    reports are missing or a file is not valid JSON."""
    out = Path(output_dir)
    rep = out / "report"
    cycles = _read_json(rep / CYCLES_FILE, required=True)
    resources = _read_json(rep / "estimate_layer_resources.json")
    post_synth = _read_json(rep / "post_synth_resources.json")
    hw_config = _read_json(out / "final_hw_config.json")
    if not isinstance(cycles, dict) or not all(isinstance(v, (int, float))
                                               for v in cycles.values()):
        raise FinnVivadoError(f"{rep / CYCLES_FILE} is not a node -> cycles mapping; rerun "
                              "step_generate_estimate_reports")
    layers = [Layer(name=name, op_type=_op_type(name), cycles=int(value),
                    folding=_folding(hw_config.get(name)),
                    estimate=_numbers(resources.get(name)), synth=_numbers(post_synth.get(name)))
              for name, value in cycles.items()]
    perf = _read_json(rep / "estimate_network_performance.json")
    rtlsim = _read_json(rep / "rtlsim_performance.json")
    synth = _read_json(rep / "ooc_synth_and_timing.json")
    comparison = _read_json(rep / "estimate_vs_synth.json")
    return ReportData(
        title=title or _default_title(out), output_dir=out, layers=layers, performance=perf,
        fit=_read_json(rep / "estimate_fit.json"), rtlsim=rtlsim, synth=synth,
        synth_total=_numbers(post_synth.get("total")),
        synth_only={name: _numbers(values) for name, values in post_synth.items()
                    if name != "total" and name not in cycles},
        synth_order=[name for name in post_synth if name != "total"],
        estimate_vs_synth=list(comparison.get("layers", [])) if comparison else [],
        tolerance=comparison.get("tolerance") if comparison else None,
        estimate_total=_numbers(resources.get("total")),
        clk_ns=clk_ns or _clock_ns(rtlsim, perf, synth),
        timing=_timing_rows(post_synth, synth))


def _default_title(out: Path) -> str:
    """The model's name as the output directory tells it: DIR for DIR/output, NAME for
    output_NAME, else the directory's own name."""
    resolved = out.resolve()
    if resolved.name.startswith("output_"):
        return resolved.name[len("output_"):]
    if resolved.name == "output" and resolved.parent.name:
        return resolved.parent.name
    return resolved.name
