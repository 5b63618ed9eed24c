"""Generation of the Vivado Tcl scripts the Tcl app sources (or ``vivado -mode batch``
runs): block design, Zynq and Alveo shells, out-of-context synthesis, bitfile.

Every function renders template files from ``templates/`` into a script directory and
returns a dict describing what it wrote.  Nothing here runs Vivado.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Optional, Union

from finn_vivado.core.fsio import atomic_copy
from finn_vivado.core.boards import Board, get_board, part_info
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.stitched.accel import Accelerator, load_accelerator
from finn_vivado.backends.vivado.render import write_rendered
from finn_vivado.backends.vivado.shells import ZynqShell, zynq_shell
from finn_vivado.core.tclquote import tcl_dict
from finn_vivado.backends.vivado.shells import pow2_bytes

__all__ = [
    "ADAPTER_HDL",
    "BIT_NAME",
    "check_vitis_kernel",
    "default_script_dir",
    "gen_alveo_shell",
    "gen_bitfile",
    "gen_create_bd",
    "gen_ooc",
    "gen_shell",
    "gen_zynq_shell",
    "unmapped_ports",
]

PathLike = Union[str, os.PathLike]
#: Base name of the copied bitstream and hardware handoff (FINN's names).
BIT_NAME = "finn-accel"
ADAPTER_HDL = Path(__file__).resolve().parent / "hdl" / "finn_dma_adapter.v"
_HDL_EXT = {".v", ".sv", ".vh", ".svh", ".vhd", ".vhdl"}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def default_script_dir(accel: Accelerator) -> Path:
    """``<output_dir>/vivado`` for an accelerator in ``<output_dir>/stitched_ip``."""
    here = accel.path.parent
    if here.name == "stitched_ip":
        return here.parent / "vivado"
    return here / "vivado"


def _ident(value: str, what: str) -> str:
    if not _IDENT.match(value):
        raise FinnVivadoError(
            f"{what} {value!r} is not a valid Vivado object name (letters, digits, _; "
            "not starting with a digit)")
    return value


def _dirs(accel: Accelerator, script_dir: Optional[PathLike]) -> Path:
    out = Path(script_dir) if script_dir else default_script_dir(accel)
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    return out


def gen_create_bd(accel_path: PathLike, *, script_dir: Optional[PathLike] = None,
                  design: str = "", cell: str = "", external: bool = False,
                  clock: str = "", reset: str = "", part: str = "",
                  project_dir: Optional[PathLike] = None) -> dict[str, Any]:
    """Write create_bd.tcl: the accelerator in the open (or a new) block design."""
    accel = load_accelerator(accel_path)
    out = _dirs(accel, script_dir)
    cell = _ident(cell or f"{accel.name}_0", "cell name")
    if design:
        _ident(design, "block design name")
    path = write_rendered(
        out / "create_bd.tcl", "create_bd.tcl.j2", accel=accel, design=design, cell=cell,
        default_design="finn_bd", external=bool(external), clock_source=clock,
        reset_source=reset, part=part or accel.fpga_part or "",
        project_name="finn_vivado_proj",
        project_dir=str(Path(project_dir).resolve() if project_dir else out / "project"))
    return {"script": str(path), "kind": "create_bd", "vlnv": accel.vlnv, "cell": cell,
            "accelerator": str(accel.path)}


def _zynq_pins(shell: ZynqShell, cell: str, n_lite: int) -> tuple[list, list]:
    ctrl = [f"/ctrl_interconnect/{p}" for p in ("ACLK", "S00_ACLK")]
    ctrl += [f"/ctrl_interconnect/M{i:02d}_ACLK" for i in range(1 + n_lite)]
    clocks = [f"/zynq_ps/{p}" for p in shell.ps.clock_inputs]
    clocks += [f"/{cell}/ap_clk", "/dma_adapter/ap_clk", "/idma0/s_axi_lite_aclk",
               "/idma0/m_axi_mm2s_aclk", "/idma0/m_axi_s2mm_aclk", "/hp_smartconnect/aclk",
               *ctrl, "/pl_reset/slowest_sync_clk"]
    resets = [f"/{cell}/ap_rst_n", "/dma_adapter/ap_rst_n", "/idma0/axi_resetn",
              "/hp_smartconnect/aresetn", "/ctrl_interconnect/S00_ARESETN"]
    resets += [f"/ctrl_interconnect/M{i:02d}_ARESETN" for i in range(1 + n_lite)]
    return clocks, resets


def gen_zynq_shell(accel: Accelerator, board: Board, out: Path, *, design: str,
                   clk_ns: Optional[float], project_dir: Optional[PathLike]) -> dict[str, Any]:
    """Write shell_<board>.tcl for a Zynq-7000 or Zynq UltraScale+ board."""
    shell = zynq_shell(board, accel, clk_ns)
    cell = f"{accel.name}_0"
    if accel.clock_port != "ap_clk" or accel.reset_port != "ap_rst_n":
        raise FinnVivadoError(
            f"{accel.path}: the Zynq shell expects clock ap_clk and reset ap_rst_n, got "
            f"{accel.clock_port} and {accel.reset_port}")
    hdl_dir = out / "hdl"
    hdl_dir.mkdir(parents=True, exist_ok=True)
    adapter = hdl_dir / ADAPTER_HDL.name
    atomic_copy(ADAPTER_HDL, adapter)
    clocks, resets = _zynq_pins(shell, cell, len(accel.lites))
    proj = Path(project_dir).resolve() if project_dir else out / f"project_{board.name}"
    path = write_rendered(
        out / f"shell_{board.name}.tcl", "shell_zynq.tcl.j2", accel=accel, board=board,
        shell=shell, design=design, cell=cell, adapter_file=str(adapter),
        clock_pins=clocks, reset_pins=resets, host_layout=tcl_dict(shell.host_layout()),
        project_name=re.sub(r"\W", "_", f"finn_{board.name}"), project_dir=str(proj))
    return {"script": str(path), "kind": "zynq", "board": board.name, "part": board.part,
            "design": design, "clk_mhz": shell.clk_mhz, "adapter": str(adapter),
            "host_layout": shell.host_layout(), "project_dir": str(proj)}


def gen_alveo_shell(accel: Accelerator, board: Board, out: Path, *,
                    clk_ns: Optional[float]) -> dict[str, Any]:
    """Write the Alveo files: package_xo script, DMA kernels, v++ link config and script."""
    if not board.platform or not board.memory_bank:
        raise FinnVivadoError(
            f"board {board.name} needs 'platform' and 'memory_bank' in its board file for "
            "the Alveo (Vitis) shell")
    if len(accel.inputs) != 1 or len(accel.outputs) != 1:
        raise FinnVivadoError("the Alveo shell connects exactly one input and one output stream")
    check_vitis_kernel(accel)
    component = accel.ip_dir / "component.xml"
    if not component.is_file():
        # the kernel is packaged from the IP's IP-XACT description; write it if the
        # build did not (as the build's own packaging would)
        from finn_vivado.backends.ipxact.accelerator import package_accelerator

        package_accelerator(accel.ip_dir)
    loose = unmapped_ports(component)
    if loose:
        raise FinnVivadoError(
            f"{component}: ports {', '.join(loose)} belong to no bus interface; a Vitis "
            "kernel may only have interface ports (clock, reset, AXI)")
    src, dst = accel.inputs[0], accel.outputs[0]
    for stream in (src, dst):
        if stream.frame_beats is None:
            raise FinnVivadoError(f"{accel.path}: stream {stream.name} has no frame_beats")
    work = out / f"alveo_{board.name}"
    if work.resolve().is_relative_to(accel.ip_dir.resolve()):
        raise FinnVivadoError(
            f"the Alveo kernel is packaged from a copy of the IP, which cannot lie inside the "
            f"IP directory {accel.ip_dir}; give a script directory outside it (-script_dir)")
    work.mkdir(parents=True, exist_ok=True)
    mhz = round(1000.0 / (clk_ns if clk_ns is not None else accel.clk_ns), 3)
    ctx = dict(accel=accel, board=board, kernel=accel.name, in_stream=src, out_stream=dst,
               mhz=f"{mhz:g}", xo_path=str(work / f"{accel.name}.xo"), work_dir=str(work),
               kernel_ip=str(work / "kernel_ip"),
               link_config=str(work / "link.cfg"), link_script=str(work / "link.sh"),
               in_word=pow2_bytes(src.tdata_width) * 8, out_word=pow2_bytes(dst.tdata_width) * 8,
               xclbin=str(work / f"{BIT_NAME}.xclbin"), xclbin_name=f"{BIT_NAME}.xclbin")
    write_rendered(work / "link.cfg", "alveo_link.cfg.j2", **ctx)
    write_rendered(work / "finn_idma.cpp", "alveo_idma.cpp.j2", **ctx)
    write_rendered(work / "finn_odma.cpp", "alveo_odma.cpp.j2", **ctx)
    link = write_rendered(work / "link.sh", "alveo_link.sh.j2", **ctx)
    link.chmod(0o755)
    path = write_rendered(out / f"shell_{board.name}.tcl", "alveo_xo.tcl.j2", **ctx)
    return {"script": str(path), "kind": "alveo", "board": board.name, "part": board.part,
            "platform": board.platform, "memory_bank": board.memory_bank,
            "xo": ctx["xo_path"], "kernel_ip": ctx["kernel_ip"], "link_config": ctx["link_config"],
            "link_script": ctx["link_script"], "xclbin": ctx["xclbin"], "clk_mhz": mhz}


def check_vitis_kernel(accel: Accelerator) -> None:
    """Refuse an accelerator that cannot be a free-running Vitis RTL kernel: UG1393 asks
    for a clock named ap_clk, an active-low reset named ap_rst_n, and, for a kernel no
    software starts, AXI4-Stream data interfaces and no AXI4-Lite interface."""
    if accel.clock_port != "ap_clk" or accel.reset_port != "ap_rst_n":
        raise FinnVivadoError(
            f"{accel.path}: a Vitis RTL kernel needs clock ap_clk and reset ap_rst_n, got "
            f"{accel.clock_port} and {accel.reset_port}")
    if accel.lites:
        names = ", ".join(lite.name for lite in accel.lites)
        raise FinnVivadoError(
            f"{accel.path}: the Alveo shell packages a free-running kernel (streams only); "
            f"the accelerator has AXI4-Lite interfaces ({names})")
    if not accel.streams:
        raise FinnVivadoError(f"{accel.path}: a free-running Vitis kernel needs at least one "
                              "AXI4-Stream interface")
    _ident(accel.name, "kernel name")


def unmapped_ports(component: PathLike) -> list[str]:
    """Ports of an IP-XACT component that no bus interface's port map names."""
    from lxml import etree

    ns = {"spirit": "http://www.spiritconsortium.org/XMLSchema/SPIRIT/1685-2009"}
    doc = etree.parse(str(component))
    mapped = set(doc.xpath("//spirit:busInterface//spirit:physicalPort/spirit:name/text()",
                           namespaces=ns))
    ports = doc.xpath("//spirit:model/spirit:ports/spirit:port/spirit:name/text()", namespaces=ns)
    return [p for p in ports if p not in mapped]


