"""The backend commands behind the Tcl app (``python -m finn_vivado.app.tcl_bridge CMD``).

Each command takes the ``--key=value`` options as a dict of strings and returns a
JSON-like value, which the bridge sends to Tcl as a Tcl dict/list.  User mistakes raise
FinnVivadoError with a message that says what to do.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from finn_vivado.core.version import __version__
from finn_vivado.core.errors import FinnVivadoError

__all__ = ["COMMANDS", "Options"]


class Options:
    """The ``--key=value`` options of one command, with typed access and a check that
    every option given is one the command knows."""

    def __init__(self, command: str, values: Mapping[str, str]):
        self.command, self.values, self.used = command, dict(values), set()

    def str(self, key: str, default: str = "") -> str:
        """Text value (default when absent or empty)."""
        self.used.add(key)
        value = self.values.get(key, "")
        return value if value != "" else default

    def path(self, key: str) -> Optional[Path]:
        """Absolute path, or None when absent."""
        value = self.str(key)
        return Path(value).expanduser().resolve() if value else None

    def number(self, key: str, kind: Callable = float) -> Optional[Any]:
        """A positive number, or None when absent."""
        value = self.str(key)
        if not value:
            return None
        try:
            number = kind(value)
        except ValueError:
            raise FinnVivadoError(
                f"{self.command}: --{key} must be a number, got {value!r}") from None
        if not number > 0:
            raise FinnVivadoError(f"{self.command}: --{key} must be greater than 0, got {value}")
        return number

    def flag(self, key: str) -> bool:
        """A 0/1 (true/false) option."""
        value = self.str(key, "0").lower()
        if value not in ("0", "1", "true", "false", "yes", "no"):
            raise FinnVivadoError(f"{self.command}: --{key} must be 0 or 1, got {value!r}")
        return value in ("1", "true", "yes")

    def check_all_used(self) -> None:
        """Raise for options the command did not read (typos on the calling side)."""
        unknown = sorted(set(self.values) - self.used)
        if unknown:
            raise FinnVivadoError(
                f"{self.command}: unknown option(s) {', '.join('--' + k for k in unknown)}")


# ---------------------------------------------------------------- info commands
def cmd_version(opts: Options) -> dict[str, Any]:
    """Backend version and where it runs."""
    import finn_vivado

    return {"version": __version__, "python": sys.executable,
            "python_version": sys.version.split()[0],
            "package_dir": str(Path(finn_vivado.__file__).resolve().parent)}


def cmd_boards(opts: Options) -> list:
    """Every known board as a dict (the board file's fields)."""
    from finn_vivado.core.boards import board_dir, get_board, list_boards

    out = []
    for name in list_boards():
        data = get_board(name).as_dict()
        data["file"] = str(board_dir() / f"{name}.json")
        out.append(data)
    return out


def cmd_board(opts: Options) -> dict[str, Any]:
    """One board (--name) or what is known about a bare part (--part)."""
    from finn_vivado.core.boards import get_board, part_info

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
    from finn_vivado.backends.stitched.accel import find_accelerator

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
    from finn_vivado.backends.stitched.accel import load_accelerator

    return load_accelerator(_accel_path(opts)).as_dict()


def cmd_gen_bd(opts: Options) -> dict[str, Any]:
    """Write create_bd.tcl."""
    from finn_vivado.backends.vivado.scripts import gen_create_bd

    return gen_create_bd(
        _accel_path(opts), script_dir=opts.path("script_dir"), design=opts.str("design"),
        cell=opts.str("cell"), external=opts.flag("external"), clock=opts.str("clock"),
        reset=opts.str("reset"), part=opts.str("part"), project_dir=opts.path("project_dir"))


def cmd_gen_shell(opts: Options) -> dict[str, Any]:
    """Write the shell script for a board (Zynq block design or Alveo kernel files)."""
    from finn_vivado.backends.vivado.scripts import gen_shell

    board = opts.str("board")
    if not board:
        raise FinnVivadoError("create_shell needs a board (-board NAME); a bare part has no "
                              "shell (see finn::boards)")
    return gen_shell(_accel_path(opts), board, script_dir=opts.path("script_dir"),
                     design=opts.str("design", "finn_shell"), clk_ns=opts.number("clk_ns"),
                     project_dir=opts.path("project_dir"))


def cmd_gen_ooc(opts: Options) -> dict[str, Any]:
    """Write the out-of-context synthesis script."""
    from finn_vivado.backends.vivado.scripts import gen_ooc

    return gen_ooc(_accel_path(opts), script_dir=opts.path("script_dir"),
                   part=opts.str("part"), clk_ns=opts.number("clk_ns"),
                   jobs=opts.number("jobs", int) or 4)


def cmd_parse_ooc(opts: Options) -> dict[str, Any]:
    """Read an OOC run's reports into report/ooc_synth_and_timing.json."""
    from finn_vivado.backends.vivado.reports import ooc_summary

    ooc_dir = opts.path("dir")
    if ooc_dir is None:
        raise FinnVivadoError("parse-ooc: give --dir=<directory of the OOC run>")
    return ooc_summary(ooc_dir, opts.path("output_dir"))


def cmd_gen_bitfile(opts: Options) -> dict[str, Any]:
    """Write bitfile.tcl (implementation of the open shell project)."""
    from finn_vivado.backends.vivado.scripts import gen_bitfile

    out = opts.path("output_dir")
    if out is None:
        raise FinnVivadoError("bitfile: give the build output directory (-output_dir)")
    return gen_bitfile(out, script_dir=opts.path("script_dir"),
                       design=opts.str("design", "finn_shell"),
                       jobs=opts.number("jobs", int) or 4)


def _build_commands() -> dict[str, Callable]:
    from finn_vivado.app.tcl_bridge.build import cmd_build, cmd_estimate

    return {"build": cmd_build, "estimate": cmd_estimate}


COMMANDS: dict[str, Callable[[Options], Any]] = {
    "version": cmd_version,
    "boards": cmd_boards,
    "board": cmd_board,
    "accel-info": cmd_accel_info,
    "gen-bd": cmd_gen_bd,
    "gen-shell": cmd_gen_shell,
    "gen-ooc": cmd_gen_ooc,
    "parse-ooc": cmd_parse_ooc,
    "gen-bitfile": cmd_gen_bitfile,
    **_build_commands(),
}


def read_json(path: Path) -> Any:
    """A JSON report, or None when it does not exist."""
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise FinnVivadoError(f"cannot read report {path}: {exc}") from None
