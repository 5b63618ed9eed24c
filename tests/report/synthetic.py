"""Report files of a made-up build (FINN's file and field names), for the report tests.

The figures are chosen so that every chart has something to show: a clear bottleneck,
per-layer BRAM and DSP, synthesis results with blocks added after the estimate (a FIFO,
a width converter) and a comparison table.
"""

from __future__ import annotations

import json
from pathlib import Path

CYCLES = {"MVAU_0": 100, "MVAU_1": 400, "Thresholding_0": 250, "MVAU_2": 50}
BOTTLENECK = "MVAU_1"
LUT = {"MVAU_0": 1200, "MVAU_1": 3000, "Thresholding_0": 300, "MVAU_2": 800}
BRAM = {"MVAU_0": 2, "MVAU_1": 8, "Thresholding_0": 0, "MVAU_2": 1}
DSP = {"MVAU_0": 0, "MVAU_1": 0, "Thresholding_0": 0, "MVAU_2": 4}
#: in stream order, as synthesis reports it: blocks added by the build between the layers
SYNTH_LUT = {"StreamingFIFO_0": 60, "MVAU_0": 1100, "MVAU_1": 3400,
             "StreamingDataWidthConverter_0": 90, "Thresholding_0": 280, "MVAU_2": 700}
SYNTH_BRAM36 = {"MVAU_1": 4}  # 8 BRAM_18K as 4 BRAM_36K
#: the timing estimate per synthesised block: (max logic levels, fmax estimate in MHz)
TIMING = {"StreamingFIFO_0": (2, 410.0), "MVAU_0": (7, 190.5), "MVAU_1": (9, 160.3),
          "StreamingDataWidthConverter_0": (3, 350.1), "Thresholding_0": (5, 230.0),
          "MVAU_2": (6, 205.7)}
CRITICAL_PATH = {"layer": "MVAU_1", "start_layer": "MVAU_1", "start": "u_MVAU_1/acc[3]",
                 "end": "u_MVAU_1/acc[17]", "levels": 9, "delay_ns": round(1000 / 160.3, 3),
                 "cells": ["FDRE", "LUT6", "LUT5"] + ["CARRY4"] * 6 + ["LUT2", "FDRE"]}
CAPACITY = {"BRAM_18K": 280, "LUT": 53200, "URAM": 0, "DSP": 220}
FOLDING = {"MVAU_0": {"PE": 4, "SIMD": 8}, "MVAU_1": {"PE": 2, "SIMD": 4},
           "Thresholding_0": {"PE": 1}, "MVAU_2": {"PE": 1, "SIMD": 16}}
RTLSIM_CYCLES_PER_FRAME = 402.0


