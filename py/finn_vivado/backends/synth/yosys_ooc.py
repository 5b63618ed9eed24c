"""Out-of-context synthesis of a stitched accelerator with Yosys ``synth_xilinx``.

The stitched top (``stitched_ip/``, :class:`finn_vivado.backends.stitched.design.StitchedDesign`) is
synthesised with its hierarchy kept (:func:`finn_vivado.backends.sim.yosys.synth_hierarchy`): one
Yosys run, each distinct layer parameterisation synthesised once, and the cell counts of
every layer's wrapper module ``<top>_<node>`` read from the result. The total is the
top's count (layers plus the top's own cells).

Yosys has no timing engine for Xilinx parts: the same run writes the mapped netlist,
which :mod:`finn_vivado.backends.synth.timing` analyses right away (the netlist is not
kept; the cache holds the counts and the analysis). The report gains an *estimated*
fmax (``fmax_estimate_mhz``), the logic levels, the critical path with its layer and
the delay model used (``timing_model``); every layer gets its own worst path's
``max_logic_levels`` and ``fmax_estimate_mhz``.
"""

from __future__ import annotations

from typing import Any

from finn_vivado.core.boards import part_info
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import verilog_name
from finn_vivado.backends.sim.yosys import RESOURCE_KEYS, synth_hierarchy
from finn_vivado.backends.stitched.design import StitchedDesign
from finn_vivado.backends.synth import timing

__all__ = ["layer_module", "yosys_ooc"]


def layer_module(top: str, node_name: str) -> str:
    """The wrapper module of node ``node_name`` in the stitched top ``top``."""
    return f"{top}_{verilog_name(node_name)}"


def _resources(counts: dict) -> dict[str, int]:
    return {key: int(counts[key]) for key in RESOURCE_KEYS}


def _add_timing(analysis: dict, top: str, node_names: list[str], summary: dict,
                layers: dict) -> None:
    """The timing estimate's fields into the summary and every layer (and "total")."""
    names = {layer_module(top, name): name for name in node_names}
    fields, per_layer = timing.report_fields(
        analysis, lambda block: names.get(block, block or "(top)"))
    summary.update(fields)
    for name in node_names:
        layers[name].update(per_layer.get(name, dict.fromkeys(timing.LAYER_KEYS)))
    layers["total"].update({k: summary.get(k) for k in timing.LAYER_KEYS})


def yosys_ooc(design: StitchedDesign, node_names: list[str],
              part: str) -> tuple[dict[str, Any], dict[str, dict]]:
    """Synthesise ``design`` for ``part``; (ooc_synth_and_timing dict, per-layer dict
    with a "total" entry). ``node_names``: the layers, in graph order."""
    family = part_info(part).yosys_family
    result = synth_hierarchy(design.top, design.source_paths(), family=family,
                             analysis=timing.netlist_analysis(design.top, family),
                             data_dir=design.data_dir)
    layers: dict[str, dict] = {}
    for name in node_names:
        module = layer_module(design.top, name)
        if module not in result.modules:
            raise FinnVivadoError(
                f"stitched design {design.directory} has no module {module} for layer {name}; "
                "the stitched IP is out of date: rerun step_create_stitched_ip")
        layers[name] = _resources(result.modules[module])
    layers["total"] = _resources(result.total)
    summary: dict[str, Any] = {"tool": "yosys", "tool_version": result.tool_version,
                               "part": part, "family": family, "top": design.top}
    summary.update(layers["total"])
    summary["synth_seconds"] = round(result.seconds, 3)
    summary["cached"] = result.cached
    if result.analysis:
        _add_timing(result.analysis, design.top, node_names, summary, layers)
    return summary, layers
