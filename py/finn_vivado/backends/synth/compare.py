"""Estimate vs synthesis, per layer: ``report/estimate_vs_synth.json`` and its table.

A layer's estimate is its resource model (:meth:`resource_estimates` of the layer);
the synthesis figure is the layer's wrapper module after synthesis. BRAM is counted in
RAMB18 units (a RAMB36 counts two). An estimate is within tolerance when
``|synth - estimate| <= max(TOLERANCE * estimate, ABS_TOLERANCE[key])``: layers of a
few LUTs (FIFOs, width converters) get an absolute allowance of
``ABS_TOLERANCE["LUT"]`` LUTs, and BRAM must match exactly below four RAMB18s.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.templating import render

__all__ = ["ABS_TOLERANCE", "TOLERANCE", "compare_layers", "format_table", "within"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: relative tolerance of an estimate
TOLERANCE = 0.25
#: absolute allowance per resource (LUTs, RAMB18s) for layers with tiny counts
ABS_TOLERANCE = {"LUT": 24.0, "BRAM": 0.5}


def within(estimate: float, synth: float, key: str) -> bool:
    """True when ``synth`` is within the tolerance of ``estimate`` (see module doc)."""
    return abs(synth - estimate) <= max(TOLERANCE * estimate, ABS_TOLERANCE[key])


def _ratio(synth: float, estimate: float) -> Optional[float]:
    return round(synth / estimate, 4) if estimate else None


def _row(node, synth: dict) -> dict[str, Any]:
    est = getCustomOp(node).resource_estimates()
    lut_est, bram_est = float(est["LUT"]), float(est["BRAM_18K"])
    lut, bram = int(synth["LUT"]), float(synth["BRAM_18K"] + 2 * synth["BRAM_36K"])
    return {"name": node.name, "op_type": node.op_type,
            "LUT_estimate": lut_est, "LUT_synth": lut,
            "BRAM_estimate": bram_est, "BRAM_synth": bram,
            "LUT_ratio": _ratio(lut, lut_est), "BRAM_ratio": _ratio(bram, bram_est),
            "within_25pct": {"LUT": within(lut_est, lut, "LUT"),
                             "BRAM": within(bram_est, bram, "BRAM")}}


def compare_layers(model, per_layer: dict[str, dict], tool: str) -> dict[str, Any]:
    """The estimate_vs_synth.json dict for the layers of ``model`` found in ``per_layer``."""
    rows = [_row(node, per_layer[node.name]) for node in model.graph.node
            if node.name in per_layer]
    return {"layers": rows, "tool": tool, "tolerance": TOLERANCE,
            "abs_tolerance": dict(ABS_TOLERANCE)}


def format_table(comparison: dict[str, Any]) -> str:
    """The comparison as a plain-text table (for the build log and the benchmark)."""
    rows = comparison["layers"]
    total = {key: sum(r[key] for r in rows)
             for key in ("LUT_estimate", "LUT_synth", "BRAM_estimate", "BRAM_synth")}
    return render(TEMPLATES, "estimate_vs_synth.txt.j2", rows=rows, total=total,
                  tool=comparison["tool"], tolerance=comparison["tolerance"],
                  abs_tolerance=comparison["abs_tolerance"],
                  misses=sum(not all(r["within_25pct"].values()) for r in rows))
