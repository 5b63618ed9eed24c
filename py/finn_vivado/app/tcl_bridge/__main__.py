"""Backend entry point for the Tcl app: ``python -m finn_vivado.app.tcl_bridge COMMAND --key=value ...``.

Arguments are only ``--key=value`` words (so no value can be mistaken for an option or,
on the Tcl side, for an ``exec`` redirection).  Output, line by line on stdout:

* progress lines of the running step, as they happen (the Tcl side prints them);
* ``FINN-WARNING <text>`` for each warning;
* at the end either ``FINN-RESULT <value>`` (exit status 0), where ``<value>`` is one line
  of Tcl list/dict syntax that plain Tcl reads with ``dict get`` (no packages needed), or
  ``FINN-ERROR <text>`` (exit status 2 for a user error, 1 for an internal error).

Commands: version, boards, board, build, estimate, accel-info, gen-bd, gen-shell,
gen-ooc, parse-ooc, gen-bitfile, gen-selftest (see finn_vivado.app.tcl_bridge.table).
"""

from __future__ import annotations

import os
import sys
import traceback
import warnings
from typing import Optional, Sequence

from finn_vivado.app.tcl_bridge.options import Options
from finn_vivado.app.tcl_bridge.table import COMMANDS
from finn_vivado.core.errors import FinnVivadoError, save_traceback
from finn_vivado.core.fsio import os_error_message
from finn_vivado.core.tclquote import tcl_value

__all__ = ["ERROR_PREFIX", "RESULT_PREFIX", "WARNING_PREFIX", "main", "parse_args"]

RESULT_PREFIX = "FINN-RESULT "
ERROR_PREFIX = "FINN-ERROR "
WARNING_PREFIX = "FINN-WARNING "
EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def parse_args(argv: Sequence[str]) -> tuple[str, dict[str, str]]:
    """``COMMAND --key=value ...`` -> (command, {key: value}); the last of a repeated key wins."""
    if not argv:
        raise FinnVivadoError("no command given; commands: " + ", ".join(_command_names()))
    command, options = argv[0], {}
    for word in argv[1:]:
        if not word.startswith("--") or "=" not in word:
            raise FinnVivadoError(f"{command}: arguments must be --key=value, got {word!r}")
        key, value = word[2:].split("=", 1)
        options[key.replace("-", "_")] = value
    return command, options


def _command_names() -> list[str]:
    return sorted(COMMANDS)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(WARNING_PREFIX + _one_line(message), flush=True)


def _run(argv: Sequence[str]) -> int:
    command, values = parse_args(argv)
    handler = COMMANDS.get(command)
    if handler is None:
        raise FinnVivadoError(
            f"unknown command {command!r}; commands: {', '.join(sorted(COMMANDS))}")
    opts = Options(command, values)
    result = handler(opts)
    opts.check_all_used()
    if isinstance(result, dict):
        for text in result.pop("warnings", []) or []:
            print(WARNING_PREFIX + _one_line(text), flush=True)
    sys.stdout.flush()
    print(RESULT_PREFIX + tcl_value(result, one_line=True), flush=True)
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one bridge command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = _show_warning
        try:
            return _run(argv)
        except FinnVivadoError as exc:
            print(ERROR_PREFIX + _one_line(exc), flush=True)
            return EXIT_USAGE
        except FileNotFoundError as exc:
            print(ERROR_PREFIX + _one_line(f"file not found: {exc.filename or exc}"), flush=True)
            return EXIT_USAGE
        except MemoryError:
            print(ERROR_PREFIX + "out of memory; the model or a setting (batch size, FIFO "
                  "depths, folding) needs more memory than this machine has", flush=True)
            return EXIT_USAGE
        except KeyboardInterrupt:
            print(ERROR_PREFIX + "interrupted", flush=True)
            return 130
        except Exception as exc:  # an OSError the user can fix, or a bug
            message = os_error_message(exc) if isinstance(exc, OSError) else None
            if message is not None:
                print(ERROR_PREFIX + _one_line(message), flush=True)
                return EXIT_USAGE
            notes = "; ".join(getattr(exc, "__notes__", [])) or save_traceback(exc)
            if os.environ.get("FINN_VERBOSE"):
                traceback.print_exc(file=sys.stderr)
            print(ERROR_PREFIX + _one_line(
                f"internal error: {type(exc).__name__}: {exc} ({notes}); please report it"),
                flush=True)
            return EXIT_INTERNAL

if __name__ == "__main__":
    sys.exit(main())
