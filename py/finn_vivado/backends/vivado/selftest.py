"""The self-test script for a real Vivado (``finn::selftest``, ``finn-vivado selftest
--tcl OUT.tcl``): builds the embedded example through the finn app, checks the IP
catalog, a validated block design, out-of-context synthesis and its timing, the Zynq
shell of a board and optionally the bitstream, and writes a report with one
``PASS|FAIL|SKIP <check> <message>`` line per check.

The script is rendered from ``templates/selftest.tcl.j2``; nothing here runs Vivado.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Union

from finn_vivado.backends.vivado.render import write_rendered
from finn_vivado.core.boards import Board, get_board
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.paths import PACKAGE_DIR, ip_repo_dir

__all__ = ["DEFAULT_BOARD", "LAYER_CORE", "SelftestConfig", "default_app_dir",
           "default_model", "gen_selftest"]

PathLike = Union[str, os.PathLike]
DEFAULT_BOARD = "Pynq-Z1"
#: the library core whose catalog entry the self-test looks up (the example's layers)
LAYER_CORE = "MVAU"
REPORT_NAME = "selftest_report.txt"
_CHECKOUT = PACKAGE_DIR.parents[1]


def default_model() -> Path:
    """The example the README demo compiles (``examples/tfc_digits`` of the checkout)."""
    return _CHECKOUT / "examples" / "tfc_digits"


def default_app_dir() -> Path:
    """The Tcl app of the checkout (``tcl/finn``)."""
    return _CHECKOUT / "tcl" / "finn"


def _vlnv_of(component: Path) -> str:
    text = component.read_text(encoding="utf-8", errors="replace")
    parts = [re.search(rf"<spirit:{tag}>([^<]+)</spirit:{tag}>", text)
             for tag in ("vendor", "library", "name", "version")]
    if not all(parts):
        raise FinnVivadoError(f"{component}: no vendor/library/name/version (is it an IP-XACT "
                              "component.xml?)")
    return ":".join(p.group(1) for p in parts)  # type: ignore[union-attr]


@dataclass(frozen=True)
class SelftestConfig:
    """What the self-test script does; all paths absolute."""

    script: Path
    board: Board
    work_dir: Path
    report: Path
    model: Path
    app_dir: Path
    python: str
    bitstream: bool = False

    @classmethod
    def make(cls, script: PathLike, *, board: str = DEFAULT_BOARD,
             work_dir: Optional[PathLike] = None, report: Optional[PathLike] = None,
             model: Optional[PathLike] = None, app_dir: Optional[PathLike] = None,
             python: Optional[str] = None, bitstream: bool = False) -> "SelftestConfig":
        """Check the options and fill in the defaults (one-line errors naming the option)."""
        script_path = Path(script).expanduser().resolve()
        if script_path.is_dir():
            raise FinnVivadoError(f"selftest: the script path {script_path} is a directory; "
                                  "give a file name such as selftest.tcl")
        found = get_board(board or DEFAULT_BOARD)
        if found.shell_flow != "vivado_zynq":
            raise FinnVivadoError(
                f"selftest: board {found.name} uses the {found.shell_flow} flow; the self-test "
                "builds a Vivado Zynq shell, give a Zynq board (see finn-vivado boards)")
        work = Path(work_dir).expanduser().resolve() if work_dir else \
            script_path.parent / "finn_selftest"
        model_path = Path(model).expanduser().resolve() if model else default_model()
        if not model_path.exists():
            raise FinnVivadoError(
                f"selftest: model {model_path} not found; give an ONNX model or FINN build "
                "directory with --model (-model)")
        app = Path(app_dir).expanduser().resolve() if app_dir else default_app_dir()
        if not (app / "pkgIndex.tcl").is_file() or not (app / "finn.tcl").is_file():
            raise FinnVivadoError(
                f"selftest: the finn Tcl app is not in {app} (no pkgIndex.tcl / finn.tcl); "
                "give its directory (tcl/finn of a finn-vivado checkout) with --app-dir")
        return cls(script=script_path, board=found, work_dir=work,
                   report=Path(report).expanduser().resolve() if report else work / REPORT_NAME,
                   model=model_path, app_dir=app, python=python or sys.executable,
                   bitstream=bool(bitstream))


def gen_selftest(config: SelftestConfig) -> dict[str, Any]:
    """Write the self-test script; returns what it wrote and where the report goes."""
    library = ip_repo_dir()
    component = library / LAYER_CORE / "component.xml"
    if not component.is_file():
        raise FinnVivadoError(f"selftest: library core {LAYER_CORE} has no {component}")
    layer_vlnv = _vlnv_of(component)
    path = write_rendered(
        config.script, "selftest.tcl.j2", board=config.board, model=str(config.model),
        work_dir=str(config.work_dir), build_dir=str(config.work_dir / "build"),
        ip_repo=str(config.work_dir / "ip_repo"), library_repo=str(library),
        layer_vlnv=layer_vlnv, report=str(config.report), bitstream=config.bitstream,
        app_parent=str(config.app_dir.parent), python=config.python,
        shell_project=re.sub(r"\W", "_", f"finn_{config.board.name}"))
    return {"script": str(path), "kind": "selftest", "report": str(config.report),
            "board": config.board.name, "part": config.board.part,
            "work_dir": str(config.work_dir), "model": str(config.model),
            "layer_vlnv": layer_vlnv, "bitstream": int(config.bitstream)}