def gen_shell(accel_path: PathLike, board_name: str, *, script_dir: Optional[PathLike] = None,
              design: str = "finn_shell", clk_ns: Optional[float] = None,
              project_dir: Optional[PathLike] = None) -> dict[str, Any]:
    """Write the shell for ``board_name``: Zynq (Vivado block design) or Alveo (Vitis)."""
    accel = load_accelerator(accel_path)
    board = get_board(board_name)
    out = _dirs(accel, script_dir)
    if board.shell_flow == "vitis_alveo":
        result = gen_alveo_shell(accel, board, out, clk_ns=clk_ns)
    else:
        result = gen_zynq_shell(accel, board, out, design=_ident(design, "block design name"),
                                clk_ns=clk_ns, project_dir=project_dir)
    result["warnings"] = []
    if accel.fpga_part and accel.fpga_part != board.part:
        result["warnings"].append(
            f"accelerator {accel.vlnv} was folded and estimated for {accel.fpga_part}; board "
            f"{board.name} has {board.part} (rebuild with -board {board.name} to refit it)")
    return result


def gen_ooc(accel_path: PathLike, *, script_dir: Optional[PathLike] = None, part: str = "",
            clk_ns: Optional[float] = None, jobs: int = 4) -> dict[str, Any]:
    """Write ooc/ooc_synth.tcl (+ ooc_clock.xdc): out-of-context synthesis in its own project."""
    accel = load_accelerator(accel_path)
    part = part or accel.fpga_part or ""
    if not part:
        raise FinnVivadoError(
            f"{accel.path} names no FPGA part; give one (-part) for out-of-context synthesis")
    part_info(part)  # a clear error for unknown parts
    if not accel.files:
        raise FinnVivadoError(f"{accel.path} lists no source files ('files')")
    missing = [str(f) for f in accel.files if not f.is_file()]
    if missing:
        raise FinnVivadoError(f"{accel.path}: source files missing: {', '.join(missing[:5])}")
    out = _dirs(accel, script_dir) / "ooc"
    out.mkdir(parents=True, exist_ok=True)
    period = clk_ns if clk_ns is not None else accel.clk_ns
    ctx = dict(accel=accel, part=part, clk_ns=f"{period:g}", out_dir=str(out), jobs=int(jobs),
               files=[str(f) for f in accel.files], xdc=str(out / "ooc_clock.xdc"))
    write_rendered(out / "ooc_clock.xdc", "ooc_clock.xdc.j2", **ctx)
    path = write_rendered(out / "ooc_synth.tcl", "ooc_synth.tcl.j2", **ctx)
    return {"script": str(path), "kind": "ooc", "part": part, "clk_ns": period,
            "dir": str(out), "top": accel.top_module,
            "hdl_files": sum(1 for f in accel.files if f.suffix in _HDL_EXT)}


def gen_bitfile(output_dir: PathLike, *, script_dir: Optional[PathLike] = None,
                design: str = "finn_shell", jobs: int = 4) -> dict[str, Any]:
    """Write bitfile.tcl: implementation of the open shell project, .bit/.hwh to bitfile/."""
    out_dir = Path(output_dir).resolve()
    out = Path(script_dir).resolve() if script_dir else out_dir / "vivado"
    out.mkdir(parents=True, exist_ok=True)
    bit_dir = out_dir / "bitfile"
    path = write_rendered(out / "bitfile.tcl", "bitfile.tcl.j2",
                          design=_ident(design, "block design name"),
                          bitfile_dir=str(bit_dir), jobs=int(jobs), bit_name=BIT_NAME)
    return {"script": str(path), "kind": "bitfile", "bitfile_dir": str(bit_dir),
            "bit": str(bit_dir / f"{BIT_NAME}.bit"), "hwh": str(bit_dir / f"{BIT_NAME}.hwh")}
