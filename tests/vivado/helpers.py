"""Shared helpers of the Vivado-side tests: a stand-in accelerator description and
running Tcl (plain tclsh, optionally with the Vivado-command recorder)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

import pytest
from finn_vivado.backends.stitched.accel import (
    LiteInterface,
    StreamInterface,
    write_accelerator_json,
)
from finn_vivado.backends.ipxact.accelerator import package_accelerator
from finn_vivado.core.tclquote import tcl_word

ROOT = Path(__file__).resolve().parents[2]
RECORDER = ROOT / "tcl" / "finn" / "test" / "recorder" / "recorder.tcl"
TCLSH = shutil.which("tclsh")

needs_tclsh = pytest.mark.skipif(TCLSH is None,
                                 reason="tclsh is not installed (Debian package tcl)")


def fake_accelerator(out_dir: Path, in_width: int = 56, out_width: int = 8, lite: bool = False,
                     part: Optional[str] = "xc7z020clg400-1") -> Path:
    """A build output directory with stitched_ip/accelerator.json and a stub top module."""
    ip = out_dir / "stitched_ip"
    (ip / "hdl").mkdir(parents=True, exist_ok=True)
    (ip / "hdl" / "finn_design.v").write_text(
        "module finn_design (input wire ap_clk, input wire ap_rst_n,\n"
        f"  input wire [{in_width - 1}:0] s_axis_0_tdata, input wire s_axis_0_tvalid,\n"
        "  output wire s_axis_0_tready,\n"
        f"  output wire [{out_width - 1}:0] m_axis_0_tdata, output wire m_axis_0_tvalid,\n"
        "  input wire m_axis_0_tready);\nendmodule\n")
    path = write_accelerator_json(
        ip, vlnv="xilinx_finn:finn:finn_design:1.0", top_module="finn_design",
        freq_hz=100_000_000, fpga_part=part,
        streams=[StreamInterface("s_axis_0", "slave", in_width, 16),
                 StreamInterface("m_axis_0", "master", out_width, 1)],
        lites=[LiteInterface("s_axilite", 12)] if lite else [],
        files=["hdl/finn_design.v"])
    if not lite:  # the stub has no AXI-Lite ports to package
        package_accelerator(ip)
    return path


def run_tcl(script: str, recorder: bool = False,
            cwd: Optional[Path] = None) -> subprocess.CompletedProcess:
    """Run ``script`` as a tclsh script file (an error stops it with status 1), after
    loading the recorder when asked."""
    prefix = f"source {tcl_word(str(RECORDER))}\n" if recorder else ""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "script.tcl"
        path.write_text(prefix + script, encoding="utf-8")
        return subprocess.run([TCLSH, str(path)], text=True, capture_output=True,
                              cwd=str(cwd) if cwd else None, timeout=300)
