"""IP-XACT packaging of a generated accelerator: a directory holding ``accelerator.json``
(see :mod:`finn_vivado.backends.stitched.accel`), the top module and its files becomes a Vivado IP
(``component.xml`` + ``xgui/<name>_v<version>.tcl`` written into it).

The ports come from the top module's header (fixed widths); the bus interfaces, clock
frequency and files from accelerator.json.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Optional, Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.stitched.accel import Accelerator, load_accelerator
from finn_vivado.backends.ipxact.component import (
    BusInterface,
    Component,
    FileEntry,
    axilite_interface,
    check_vlnv,
    clock_reset_interfaces,
    header_ports,
)
from finn_vivado.backends.ipxact.hdl_header import ModuleHeader, parse_module
from finn_vivado.backends.ipxact.library import header_params
from finn_vivado.backends.ipxact.writer import write_component

__all__ = ["accelerator_component", "package_accelerator", "utc_now"]


def utc_now() -> str:
    """The current time as Vivado writes coreCreationDateTime."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _top_header(acc: Accelerator) -> ModuleHeader:
    sources = [f for f in acc.files if f.suffix in (".v", ".sv")]
    named = [f for f in sources if f.stem == acc.top_module]
    for path in named + [f for f in sources if f not in named]:
        if path.is_file():
            try:
                return parse_module(path, acc.top_module)
            except FinnVivadoError:
                if path in named:
                    raise
    raise FinnVivadoError(f"{acc.path}: top module {acc.top_module} is in none of the listed "
                          "Verilog files")


def _streams(acc: Accelerator, header: ModuleHeader) -> list[BusInterface]:
    ports = {p.name: p for p in header.ports}
    out = []
    for s in acc.streams:
        inward = s.mode == "slave"
        for sig in ("TDATA", "TVALID", "TREADY"):
            port = ports.get(s.port(sig))
            expect = "in" if inward == (sig != "TREADY") else "out"
            if port is None or port.direction != expect:
                raise FinnVivadoError(
                    f"{acc.path}: interface {s.name}: {sig} port {s.port(sig)} is not an "
                    f"{expect}put of module {acc.top_module} ({header.path})")
        out.append(BusInterface(s.name, "axis", s.mode,
                                tuple((sig, s.port(sig)) for sig in ("TDATA", "TVALID", "TREADY"))))
    return out


def _description(acc: Accelerator) -> str:
    streams = ", ".join(f"{s.name} {s.tdata_width} bits" for s in acc.streams)
    part = f", built for {acc.fpga_part}" if acc.fpga_part else ""
    return (f"FINN streaming dataflow accelerator {acc.top_module} ({streams}; "
            f"{acc.freq_hz / 1e6:g} MHz{part})")


def accelerator_component(ip_dir: Union[str, Path], vlnv: Optional[str] = None,
                          revision: int = 1, created: Optional[str] = None) -> Component:
    """The IP description of the accelerator in ``ip_dir`` (default VLNV: its own)."""
    ip_dir = Path(ip_dir).resolve()
    acc = load_accelerator(ip_dir)
    vendor, library, name, version = check_vlnv(vlnv or acc.vlnv)
    header = _top_header(acc)
    params, env = header_params(header)
    busifs = _streams(acc, header)
    maps = []
    for lite in acc.lites:
        busif, mem = axilite_interface(header, lite.name, lite.addr_width, lite.data_width)
        busifs.append(busif)
        maps.append(mem)
    for port in (acc.clock_port, acc.reset_port):
        if port not in {p.name for p in header.ports}:
            raise FinnVivadoError(f"{acc.path}: port {port} is not a port of module "
                                  f"{acc.top_module} ({header.path})")
    busifs += clock_reset_interfaces(acc.clock_port, acc.reset_port, busifs, acc.freq_hz)
    files = []
    for f in acc.files:
        rel = os.path.relpath(f, ip_dir).replace(os.sep, "/")
        if rel.startswith("../"):
            raise FinnVivadoError(f"{acc.path}: file {f} is outside the IP directory {ip_dir}")
        files.append(FileEntry.for_path(rel))
    return Component(
        vendor=vendor, library=library, name=name, version=version, top_module=acc.top_module,
        display_name=name, description=_description(acc), bus_interfaces=busifs,
        ports=header_ports(header, env), files=files, params=params, memory_maps=maps,
        revision=int(revision), created=created or utc_now())


def package_accelerator(ip_dir: Union[str, Path], vlnv: Optional[str] = None,
                        revision: int = 1) -> Path:
    """Write component.xml and the GUI file of the accelerator in ``ip_dir`` into it."""
    return write_component(ip_dir, accelerator_component(ip_dir, vlnv, revision))
