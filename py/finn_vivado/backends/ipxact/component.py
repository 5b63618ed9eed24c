"""What goes into a component.xml: a plain description of one IP (VLNV, bus interfaces,
ports, parameters, files, catalog data), and the parts shared by the library cores and
the accelerators — interfaces found from port names, ports and parameters from a
module header. :mod:`.writer` renders a :class:`Component` from the template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact.expr import Expr
from finn_vivado.backends.ipxact.hdl_header import HdlPort, ModuleHeader

__all__ = [
    "AXILITE_SIGNALS",
    "BusInterface",
    "Component",
    "FileEntry",
    "MEMORY_FILE_SUFFIXES",
    "MEMORY_USER_TYPES",
    "MemoryMap",
    "PAGE_ORDER",
    "Param",
    "Port",
    "axilite_interface",
    "check_vlnv",
    "clock_reset_interfaces",
    "header_ports",
    "model_ref",
    "stream_interfaces",
]

#: AXI4-Lite signals (logical names of Vivado's aximm_rtl abstraction)
AXILITE_SIGNALS = ("AWADDR", "AWPROT", "AWVALID", "AWREADY", "WDATA", "WSTRB", "WVALID",
                   "WREADY", "BRESP", "BVALID", "BREADY", "ARADDR", "ARPROT", "ARVALID",
                   "ARREADY", "RDATA", "RRESP", "RVALID", "RREADY")
#: GUI pages of the library cores' parameters, in display order
PAGE_ORDER = ("Folding", "Layer", "Data types", "Implementation", "Parameters")
_VLNV_PART = re.compile(r"^[A-Za-z0-9_.\-]+$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_VERSION = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_AXIS = re.compile(r"^(?P<bus>[sm]_axis(?:_\w+?)?)_(?P<sig>tdata|tvalid|tready)$")


@dataclass(frozen=True)
class Param:
    """A customization parameter (a user parameter and, if ``hdl``, a model parameter)."""

    name: str
    value: str                       #: default, as the text written into the XML
    kind: str = "long"               #: "long" or "string"
    description: str = ""
    choices: tuple = ()              #: allowed string values (a drop-down in the GUI)
    minimum: Optional[int] = None
    maximum: Optional[int] = None
    derived: Optional[Expr] = None   #: computed from other parameters, not editable
    page: str = "Parameters"         #: GUI page

    @property
    def choice_ref(self) -> str:
        return f"choice_list_{self.name}" if self.choices else ""


@dataclass(frozen=True)
class Port:
    """A port; ``left``/``right`` are None for a scalar; ``*_dep`` are Vivado
    dependency expressions of the bounds (empty for fixed bounds)."""

    name: str
    direction: str
    left: Optional[int] = None
    right: Optional[int] = None
    left_dep: str = ""
    right_dep: str = ""

    @property
    def is_vector(self) -> bool:
        return self.left is not None


@dataclass(frozen=True)
class BusInterface:
    """A bus interface: Vivado bus type, mode, port maps and bus parameters."""

    name: str
    bus: str                         #: "axis", "aximm", "clock" or "reset"
    mode: str                        #: "master" or "slave"
    port_maps: tuple                 #: (logical, physical) pairs
    #: (name, value, format, resolve) tuples; format "" or "long", resolve "" (fixed) or
    #: "user" (a default the block design overrides, e.g. by clock propagation)
    params: tuple = ()
    memory_map: str = ""

    @property
    def library(self) -> str:
        return "signal" if self.bus in ("clock", "reset") else "interface"

    @property
    def param_id(self) -> str:
        return self.name.upper()


@dataclass(frozen=True)
class MemoryMap:
    """An AXI-Lite slave's memory map: one register block at address 0."""

    name: str
    range: int
    width: int = 32


