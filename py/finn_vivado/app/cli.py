"""Command line: ``finn-vivado build ...``, ``finn-vivado explore ...``, ``finn-vivado boards``,
``finn-vivado report OUTPUT_DIR`` and ``finn-vivado selftest --tcl OUT.tcl``.

User errors (bad config, missing or broken files, unknown board, ...) print one line
``error: ...`` on stderr and exit with status 2, without a traceback.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import traceback
import warnings
from pathlib import Path
from typing import Any, NoReturn, Optional, Sequence

from finn_vivado.core.version import __version__
from finn_vivado.core.errors import FinnVivadoError, save_traceback
from finn_vivado.core.fsio import os_error_message

__all__ = ["main"]

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2

_BUILD_DESCRIPTION = """\
Compile a quantized network into a streaming dataflow accelerator.

DIR_OR_MODEL is either
  * a FINN build directory holding model.onnx and dataflow_build_config.json (and
    optionally folding_config.json, used when the config names no folding file);
    relative paths in the config resolve against DIR, and the outputs go to the
    config's output_dir (default DIR/output_<DIR name>); or
  * an .onnx model file, configured by --config (relative paths in that JSON resolve
    against its directory; without --config the defaults are used and the outputs
    go to ./output_<model name>).

Options given on the command line override the config file."""

_BUILD_EPILOG = """\
examples:
  finn-vivado build examples/tfc_digits
  finn-vivado build net.onnx --config cfg.json --board Pynq-Z2 --target-fps 10000
  finn-vivado build net.onnx --steps estimate --fpga-part xc7z020clg400-1 -o out_est"""


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose usage errors are one ``error:`` line (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        _print_error(f"{message} (see '{self.prog} --help')")
        sys.exit(EXIT_USAGE)


def _positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than 0")
    return int(value) if value.is_integer() else value


def _add_build_parser(sub: Any) -> None:
    b = sub.add_parser(
        "build",
        help="compile a model (FINN build directory or .onnx file)",
        description=_BUILD_DESCRIPTION,
        epilog=_BUILD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("target", metavar="DIR_OR_MODEL",
                   help="FINN build directory (model.onnx + dataflow_build_config.json) "
                        "or an .onnx model file")
    b.add_argument("-c", "--config", metavar="CFG.json",
                   help="build config JSON with FINN's DataflowBuildConfig fields "
                        "(default for a directory: DIR/dataflow_build_config.json)")
    b.add_argument("-o", "--output-dir", metavar="DIR",
                   help="directory for all outputs (overrides output_dir)")
    b.add_argument("--steps", choices=("default", "estimate"),
                   help="step list: 'default' = the full flow, 'estimate' = stop after "
                        "step_generate_estimate_reports (overrides steps)")
    b.add_argument("--start-step", metavar="STEP",
                   help="first step to run; resumes from the model saved after the "
                        "previous step in output_dir/intermediate_models")
    b.add_argument("--stop-step", metavar="STEP", help="last step to run")
    b.add_argument("--board", metavar="BOARD",
                   help="target board (see 'finn-vivado boards'); sets fpga_part and "
                        "shell_flow_type unless given too")
    b.add_argument("--fpga-part", metavar="PART",
                   help="FPGA part, e.g. xc7z020clg400-1 (overrides the board's part)")
    b.add_argument("--target-fps", metavar="FPS", type=_positive_number,
                   help="target throughput in frames/s for automatic folding")
    b.add_argument("--clk-ns", metavar="NS", type=_positive_number,
                   help="target clock period in ns (synth_clk_period_ns), e.g. 5 for 200 MHz")
    b.add_argument("--folding", metavar="FOLDING.json",
                   help="folding config JSON: per-layer PE, SIMD, ram_style, FIFO depths "
                        "(overrides folding_config_file)")
    b.add_argument("-v", "--verbose", action="store_true",
                   help="echo step output and warnings to the console; show tracebacks "
                        "of internal errors")


_EXPLORE_DESCRIPTION = """\
Explore the design space of a model: build every candidate of a sweep as an estimate
(stage 1), then build the best BUILD_TOP candidates of the Pareto fronts to stitched RTL,
verify them by stitched rtlsim, measure their rtlsim throughput and synthesise them
(stage 2). Candidates run as tasks on Dask: an embedded local cluster by default, or a
running cluster with --cluster. Finished candidates are cached by content under
OUTPUT_DIR/explore/candidates/, so a re-run only runs what is missing. Outputs:
OUTPUT_DIR/explore/results.json, results.csv, pareto.json, folding/, index.html."""

_EXPLORE_EPILOG = """\
sweep spec (JSON; every axis is a list of values):
  {"target_fps": [1000, 5000, 20000], "mvau_wwidth_max": [36, 72],
   "ram_style": ["auto", "distributed"], "build_top": 4}

examples:
  finn-vivado explore examples/tfc_digits --sweep sweep.json
  finn-vivado explore net.onnx --config cfg.json --sweep sweep.json --workers 2
  finn-vivado explore net.onnx --config cfg.json --sweep sweep.json --cluster tcp://head:8786"""


