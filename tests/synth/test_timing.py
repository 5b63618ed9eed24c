"""The timing estimate over Yosys's mapped netlist: the delay model file, small designs of
known structure synthesised by Yosys (levels and delays computed here from the model
file, independently of the analysis), a netlist built by hand, and the cache."""

import json
from pathlib import Path

import pytest

import finn_vivado
from finn_vivado.backends.sim import yosys
from finn_vivado.backends.sim.yosys import synth_hierarchy
from finn_vivado.backends.synth import timing
from finn_vivado.backends.synth.netlist import flatten

from .designs import ADDER, BRAM_COMPARE, CROSSING, LUT_CHAIN

MODEL_FILE = Path(finn_vivado.__file__).parent / "backends" / "synth" / "delay_models.json"
MODEL = json.loads(MODEL_FILE.read_text())


def figures(family: str) -> dict:
    """The model file's figures of ``family`` (read here, not through timing.py)."""
    return {k: v["value"] for k, v in MODEL["families"][family]["figures"].items()}


def run(tmp_path: Path, top: str, text: str, family: str = "xc7"):
    source = tmp_path / f"{top}.v"
    source.write_text(text)
    result = synth_hierarchy(top, [source], family=family,
                             analysis=timing.netlist_analysis(top, family))
    return result, result.analysis


# ------------------------------------------------------------------------ the model file
def test_every_figure_states_its_basis():
    assert set(MODEL["families"]) == {"xc7", "xcup"}
    names = set(MODEL["families"]["xc7"]["figures"])
    for family, entry in MODEL["families"].items():
        assert set(entry["figures"]) == names, family
        assert entry["basis"] and entry["name"]
        for name, figure in entry["figures"].items():
            assert len(figure["basis"]) > 20, (family, name)
            values = figure["value"] if isinstance(figure["value"], list) else [figure["value"]]
            assert all(0 <= v < 5 for v in values), (family, name)
    assert MODEL["limits"] and all(isinstance(n, int) for k, n in MODEL["levels"].items()
                                   if k != "comment")


def test_model_loading_and_unknown_families():
    model = timing.delay_model("xc7")
    assert model["route_per_hop"] == figures("xc7")["route_per_hop"]
    assert model.lut_pins == tuple(sorted(model.lut_pins)) and model.carry_cell == "CARRY4"
    assert timing.delay_model("xcup").carry_cell == "CARRY8"
    assert timing.delay_model("xc6s") is None and timing.netlist_analysis("t", "xc6s") is None


# ------------------------------------------------------------- designs synthesised by Yosys
@pytest.mark.parametrize("levels", [1, 5])
def test_chained_luts_give_their_number_of_levels(tmp_path, levels):
    text = LUT_CHAIN.replace("parameter N = 5", f"parameter N = {levels}")
    result, analysis = run(tmp_path, "lut_chain", text)
    assert result.total["cells"]["LUT2"] == levels
    path = analysis["critical_path"]
    assert path["cells"] == ["FDRE"] + ["LUT2"] * levels + ["FDRE"]
    assert path["levels"] == analysis["max_logic_levels"] == levels
    assert (path["start"], path["end"]) == ("r[0]", "q")
    f = figures("xc7")
    pins = f["lut_pins"]
    # first LUT: both inputs leave flip-flops together, the later one takes the second
    # pin; then the chain input arrives last and takes the fastest pin; the last LUT
    # drives only q's D (packed with it: no routing)
    expected = (f["ff_clk_to_q"] + f["route_per_hop"] + pins[1]
                + (levels - 1) * (f["route_per_hop"] + pins[0])
                + f["ff_setup_d"] + f["clock_allowance"])
    assert path["delay_ns"] == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize("family", ["xc7", "xcup"])
def test_32_bit_adder_is_one_carry_chain(tmp_path, family):
    result, analysis = run(tmp_path, "adder32", ADDER, family)
    carries = {k: v for k, v in result.total["cells"].items() if k.startswith("CARRY")}
    (carry, count), = carries.items()
    assert count == 32 // int(carry[-1])  # 8 CARRY4 (or 4 CARRY8)
    path = analysis["critical_path"]
    assert path["cells"] == ["FDRE", "LUT2"] + [carry] * count + ["FDRE"]
    assert path["levels"] == 1 + count
    f = figures(family)
    # a[i] ^ b[i] in a LUT2 feeds the first stage's S (dedicated), the carry runs through
    # every stage (CI -> CO), the last stage's sum output drives one register (packed)
    expected = (f["ff_clk_to_q"] + f["route_per_hop"] + f["lut_pins"][min(1, len(f["lut_pins"]) - 1)]
                + f["carry_s_co"] + (count - 2) * f["carry_ci_co"] + f["carry_ci_o"]
                + f["ff_setup_d"] + f["clock_allowance"])
    assert path["delay_ns"] == pytest.approx(expected, abs=1e-3)


def test_block_ram_read_into_a_comparator(tmp_path):
    result, analysis = run(tmp_path, "bram_compare", BRAM_COMPARE)
    assert result.total["RAMB18"] == 1
    path = analysis["critical_path"]
    assert path["cells"] == ["RAMB18E1", "LUT6", "FDRE"] and path["levels"] == 1
    assert path["end"] == "hit"
    f = figures("xc7")
    # no output register; all six compared bits leave the RAM together: the last one
    # takes the slowest LUT pin
    expected = (f["bram_clk_to_out"] + f["route_per_hop"] + f["lut_pins"][5]
                + f["ff_setup_d"] + f["clock_allowance"])
    assert path["delay_ns"] == pytest.approx(expected, abs=1e-3)


