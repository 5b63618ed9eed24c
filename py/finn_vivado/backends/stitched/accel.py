"""The accelerator description file ``accelerator.json``: what Vivado scripts need to know
about a packaged accelerator IP, written next to its component.xml.

Layout (all paths relative to the directory holding the file)::

    {
      "format": "finn-vivado-accelerator/1",
      "vlnv": "xilinx_finn:finn:finn_design:1.0",
      "top_module": "finn_design",
      "ip_dir": ".",                       # directory holding component.xml
      "fpga_part": "xc7z020clg400-1",      # part the IP was built for (may be null)
      "clock": {"port": "ap_clk", "freq_hz": 100000000},
      "reset": {"port": "ap_rst_n", "polarity": "ACTIVE_LOW"},
      "interfaces": [
        {"name": "s_axis_0", "type": "axis", "mode": "slave",
         "tdata_width": 56, "frame_beats": 16},
        {"name": "m_axis_0", "type": "axis", "mode": "master",
         "tdata_width": 8, "frame_beats": 1},
        {"name": "s_axilite", "type": "axilite", "mode": "slave",
         "addr_width": 12, "data_width": 32}
      ],
      "files": ["hdl/finn_design.v", "hdl/finn_design_MVAU_0_weights.dat"],
      "generator": "finn-vivado 0.1.0"
    }

``mode`` is seen from the accelerator: ``slave`` streams go into it, ``master`` streams
come out.  ``tdata_width`` is a multiple of 8; ``frame_beats`` is the number of stream
beats per frame (the shells use it to mark the end of a frame).  An AXI-Stream
interface's ports are ``<name>_tdata``, ``<name>_tvalid`` and ``<name>_tready`` unless a
``"ports"`` object maps ``TDATA``/``TVALID``/``TREADY`` to other names.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence, Union

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.core.errors import FinnVivadoError

__all__ = [
    "ACCEL_FILE",
    "FORMAT",
    "Accelerator",
    "LiteInterface",
    "StreamInterface",
    "find_accelerator",
    "load_accelerator",
    "write_accelerator_json",
]

ACCEL_FILE = "accelerator.json"
FORMAT = "finn-vivado-accelerator/1"
_VLNV = re.compile(r"^[A-Za-z0-9_.\-]+:[A-Za-z0-9_.\-]+:[A-Za-z_][A-Za-z0-9_]*:[0-9][0-9.]*$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class StreamInterface:
    """An AXI4-Stream interface of the accelerator."""

    name: str
    mode: str  # "slave" (into the accelerator) or "master" (out of it)
    tdata_width: int
    frame_beats: Optional[int] = None
    ports: dict = field(default_factory=dict)

    @property
    def tdata_bytes(self) -> int:
        """TDATA width in bytes."""
        return self.tdata_width // 8

    def port(self, signal: str) -> str:
        """The HDL port carrying ``signal`` (TDATA, TVALID or TREADY)."""
        return self.ports.get(signal, f"{self.name}_{signal.lower()}")

    def as_dict(self) -> dict[str, Any]:
        """JSON form of the interface."""
        return {"name": self.name, "type": "axis", "mode": self.mode,
                "tdata_width": self.tdata_width, "frame_beats": self.frame_beats,
                "ports": {s: self.port(s) for s in ("TDATA", "TVALID", "TREADY")}}


@dataclass(frozen=True)
class LiteInterface:
    """An AXI4-Lite slave interface of the accelerator (runtime-writable parameters)."""

    name: str
    addr_width: int
    data_width: int = 32

    def as_dict(self) -> dict[str, Any]:
        """JSON form of the interface."""
        return {"name": self.name, "type": "axilite", "mode": "slave",
                "addr_width": self.addr_width, "data_width": self.data_width}


@dataclass(frozen=True)
class Accelerator:
    """A packaged accelerator IP as described by its accelerator.json."""

    path: Path
    vlnv: str
    top_module: str
    ip_dir: Path
    fpga_part: Optional[str]
    clock_port: str
    freq_hz: int
    reset_port: str
    streams: tuple
    lites: tuple
    files: tuple

    @property
    def name(self) -> str:
        """The name part of the VLNV."""
        return self.vlnv.split(":")[2]

    @property
    def inputs(self) -> list:
        """Streams into the accelerator."""
        return [s for s in self.streams if s.mode == "slave"]

    @property
    def outputs(self) -> list:
        """Streams out of the accelerator."""
        return [s for s in self.streams if s.mode == "master"]

    @property
    def clk_ns(self) -> float:
        """Clock period in ns."""
        return 1e9 / self.freq_hz

    def as_dict(self) -> dict[str, Any]:
        """The description with absolute paths (what the Tcl side is given)."""
        return {
            "path": str(self.path), "vlnv": self.vlnv, "name": self.name,
            "top_module": self.top_module, "ip_dir": str(self.ip_dir),
            "fpga_part": self.fpga_part or "",
            "clock": {"port": self.clock_port, "freq_hz": self.freq_hz},
            "reset": {"port": self.reset_port, "polarity": "ACTIVE_LOW"},
            "interfaces": [i.as_dict() for i in (*self.streams, *self.lites)],
            "files": [str(f) for f in self.files],
        }


def _fail(path: Path, message: str) -> FinnVivadoError:
    return FinnVivadoError(f"accelerator description {path}: {message}")


def _get(data: dict, key: str, kind: type, path: Path, default: Any = ...) -> Any:
    if key not in data or data[key] is None:
        if default is ...:
            raise _fail(path, f"missing field '{key}'")
        return default
    value = data[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise _fail(path, f"field '{key}' must be {kind.__name__}, got {value!r}")
    return value


def _stream(item: dict, path: Path) -> StreamInterface:
    name = _get(item, "name", str, path)
    mode = _get(item, "mode", str, path)
    width = _get(item, "tdata_width", int, path)
    if mode not in ("slave", "master"):
        raise _fail(path, f"interface {name}: mode must be 'slave' or 'master', got {mode!r}")
    if width <= 0 or width % 8:
        raise _fail(path, f"interface {name}: tdata_width {width} is not a positive multiple of 8")
    beats = _get(item, "frame_beats", int, path, None)
    if beats is not None and beats <= 0:
        raise _fail(path, f"interface {name}: frame_beats must be > 0, got {beats}")
    return StreamInterface(name, mode, width, beats, dict(_get(item, "ports", dict, path, {})))


def _interfaces(data: dict, path: Path) -> tuple[tuple, tuple]:
    streams, lites = [], []
    for item in _get(data, "interfaces", list, path):
        if not isinstance(item, dict):
            raise _fail(path, f"each interface must be an object, got {item!r}")
        kind = _get(item, "type", str, path)
        name = _get(item, "name", str, path)
        if not _NAME.match(name):
            raise _fail(path, f"interface name {name!r} is not a valid HDL identifier")
        if kind == "axis":
            streams.append(_stream(item, path))
        elif kind == "axilite":
            lites.append(LiteInterface(name, _get(item, "addr_width", int, path),
                                       _get(item, "data_width", int, path, 32)))
        else:
            raise _fail(path, f"interface {name}: unknown type {kind!r} (axis or axilite)")
    if not any(s.mode == "slave" for s in streams) or not any(s.mode == "master" for s in streams):
        raise _fail(path, "needs at least one input (slave) and one output (master) AXI-Stream")
    return tuple(streams), tuple(lites)


def load_accelerator(path: Union[str, os.PathLike]) -> Accelerator:
    """Read and check an accelerator.json (or the one inside a directory)."""
    path = Path(path)
    if path.is_dir():
        path = path / ACCEL_FILE
    if not path.is_file():
        raise FinnVivadoError(
            f"accelerator description not found: {path}; it is written by "
            "step_create_stitched_ip (generate_outputs: stitched_ip)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise _fail(path, "expected a JSON object")
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise _fail(path, f"format {fmt!r} is not supported (expected {FORMAT!r})")
    vlnv = _get(data, "vlnv", str, path)
    if not _VLNV.match(vlnv):
        raise _fail(path, f"vlnv {vlnv!r} is not vendor:library:name:version")
    base = path.parent.resolve()
    clock, reset = _get(data, "clock", dict, path), _get(data, "reset", dict, path, {})
    freq = _get(clock, "freq_hz", int, path)
    if freq <= 0:
        raise _fail(path, f"clock freq_hz must be > 0, got {freq}")
    streams, lites = _interfaces(data, path)
    files = tuple(base / f for f in _get(data, "files", list, path, []))
    names = {"top_module": _get(data, "top_module", str, path),
             "clock port": _get(clock, "port", str, path, "ap_clk"),
             "reset port": _get(reset, "port", str, path, "ap_rst_n")}
    for what, name in names.items():
        if not _NAME.match(name):
            raise _fail(path, f"{what} {name!r} is not a valid HDL identifier")
    return Accelerator(
        path=path.resolve(), vlnv=vlnv, top_module=names["top_module"],
        ip_dir=(base / _get(data, "ip_dir", str, path, ".")).resolve(),
        fpga_part=_get(data, "fpga_part", str, path, None),
        clock_port=names["clock port"], freq_hz=freq, reset_port=names["reset port"],
        streams=streams, lites=lites, files=files)


def find_accelerator(output_dir: Union[str, os.PathLike]) -> Path:
    """The accelerator.json of a build output directory (stitched_ip/accelerator.json)."""
    out = Path(output_dir)
    candidate = out / "stitched_ip" / ACCEL_FILE
    if candidate.is_file():
        return candidate
    if (out / ACCEL_FILE).is_file():
        return out / ACCEL_FILE
    raise FinnVivadoError(
        f"no accelerator in {out}: {candidate} does not exist. Build the stitched IP first "
        "(finn::build ... -outputs stitched_ip, or generate_outputs: [\"stitched_ip\"])")


def write_accelerator_json(
    directory: Union[str, os.PathLike], *, vlnv: str, top_module: str, freq_hz: int,
    streams: Sequence[StreamInterface], files: Sequence[Union[str, os.PathLike]],
    fpga_part: Optional[str] = None, lites: Sequence[LiteInterface] = (),
    clock_port: str = "ap_clk", reset_port: str = "ap_rst_n", ip_dir: str = ".",
    generator: str = "",
) -> Path:
    """Write ``directory/accelerator.json``; file paths are stored relative to it.

    Checked by reading it back with :func:`load_accelerator`.
    """
    base = Path(directory)
    rel = [os.path.relpath(Path(f).resolve(), base.resolve()) if Path(f).is_absolute()
           else str(f) for f in files]
    data = {
        "format": FORMAT, "vlnv": vlnv, "top_module": top_module, "ip_dir": ip_dir,
        "fpga_part": fpga_part,
        "clock": {"port": clock_port, "freq_hz": int(freq_hz)},
        "reset": {"port": reset_port, "polarity": "ACTIVE_LOW"},
        "interfaces": [i.as_dict() for i in (*streams, *lites)],
        "files": [r.replace(os.sep, "/") for r in rel],
        "generator": generator,
    }
    path = base / ACCEL_FILE
    atomic_write_json(path, data)
    load_accelerator(path)
    return path
