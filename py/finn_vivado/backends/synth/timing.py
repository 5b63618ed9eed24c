"""A timing figure without Vivado: the longest register-to-register path over the Xilinx
cells Yosys mapped a design to, with the delay model of ``delay_models.json``.

Start points: the clock-to-out of flip-flops (FD*), shift registers (SRL*), LUT RAM
(RAM32M, RAM64X1D, ...), block RAM (RAMB18/36, E1 and E2; with or without output
register) and DSP48E1/E2 (PREG, MREG or input registers), and the top's input ports.
End points: the D, CE and set/reset inputs of flip-flops, the inputs of block RAM, DSP
and SRL, the write ports of LUT RAM, and the top's output ports. Combinational cells:
LUT1..LUT6 (the latest input takes the fastest LUT pin, as Vivado's pin swapping
does), MUXF7/8/9, CARRY4/CARRY8 (each cell of a chain adds its CI->CO delay), INV,
BUF, the read-address paths of LUT RAM and SRL, and DSPs without registers. What each
cell kind does is in :mod:`finn_vivado.backends.synth.cells`.

Every net hop adds the model's routing allowance except dedicated connections (carry
chains, LUT->CARRY S, LUT->MUXF, DSP cascades, and a LUT/MUXF/CARRY output feeding only
one flip-flop's D, which Vivado packs into the same slice). A path's delay adds the
model's clock allowance; the estimated fmax is 1000 / delay. One pass over the cells
in topological order: linear in the netlist size.

Logic levels count LUT, MUXF, CARRY, INV, LUT-RAM/SRL reads and DSP pass-throughs as
``delay_models.json`` lists them. ``max_logic_levels`` is the most levels on any path;
a path's ``levels`` are those of that path. A path belongs to the block (top-level
instance) of its end point; one ending at an output port, to the block driving it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from finn_vivado.backends.sim.yosys import NetlistAnalysis
from finn_vivado.backends.synth import cells
from finn_vivado.backends.synth.netlist import Cell, Netlist, cell_label, flatten

__all__ = ["LAYER_KEYS", "MODEL_FILE", "SUMMARY_KEYS", "DelayModel", "analyse", "delay_model",
           "model_identity", "netlist_analysis", "report_fields", "summarise"]

MODEL_FILE = Path(__file__).resolve().parent / "delay_models.json"
#: version of the analysis: part of the synthesis cache key with the model file's hash;
#: raise it when a change of this module, cells.py or netlist.py changes results
ANALYSIS_VERSION = 1
_UNREACHED = -math.inf


@dataclass(frozen=True)
class DelayModel:
    """One family of ``delay_models.json``: figures in ns, LUT pin delays (fastest
    first), logic levels per cell kind, the carry primitive and a one-line basis."""

    family: str
    name: str
    basis: str
    carry_cell: str
    figures: dict
    lut_pins: tuple
    levels: dict

    def __getitem__(self, key: str) -> float:
        return self.figures[key]


def delay_model(family: str) -> Optional[DelayModel]:
    """The delay model of a Yosys family ("xc7", "xcup"), or None without one."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    entry = data["families"].get(family)
    if entry is None:
        return None
    figures = {k: v["value"] for k, v in entry["figures"].items()}
    levels = {k: v for k, v in data["levels"].items() if isinstance(v, int)}
    return DelayModel(family, entry["name"], entry["basis"], entry["carry_cell"],
                      figures, tuple(figures.pop("lut_pins")), levels)


def model_identity() -> str:
    """The analysis version and a hash of the model file (part of the synthesis cache
    key: a changed model or analysis runs Yosys again)."""
    return f"v{ANALYSIS_VERSION} {hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest()[:16]}"


