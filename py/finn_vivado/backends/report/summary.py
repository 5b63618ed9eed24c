"""The report's header cards and tables (text only; the charts are in charts.py)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

from finn_vivado.backends.report.charts import fmt
from finn_vivado.backends.report.data import ReportData

__all__ = ["Card", "comparison_rows", "key_value_rows", "summary_cards"]


@dataclass
class Card:
    """One header figure: a label, the value, a detail line and a tone (good/bad/'')."""

    label: str
    value: str
    detail: str = ""
    tone: str = ""


def _fps(value: Any) -> str:
    return f"{fmt(float(value), 0)} fps"


def _performance_cards(data: ReportData) -> list[Card]:
    perf, sim, fit = data.performance, data.rtlsim, data.fit
    cards = []
    if perf:
        detail = "estimate"
        if "target_fps" in fit:
            met = fit.get("meets_target_fps")
            detail = f"estimate; target {_fps(fit['target_fps'])} {'met' if met else 'MISSED'}"
        cards.append(Card("Throughput", _fps(perf["estimated_throughput_fps"]), detail,
                          "" if fit.get("meets_target_fps", True) else "bad"))
    if sim.get("stable_throughput[images/s]"):
        cards.append(Card("Throughput (rtlsim)", _fps(sim["stable_throughput[images/s]"]),
                          f"steady state, {fmt(float(sim.get('N', 0)))} frames simulated"))
    if perf:
        cards.append(Card("Latency", f"{fmt(float(perf['estimated_latency_ns']))} ns",
                          f"estimate, {fmt(float(perf['critical_path_cycles']))} cycles"))
    if sim.get("latency_cycles") is not None and sim.get("fclk[mhz]"):
        ns = float(sim["latency_cycles"]) * 1000.0 / float(sim["fclk[mhz]"])
        cards.append(Card("Latency (rtlsim)", f"{fmt(ns)} ns",
                          f"{fmt(float(sim['latency_cycles']))} cycles, first frame"))
    return cards


def _resource_cards(data: ReportData) -> list[Card]:
    cards = []
    total = data.estimate_total
    if total:
        text = ", ".join(f"{fmt(total[k])} {k}" for k in ("LUT", "BRAM_18K", "URAM", "DSP")
                         if k in total and (total[k] or k in ("LUT", "BRAM_18K")))
        cards.append(Card("Resources", text, "estimate, sum of the layers"))
    if data.synth:
        keys = ("LUT", "FF", "BRAM_18K", "BRAM_36K", "URAM", "DSP")
        text = ", ".join(f"{fmt(float(data.synth[k]))} {k}" for k in keys
                         if isinstance(data.synth.get(k), (int, float)) and
                         (data.synth[k] or k in ("LUT", "FF")))
        fmax = data.synth.get("fmax_mhz")
        detail = f"{data.synth.get('tool', 'synthesis')}, whole accelerator"
        if isinstance(fmax, (int, float)) and math.isfinite(fmax):
            detail += f"; fmax {fmt(float(fmax))} MHz"
        cards.append(Card("Resources (synthesis)", text, detail))
    fit = data.fit
    if fit.get("resources"):
        worst = max(fit["resources"].items(), key=lambda kv: kv[1].get("utilization_pct", 0))
        pct = worst[1].get("utilization_pct", 0)
        if fit.get("fits"):
            cards.append(Card("Fit", f"fits {fit.get('device', fit.get('fpga_part', ''))}",
                              f"highest: {worst[0]} {fmt(float(pct))} %", "good"))
        else:
            over = ", ".join(fit.get("over", [worst[0]]))
            cards.append(Card("Fit", "DOES NOT FIT", f"over capacity: {over}", "bad"))
    return cards


def summary_cards(data: ReportData, part: Optional[str]) -> list[Card]:
    """The figures at the top of the report, in reading order."""
    cards = [Card("Model", data.title, str(data.output_dir))]
    part = part or data.fit.get("fpga_part") or data.synth.get("part")
    if part:
        cards.append(Card("Part", str(part), str(data.fit.get("family", ""))))
    if data.clk_ns:
        cards.append(Card("Clock", f"{fmt(1000.0 / data.clk_ns)} MHz",
                          f"{fmt(data.clk_ns, 2)} ns period"))
    bottleneck = next((layer for layer in data.layers if layer.name == data.bottleneck), None)
    if bottleneck is not None:
        cards.append(Card("Bottleneck", bottleneck.name,
                          f"{fmt(bottleneck.cycles)} cycles per frame", "warn"))
    return cards + _performance_cards(data) + _resource_cards(data)


def _value(value: Any) -> str:
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return fmt(float(value), 3)
    if isinstance(value, (list, dict)):
        return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return str(value)


def key_value_rows(values: dict[str, Any]) -> list[tuple[str, str]]:
    """(FINN's field name, formatted value) for a flat report dict."""
    return [(key, _value(value)) for key, value in values.items()]


def comparison_rows(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """estimate_vs_synth.json layers as table cells, ratios with a verdict."""
    rows = []
    for entry in entries:
        within = entry.get("within_25pct") or {}
        row = {"name": entry.get("name", ""), "op_type": entry.get("op_type", "")}
        for key in ("LUT", "BRAM"):
            ratio = entry.get(f"{key}_ratio")
            row[key] = {
                "estimate": _value(entry.get(f"{key}_estimate")),
                "synth": _value(entry.get(f"{key}_synth")),
                "ratio": "\u2014" if ratio is None else f"{float(ratio):.2f}\u00d7",
                "tone": "" if key not in within else ("good" if within[key] else "bad"),
            }
        rows.append(row)
    return rows
