"""The command table of the Tcl bridge: command name -> handler ``(Options) -> value``.

The information and script-generating commands are in :mod:`.commands`, ``build`` and
``estimate`` in :mod:`.build`, ``explore`` in :mod:`.explore`; :mod:`.__main__` looks the command up here.
"""

from __future__ import annotations

from typing import Any, Callable

from finn_vivado.app.tcl_bridge.build import cmd_build, cmd_estimate
from finn_vivado.app.tcl_bridge.explore import cmd_explore
from finn_vivado.app.tcl_bridge.commands import (
    cmd_accel_info,
    cmd_board,
    cmd_boards,
    cmd_gen_bd,
    cmd_gen_bitfile,
    cmd_gen_ooc,
    cmd_gen_selftest,
    cmd_gen_shell,
    cmd_parse_ooc,
    cmd_version,
)
from finn_vivado.app.tcl_bridge.options import Options

__all__ = ["COMMANDS"]

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
    "gen-selftest": cmd_gen_selftest,
    "build": cmd_build,
    "estimate": cmd_estimate,
    "explore": cmd_explore,
}
