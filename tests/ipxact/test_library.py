"""component.xml of every library core in ip_repo/: committed, up to date, valid IEEE
1685-2009, with the cores' parameters and interfaces."""

from __future__ import annotations

import re
import shutil

import pytest
from lxml import etree

from finn_vivado.backends.ipxact import core_component, library_cores, stale_library_ip, write_library_ip
from finn_vivado.backends.ipxact.__main__ import main
from finn_vivado.backends.ipxact.hdl_header import parse_module
from finn_vivado.backends.rtl.spec import ip_repo_dir

from .helpers import NS, check_ip_dir, run_gui

CORES = library_cores()


def test_every_core_is_packaged():
    assert len(CORES) >= 14 and {"MVAU", "Thresholding", "StreamingFIFO"} <= set(CORES)
    assert "common" not in CORES


def test_committed_files_are_up_to_date():
    stale = stale_library_ip()
    assert not stale, ("regenerate with `python -m finn_vivado.backends.ipxact`; out of date: "
                       + ", ".join(stale))


@pytest.mark.parametrize("core", CORES)
def test_component_validates_and_lists_existing_files(core):
    doc = check_ip_dir(ip_repo_dir() / core)
    assert doc.findtext("spirit:name", namespaces=NS) == core
    assert doc.findtext(".//xilinx:taxonomy", namespaces=NS) == "/FINN"


def _dependency_value(text: str, values: dict) -> int:
    expr = re.sub(r"spirit:decode\(id\('MODELPARAM_VALUE\.(\w+)'\)\)",
                  lambda m: str(values[m.group(1)]), text)
    return eval(expr.replace("/", "//"), {"__builtins__": {}})  # + - * // on ints only


@pytest.mark.parametrize("core", CORES)
def test_parameters_and_port_widths_follow_the_hdl(core):
    path = ip_repo_dir() / core / "component.xml"
    doc = etree.parse(str(path))
    header = parse_module(ip_repo_dir() / core / "hdl" / f"{core}.v", core)
    user = [p.findtext("spirit:name", namespaces=NS)
            for p in doc.iterfind("spirit:parameters/spirit:parameter", NS)]
    model = {p.findtext("spirit:name", namespaces=NS): p.findtext("spirit:value", namespaces=NS)
             for p in doc.iterfind(".//spirit:modelParameter", NS)}
    assert user == [p.name for p in header.params] + ["Component_Name"]
    assert list(model) == [p.name for p in header.params]
    values = {k: int(v) for k, v in model.items() if v and re.fullmatch(r"-?\d+", v)}
    for port in doc.iterfind(".//spirit:port", NS):
        left = port.find(".//spirit:left", NS)
        if left is not None and left.get(f"{{{NS['spirit']}}}dependency"):
            dep = left.get(f"{{{NS['spirit']}}}dependency")
            assert _dependency_value(dep, values) == int(left.text)


def test_mvau_interfaces_and_choices():
    comp = core_component("MVAU")
    buses = {b.name: b for b in comp.bus_interfaces}
    assert set(buses) == {"s_axis_0", "m_axis_0", "ap_clk", "ap_rst_n"}
    clock = dict((n, v) for n, v, _, _ in buses["ap_clk"].params)
    assert [r for n, _, _, r in buses["ap_clk"].params if n == "FREQ_HZ"] == ["user"]
    assert clock["ASSOCIATED_BUSIF"] == "s_axis_0:m_axis_0"
    assert clock["ASSOCIATED_RESET"] == "ap_rst_n" and int(clock["FREQ_HZ"]) > 0
    assert buses["ap_rst_n"].params == (("POLARITY", "ACTIVE_LOW", "", ""),)
    params = {p.name: p for p in comp.params}
    assert params["RAM_STYLE"].choices == ("auto", "block", "distributed", "ultra")
    assert params["RES_TYPE"].choices == ("auto", "lut", "dsp")
    assert (params["IN_SIGNED"].minimum, params["IN_SIGNED"].maximum) == (0, 1)
    assert params["ACC_WIDTH"].minimum == 2 and params["PE"].page == "Folding"
    assert params["WEIGHT_FILE"].kind == "string" and params["WEIGHT_FILE"].value == ""


def test_packed_streams_stay_plain_ports():
    comp = core_component("DuplicateStreams")
    assert [b.name for b in comp.bus_interfaces if b.bus == "axis"] == ["s_axis_0"]
    assert "m_axis_tvalid" in [p.name for p in comp.ports]


@pytest.mark.parametrize("core", CORES)
def test_gui_file_runs(core):
    comp = core_component(core)
    out = run_gui(ip_repo_dir() / core / comp.gui_file,
                  "init_gui IP\nputs [llength $::params]\nputs $::pages")
    count, pages = out.splitlines()
    assert int(count) == len(comp.params) + 1  # and Component_Name
    assert pages == " ".join("{%s}" % t if " " in t else t for t, _ in comp.pages())


def test_gui_computes_derived_parameter():
    comp = core_component("ConvolutionInputGenerator")
    derived = next(p for p in comp.params if p.derived is not None)
    assert derived.name == "OUT_ELEMS"
    env = {"PARALLEL_WINDOW": 1, "K_H": 3, "K_W": 2, "CHANNELS": 5, "SIMD": 5}
    sets = "".join(f"set ::value(PARAM_VALUE.{k}) {v}\n" for k, v in env.items())
    out = run_gui(ip_repo_dir() / "ConvolutionInputGenerator" / comp.gui_file,
                  sets + "update_PARAM_VALUE.OUT_ELEMS PARAM_VALUE.OUT_ELEMS "
                  + " ".join(f"PARAM_VALUE.{n}" for n in derived.derived.names)
                  + "\nputs $::value(PARAM_VALUE.OUT_ELEMS)")
    assert int(out) == derived.derived.value(env) == 30


def test_cli_check_and_regenerate(tmp_path, capsys):
    repo = tmp_path / "ip_repo"
    shutil.copytree(ip_repo_dir(), repo)
    assert main(["--check", "--repo", str(repo)]) == 0
    top = repo / "StreamingFIFO" / "hdl" / "StreamingFIFO.v"
    top.write_text(top.read_text().replace("capacity in beats", "capacity in stream beats"))
    assert main(["--check", "--repo", str(repo)]) == 1
    assert "out of date: StreamingFIFO/component.xml" in capsys.readouterr().out
    assert main(["--repo", str(repo), "StreamingFIFO"]) == 0
    assert stale_library_ip(repo) == []
    assert len(write_library_ip(repo)) == len(CORES)
