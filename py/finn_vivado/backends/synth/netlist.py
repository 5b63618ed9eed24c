"""A Yosys JSON netlist (``write_json`` of a design with its hierarchy kept) as a flat
list of leaf cells over numbered nets, for :mod:`finn_vivado.backends.synth.timing`.

Every instance of a module is expanded (the design is flattened here, not in Yosys,
so the JSON stays as small as the hierarchy); each leaf cell remembers its instance
path and its *block*, the module of the top-level instance it sits in (a layer's
wrapper ``<top>_<node>`` in a stitched accelerator; ``""`` for cells of the top
itself). Constant bits ("0", "1", "x", "z") are dropped.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass, field
from typing import Iterator

__all__ = ["Cell", "Netlist", "flatten", "cell_label"]

#: parameters kept on block RAM and DSP cells (register options that change timing)
TIMING_PARAMS = ("DOA_REG", "DOB_REG", "AREG", "BREG", "CREG", "DREG", "ADREG", "MREG",
                 "PREG", "USE_MULT", "USE_DPORT")


@dataclass
class Cell:
    """One leaf cell: its type, instance (index into :attr:`Netlist.instances`), its
    name in that instance's module, timing parameters, input and output pins."""

    type: str
    inst: int
    name: str
    params: dict
    ins: list        #: (pin, net) pairs; a bus pin is named "S[2]"
    outs: list


@dataclass
class Netlist:
    """Leaf cells, instances (path, module, block) and the top's port bits."""

    cells: list = field(default_factory=list)
    instances: list = field(default_factory=list)
    inputs: list = field(default_factory=list)     #: (port label, net)
    outputs: list = field(default_factory=list)
    nets: int = 0


def _is_box(module: dict) -> bool:
    return "blackbox" in module.get("attributes", {})


def _net(bit, mapping: dict, counter: Iterator[int]):
    """Global net of local ``bit`` (None for a constant)."""
    if isinstance(bit, str):
        return None
    try:
        return mapping[bit]
    except KeyError:
        net = mapping[bit] = next(counter)
        return net


def _pin(port: str, index: int, width: int) -> str:
    return sys.intern(port if width == 1 else f"{port}[{index}]")


def _leaf(cell: dict, name: str, inst: int, mapping: dict, counter) -> Cell:
    dirs = cell.get("port_directions", {})
    ins, outs = [], []
    for port, bits in cell.get("connections", {}).items():
        side = outs if dirs.get(port) == "output" else ins
        for index, bit in enumerate(bits):
            net = _net(bit, mapping, counter)
            if net is not None:
                side.append((_pin(port, index, len(bits)), net))
    params = {}
    if cell["type"].startswith(("RAMB", "FIFO", "DSP")):
        params = {k: v for k, v in cell.get("parameters", {}).items() if k in TIMING_PARAMS}
    return Cell(sys.intern(cell["type"]), inst, name, params, ins, outs)


def _submap(sub: dict, cell: dict, mapping: dict, counter) -> dict:
    """Local nets of submodule ``sub`` -> global nets, through the instance's ports."""
    submap: dict = {}
    for port, bits in cell.get("connections", {}).items():
        for sub_bit, bit in zip(sub["ports"][port]["bits"], bits):
            if not isinstance(sub_bit, str):
                submap[sub_bit] = _net(bit, mapping, counter)
    return submap


def _walk(modules: dict, name: str, mapping: dict, path: str, block: str,
          out: Netlist, counter) -> None:
    inst = len(out.instances)
    out.instances.append((path, name, block))
    for cname, cell in modules[name].get("cells", {}).items():
        sub = modules.get(cell["type"])
        if sub is None or _is_box(sub):
            out.cells.append(_leaf(cell, cname, inst, mapping, counter))
            continue
        _walk(modules, cell["type"], _submap(sub, cell, mapping, counter),
              f"{path}/{cname}" if path else cname, block or cell["type"], out, counter)


def flatten(doc: dict, top: str) -> Netlist:
    """The leaf cells of module ``top`` of a Yosys JSON netlist ``doc``."""
    modules = doc["modules"]
    if top not in modules:
        raise ValueError(f"netlist has no module {top}")
    counter = itertools.count()
    mapping: dict = {}
    out = Netlist()
    for pname, port in modules[top].get("ports", {}).items():
        bits = port["bits"]
        side = out.inputs if port["direction"] == "input" else out.outputs
        for index, bit in enumerate(bits):
            net = _net(bit, mapping, counter)
            if net is not None:
                side.append((_pin(pname, index, len(bits)), net))
    _walk(modules, top, mapping, "", "", out, counter)
    out.nets = next(counter)
    return out


def cell_label(doc: dict, netlist: Netlist, cell: Cell) -> str:
    """A readable name for ``cell``: its instance path and the public net its first
    output drives (a register's name for a flip-flop), else its cell name."""
    path, module, _ = netlist.instances[cell.inst]
    local = doc["modules"][module]["cells"].get(cell.name, {})
    dirs = local.get("port_directions", {})
    bits = [b for port, bs in local.get("connections", {}).items()
            if dirs.get(port) == "output" for b in bs if not isinstance(b, str)]
    name = cell.name
    if bits:
        for net_name, info in doc["modules"][module].get("netnames", {}).items():
            if not info.get("hide_name") and bits[0] in info["bits"]:
                width = len(info["bits"])
                index = info["bits"].index(bits[0]) + info.get("offset", 0)
                name = net_name if width == 1 else f"{net_name}[{index}]"
                break
    return f"{path}/{name}" if path else name
