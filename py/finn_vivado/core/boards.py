"""Target boards and FPGA parts.

Every board is one JSON file in the top-level ``boards/`` directory (shipped inside the
package as ``finn_vivado/board_data``).  A board file holds the FPGA part, the device
family, the shell flow that integrates the accelerator, the Vivado board part, the
processing-system IP, the DMA port width, a default clock, the Vitis platform and memory
bank (Alveo) and the device capacities used for fit checks.

To add a custom board, copy one of the files in ``boards/`` to ``boards/<Name>.json`` and
edit it; ``get_board`` also accepts a path to such a file directly.

A bare FPGA part (no board) is resolved by :func:`part_info` through the part table
below, keyed by device prefix (``xc7z020clg400-1`` -> ``xc7z020``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.paths import board_dir

__all__ = [
    "FAMILIES",
    "SHELL_FLOWS",
    "Board",
    "PartInfo",
    "Resources",
    "board_dir",
    "get_board",
    "list_boards",
    "part_info",
]

#: Device families: Zynq-7000, Zynq UltraScale+ (MPSoC, RFSoC, Kria), Alveo.
FAMILIES = ("zynq", "zynq_us+", "alveo")
#: Shell flows, FINN's ShellFlowType values.
SHELL_FLOWS = ("vivado_zynq", "vitis_alveo")
_PS_IPS = ("processing_system7", "zynq_ultra_ps_e")
_RESOURCE_KEYS = ("LUT", "FF", "BRAM_18K", "URAM", "DSP")


@dataclass(frozen=True)
class Resources:
    """Device capacities: LUTs, flip-flops, 18 Kb block RAMs, UltraRAMs, DSP slices."""

    LUT: int
    FF: int
    BRAM_18K: int
    URAM: int
    DSP: int

    def as_dict(self) -> dict[str, int]:
        """Return the capacities as a plain dict keyed LUT, FF, BRAM_18K, URAM, DSP."""
        return {key: getattr(self, key) for key in _RESOURCE_KEYS}


@dataclass(frozen=True)
class PartInfo:
    """What is known about an FPGA part: its device prefix, family and capacities."""

    part: str
    device: str
    family: str
    resources: Resources

    @property
    def yosys_family(self) -> str:
        """Family name for Yosys ``synth_xilinx -family`` (``xc7`` or ``xcup``)."""
        return "xc7" if self.family == "zynq" else "xcup"


@dataclass(frozen=True)
class Board:
    """One target board, as read from ``boards/<name>.json``."""

    name: str
    part: str
    family: str
    shell_flow: str
    board_part: Optional[str]
    ps_ip: Optional[str]
    dma_width_bits: int
    default_clk_ns: float
    platform: Optional[str]
    memory_bank: Optional[str]
    resources: Resources

    def as_dict(self) -> dict[str, Any]:
        """Return the board as a JSON-ready dict (the board file's layout)."""
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        out["resources"] = self.resources.as_dict()
        return out


def _r(lut: int, ff: int, bram18: int, uram: int, dsp: int) -> Resources:
    return Resources(LUT=lut, FF=ff, BRAM_18K=bram18, URAM=uram, DSP=dsp)


# Device prefix -> (family, capacities).  Numbers from the Xilinx product tables
# (Zynq-7000 DS190, Zynq UltraScale+ DS891, Kria K26 DS987, Alveo data sheets).
_PARTS: dict[str, tuple[str, Resources]] = {
    "xc7z007s": ("zynq", _r(14400, 28800, 100, 0, 66)),
    "xc7z010": ("zynq", _r(17600, 35200, 120, 0, 80)),
    "xc7z020": ("zynq", _r(53200, 106400, 280, 0, 220)),
    "xc7z030": ("zynq", _r(78600, 157200, 530, 0, 400)),
    "xc7z045": ("zynq", _r(218600, 437200, 1090, 0, 900)),
    "xczu2cg": ("zynq_us+", _r(47232, 94464, 300, 0, 240)),
    "xczu2eg": ("zynq_us+", _r(47232, 94464, 300, 0, 240)),
    "xczu3cg": ("zynq_us+", _r(70560, 141120, 432, 0, 360)),
    "xczu3eg": ("zynq_us+", _r(70560, 141120, 432, 0, 360)),
    "xczu4ev": ("zynq_us+", _r(87840, 175680, 256, 48, 728)),
    "xczu5ev": ("zynq_us+", _r(117120, 234240, 288, 64, 1248)),
    "xczu7ev": ("zynq_us+", _r(230400, 460800, 624, 96, 1728)),
    "xczu7eg": ("zynq_us+", _r(230400, 460800, 624, 96, 1728)),
    "xczu9eg": ("zynq_us+", _r(274080, 548160, 1824, 0, 2520)),
    "xczu15eg": ("zynq_us+", _r(341280, 682560, 1488, 112, 3528)),
    "xczu28dr": ("zynq_us+", _r(425280, 850560, 2160, 80, 4272)),
    "xczu48dr": ("zynq_us+", _r(425280, 850560, 2160, 80, 4272)),
    "xczu49dr": ("zynq_us+", _r(425280, 850560, 2160, 80, 4272)),
    "xck26": ("zynq_us+", _r(117120, 234240, 288, 64, 1248)),
    "xcu50": ("alveo", _r(872000, 1743000, 2688, 640, 5952)),
    "xcu200": ("alveo", _r(1182000, 2364000, 4320, 960, 6840)),
    "xcu250": ("alveo", _r(1728000, 3456000, 5376, 1280, 12288)),
    "xcu280": ("alveo", _r(1304000, 2607000, 4032, 960, 9024)),
    "xcu55c": ("alveo", _r(1304000, 2607000, 4032, 960, 9024)),
}


def part_info(fpga_part: str) -> PartInfo:
    """Family and capacities of ``fpga_part`` (e.g. ``xc7z020clg400-1`` or ``xczu7ev``).

    The longest known device prefix wins; raises FinnVivadoError for unknown parts.
    """
    if not isinstance(fpga_part, str) or not fpga_part.strip():
        raise FinnVivadoError(f"fpga_part must be a non-empty string, got {fpga_part!r}")
    key = fpga_part.strip().lower()
    matches = [dev for dev in _PARTS if key.startswith(dev)]
    if not matches:
        known = ", ".join(sorted(_PARTS))
        raise FinnVivadoError(
            f"unknown FPGA part {fpga_part!r}: no capacity data for it. Known devices: "
            f"{known}. Use a board (finn-vivado boards) or one of these parts."
        )
    device = max(matches, key=len)
    family, resources = _PARTS[device]
    return PartInfo(part=fpga_part.strip(), device=device, family=family, resources=resources)


@lru_cache(maxsize=None)
def _load_all(directory: str) -> dict[str, Board]:
    boards: dict[str, Board] = {}
    for path in sorted(Path(directory).glob("*.json")):
        board = _load_board_file(path)
        boards[board.name] = board
    return boards


def _require(data: dict, key: str, types: tuple, path: Path, nullable: bool = False) -> Any:
    if key not in data:
        raise FinnVivadoError(f"board file {path}: missing field '{key}'")
    value = data[key]
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, types):
        want = " or ".join(t.__name__ for t in types) + (" or null" if nullable else "")
        raise FinnVivadoError(f"board file {path}: field '{key}' must be {want}, got {value!r}")
    return value