def _write(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _resources(name: str) -> dict:
    return {"BRAM_18K": BRAM[name], "BRAM_efficiency": 1, "LUT": LUT[name], "URAM": 0,
            "URAM_efficiency": 1, "DSP": DSP[name]}


def _synth(name: str) -> dict:
    return {"LUT": SYNTH_LUT[name], "LUTRAM": 0, "FF": SYNTH_LUT[name] // 2,
            "DSP": DSP.get(name, 0),
            "BRAM_18K": BRAM.get(name, 0) if name not in SYNTH_BRAM36 else 0,
            "BRAM_36K": SYNTH_BRAM36.get(name, 0), "URAM": 0, "Carry": 10,
            "max_logic_levels": TIMING[name][0], "fmax_estimate_mhz": TIMING[name][1]}


def estimate_totals(lut_scale: float = 1.0) -> dict:
    return {"BRAM_18K": float(sum(BRAM.values())), "LUT": float(sum(LUT.values())) * lut_scale,
            "URAM": 0.0, "DSP": float(sum(DSP.values()))}


def write_fit(out: Path, lut_used: float) -> None:
    """estimate_fit.json against an xc7z020 with ``lut_used`` LUTs."""
    used = {**estimate_totals(), "LUT": lut_used}
    resources = {k: {"used": used[k], "available": CAPACITY[k],
                     "utilization_pct": round(100 * used[k] / CAPACITY[k], 2) if CAPACITY[k] else 0}
                 for k in CAPACITY}
    fits = all(used[k] <= CAPACITY[k] for k in CAPACITY)
    fit = {"fpga_part": "xc7z020clg400-1", "device": "xc7z020", "family": "zynq",
           "resources": resources, "fits": fits, "target_fps": 200000.0,
           "estimated_throughput_fps": 250000.0, "meets_target_fps": True,
           "note": "layers only"}
    if not fits:
        fit["over"] = [k for k in CAPACITY if used[k] > CAPACITY[k]]
    _write(out / "report" / "estimate_fit.json", fit)


def write_synthetic_build(out: Path, synth: bool = True, rtlsim: bool = True) -> Path:
    """Write the report files of a made-up build into ``out``; returns ``out``."""
    rep = out / "report"
    _write(rep / "estimate_layer_cycles.json", CYCLES)
    resources = {name: _resources(name) for name in CYCLES}
    _write(rep / "estimate_layer_resources.json", {**resources, "total": estimate_totals()})
    _write(rep / "estimate_network_performance.json", {
        "critical_path_cycles": sum(CYCLES.values()), "max_cycles": CYCLES[BOTTLENECK],
        "max_cycles_node_name": BOTTLENECK,
        "estimated_throughput_fps": 1e8 / CYCLES[BOTTLENECK],
        "estimated_latency_ns": 10.0 * sum(CYCLES.values())})
    write_fit(out, estimate_totals()["LUT"])
    _write(out / "final_hw_config.json", {"Defaults": {}, **FOLDING})
    if rtlsim:
        _write(rep / "rtlsim_performance.json", {
            "N": 20, "cycles": 8400, "latency_cycles": 820, "runtime[ms]": 0.084,
            "throughput[images/s]": 238095.2, "stable_throughput[images/s]": 248756.2,
            "fclk[mhz]": 100.0, "N_IN_TXNS": 200, "N_OUT_TXNS": 20,
            "stable_cycles_per_frame": RTLSIM_CYCLES_PER_FRAME})
    if synth:
        post = {name: _synth(name) for name in SYNTH_LUT}
        post["total"] = {k: sum(v[k] for v in post.values()) for k in post["MVAU_0"]}
        _write(rep / "post_synth_resources.json", post)
        post["total"].update(max_logic_levels=9, fmax_estimate_mhz=160.3)
        _write(rep / "ooc_synth_and_timing.json", {
            "tool": "yosys", "tool_version": "Yosys 0.23", "part": "xc7z020clg400-1",
            "family": "xc7", "top": "finn_design", **post["total"], "synth_seconds": 12.5,
            "critical_path": CRITICAL_PATH,
            "timing_model": {"family": "xc7", "name": "7-series -1",
                             "basis": "prjxray-db cell delays; 0.5 ns per net hop"}})
        _write(rep / "estimate_vs_synth.json", {"tool": "yosys", "tolerance": 0.25, "layers": [
            {"name": n, "op_type": n.rsplit("_", 1)[0], "LUT_estimate": float(LUT[n]),
             "LUT_synth": SYNTH_LUT[n], "BRAM_estimate": float(BRAM[n]),
             "BRAM_synth": float(post[n]["BRAM_18K"] + 2 * post[n]["BRAM_36K"]),
             "LUT_ratio": SYNTH_LUT[n] / LUT[n],
             "BRAM_ratio": (post[n]["BRAM_18K"] + 2 * post[n]["BRAM_36K"]) / BRAM[n]
             if BRAM[n] else None,
             "within_25pct": {"LUT": abs(SYNTH_LUT[n] / LUT[n] - 1) <= 0.25, "BRAM": True}}
            for n in CYCLES]})
    return out
