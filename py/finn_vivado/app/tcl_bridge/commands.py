"""The information and script-generating commands of the Tcl bridge (``version``,
``boards``, ``board``, ``accel-info``, ``gen-bd``, ``gen-shell``, ``gen-ooc``,
``parse-ooc``, ``gen-bitfile``, ``gen-selftest``).

Each command takes the command's :class:`~finn_vivado.app.tcl_bridge.options.Options`
and returns a JSON-like value, which the bridge sends to Tcl as a Tcl dict/list.  User
mistakes raise FinnVivadoError with a message that says what to do.  ``build`` and
``estimate`` are in :mod:`.build`; :mod:`.table` maps the command names to both.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from finn_vivado.app.tcl_bridge.options import Options
from finn_vivado.backends.stitched.accel import find_accelerator, load_accelerator
from finn_vivado.backends.vivado.reports import ooc_summary
from finn_vivado.backends.vivado.scripts import gen_bitfile, gen_create_bd, gen_ooc, gen_shell
from finn_vivado.backends.vivado.selftest import SelftestConfig, gen_selftest
from finn_vivado.core.boards import board_dir, get_board, list_boards, part_info
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.version import __version__

__all__ = [
    "cmd_accel_info",
    "cmd_board",
    "cmd_boards",
    "cmd_gen_bd",
    "cmd_gen_bitfile",
    "cmd_gen_ooc",
    "cmd_gen_selftest",
    "cmd_gen_shell",
    "cmd_parse_ooc",
    "cmd_version",
]

#: the finn_vivado package directory (reported by ``version``)
PACKAGE_DIR = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- info commands
def cmd_version(opts: Options) -> dict[str, Any]:
    """Backend version and where it runs."""
    return {"version": __version__, "python": sys.executable,
            "python_version": sys.version.split()[0],
            "package_dir": str(PACKAGE_DIR)}


def cmd_boards(opts: Options) -> list:
    """Every known board as a dict (the board file's fields)."""
    out = []
    for name in list_boards():
        data = get_board(name).as_dict()
        data["file"] = str(board_dir() / f"{name}.json")
        out.append(data)
    return out


def cmd_board(opts: Options) -> dict[str, Any]:
    """One board (--name) or what is known about a bare part (--part)."""
    name, part = opts.str("name"), opts.str("part")
    if name:
        return get_board(name).as_dict()
    if part:
        info = part_info(part)
        return {"part": info.part, "device": info.device, "family": info.family,
                "resources": info.resources.as_dict()}
    raise FinnVivadoError("board: give --name=BOARD or --part=PART")


# ---------------------------------------------------------------- accelerator / scripts
def _accel_path(opts: Options) -> Path:
    accel = opts.path("accel")
    if accel is not None:
        return accel
    out = opts.path("output_dir")
    if out is None:
        raise FinnVivadoError(
            f"{opts.command}: give the build output directory (-output_dir) or the "
            "accelerator description (-accel path/to/accelerator.json)")
    return find_accelerator(out)


def cmd_accel_info(opts: Options) -> dict[str, Any]:
    """The accelerator description (accelerator.json) with absolute paths."""
    return load_accelerator(_accel_path(opts)).as_dict()


def cmd_gen_bd(opts: Options) -> dict[str, Any]:
    """Write create_bd.tcl."""
    return gen_create_bd(
        _accel_path(opts), script_dir=opts.path("script_dir"), design=opts.str("design"),
        cell=opts.str("cell"), external=opts.flag("external"), clock=opts.str("clock"),
        reset=opts.str("reset"), part=opts.str("part"), project_dir=opts.path("project_dir"))


def cmd_gen_shell(opts: Options) -> dict[str, Any]:
    """Write the shell script for a board (Zynq block design or Alveo kernel files)."""
    board = opts.str("board")
    if not board:
        raise FinnVivadoError("create_shell needs a board (-board NAME); a bare part has no "
                              "shell (see finn::boards)")
    return gen_shell(_accel_path(opts), board, script_dir=opts.path("script_dir"),
                     design=opts.str("design", "finn_shell"), clk_ns=opts.number("clk_ns"),
                     project_dir=opts.path("project_dir"))


def cmd_gen_ooc(opts: Options) -> dict[str, Any]:
    """Write the out-of-context synthesis script."""
    return gen_ooc(_accel_path(opts), script_dir=opts.path("script_dir"),
                   part=opts.str("part"), clk_ns=opts.number("clk_ns"),
                   jobs=opts.number("jobs", int) or 4)


def cmd_parse_ooc(opts: Options) -> dict[str, Any]:
    """Read an OOC run's reports into report/ooc_synth_and_timing.json."""
    ooc_dir = opts.path("dir")
    if ooc_dir is None:
        raise FinnVivadoError("parse-ooc: give --dir=<directory of the OOC run>")
    return ooc_summary(ooc_dir, opts.path("output_dir"))


def cmd_gen_bitfile(opts: Options) -> dict[str, Any]:
    """Write bitfile.tcl (implementation of the open shell project)."""
    out = opts.path("output_dir")
    if out is None:
        raise FinnVivadoError("bitfile: give the build output directory (-output_dir)")
    return gen_bitfile(out, script_dir=opts.path("script_dir"),
                       design=opts.str("design", "finn_shell"),
                       jobs=opts.number("jobs", int) or 4)


def cmd_gen_selftest(opts: Options) -> dict[str, Any]:
    """Write the self-test script (finn::selftest, finn-vivado selftest --tcl)."""
    script = opts.path("script")
    if script is None:
        raise FinnVivadoError("gen-selftest: give --script=<path of the script to write>")
    return gen_selftest(SelftestConfig.make(
        script, board=opts.str("board"), work_dir=opts.path("work_dir"),
        report=opts.path("report"), model=opts.path("model"), app_dir=opts.path("app_dir"),
        python=opts.str("python") or None, bitstream=opts.flag("bitstream")))