def _check_choice(value: Optional[str], choices: tuple, key: str, path: Path) -> None:
    if value is not None and value not in choices:
        raise FinnVivadoError(
            f"board file {path}: field '{key}' is {value!r}; allowed: {', '.join(choices)}"
        )


def _load_board_file(path: Path) -> Board:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise FinnVivadoError(f"board file {path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}")
    except OSError as exc:
        raise FinnVivadoError(f"cannot read board file {path}: {exc.strerror}")
    if not isinstance(data, dict):
        raise FinnVivadoError(f"board file {path}: expected a JSON object")
    res = _require(data, "resources", (dict,), path)
    missing = [k for k in _RESOURCE_KEYS if not isinstance(res.get(k), int)]
    if missing:
        raise FinnVivadoError(
            f"board file {path}: resources needs integer {', '.join(missing)} "
            f"(keys {', '.join(_RESOURCE_KEYS)})"
        )
    board = Board(
        name=_require(data, "name", (str,), path),
        part=_require(data, "part", (str,), path),
        family=_require(data, "family", (str,), path),
        shell_flow=_require(data, "shell_flow", (str,), path),
        board_part=_require(data, "board_part", (str,), path, nullable=True),
        ps_ip=_require(data, "ps_ip", (str,), path, nullable=True),
        dma_width_bits=_require(data, "dma_width_bits", (int,), path),
        default_clk_ns=float(_require(data, "default_clk_ns", (int, float), path)),
        platform=_require(data, "platform", (str,), path, nullable=True),
        memory_bank=_require(data, "memory_bank", (str,), path, nullable=True),
        resources=Resources(**{k: res[k] for k in _RESOURCE_KEYS}),
    )
    _check_choice(board.family, FAMILIES, "family", path)
    _check_choice(board.shell_flow, SHELL_FLOWS, "shell_flow", path)
    _check_choice(board.ps_ip, _PS_IPS, "ps_ip", path)
    return board


def list_boards() -> list[str]:
    """Names of all known boards, sorted case-insensitively."""
    return sorted(_load_all(str(board_dir())), key=str.lower)


def _normalise(name: str) -> str:
    return name.lower().replace("-", "").replace("_", "")


def get_board(name: str) -> Board:
    """The board called ``name`` (case, '-' and '_' are ignored) or a path to a board file.

    Raises FinnVivadoError naming the board and listing the known ones when not found.
    """
    if not isinstance(name, str) or not name.strip():
        raise FinnVivadoError(f"board must be a non-empty string, got {name!r}")
    if name.endswith(".json"):
        path = Path(name)
        if not path.is_file():
            raise FinnVivadoError(f"board file not found: {path}")
        return _load_board_file(path)
    boards = _load_all(str(board_dir()))
    if name in boards:
        return boards[name]
    wanted = _normalise(name)
    for board in boards.values():
        if _normalise(board.name) == wanted:
            return board
    raise FinnVivadoError(
        f"unknown board {name!r}. Known boards: {', '.join(list_boards())}. "
        f"To add one, put a <Name>.json file in {board_dir()} or give fpga_part instead."
    )