#: endings of ``$readmemh`` memory initialisation files
MEMORY_FILE_SUFFIXES = (".dat", ".mem", ".hex", ".data")
#: userFileType of a memory initialisation file, as Vivado's IP packager writes it for a
#: data file read by ``$readmem``/file I/O (e.g. Xilinx/PYNQ boards/ip/dvi2rgb_v1_7/
#: component.xml: ``src/900p_edid.data`` with userFileType ``data`` and ``mif``, no
#: fileType, named by bare file name in the HDL generic kEdidFileName)
MEMORY_USER_TYPES = ("data", "mif")


@dataclass(frozen=True)
class FileEntry:
    """A file of the IP, path relative to the directory of component.xml."""

    path: str
    file_type: str = "verilogSource"   #: IP-XACT fileType ("" when only user types are set)
    user_type: tuple = ()              #: userFileType values, in order

    @classmethod
    def for_path(cls, path: str) -> "FileEntry":
        if path.endswith((".v", ".vh")):
            return cls(path, "verilogSource")
        if path.endswith(".sv"):
            return cls(path, "systemVerilogSource")
        if path.endswith(MEMORY_FILE_SUFFIXES):
            return cls(path, "", MEMORY_USER_TYPES)
        return cls(path, "unknown")


@dataclass
class Component:
    """Everything component.xml and the GUI file say about one IP."""

    vendor: str
    library: str
    name: str
    version: str
    top_module: str
    display_name: str
    description: str
    bus_interfaces: list
    ports: list
    files: list                       #: FileEntry list, compile order
    params: list = field(default_factory=list)
    memory_maps: list = field(default_factory=list)
    taxonomy: str = "/FINN"
    revision: int = 1
    created: str = "2025-01-01T00:00:00Z"
    xilinx_version: str = "2022.2"

    @property
    def vlnv(self) -> str:
        return f"{self.vendor}:{self.library}:{self.name}:{self.version}"

    @property
    def gui_file(self) -> str:
        """The GUI file, relative to component.xml (Vivado's naming)."""
        return f"xgui/{self.name}_v{self.version.replace('.', '_')}.tcl"

    @property
    def component_name(self) -> str:
        """Default instance name (the Component_Name parameter)."""
        return f"{self.name}_v{self.version.replace('.', '_')}"

    def pages(self) -> list[tuple[str, list]]:
        """GUI pages: (title, parameters), known pages first (PAGE_ORDER)."""
        out: dict[str, list] = {}
        for p in self.params:
            out.setdefault(p.page, []).append(p)
        rank = {title: i for i, title in enumerate(PAGE_ORDER)}
        return sorted(out.items(), key=lambda item: rank.get(item[0], len(rank)))


def check_vlnv(vlnv: str) -> tuple[str, str, str, str]:
    """Split ``vendor:library:name:version``; one-line error if it is malformed."""
    parts = vlnv.split(":")
    ok = (len(parts) == 4 and all(_VLNV_PART.match(p) for p in parts[:2])
          and _NAME.match(parts[2]) and _VERSION.match(parts[3]))
    if not ok:
        raise FinnVivadoError(
            f"VLNV {vlnv!r} is not vendor:library:name:version (name a Verilog identifier, "
            "version like 1.0); fix ip_vendor / ip_library / ip_name / ip_version")
    return parts[0], parts[1], parts[2], parts[3]


def _bound(expr: Optional[Expr], env: dict, ref, where: str) -> tuple[Optional[int], str]:
    if expr is None:
        return None, ""
    try:
        value = expr.value(env)
    except (KeyError, ZeroDivisionError) as exc:
        raise FinnVivadoError(f"{where}: port range {expr.text!r} cannot be evaluated "
                              f"({exc})") from None
    if expr.is_constant:
        return value, ""
    try:
        return value, expr.xpath(ref)
    except ValueError as exc:
        raise FinnVivadoError(f"{where}: port range {expr.text!r} cannot be written for "
                              f"Vivado ({exc}); use only + - * / and parameters") from None


def model_ref(name: str) -> str:
    """Vivado's reference to a model parameter's value in a dependency expression."""
    return f"spirit:decode(id('MODELPARAM_VALUE.{name}'))"


