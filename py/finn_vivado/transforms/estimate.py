"""Estimates of a folded model (FINN's estimate reports), with a device fit check.

Each function computes one of FINN's reports, with FINN's field names; the step writing
them under ``<output_dir>/report/`` is :mod:`finn_vivado.flow.steps.estimate`.

- :func:`layer_cycles` (``estimate_layer_cycles.json``): node -> cycles per frame (each
  layer's model of its RTL).
- :func:`layer_resources` (``estimate_layer_resources.json``): node -> {BRAM_18K,
  BRAM_efficiency, LUT, URAM, URAM_efficiency, DSP}, plus ``"total"`` (sums of LUT,
  BRAM_18K, URAM, DSP).
- :func:`config_alternatives` (``estimate_layer_config_alternatives.json``): node -> list
  of resource dicts for the alternative resType / ram_style settings of the layer (the
  setting is in each dict).
- :func:`network_performance` (``estimate_network_performance.json``):
  critical_path_cycles (longest path through the graph, summing layer cycles), max_cycles,
  max_cycles_node_name, estimated_throughput_fps (fclk / max_cycles), estimated_latency_ns.
- :func:`op_and_param_counts` (``op_and_param_counts.json``): node -> {op_mac_<a>bx<b>b,
  param_weight_<w>b, param_threshold_<t>b}, plus ``"total"``.
- :func:`device_fit` (``estimate_fit.json``, ours): per resource used / available /
  utilization_pct for the target part, ``fits``, and the target frame rate check when a
  target is given.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.boards import PartInfo
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.layers import is_hw_layer

__all__ = [
    "RESOURCE_TOTAL_KEYS",
    "config_alternatives",
    "device_fit",
    "layer_cycles",
    "layer_resources",
    "network_performance",
    "op_and_param_counts",
]

#: Resources summed into "total" (efficiencies are not summed).
RESOURCE_TOTAL_KEYS = ("BRAM_18K", "LUT", "URAM", "DSP")
#: Attributes varied in estimate_layer_config_alternatives.json, in this order.
_ALTERNATIVE_ATTRS = ("resType", "ram_style", "ram_style_thresholds")


def _layers(model: Any) -> list[tuple[Any, Any]]:
    return [(n, getCustomOp(n)) for n in model.graph.node if is_hw_layer(n)]


def layer_cycles(model: Any) -> dict[str, int]:
    """Node name -> estimated cycles per frame; also sets each node's cycles_estimate."""
    out = {}
    for node, inst in _layers(model):
        cycles = int(inst.get_exp_cycles())
        inst.set_nodeattr("cycles_estimate", cycles)
        out[node.name] = cycles
    return out


def layer_resources(model: Any) -> dict[str, dict[str, float]]:
    """Node name -> FINN's resource dict, plus "total"; also sets res_estimate."""
    out: dict[str, dict[str, float]] = {}
    for node, inst in _layers(model):
        res = inst.resource_estimates()
        inst.set_nodeattr("res_estimate", json.dumps(res))
        out[node.name] = res
    out["total"] = {k: float(sum(r[k] for r in out.values())) for k in RESOURCE_TOTAL_KEYS}
    return out


def config_alternatives(model: Any) -> dict[str, list[dict[str, Any]]]:
    """Node name -> resources for each legal value of resType / ram_style /
    ram_style_thresholds (other attributes as set); FINN's
    estimate_layer_config_alternatives with the varied setting named in each entry."""
    out = {}
    for node, inst in _layers(model):
        types = inst.get_nodeattr_types()
        entries = []
        for attr in (a for a in _ALTERNATIVE_ATTRS if a in types):
            for value in inst.legal_values(attr) or []:
                with inst.trial(**{attr: value}):
                    entries.append({attr: value, **inst.resource_estimates()})
        out[node.name] = entries or [inst.resource_estimates()]
    return out


def network_performance(model: Any, cycles: dict[str, int], clk_ns: float) -> dict[str, Any]:
    """FINN's dataflow_performance plus throughput and latency at ``clk_ns``."""
    made = {out: node.name for node in model.graph.node for out in node.output}
    at_output: dict[str, int] = {}
    for node in model.graph.node:
        if node.name not in cycles:
            continue
        preds = [at_output[made[i]] for i in node.input if i in made and made[i] in at_output]
        at_output[node.name] = cycles[node.name] + max(preds, default=0)
    if not cycles:
        raise FinnVivadoError("estimate reports: the model has no hardware layers; run "
                              "step_generate_estimate_reports after step_create_dataflow_partition")
    worst = max(cycles, key=lambda name: cycles[name])
    critical = max(at_output.values())
    return {
        "critical_path_cycles": int(critical),
        "max_cycles": int(cycles[worst]),
        "max_cycles_node_name": worst,
        "estimated_throughput_fps": 1e9 / clk_ns / cycles[worst] if cycles[worst] else 0.0,
        "estimated_latency_ns": critical * clk_ns,
    }


def op_and_param_counts(model: Any) -> dict[str, dict[str, int]]:
    """Node name -> op/param counts (FINN's keys), plus "total" over all nodes."""
    out: dict[str, dict[str, int]] = {}
    for node, inst in _layers(model):
        counts = inst.get_op_and_param_counts()
        if counts:
            out[node.name] = counts
    total: dict[str, int] = {}
    for counts in out.values():
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    out["total"] = total
    return out


def device_fit(total: dict[str, float], part: PartInfo, fps: Optional[float] = None,
               target_fps: Optional[float] = None) -> dict[str, Any]:
    """Utilization of ``part`` per resource and whether the layers (resource ``total``)
    fit; with ``target_fps`` and the estimated ``fps``, whether the target is met."""
    caps = part.resources.as_dict()
    resources = {}
    for key in RESOURCE_TOTAL_KEYS:
        used, avail = float(total.get(key, 0)), caps[key]
        pct = 100.0 * used / avail if avail else (0.0 if used == 0 else float("inf"))
        resources[key] = {"used": used, "available": avail, "utilization_pct": round(pct, 2)}
    fits = all(r["used"] <= r["available"] for r in resources.values())
    out: dict[str, Any] = {"fpga_part": part.part, "device": part.device,
                           "family": part.family, "resources": resources, "fits": fits}
    if not fits:
        over = [k for k, r in resources.items() if r["used"] > r["available"]]
        out["over"] = over
    if target_fps is not None and fps is not None:
        out["target_fps"] = float(target_fps)
        out["estimated_throughput_fps"] = fps
        out["meets_target_fps"] = fps >= float(target_fps) * (1 - 1e-9)
    out["note"] = ("layers only: FIFOs and width converters inserted later, and the shell, "
                   "add to these figures")
    return out