def test_path_through_a_module_boundary(tmp_path):
    _, analysis = run(tmp_path, "crossing", CROSSING)
    path = analysis["critical_path"]
    assert path["cells"] == ["FDRE", "LUT2", "LUT2", "FDRE"] and path["levels"] == 2
    assert (path["start_block"], path["block"]) == ("stage_a", "stage_b")
    assert path["start"].startswith("u_a/r[") and path["end"] == "u_b/q"
    assert analysis["blocks"]["stage_b"]["delay_ns"] == path["delay_ns"]
    f = figures("xc7")
    pins, hop = f["lut_pins"], f["route_per_hop"]
    expected = (f["ff_clk_to_q"] + hop + pins[1]     # u_a's LUT: two registers at once
                + hop + pins[0]                     # u_b's LUT: x arrives after rc
                + f["ff_setup_d"] + f["clock_allowance"])
    assert path["delay_ns"] == pytest.approx(expected, abs=1e-3)


def test_analysis_is_cached_with_the_counts(tmp_path, monkeypatch):
    first, analysis = run(tmp_path, "adder32", ADDER)

    def no_yosys(*args, **kwargs):
        raise AssertionError("Yosys ran again")

    monkeypatch.setattr(yosys, "_stat_modules", no_yosys)
    again, cached = run(tmp_path, "adder32", ADDER)
    assert again.cached and cached == analysis and again.modules == first.modules


# ----------------------------------------------------------------- a netlist built by hand
FF_DIRS = {"C": "input", "CE": "input", "D": "input", "R": "input", "Q": "output"}
LUT_DIRS = {f"I{i}": "input" for i in range(6)} | {"O": "output"}


def ff(d, q):
    return {"type": "FDRE", "port_directions": FF_DIRS,
            "connections": {"C": [2], "CE": ["1"], "D": [d], "R": ["0"], "Q": [q]}}


def lut(ins, out):
    conns = {f"I{i}": [bit] for i, bit in enumerate(ins)} | {"O": [out]}
    return {"type": f"LUT{len(ins)}", "port_directions": LUT_DIRS, "connections": conns}


def hand_netlist(lut_fanout_to_port: bool) -> dict:
    """Three registers; r0 -> LUT1 -> LUT3(r1, r2) -> register q (and the port y)."""
    ports = {"clk": {"direction": "input", "bits": [2]},
             "a": {"direction": "input", "bits": [3, 4, 5]},
             "y": {"direction": "output", "bits": [12 if lut_fanout_to_port else 13]}}
    inner = {"ports": {"clk": {"direction": "input", "bits": [2]},
                       "a": {"direction": "input", "bits": [3, 4, 5]},
                       "y": {"direction": "output", "bits": [12, 13]}},
             "cells": {"r0": ff(3, 6), "r1": ff(4, 7), "r2": ff(5, 8), "l1": lut([6], 9),
                       "l3": lut([7, 8, 9], 12), "q": ff(12, 13)},
             "netnames": {"r": {"hide_name": 0, "bits": [6, 7, 8]},
                          "qq": {"hide_name": 0, "bits": [13]}}}
    top = {"ports": ports,
           "cells": {"u": {"type": "inner", "connections": {
               "clk": [2], "a": [3, 4, 5], "y": [12, 13]}}},
           "netnames": {}}
    return {"modules": {"top": top, "inner": inner}}


@pytest.mark.parametrize("to_port", [False, True])
def test_hand_built_netlist(to_port):
    doc = hand_netlist(to_port)
    netlist = flatten(doc, "top")
    assert len(netlist.cells) == 6 and {b for _, _, b in netlist.instances} == {"", "inner"}
    model = timing.delay_model("xc7")
    result = timing.analyse(netlist, model, doc)
    f = figures("xc7")
    pins, hop, tco = f["lut_pins"], f["route_per_hop"], f["ff_clk_to_q"]
    l1 = tco + hop + pins[0]
    l3 = max(l1 + hop + pins[0], tco + hop + pins[2])  # the latest input, fastest pin
    # the LUT3 output packs with q's register unless it also drives the port
    into_q = l3 + (hop if to_port else 0.0) + f["ff_setup_d"] + f["clock_allowance"]
    path = result["critical_path"]
    assert path["cells"][:3] == ["FDRE", "LUT1", "LUT3"]
    assert path["cells"][3] in (("FDRE", "port") if to_port else ("FDRE",))
    assert path["delay_ns"] == pytest.approx(into_q, abs=1e-3)
    assert path["start"] == "u/r[0]" and path["block"] == "inner"
    assert result["max_logic_levels"] == 2 and result["loop_cells"] == 0
    fields, layers = timing.report_fields(result, lambda block: {"inner": "L"}.get(block, block))
    assert fields["fmax_estimate_mhz"] == pytest.approx(1000 / path["delay_ns"], abs=0.05)
    assert fields["critical_path"]["layer"] == "L" and layers["L"]["max_logic_levels"] == 2
