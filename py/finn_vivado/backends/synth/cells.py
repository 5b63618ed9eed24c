"""What each Xilinx cell kind is for the timing analysis of
:mod:`finn_vivado.backends.synth.timing`: its start points (clock-to-out), end points
(setup), combinational arcs and the connections that use no general routing.

``m`` is the family's delay model (figures by name, see ``delay_models.json``); a delay of
-1 from :func:`arc_delay` means "through a LUT pin" (the analysis assigns the pins).
"""

from __future__ import annotations

import re
from typing import Optional, Protocol

from finn_vivado.backends.synth.netlist import Cell

__all__ = ["CLOCK_PINS", "Figures", "LEVEL_KEYS", "arc_delay", "comb_inputs", "dedicated",
           "ends", "flag", "kind_of", "pin_base", "starts"]


class Figures(Protocol):
    """A family's delay figures by name (``timing.DelayModel``)."""

    def __getitem__(self, name: str) -> float: ...


_KINDS = (("ff", r"^FD"), ("lut", r"^LUT[1-6]$"), ("inv", r"^INV$"), ("buf", r"^BUF$"),
          ("muxf", r"^MUXF[789]$"), ("carry", r"^CARRY[48]$"), ("srl", r"^SRL"),
          ("bram", r"^(RAMB|FIFO)(18|36)"), ("lutram", r"^RAM\d"), ("dsp", r"^DSP48"))
#: cell kind -> its entry in the model's "levels"
LEVEL_KEYS = {"lut": "LUT", "inv": "INV", "buf": "BUF", "muxf": "MUXF", "carry": "CARRY",
              "lutram": "LUTRAM", "srl": "SRL", "dsp": "DSP"}
CLOCK_PINS = {"C", "CLK", "WCLK", "CLKARDCLK", "CLKBWRCLK", "RDCLK", "WRCLK", "CLKA", "CLKB"}
_FF_SETUP = {"D": "ff_setup_d", "CE": "ff_setup_ce"}
_ADDR = re.compile(r"^(A\d?|A\[\d+\]|ADDR[A-H](\[\d+\])?|DPRA\d?|DPRA\[\d+\])$")
_READ_ONLY_ADDR = re.compile(r"^(ADDR[A-CE-G]|DPRA)")
_BRAM_DATA = re.compile(r"^DIN?P?[AB]")
_DSP_DATA = {"A": "A", "ACIN": "A", "B": "B", "BCIN": "B", "C": "C", "D": "D"}
_CASCADE_IN = ("PCIN", "ACIN", "BCIN", "CARRYCASCIN", "MULTSIGNIN")


def kind_of(cell_type: str) -> Optional[str]:
    """"ff", "lut", "inv", "buf", "muxf", "carry", "srl", "bram", "lutram", "dsp" or None
    (a cell the model does not know)."""
    for kind, pattern in _KINDS:
        if re.match(pattern, cell_type):
            return kind
    return None


def flag(params: dict, name: str, default: int = 1) -> bool:
    """A register option of a DSP or block RAM (Yosys writes binary strings)."""
    value = params.get(name)
    if value is None:
        return bool(default)
    if isinstance(value, str):
        return int(value, 2) != 0 if set(value) <= {"0", "1"} and value else value != "0"
    return int(value) != 0


def pin_base(pin: str) -> str:
    """The port of a pin: "S" for "S[2]"."""
    return pin.split("[", 1)[0]


# ------------------------------------------------------------- what each cell kind does
def starts(cell: Cell, kind: str, m: Figures) -> list:
    """(net, clock-to-out) of the outputs a clock edge drives."""
    if kind == "ff":
        return [(net, m["ff_clk_to_q"]) for pin, net in cell.outs]
    if kind in ("lutram", "srl"):
        return [(net, m[f"{kind}_clk_to_out"]) for pin, net in cell.outs]
    if kind == "bram":
        return [(net, m["bram_clk_to_out_reg"] if flag(cell.params, _bram_reg(pin), 0)
                 else m["bram_clk_to_out"]) for pin, net in cell.outs]
    if kind == "dsp":
        base = _dsp_clk_to_out(cell.params, m)
        return [] if base is None else [(net, base) for pin, net in cell.outs]
    return []


def _bram_reg(pin: str) -> str:
    return "DOA_REG" if re.match(r"^DO(UT)?P?A", pin) else "DOB_REG"


def _dsp_clk_to_out(params: dict, m: Figures) -> Optional[float]:
    if flag(params, "PREG"):
        return m["dsp_clk_to_out_preg"]
    if flag(params, "MREG"):
        return m["dsp_clk_to_out_mreg"]
    inputs = "ABCD" if params.get("USE_DPORT") == "TRUE" else "ABC"
    if any(flag(params, f"{x}REG") for x in inputs):
        return m["dsp_clk_to_out_inreg"]
    return None


def _dsp_input(params: dict, pin: str, m: Figures) -> tuple:
    """('setup', ns) or ('comb', ns) for a DSP input pin."""
    base = pin_base(pin)
    if base == "PCIN":
        return ("setup", m["dsp_setup_pcin"]) if flag(params, "PREG") \
            else ("comb", m["dsp_setup_pcin"])
    data = _DSP_DATA.get(base)
    if data is None:
        return ("setup", m["dsp_setup_inreg"])
    if flag(params, f"{data}REG"):
        return ("setup", m["dsp_setup_inreg"])
    if data != "C" and flag(params, "MREG"):
        return ("setup", m["dsp_setup_mreg"])
    if flag(params, "PREG"):
        return ("setup", m["dsp_setup_preg"])
    return ("comb", m["dsp_comb"])


def ends(cell: Cell, kind: str, m: Figures) -> list:
    """(pin, net, setup) of the inputs a clock edge captures."""
    ins = [(pin, net) for pin, net in cell.ins if pin_base(pin) not in CLOCK_PINS]
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


def comb_inputs(cell: Cell, kind: str, m: Figures) -> list:
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


def arc_delay(kind: str, cell: Cell, pin: str, out: str, m: Figures) -> Optional[float]:
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
    if kind == "srl" and pin_base(out) != "Q":
        return None
    if kind == "dsp":
        return _dsp_input(cell.params, pin, m)[1]
    return -1.0  # lut, lutram, srl: assigned LUT pins


def _carry_arc(cell: Cell, pin: str, out: str, m: Figures) -> Optional[float]:
    width = 8 if cell.type == "CARRY8" else 4
    out_index = int(out[out.index("[") + 1:-1]) if "[" in out else 0
    is_co = out.startswith("CO")
    if pin_base(pin) in ("CI", "CI_TOP", "CYINIT"):
        if not is_co:
            return m["carry_ci_o"]
        return m["carry_ci_co"] if out_index == width - 1 else m["carry_ci_co_partial"]
    in_index = int(pin[pin.index("[") + 1:-1]) if "[" in pin else 0
    if in_index > out_index:
        return None
    return m["carry_s_co"] if is_co else m["carry_s_o"]


def dedicated(driver_kind: str, kind: str, pin: str, fanout: int) -> bool:
    """True for a connection that uses no general routing (see module doc)."""
    if kind == "carry":
        return (pin_base(pin) in ("CI", "CI_TOP") and driver_kind == "carry") or \
            (pin.startswith("S[") and driver_kind == "lut")
    if kind == "muxf":
        return pin in ("I0", "I1") and driver_kind in ("lut", "muxf")
    if kind == "dsp":
        return pin.startswith(_CASCADE_IN) and driver_kind == "dsp"
    if kind == "ff":
        return pin == "D" and fanout == 1 and driver_kind in ("lut", "muxf", "carry", "inv")
    return False
