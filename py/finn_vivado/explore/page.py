"""The explore page, ``explore/index.html``: one self-contained file (inline CSS and
SVG, as the build report) with a summary, the estimated and measured Pareto fronts per
part and resource (capacity marked) and the table of candidates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from finn_vivado.backends.report.charts import fmt
from finn_vivado.core.fsio import atomic_write
from finn_vivado.core.templating import render
from finn_vivado.core.version import __version__
from finn_vivado.explore.base import Base
from finn_vivado.explore.charts import COLORS, part_charts
from finn_vivado.explore.rows import estimated, measured
from finn_vivado.explore.spec import SweepSpec

__all__ = ["write_page"]

_TEMPLATES = Path(__file__).parent / "templates"


def _num(value: Optional[float]) -> str:
    return "" if value is None else fmt(value, 0)


def _status(row: Mapping[str, Any]) -> tuple[str, str]:
    for stage in ("build", "estimate"):
        result = row.get(stage)
        if result and result["status"] != "ok":
            return f"{stage}: {result['status']}", "bad"
    if row.get("build"):
        verified = (row["build"].get("figures") or {}).get("verified")
        return ("built, verified" if verified else "built"), "good"
    return ("estimated" if row.get("estimate") else "not run"), ""


def _table(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in sorted(rows, key=lambda r: -((estimated(r) or {}).get("throughput_fps") or 0)):
        est, meas = estimated(row) or {}, (row.get("build") or {}).get("figures") or {}
        marks = "".join(flag for flag, key in (("E", "on_estimated_front"), ("B", "chosen"),
                                               ("M", "on_measured_front")) if row[key])
        values = [_num(est.get("throughput_fps")), _num(est.get("LUT")),
                  _num(est.get("BRAM_18K")), _num(est.get("DSP")),
                  _num(meas.get("throughput_fps")), _num(meas.get("LUT")),
                  _num(meas.get("BRAM_18K")), _num(meas.get("DSP"))]
        status, tone = _status(row)
        out.append({"key": row["key"], "label": row["label"], "part": row["part"],
                    "marks": marks, "cells": values, "status": status, "tone": tone})
    return out


def _card(label: str, value: str, detail: str = "", tone: str = "") -> dict[str, str]:
    return {"label": label, "value": value, "detail": detail, "tone": tone}


def _cards(rows: Sequence[Mapping[str, Any]], stages: Mapping[str, Any]) -> list[dict]:
    est, built = stages.get("estimate", {}), stages.get("build", {})
    cards = [
        _card("candidates", str(len(rows)), f"estimated in {est.get('seconds', 0):.1f} s: "
              f"{est.get('ran', 0)} run, {est.get('cached', 0)} cached",
              "bad" if est.get("failed") else "good"),
        _card("estimate failures", str(est.get("failed", 0)), tone="bad" if est.get("failed") else ""),
        _card("built", str(built.get("candidates", 0)), f"in {built.get('seconds', 0):.1f} s: "
              f"{built.get('ran', 0)} run, {built.get('cached', 0)} cached, "
              f"{built.get('failed', 0)} failed", "bad" if built.get("failed") else "good"),
    ]
    best = [measured(r) for r in rows if r["on_measured_front"] and measured(r)]
    if best:
        top = max(best, key=lambda f: f["throughput_fps"])
        cards.append(_card("fastest measured", f"{fmt(top['throughput_fps'], 0)} fps",
                           f"{fmt(top['LUT'], 0)} LUT, {fmt(top['BRAM_18K'], 0)} BRAM_18K, "
                           f"{fmt(top['DSP'], 0)} DSP"))
    if stages.get("workers"):
        cards.append(_card("workers", str(stages["workers"])))
    return cards


def write_page(path: Path, base: Base, spec: SweepSpec, rows: Sequence[Mapping[str, Any]],
               stages: Mapping[str, Any]) -> Path:
    """Render the page to ``path`` (atomically)."""
    title = base.model.parent.name if base.model.stem == "model" else base.model.stem
    text = render(_TEMPLATES, "index.html.j2", title=title, folder=str(path.parent),
                  cards=_cards(rows, stages), parts=part_charts(rows), colors=COLORS,
                  table=_table(rows), version=__version__,
                  sweep=" × ".join(f"{k} ({len(v)})" for k, v in spec.axes) or "the config alone")
    return atomic_write(path, text)
