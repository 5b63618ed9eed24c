"""The figures of one candidate, read from the reports its build wrote.

- :func:`estimate_figures` (stage 1): estimated throughput, latency, bottleneck and
  resources (``report/estimate_*.json``), the part's capacities and whether it fits;
- :func:`build_figures` (stage 2): the rtlsim throughput and latency
  (``rtlsim_performance.json``), the synthesised resources and fmax
  (``ooc_synth_and_timing.json``), the stitched-rtlsim verification verdict and the fit
  of the synthesised design.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

__all__ = ["RESOURCES", "build_figures", "estimate_figures"]

#: resources compared with the part's capacity (FINN's names)
RESOURCES = ("LUT", "BRAM_18K", "URAM", "DSP")


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _read_optional(path: Path) -> Optional[Any]:
    return _read(path) if path.is_file() else None


def estimate_figures(out: Path) -> dict[str, Any]:
    """Figures of an estimate-only build in ``out``."""
    report = Path(out) / "report"
    perf = _read(report / "estimate_network_performance.json")
    total = _read(report / "estimate_layer_resources.json")["total"]
    fit = _read(report / "estimate_fit.json")
    figures = {
        "throughput_fps": float(perf["estimated_throughput_fps"]),
        "latency_ns": float(perf["estimated_latency_ns"]),
        "max_cycles": int(perf["max_cycles"]),
        "bottleneck": perf.get("max_cycles_node_name"),
        "fits": bool(fit["fits"]),
        "capacity": {name: fit["resources"][name]["available"] for name in RESOURCES
                     if name in fit["resources"]},
        "folding_config": str(Path(out) / "final_hw_config.json"),
    }
    figures.update({name: float(total.get(name, 0.0)) for name in RESOURCES})
    return figures


def _verified(out: Path) -> Optional[bool]:
    folder = Path(out) / "verification_output"
    if (folder / "stitched_ip_rtlsim_FAIL.npy").exists():
        return False
    if (folder / "stitched_ip_rtlsim_SUCCESS.npy").exists():
        return True
    return None


def _rtlsim(report: Path) -> dict[str, Any]:
    perf = _read_optional(report / "rtlsim_performance.json")
    if perf is None:
        return {}
    fclk = float(perf["fclk[mhz]"])
    fps = perf.get("stable_throughput[images/s]") or perf["throughput[images/s]"]
    return {"throughput_fps": float(fps),
            "latency_ns": float(perf["latency_cycles"]) * 1000.0 / fclk,
            "rtlsim_cycles": int(perf["cycles"]), "rtlsim_frames": int(perf["N"])}


def _synth(report: Path) -> dict[str, Any]:
    synth = _read_optional(report / "ooc_synth_and_timing.json")
    if synth is None:
        return {}
    figures = {name: float(synth.get(name, 0) or 0) for name in (*RESOURCES, "FF")}
    figures["synth_tool"] = f"{synth.get('tool')} {synth.get('tool_version')}"
    fmax = synth.get("fmax_mhz") or synth.get("fmax_estimate_mhz")
    figures["fmax_mhz"] = float(fmax) if fmax else None
    return figures


def build_figures(out: Path) -> dict[str, Any]:
    """Measured figures of a stage-2 build in ``out`` (only what its outputs produced);
    ``fits`` compares the synthesised resources with the part's capacity."""
    report = Path(out) / "report"
    estimate = estimate_figures(out)
    figures: dict[str, Any] = {"capacity": estimate["capacity"],
                               "folding_config": str(Path(out) / "final_hw_config.json"),
                               "verified": _verified(out)}
    figures.update(_rtlsim(report))
    synth = _synth(report)
    figures.update(synth)
    if synth:
        figures["fits"] = all(figures[name] <= estimate["capacity"].get(name, 0)
                              for name in RESOURCES if figures[name] > 0)
    return figures