# ------------------------------------------------------------------------- the analysis
class _Timer:
    """Arrival times, critical predecessors and logic levels of every net."""

    def __init__(self, netlist: Netlist, model: DelayModel):
        self.nl, self.m = netlist, model
        size = netlist.nets
        self.kinds = [cells.kind_of(cell.type) for cell in netlist.cells]
        self.driver = [-1] * size
        self.fanout = [0] * size
        self.arr = [_UNREACHED] * size
        self.pred = [-1] * size
        self.lv = [0] * size
        self.maxlv = [0] * size
        for index, cell in enumerate(netlist.cells):
            for _, net in cell.outs:
                self.driver[net] = index
            for _, net in cell.ins:
                self.fanout[net] += 1
        for _, net in netlist.outputs:
            self.fanout[net] += 1
        self.loop_cells = 0

    def route(self, net: int, kind: str, pin: str) -> float:
        driver = self.driver[net]
        if driver >= 0 and self.kinds[driver] and \
                cells.dedicated(self.kinds[driver], kind, pin, self.fanout[net]):
            return 0.0
        return self.m["route_per_hop"]

    def start(self) -> None:
        for _, net in self.nl.inputs:
            if self.driver[net] < 0:
                self.arr[net] = 0.0
        for index, cell in enumerate(self.nl.cells):
            if self.kinds[index]:
                for net, delay in cells.starts(cell, self.kinds[index], self.m):
                    self.arr[net] = max(self.arr[net], delay)

    def propagate(self) -> None:
        """Combinational cells in topological order (Kahn); cells on a loop are skipped."""
        comb = {}
        for index, cell in enumerate(self.nl.cells):
            ins = cells.comb_inputs(cell, self.kinds[index], self.m) if self.kinds[index] else []
            if ins:
                comb[index] = ins
        waiting = dict.fromkeys(comb, 0)
        users: dict = {}
        for index, ins in comb.items():
            for _, net in ins:
                if self.driver[net] in comb:
                    waiting[index] += 1
                    users.setdefault(net, []).append(index)
        ready = deque(index for index, count in waiting.items() if count == 0)
        done = 0
        while ready:
            index = ready.popleft()
            self.evaluate(index, comb[index])
            done += 1
            for _, net in self.nl.cells[index].outs:
                for user in users.get(net, ()):
                    waiting[user] -= 1
                    if waiting[user] == 0:
                        ready.append(user)
        self.loop_cells = len(comb) - done

    def evaluate(self, index: int, comb_ins: list) -> None:
        cell, kind = self.nl.cells[index], self.kinds[index]
        ins = [(pin, net, self.arr[net] + self.route(net, kind, pin))
               for pin, net in comb_ins if self.arr[net] > _UNREACHED]
        step = self.m.levels[cells.LEVEL_KEYS[kind]]
        for out, onet in cell.outs:
            arcs = self.arcs(kind, cell, ins, out)
            if not arcs:
                continue
            best, crit = max(arcs)
            self.maxlv[onet] = max(self.maxlv[net] for _, net in arcs) + step
            if best > self.arr[onet]:
                self.arr[onet], self.pred[onet] = best, crit
                self.lv[onet] = self.lv[crit] + step

    def arcs(self, kind: str, cell: Cell, ins: list, out: str) -> list:
        """(arrival at ``out``, input net) per input arc; LUT-like inputs take the LUT
        pins latest-first (the latest input gets the fastest pin)."""
        arcs, lut_like = [], []
        for pin, net, arrival in ins:
            delay = cells.arc_delay(kind, cell, pin, out, self.m)
            if delay is None:
                continue
            if delay < 0:
                lut_like.append((arrival, net))
            else:
                arcs.append((arrival + delay, net))
        pins = self.m.lut_pins
        for rank, (arrival, net) in enumerate(sorted(lut_like, reverse=True)):
            arcs.append((arrival + pins[min(rank, len(pins) - 1)], net))
        return arcs

    def ends(self):
        """(block, end, net, total delay) of every reached end point; ``end`` is a cell
        index or an output port's label."""
        allowance = self.m["clock_allowance"]
        for index, cell in enumerate(self.nl.cells):
            kind = self.kinds[index]
            if not kind:
                continue
            block = self.nl.instances[cell.inst][2]
            for pin, net, setup in cells.ends(cell, kind, self.m):
                if self.arr[net] > _UNREACHED:
                    yield block, index, net, \
                        self.arr[net] + self.route(net, kind, pin) + setup + allowance
        for label, net in self.nl.outputs:
            if self.arr[net] > _UNREACHED:
                driver = self.driver[net]
                block = self.nl.instances[self.nl.cells[driver].inst][2] if driver >= 0 else ""
                yield block, label, net, self.arr[net] + self.route(net, "port", label) + allowance

    def trace(self, net: int) -> tuple:
        """(start: cell index or input port label, combinational cells in path order)."""
        comb = []
        while True:
            driver = self.driver[net]
            if driver < 0:
                ports = dict((n, label) for label, n in self.nl.inputs)
                return ports.get(net, "?"), comb[::-1]
            if self.pred[net] < 0:
                return driver, comb[::-1]
            comb.append(driver)
            net = self.pred[net]


