"""Geometry of the report's horizontal bar charts (pixels), ready for the SVG template.

A :class:`Figure` is one SVG picture: a stack of :class:`Chart` s.  Each chart has one
row per layer (or per resource) with one or more bars, the value written at the end of
each bar, an optional badge (the bottleneck) and optional vertical markers (the cycles per
frame measured in rtlsim).  All lengths are computed here so the template only places them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Optional

from finn_vivado.backends.report.data import Layer, ReportData

__all__ = ["COLORS", "Chart", "Figure", "cycles_figure", "fit_figure", "fmt",
           "resources_figure"]

#: Fill colours (also used by the tests to find the bars in a screenshot).
COLORS = {
    "estimate": "#3b7dd8",
    "bottleneck": "#e8590c",
    "synth": "#2f9e6e",
    "over": "#d6336c",
    "track": "#e9edf3",
    "marker": "#7048e8",
}
WIDTH = 940
LABEL_WIDTH = 252
BAR_SPAN = 450
#: Labels longer than this are shortened (the full name is in the row's tooltip).
LABEL_CHARS = 30
BAR_HEIGHT = 14
HEADER = 44


def fmt(value: float, digits: int = 1) -> str:
    """A number for people: thousands separators, at most ``digits`` decimals."""
    if not math.isfinite(value):
        return str(value)
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.{digits}f}"


@dataclass
class Bar:
    """One bar: its value, length in pixels, colour and the text written after it."""

    value: float
    width: float
    fill: str
    text: str
    track: float = 0.0  # length of a grey background track (fit charts: 100 %)


@dataclass
class Row:
    """One labelled row of bars."""

    label: str
    sublabel: str
    bars: list[Bar]
    badge: str = ""
    hot: bool = False  # the bottleneck layer (label drawn in its colour)
    y: float = 0.0

    @property
    def height(self) -> float:
        return max(40.0, len(self.bars) * (BAR_HEIGHT + 3) + 14)

    @property
    def short_label(self) -> str:
        if len(self.label) <= LABEL_CHARS:
            return self.label
        return self.label[: LABEL_CHARS - 1] + "\u2026"


@dataclass
class Marker:
    """A dashed vertical line across the chart at ``x`` with a caption."""

    x: float
    text: str


@dataclass
class Chart:
    """A titled bar chart; rows are laid out top to bottom by :meth:`layout`."""

    key: str
    title: str
    rows: list[Row]
    legend: list[tuple[str, str]] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    note: str = ""
    y: float = 0.0
    height: float = 0.0
    rows_end: float = 0.0
    label_width: int = LABEL_WIDTH
    bar_x: int = LABEL_WIDTH + 12

    def layout(self) -> "Chart":
        y = HEADER
        for row in self.rows:
            row.y = y
            y += row.height
        self.rows_end = y
        self.height = y + (18 if self.markers else 0) + (24 if self.note else 10)
        return self


@dataclass
class Figure:
    """One SVG picture: charts stacked vertically."""

    name: str
    title: str
    charts: list[Chart]
    width: int = WIDTH
    height: float = 0.0

    def layout(self) -> "Figure":
        y = 0.0
        for chart in self.charts:
            chart.layout()
            chart.y = y
            y += chart.height + 8
        self.height = max(y, 1.0)
        return self


def _scale(values: list[float]) -> Callable[[float], float]:
    top = max([v for v in values if math.isfinite(v)] + [0.0])
    if top <= 0:
        return lambda value: 0.0
    return lambda value: max(1.0, BAR_SPAN * value / top) if value > 0 else 0.0


# --------------------------------------------------------------------------- cycles
def cycles_figure(data: ReportData) -> Figure:
    """Cycles per frame of every layer; the bottleneck in its own colour; the rtlsim
    steady-state cycles per frame as a marker."""
    measured = data.rtlsim.get("stable_cycles_per_frame")
    values = [float(layer.cycles) for layer in data.layers]
    scale = _scale(values + ([float(measured)] if measured else []))
    rows = []
    for layer in data.layers:
        hot = layer.name == data.bottleneck
        bar = Bar(layer.cycles, scale(layer.cycles),
                  COLORS["bottleneck" if hot else "estimate"], f"{fmt(layer.cycles)} cycles")
        rows.append(Row(layer.name, _sublabel(layer), [bar], "bottleneck" if hot else "", hot))
    chart = Chart("cycles", "Cycles per frame, per layer (estimate)", rows,
                  legend=[("layer", COLORS["estimate"]), ("bottleneck", COLORS["bottleneck"])])
    if measured:
        chart.markers.append(Marker(chart.bar_x + scale(float(measured)),
                                    f"rtlsim: {fmt(float(measured))} cycles/frame"))
        chart.legend.append(("rtlsim", COLORS["marker"]))
    if data.clk_ns:
        chart.note = (f"Throughput = clock / bottleneck cycles; at {fmt(1000 / data.clk_ns)} MHz "
                      f"one cycle is {fmt(data.clk_ns, 2)} ns.")
    return Figure("cycles", "Cycles per layer", [chart]).layout()


def _sublabel(layer: Layer) -> str:
    return " · ".join(part for part in (layer.op_type, layer.folding) if part)


# --------------------------------------------------------------------------- resources
def _bram(values: dict[str, float]) -> Optional[float]:
    """BRAM in 18 Kb units: BRAM_18K + 2 x BRAM_36K (None when neither is reported)."""
    if "BRAM_18K" not in values and "BRAM_36K" not in values:
        return None
    return values.get("BRAM_18K", 0.0) + 2 * values.get("BRAM_36K", 0.0)


#: (chart key, title, unit, value getter) of the per-layer resource charts.
_RESOURCES: list[tuple[str, str, str, Callable[[dict[str, float]], Optional[float]]]] = [
    ("LUT", "LUTs per layer", "LUT", lambda v: v.get("LUT")),
    ("BRAM_18K", "Block RAM per layer (18 Kb units)", "BRAM_18K", _bram),
    ("URAM", "UltraRAM per layer", "URAM", lambda v: v.get("URAM")),
    ("DSP", "DSP slices per layer", "DSP", lambda v: v.get("DSP")),
    ("FF", "Flip-flops per layer (synthesis)", "FF", lambda v: v.get("FF")),
]


def _resource_chart(data: ReportData, key: str, title: str, unit: str,
                    get: Callable[[dict[str, float]], Optional[float]]) -> Optional[Chart]:
    entries: list[tuple[str, str, Optional[float], Optional[float], bool]] = []
    for layer in data.layers:
        entries.append((layer.name, _sublabel(layer), get(layer.estimate), get(layer.synth),
                        layer.name == data.bottleneck))
    for name, values in data.synth_only.items():
        entries.append((name, "added by the build", None, get(values), False))
    if data.synth_order:  # stream order, FIFOs and width converters between the layers
        rank = {name: i for i, name in enumerate(data.synth_order)}
        entries.sort(key=lambda e: rank.get(e[0], len(rank)))
    numbers = [v for e in entries for v in e[2:4] if v is not None]
    if not any(numbers):
        return None
    scale = _scale(numbers)
    rows = []
    for name, sub, est, syn, hot in entries:
        bars = []
        if est is not None:
            bars.append(Bar(est, scale(est), COLORS["estimate"], f"{fmt(est)} {unit}"))
        if syn is not None:
            bars.append(Bar(syn, scale(syn), COLORS["synth"], f"{fmt(syn)} {unit} (synth)"))
        rows.append(Row(name, sub, bars, hot=hot))
    legend = []
    if any(e[2] is not None for e in entries):
        legend.append(("estimate", COLORS["estimate"]))
    if any(e[3] is not None for e in entries):
        legend.append((f"synthesis ({data.synth.get('tool', 'post-synth')})", COLORS["synth"]))
    return Chart(key, title, rows, legend=legend)


def resources_figure(data: ReportData) -> tuple[Figure, list[str]]:
    """One chart per resource some layer uses; also returns the resources no layer uses."""
    charts, unused = [], []
    for key, title, unit, get in _RESOURCES:
        chart = _resource_chart(data, key, title, unit, get)
        if chart is not None:
            charts.append(chart)
        elif any(get(layer.estimate) is not None for layer in data.layers):
            unused.append(key)
    return Figure("resources", "Resources per layer", charts).layout(), unused


# --------------------------------------------------------------------------- device fit
def fit_figure(data: ReportData) -> Optional[Figure]:
    """Utilisation of the part per resource: the layer estimate and, when synthesised,
    the synthesised accelerator (FIFOs and width converters included)."""
    resources = data.fit.get("resources") or {}
    if not resources:
        return None
    rows = []
    for key, entry in resources.items():
        used, avail = float(entry.get("used", 0)), float(entry.get("available", 0))
        if avail <= 0 and used <= 0:
            continue
        bars = [_fit_bar(used, avail, COLORS["estimate"], "")]
        synth = _bram(data.synth_total) if key == "BRAM_18K" else data.synth_total.get(key)
        if synth is not None:
            bars.append(_fit_bar(synth, avail, COLORS["synth"], " synth"))
        rows.append(Row(key, f"{fmt(avail)} available", bars))
    legend = [("estimate (layers)", COLORS["estimate"])]
    if data.synth_total:
        legend.append(("synthesis (whole accelerator)", COLORS["synth"]))
    legend.append(("over capacity", COLORS["over"]))
    part = data.fit.get("fpga_part", "the part")
    return Figure("fit", "Device fit", [Chart(
        "fit", f"Utilisation of {part}", rows, legend=legend,
        note=str(data.fit.get("note", "")))]).layout()


def _fit_bar(used: float, avail: float, fill: str, suffix: str) -> Bar:
    pct = 100.0 * used / avail if avail > 0 else math.inf
    width = BAR_SPAN * min(pct, 100.0) / 100.0 if used > 0 else 0.0
    share = f"{fmt(pct, 1)} %" if math.isfinite(pct) else "none on this part"
    return Bar(used, max(width, 1.0) if used > 0 else 0.0, COLORS["over"] if pct > 100 else fill,
               f"{fmt(used)} / {fmt(avail)} ({share}){suffix}", track=BAR_SPAN)