def _add_explore_parser(sub: Any) -> None:
    e = sub.add_parser("explore", help="sweep configs: estimate all, build the Pareto-best",
                       description=_EXPLORE_DESCRIPTION, epilog=_EXPLORE_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("target", metavar="DIR_OR_MODEL",
                   help="FINN build directory or .onnx model file (as for 'build')")
    e.add_argument("-c", "--config", metavar="CFG.json", help="base build config JSON")
    e.add_argument("-s", "--sweep", metavar="SWEEP.json",
                   help="sweep spec (without it: the config alone, one candidate)")
    e.add_argument("-o", "--output-dir", metavar="DIR",
                   help="output directory; results go to DIR/explore (default: the "
                        "config's output_dir)")
    e.add_argument("-j", "--workers", metavar="N", type=int,
                   help="worker processes of the embedded local cluster (default: the cores)")
    e.add_argument("--cluster", metavar="ADDRESS",
                   help="address of a running Dask scheduler, e.g. tcp://head:8786")
    e.add_argument("--timeout", metavar="SECONDS", type=_positive_number,
                   help="stop a candidate's build after this long (it is reported failed)")
    e.add_argument("-q", "--quiet", action="store_true",
                   help="no per-candidate lines (the progress bar stays on a terminal)")
    e.add_argument("-v", "--verbose", action="store_true",
                   help="show tracebacks of internal errors")


_SELFTEST_DESCRIPTION = """\
Write the self-test script for a real Vivado (the checks of finn::selftest):
  vivado -mode batch -source OUT.tcl
builds the example model through the finn Tcl app, adds the IP repositories, looks up
the accelerator and a layer IP in the IP catalog, creates and validates a block design,
runs out-of-context synthesis and reads its timing, builds and validates the board's
Zynq shell and, with --bitstream, writes the bitstream.  The report holds one line per
check: PASS|FAIL|SKIP <check> <message>."""


def _add_selftest_parser(sub: Any) -> None:
    t = sub.add_parser("selftest", help="write the Vivado self-test script (finn::selftest)",
                       description=_SELFTEST_DESCRIPTION,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    t.add_argument("--tcl", metavar="OUT.tcl", required=True,
                   help="the script to write (run it with vivado -mode batch -source OUT.tcl)")
    t.add_argument("--board", metavar="BOARD", default="Pynq-Z1",
                   help="Zynq board whose shell is built and validated (default: Pynq-Z1)")
    t.add_argument("--bitstream", action="store_true",
                   help="also run implementation to the bitstream")
    t.add_argument("--work-dir", metavar="DIR",
                   help="directory for the build, projects and report "
                        "(default: finn_selftest next to OUT.tcl)")
    t.add_argument("--report", metavar="FILE",
                   help="report file (default: WORK_DIR/selftest_report.txt)")
    t.add_argument("--model", metavar="DIR_OR_MODEL",
                   help="model or FINN build directory to build (default: examples/tfc_digits)")
    t.add_argument("--app-dir", metavar="DIR",
                   help="the finn Tcl app the script loads (default: tcl/finn of this checkout)")
    t.add_argument("--python", metavar="PYTHON",
                   help="Python that runs the backend in Vivado when FINN_PYTHON is not set "
                        "(default: this Python)")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``finn-vivado`` command."""
    parser = _Parser(
        prog="finn-vivado",
        description="Compile quantized neural networks (QONNX / FINN-ONNX) into "
                    "FINN-style streaming dataflow accelerators.",
    )
    parser.add_argument("--version", action="version", version=f"finn-vivado {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_build_parser(sub)
    _add_explore_parser(sub)
    sub.add_parser("boards", help="list the known boards with their FPGA part and shell flow",
                   description="List the known boards (one JSON file each in boards/).")
    r = sub.add_parser("report", help="write the visual report (report/index.html) of a build",
                       description="Render OUTPUT_DIR/report/index.html and the SVG charts "
                                   "from the JSON reports of a build (a build writes them "
                                   "itself; use this after editing or copying reports).")
    r.add_argument("output_dir", metavar="OUTPUT_DIR",
                   help="a build's output directory (holding report/estimate_*.json), or "
                        "a FINN build directory (its config's output_dir is used)")
    r.add_argument("--title", help="heading of the report (default: the model's name)")
    _add_selftest_parser(sub)
    return parser


def _print_error(message: str) -> None:
    print("error: " + " ".join(str(message).split()), file=sys.stderr, flush=True)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print("warning: " + " ".join(str(message).split()), file=sys.stderr, flush=True)


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    from finn_vivado.flow.step_names import STEP_NAMES_DEFAULT, STEP_NAMES_ESTIMATE_ONLY

    steps = {"default": list(STEP_NAMES_DEFAULT), "estimate": list(STEP_NAMES_ESTIMATE_ONLY)}
    return {
        "output_dir": str(Path(args.output_dir).resolve()) if args.output_dir else None,
        "folding_config_file": str(Path(args.folding).resolve()) if args.folding else None,
        "steps": steps.get(args.steps),
        "start_step": args.start_step,
        "stop_step": args.stop_step,
        "board": args.board,
        "fpga_part": args.fpga_part,
        "target_fps": args.target_fps,
        "synth_clk_period_ns": args.clk_ns,
        "verbose": True if args.verbose else None,
    }


def _load_model_mode(model: Path, config: Optional[str], overrides: dict) -> Any:
    from finn_vivado.flow.config import BuildConfig, merge_overrides, read_config_file

    if not model.exists():
        raise FinnVivadoError(f"model file not found: {model}")
    raw = read_config_file(config) if config else {}
    base = Path(config).resolve().parent if config else Path.cwd()
    if not raw.get("output_dir"):
        raw["output_dir"] = str(Path.cwd() / f"output_{model.stem}")
    return BuildConfig.from_dict(merge_overrides(raw, overrides), base_dir=base)


def _cmd_build(args: argparse.Namespace) -> int:
    from finn_vivado.flow.runner import build, load_build_dir

    target = Path(args.target)
    overrides = _overrides(args)
    if target.is_dir():
        model, cfg = load_build_dir(target, args.config, overrides)
    else:
        model, cfg = target, _load_model_mode(target, args.config, overrides)
    build(model, cfg)
    print(f"Output directory: {cfg.output_dir}")
    return EXIT_OK


def _cmd_explore(args: argparse.Namespace) -> int:
    from finn_vivado.explore.progress import ConsoleProgress
    from finn_vivado.explore.sweep import explore

    if args.workers is not None and args.workers < 1:
        raise FinnVivadoError(f"--workers must be at least 1, got {args.workers}")
    result = explore(args.target, args.config, args.sweep, output_dir=args.output_dir,
                     workers=args.workers, cluster=args.cluster, timeout=args.timeout,
                     listener=ConsoleProgress(lines=not args.quiet))
    for line in result.summary_lines():
        print(line)
    return EXIT_OK


def _cmd_boards() -> int:
    from finn_vivado.core.boards import get_board, list_boards

    rows = [get_board(name) for name in list_boards()]
    print(f"{'BOARD':<12} {'FPGA PART':<24} {'SHELL FLOW':<12} FAMILY")
    for board in rows:
        print(f"{board.name:<12} {board.part:<24} {board.shell_flow:<12} {board.family}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from finn_vivado.flow.runner import CONFIG_FILE, load_build_dir
    from finn_vivado.backends.report import write_report

    target, title = Path(args.output_dir), args.title
    if not (target / "report").is_dir() and (target / CONFIG_FILE).is_file():
        title = title or target.resolve().name  # a build directory: its model, its outputs
        target = Path(load_build_dir(target)[1].output_dir)
    print(f"Report: {write_report(target, title=title)}")
    return EXIT_OK


def _cmd_selftest(args: argparse.Namespace) -> int:
    from finn_vivado.backends.vivado.selftest import SelftestConfig, gen_selftest

    written = gen_selftest(SelftestConfig.make(
        args.tcl, board=args.board, work_dir=args.work_dir, report=args.report,
        model=args.model, app_dir=args.app_dir, python=args.python, bitstream=args.bitstream))
    print(f"Wrote {written['script']}; run it with: vivado -mode batch -source "
          f"{written['script']}")
    print(f"Report: {written['report']}")
    return EXIT_OK


def _internal_error(exc: BaseException, verbose: bool) -> int:
    if verbose:
        traceback.print_exception(exc)
    notes = "; ".join(getattr(exc, "__notes__", []))
    hint = notes or ("traceback above" if verbose else save_traceback(exc))
    _print_error(f"internal error: {type(exc).__name__}: {exc} ({hint}); please report it")
    return EXIT_INTERNAL


class _Terminated(KeyboardInterrupt):
    """SIGTERM: unwinds like Ctrl-C, so running tools are stopped and files stay whole."""


def _terminate(signum: int, frame: Any) -> None:
    raise _Terminated()


def _run(args: argparse.Namespace) -> int:
    if args.command == "boards":
        return _cmd_boards()
    if args.command == "report":
        return _cmd_report(args)
    if args.command == "selftest":
        return _cmd_selftest(args)
    if args.command == "explore":
        return _cmd_explore(args)
    return _cmd_build(args)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``finn-vivado`` command; returns the exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        try:
            previous = signal.signal(signal.SIGTERM, _terminate)
        except ValueError:  # not the main thread
            previous = None
        try:
            return _run(args)
        except _Terminated:
            _print_error("terminated")
            return 128 + signal.SIGTERM
        except FinnVivadoError as exc:
            _print_error(str(exc))
        except FileNotFoundError as exc:
            _print_error(f"file not found: {exc.filename or exc}")
        except BrokenPipeError:  # the reader of stdout went away (e.g. `| head`)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_INTERNAL
        except OSError as exc:
            message = os_error_message(exc)
            if message is None:
                return _internal_error(exc, getattr(args, "verbose", False))
            _print_error(message)
        except MemoryError:
            _print_error("out of memory; the model or a setting (batch size, FIFO depths, "
                         "folding) needs more memory than this machine has")
        except KeyboardInterrupt:
            _print_error("interrupted")
            return 130
        except Exception as exc:  # a bug, not a user error
            return _internal_error(exc, getattr(args, "verbose", False))
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
