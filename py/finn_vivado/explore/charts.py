"""Geometry of the explore page's scatter charts (pixels), ready for the SVG template.

One chart per part and figure (LUT, BRAM_18K, DSP, latency): throughput on a logarithmic
x axis, the figure on a linear y axis from 0. It shows every estimated candidate, the
estimated front (joined), the built candidates' measured figures (joined to their
estimate) and the measured front, and the part's capacity as a dashed line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional, Sequence

from finn_vivado.backends.report.charts import COLORS as REPORT_COLORS, fmt
from finn_vivado.explore.rows import estimated, measured

__all__ = ["COLORS", "Scatter", "part_charts"]

COLORS = {"candidate": "#a5c3ee", "estimate": REPORT_COLORS["estimate"],
          "measured": REPORT_COLORS["synth"], "capacity": REPORT_COLORS["over"],
          "grid": REPORT_COLORS["track"], "link": "#94a3b8"}
WIDTH, HEIGHT = 460, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 30, 44
#: the capacity line is drawn when it is at most this many times the largest value
CAPACITY_ZOOM = 4.0
#: the charted figures: (figure, axis title)
FIGURES = (("LUT", "LUT"), ("BRAM_18K", "BRAM (18 Kb)"), ("DSP", "DSP"),
           ("latency_ns", "latency (ns)"))


@dataclass
class Point:
    x: float
    y: float
    kind: str        # candidate | estimate | measured
    title: str


@dataclass
class Scatter:
    """One chart: plot box, ticks, points, lines, links and the capacity line."""

    title: str
    ylabel: str
    xticks: list[tuple[float, str]] = field(default_factory=list)
    yticks: list[tuple[float, str]] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)   # (svg points, kind)
    links: list[tuple[float, float, float, float]] = field(default_factory=list)
    capacity: Optional[tuple[float, str]] = None
    capacity_note: str = ""   # the capacity when it is far above every point
    width: int = WIDTH
    height: int = HEIGHT
    box: tuple[int, int, int, int] = (LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM)


def _x_range(values: Sequence[float]) -> tuple[float, float]:
    lo, hi = math.log10(min(values)), math.log10(max(values))
    pad = max(0.08, (hi - lo) * 0.06)
    return lo - pad, hi + pad


def _x_ticks(lo: float, hi: float) -> list[float]:
    ticks = [m * 10 ** e for e in range(math.floor(lo), math.ceil(hi) + 1) for m in (1, 2, 5)]
    return [t for t in ticks if lo <= math.log10(t) <= hi]


def _y_step(top: float) -> float:
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


class _Mapper:
    """Data -> pixel coordinates of one chart."""

    def __init__(self, xs: Sequence[float], ytop: float) -> None:
        self.lo, self.hi = _x_range(xs)
        self.step = _y_step(max(ytop, 1e-9))
        self.ytop = self.step * math.ceil(max(ytop, 1e-9) * 1.05 / self.step)
        self.left, self.top, self.w, self.h = LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(self, fps: float) -> float:
        return round(self.left + (math.log10(fps) - self.lo) / (self.hi - self.lo) * self.w, 1)

    def y(self, value: float) -> float:
        return round(self.top + self.h - value / self.ytop * self.h, 1)

    def ticks(self) -> tuple[list, list]:
        xt = [(self.x(t), fmt(t, 0)) for t in _x_ticks(self.lo, self.hi)]
        count = int(round(self.ytop / self.step))
        yt = [(self.y(i * self.step), fmt(i * self.step)) for i in range(count + 1)]
        return xt, yt


def _title(row: Mapping[str, Any], fig: Mapping[str, Any], name: str, what: str) -> str:
    return (f"{row['label']} [{row['key']}] {what}: {fmt(fig['throughput_fps'])} fps, "
            f"{name} {fmt(fig[name])}")


def _front_line(rows: Sequence[Mapping], keys: set, view: Callable, m: _Mapper, name: str) -> str:
    figs = sorted((view(r) for r in rows if r["key"] in keys),
                  key=lambda f: (f["throughput_fps"], f[name]))
    return " ".join(f"{m.x(f['throughput_fps'])},{m.y(f[name])}" for f in figs)


def _chart(part: str, rows: Sequence[Mapping[str, Any]], name: str, ylabel: str,
           capacity: Optional[float]) -> Optional[Scatter]:
    est = [(r, estimated(r)) for r in rows if estimated(r)]
    meas = [(r, measured(r)) for r in rows if measured(r)]
    if not est:
        return None
    figs = [f for _, f in est + meas]
    top = max(f[name] for f in figs)
    shown = capacity if capacity and capacity <= CAPACITY_ZOOM * max(top, 1.0) else None
    m = _Mapper([f["throughput_fps"] for f in figs], max(top, shown or 0.0, 1.0))
    chart = Scatter(title=f"{ylabel} vs throughput on {part}", ylabel=ylabel)
    chart.xticks, chart.yticks = m.ticks()
    for row, fig in est:
        kind = "estimate" if row["on_estimated_front"] else "candidate"
        chart.points.append(Point(m.x(fig["throughput_fps"]), m.y(fig[name]), kind,
                                  _title(row, fig, name, "estimate")))
    for row, fig in meas:
        base = estimated(row)
        chart.links.append((m.x(base["throughput_fps"]), m.y(base[name]),
                            m.x(fig["throughput_fps"]), m.y(fig[name])))
        chart.points.append(Point(m.x(fig["throughput_fps"]), m.y(fig[name]), "measured",
                                  _title(row, fig, name, "measured")))
    for flag, view, kind in (("on_estimated_front", estimated, "estimate"),
                             ("on_measured_front", measured, "measured")):
        keys = {r["key"] for r in rows if r[flag]}
        if len(keys) > 1:
            chart.lines.append((_front_line(rows, keys, view, m, name), kind))
    if shown:
        chart.capacity = (m.y(shown), f"{part} capacity {fmt(shown)}")
    elif capacity:
        chart.capacity_note = f"{part} capacity {fmt(capacity)} (above the chart)"
    return chart


def part_charts(rows: Sequence[Mapping[str, Any]]) -> dict[str, list[Scatter]]:
    """{part: its charts} over the rows (grouped by ``part``)."""
    out: dict[str, list[Scatter]] = {}
    for part in dict.fromkeys(r["part"] for r in rows):
        mine = [r for r in rows if r["part"] == part]
        capacity = next((estimated(r)["capacity"] for r in mine if estimated(r)), {})
        charts = [_chart(part, mine, name, label, capacity.get(name)) for name, label in FIGURES]
        out[part] = [c for c in charts if c is not None]
    return out