def _describe(timer: _Timer, doc: Optional[dict], end, net: int, delay: float) -> dict:
    """The report entry of the worst path ending at ``end`` through ``net``."""
    start, comb = timer.trace(net)
    leaves, instances = timer.nl.cells, timer.nl.instances

    def label(ref) -> str:
        if isinstance(ref, str):
            return f"port {ref}"
        return cell_label(doc, timer.nl, leaves[ref]) if doc else leaves[ref].name

    def block(ref) -> str:
        return "" if isinstance(ref, str) else instances[leaves[ref].inst][2]

    def kind(ref) -> str:
        return "port" if isinstance(ref, str) else leaves[ref].type

    return {"start": label(start), "end": label(end), "start_block": block(start),
            "levels": timer.lv[net], "delay_ns": round(delay, 3),
            "cells": [kind(start)] + [leaves[i].type for i in comb] + [kind(end)]}


def analyse(netlist: Netlist, model: DelayModel, doc: Optional[dict] = None) -> dict:
    """Worst paths of ``netlist`` (overall and per block) under ``model``; ``doc``, the
    JSON the netlist came from, names the start and end cells."""
    timer = _Timer(netlist, model)
    timer.start()
    timer.propagate()
    worst: dict = {}
    levels: dict = {}
    count = 0
    for block, end, net, delay in timer.ends():
        count += 1
        levels[block] = max(levels.get(block, 0), timer.maxlv[net])
        if block not in worst or delay > worst[block][0]:
            worst[block] = (delay, end, net)
    blocks = {}
    for block, (delay, end, net) in sorted(worst.items()):
        blocks[block] = _describe(timer, doc, end, net, delay)
        blocks[block].update(block=block, max_logic_levels=levels[block])
    critical = max(blocks.values(), key=lambda b: b["delay_ns"], default=None)
    unmodelled: dict = {}
    for cell, kind in zip(netlist.cells, timer.kinds):
        if kind is None and not cell.type.startswith("BUFG"):
            unmodelled[cell.type] = unmodelled.get(cell.type, 0) + 1
    return {"family": model.family, "critical_path": critical,
            "max_logic_levels": max(levels.values(), default=0), "blocks": blocks,
            "endpoints": count, "unmodelled_cells": unmodelled,
            "loop_cells": timer.loop_cells}


def netlist_analysis(top: str, family: str) -> Optional[NetlistAnalysis]:
    """The timing analysis of module ``top`` for :func:`synth_hierarchy` (its result is
    :func:`summarise`'s), or None when ``family`` has no delay model."""
    if delay_model(family) is None:
        return None
    return NetlistAnalysis(key=f"timing {model_identity()}",
                           run=lambda doc: summarise(doc, top, family))


def summarise(doc: dict, top: str, family: str) -> Optional[dict]:
    """:func:`analyse` of module ``top`` of a Yosys JSON netlist for ``family``; None
    when the family has no delay model."""
    model = delay_model(family)
    if model is None:
        return None
    return analyse(flatten(doc, top), model, doc)


#: fields the timing estimate adds to ooc_synth_and_timing.json and to each layer of
#: post_synth_resources.json
SUMMARY_KEYS = ("max_logic_levels", "fmax_estimate_mhz", "critical_path", "timing_model")
LAYER_KEYS = ("max_logic_levels", "fmax_estimate_mhz")


def _fmax(delay_ns: float) -> float:
    return round(1000.0 / delay_ns, 1)


def report_fields(analysis: dict, layer_of) -> tuple[dict, dict]:
    """(ooc_synth_and_timing fields, {layer: per-layer fields}) of an :func:`analyse`
    result; ``layer_of(block)`` names the layer of a block (top-level module)."""
    model = delay_model(analysis["family"])
    fields: dict = {"max_logic_levels": analysis["max_logic_levels"],
                    "timing_model": {"family": model.family, "name": model.name,
                                     "basis": model.basis}}
    path = analysis.get("critical_path")
    if path:
        fields["fmax_estimate_mhz"] = _fmax(path["delay_ns"])
        fields["critical_path"] = {
            "layer": layer_of(path["block"]), "start_layer": layer_of(path["start_block"]),
            **{k: path[k] for k in ("start", "end", "levels", "delay_ns", "cells")}}
    layers = {layer_of(block): {"max_logic_levels": entry["max_logic_levels"],
                                "fmax_estimate_mhz": _fmax(entry["delay_ns"])}
              for block, entry in analysis["blocks"].items()}
    return fields, layers
