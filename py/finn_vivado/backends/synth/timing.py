"""A timing figure without Vivado: the longest register-to-register path over the Xilinx
cells Yosys mapped a design to, with the delay model of ``delay_models.json``.

Start points: the clock-to-out of flip-flops (FD*), shift registers (SRL*), LUT RAM
(RAM32M, RAM64X1D, ...), block RAM (RAMB18/36, E1 and E2; with or without output
register) and DSP48E1/E2 (PREG, MREG or input registers), and the top's input ports.
End points: the D, CE and set/reset inputs of flip-flops, the inputs of block RAM, DSP
and SRL, the write ports of LUT RAM, and the top's output ports. Combinational cells:
LUT1..LUT6 (the latest input takes the fastest LUT pin, as Vivado's pin swapping
does), MUXF7/8/9, CARRY4/CARRY8 (each cell of a chain adds its CI->CO delay), INV,
BUF, the read-address paths of LUT RAM and SRL, and DSPs without registers.

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
import re
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from finn_vivado.backends.sim.yosys import NetlistAnalysis
from finn_vivado.backends.synth.netlist import Cell, Netlist, cell_label, flatten

__all__ = ["LAYER_KEYS", "MODEL_FILE", "SUMMARY_KEYS", "DelayModel", "analyse", "delay_model",
           "model_identity", "netlist_analysis", "report_fields", "summarise"]

MODEL_FILE = Path(__file__).resolve().parent / "delay_models.json"
#: version of the analysis: part of the synthesis cache key with the model file's hash;
#: raise it when a change of this module or of netlist.py changes results
ANALYSIS_VERSION = 1
_UNREACHED = -math.inf
_KINDS = (("ff", r"^FD"), ("lut", r"^LUT[1-6]$"), ("inv", r"^INV$"), ("buf", r"^BUF$"),
          ("muxf", r"^MUXF[789]$"), ("carry", r"^CARRY[48]$"), ("srl", r"^SRL"),
          ("bram", r"^(RAMB|FIFO)(18|36)"), ("lutram", r"^RAM\d"), ("dsp", r"^DSP48"))
_LEVEL_KEYS = {"lut": "LUT", "inv": "INV", "buf": "BUF", "muxf": "MUXF", "carry": "CARRY",
               "lutram": "LUTRAM", "srl": "SRL", "dsp": "DSP"}
_CLOCK_PINS = {"C", "CLK", "WCLK", "CLKARDCLK", "CLKBWRCLK", "RDCLK", "WRCLK", "CLKA", "CLKB"}
_FF_SETUP = {"D": "ff_setup_d", "CE": "ff_setup_ce"}
_ADDR = re.compile(r"^(A\d?|A\[\d+\]|ADDR[A-H](\[\d+\])?|DPRA\d?|DPRA\[\d+\])$")
_READ_ONLY_ADDR = re.compile(r"^(ADDR[A-CE-G]|DPRA)")
_BRAM_DATA = re.compile(r"^DIN?P?[AB]")
_DSP_DATA = {"A": "A", "ACIN": "A", "B": "B", "BCIN": "B", "C": "C", "D": "D"}
_CASCADE_IN = ("PCIN", "ACIN", "BCIN", "CARRYCASCIN", "MULTSIGNIN")


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


def _kind(cell_type: str) -> Optional[str]:
    for kind, pattern in _KINDS:
        if re.match(pattern, cell_type):
            return kind
    return None


def _flag(params: dict, name: str, default: int = 1) -> bool:
    """A register option of a DSP or block RAM (Yosys writes binary strings)."""
    value = params.get(name)
    if value is None:
        return bool(default)
    if isinstance(value, str):
        return int(value, 2) != 0 if set(value) <= {"0", "1"} and value else value != "0"
    return int(value) != 0


def _base(pin: str) -> str:
    return pin.split("[", 1)[0]


# ------------------------------------------------------------- what each cell kind does
def _starts(cell: Cell, kind: str, m: DelayModel) -> list:
    """(net, clock-to-out) of the outputs a clock edge drives."""
    if kind == "ff":
        return [(net, m["ff_clk_to_q"]) for pin, net in cell.outs]
    if kind in ("lutram", "srl"):
        return [(net, m[f"{kind}_clk_to_out"]) for pin, net in cell.outs]
    if kind == "bram":
        return [(net, m["bram_clk_to_out_reg"] if _flag(cell.params, _bram_reg(pin), 0)
                 else m["bram_clk_to_out"]) for pin, net in cell.outs]
    if kind == "dsp":
        base = _dsp_clk_to_out(cell.params, m)
        return [] if base is None else [(net, base) for pin, net in cell.outs]
    return []


def _bram_reg(pin: str) -> str:
    return "DOA_REG" if re.match(r"^DO(UT)?P?A", pin) else "DOB_REG"


def _dsp_clk_to_out(params: dict, m: DelayModel) -> Optional[float]:
    if _flag(params, "PREG"):
        return m["dsp_clk_to_out_preg"]
    if _flag(params, "MREG"):
        return m["dsp_clk_to_out_mreg"]
    inputs = "ABCD" if params.get("USE_DPORT") == "TRUE" else "ABC"
    if any(_flag(params, f"{x}REG") for x in inputs):
        return m["dsp_clk_to_out_inreg"]
    return None


def _dsp_input(params: dict, pin: str, m: DelayModel) -> tuple:
    """('setup', ns) or ('comb', ns) for a DSP input pin."""
    base = _base(pin)
    if base == "PCIN":
        return ("setup", m["dsp_setup_pcin"]) if _flag(params, "PREG") \
            else ("comb", m["dsp_setup_pcin"])
    data = _DSP_DATA.get(base)
    if data is None:
        return ("setup", m["dsp_setup_inreg"])
    if _flag(params, f"{data}REG"):
        return ("setup", m["dsp_setup_inreg"])
    if data != "C" and _flag(params, "MREG"):
        return ("setup", m["dsp_setup_mreg"])
    if _flag(params, "PREG"):
        return ("setup", m["dsp_setup_preg"])
    return ("comb", m["dsp_comb"])


def _ends(cell: Cell, kind: str, m: DelayModel) -> list:
    """(pin, net, setup) of the inputs a clock edge captures."""
    ins = [(pin, net) for pin, net in cell.ins if _base(pin) not in _CLOCK_PINS]
    if kind == "ff":
        return [(p, n, m[_FF_SETUP.get(p, "ff_setup_sr")]) for p, n in ins]
    if kind == "srl":
        return [(p, n, m["srl_setup"]) for p, n in ins if not _ADDR.match(p)]
    if kind == "lutram":
        return [(p, n, m["lutram_setup"]) for p, n in ins if not _READ_ONLY_ADDR.match(p)]
    if kind == "bram":
        return [(p, n, m["bram_setup_data"] if _BRAM_DATA.match(p) else m["bram_setup_addr"])
                for p, n in ins]
    if kind == "dsp":
        return [(p, n, ns) for p, n in ins
                for how, ns in [_dsp_input(cell.params, p, m)] if how == "setup"]
    return []


def _comb_ins(cell: Cell, kind: str, m: DelayModel) -> list:
    """(pin, net) of the inputs with a combinational arc to an output."""
    if kind in ("lut", "inv", "buf", "muxf", "carry"):
        return cell.ins
    if kind == "lutram":
        return [(p, n) for p, n in cell.ins if _ADDR.match(p)]
    if kind == "srl":
        return [(p, n) for p, n in cell.ins if _ADDR.match(p)]
    if kind == "dsp":
        return [(p, n) for p, n in cell.ins if _dsp_input(cell.params, p, m)[0] == "comb"]
    return []


def _arc(kind: str, cell: Cell, pin: str, out: str, m: DelayModel) -> Optional[float]:
    """Delay of the arc ``pin`` -> ``out`` (None: no arc; "lut": by LUT pin)."""
    if kind == "muxf":
        size = "muxf7" if cell.type == "MUXF7" else "muxf8"
        return m[f"{size}_select"] if pin == "S" else m[f"{size}_data"]
    if kind == "carry":
        return _carry_arc(cell, pin, out, m)
    if kind == "inv":
        return m["inv"]
    if kind == "buf":
        return 0.0
    if kind == "srl" and _base(out) != "Q":
        return None
    if kind == "dsp":
        return _dsp_input(cell.params, pin, m)[1]
    return -1.0  # lut, lutram, srl: assigned LUT pins


def _carry_arc(cell: Cell, pin: str, out: str, m: DelayModel) -> Optional[float]:
    width = 8 if cell.type == "CARRY8" else 4
    out_index = int(out[out.index("[") + 1:-1]) if "[" in out else 0
    is_co = out.startswith("CO")
    if _base(pin) in ("CI", "CI_TOP", "CYINIT"):
        if not is_co:
            return m["carry_ci_o"]
        return m["carry_ci_co"] if out_index == width - 1 else m["carry_ci_co_partial"]
    in_index = int(pin[pin.index("[") + 1:-1]) if "[" in pin else 0
    if in_index > out_index:
        return None
    return m["carry_s_co"] if is_co else m["carry_s_o"]


def _dedicated(driver_kind: str, kind: str, pin: str, fanout: int) -> bool:
    """True for a connection that uses no general routing (see module doc)."""
    if kind == "carry":
        return (_base(pin) in ("CI", "CI_TOP") and driver_kind == "carry") or \
            (pin.startswith("S[") and driver_kind == "lut")
    if kind == "muxf":
        return pin in ("I0", "I1") and driver_kind in ("lut", "muxf")
    if kind == "dsp":
        return pin.startswith(_CASCADE_IN) and driver_kind == "dsp"
    if kind == "ff":
        return pin == "D" and fanout == 1 and driver_kind in ("lut", "muxf", "carry", "inv")
    return False


# ------------------------------------------------------------------------- the analysis
class _Timer:
    """Arrival times, critical predecessors and logic levels of every net."""

    def __init__(self, netlist: Netlist, model: DelayModel):
        self.nl, self.m = netlist, model
        size = netlist.nets
        self.kinds = [_kind(cell.type) for cell in netlist.cells]
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
                _dedicated(self.kinds[driver], kind, pin, self.fanout[net]):
            return 0.0
        return self.m["route_per_hop"]

    def start(self) -> None:
        for _, net in self.nl.inputs:
            if self.driver[net] < 0:
                self.arr[net] = 0.0
        for index, cell in enumerate(self.nl.cells):
            if self.kinds[index]:
                for net, delay in _starts(cell, self.kinds[index], self.m):
                    self.arr[net] = max(self.arr[net], delay)

    def propagate(self) -> None:
        """Combinational cells in topological order (Kahn); cells on a loop are skipped."""
        comb = {}
        for index, cell in enumerate(self.nl.cells):
            ins = _comb_ins(cell, self.kinds[index], self.m) if self.kinds[index] else []
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
        step = self.m.levels[_LEVEL_KEYS[kind]]
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
            delay = _arc(kind, cell, pin, out, self.m)
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
            for pin, net, setup in _ends(cell, kind, self.m):
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
    cells, instances = timer.nl.cells, timer.nl.instances

    def label(ref) -> str:
        if isinstance(ref, str):
            return f"port {ref}"
        return cell_label(doc, timer.nl, cells[ref]) if doc else cells[ref].name

    def block(ref) -> str:
        return "" if isinstance(ref, str) else instances[cells[ref].inst][2]

    def kind(ref) -> str:
        return "port" if isinstance(ref, str) else cells[ref].type

    return {"start": label(start), "end": label(end), "start_block": block(start),
            "levels": timer.lv[net], "delay_ns": round(delay, 3),
            "cells": [kind(start)] + [cells[i].type for i in comb] + [kind(end)]}


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