def header_ports(header: ModuleHeader, env: dict) -> list[Port]:
    """Ports of a module; vector bounds evaluated with ``env``, with dependencies."""
    out = []
    for p in header.ports:
        where = f"{header.path} (module {header.name}, port {p.name})"
        if p.direction == "inout":
            raise FinnVivadoError(f"{where}: inout ports are not supported")
        left, left_dep = _bound(p.msb, env, model_ref, where)
        right, right_dep = _bound(p.lsb, env, model_ref, where)
        out.append(Port(p.name, p.direction, left, right, left_dep, right_dep))
    return out


def _scalar(ports: dict, name: str) -> Optional[HdlPort]:
    port = ports.get(name)
    return port if port is not None and not port.is_vector else None


def stream_interfaces(header: ModuleHeader) -> list[BusInterface]:
    """AXI-Stream interfaces found from ``<s|m>_axis[_<x>]_tdata/_tvalid/_tready`` ports.

    Ports whose TVALID/TREADY are vectors (several packed streams) stay plain ports.
    """
    ports = {p.name: p for p in header.ports}
    found: dict[str, dict] = {}
    for name in ports:
        match = _AXIS.match(name)
        if match:
            found.setdefault(match.group("bus"), {})[match.group("sig").upper()] = name
    out = []
    for bus, sigs in found.items():
        master = bus.startswith("m_")
        if set(sigs) != {"TDATA", "TVALID", "TREADY"}:
            continue
        if not (_scalar(ports, sigs["TVALID"]) and _scalar(ports, sigs["TREADY"])):
            continue
        expect = "out" if master else "in"
        if ports[sigs["TDATA"]].direction != expect or ports[sigs["TVALID"]].direction != expect:
            continue
        out.append(BusInterface(bus, "axis", "master" if master else "slave",
                                tuple((s, sigs[s]) for s in ("TDATA", "TVALID", "TREADY"))))
    return out


def axilite_interface(header: ModuleHeader, name: str, addr_width: int,
                      data_width: int = 32) -> tuple[BusInterface, MemoryMap]:
    """The AXI-Lite slave ``name`` (ports ``<name>_<signal>``, any case) and its map."""
    ports = {p.name.lower(): p.name for p in header.ports}
    maps = []
    for sig in AXILITE_SIGNALS:
        port = ports.get(f"{name}_{sig}".lower())
        if port is not None:
            maps.append((sig, port))
    missing = {"AWADDR", "WDATA", "ARADDR", "RDATA"} - {s for s, _ in maps}
    if missing:
        raise FinnVivadoError(f"{header.path}: AXI-Lite interface {name} lacks ports for "
                              f"{', '.join(sorted(missing))} (expected {name}_awaddr, ...)")
    mem = MemoryMap(f"{name}_mem", max(4096, 1 << int(addr_width)), int(data_width))
    return BusInterface(name, "aximm", "slave", tuple(maps), memory_map=mem.name), mem


def clock_reset_interfaces(clock: str, reset: str, busifs: Sequence[BusInterface],
                           freq_hz: int) -> list[BusInterface]:
    """The reset (active low) and clock interfaces, the clock associated with ``busifs``.

    The clock's FREQ_HZ is only a default (``freq_hz``): it is user-resolvable, so the
    block design propagates the frequency of the clock actually connected (e.g. the
    ZCU104's 99.999001 MHz PL clock) instead of flagging a mismatch, as FINN's stitched
    IP does (``set_property value_resolve_type user`` on the bus parameters,
    Xilinx/finn create_stitched_ip.py).
    """
    assoc = ":".join(b.name for b in busifs)
    rst = BusInterface(reset, "reset", "slave", (("RST", reset),),
                       (("POLARITY", "ACTIVE_LOW", "", ""),))
    params = ((("ASSOCIATED_BUSIF", assoc, "", ""),) if assoc else ()) + (
        ("ASSOCIATED_RESET", reset, "", ""), ("FREQ_HZ", str(int(freq_hz)), "long", "user"))
    clk = BusInterface(clock, "clock", "slave", (("CLK", clock),), params)
    return [rst, clk]
