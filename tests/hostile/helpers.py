"""Running the ``finn-vivado`` command on hostile inputs and checking the promise:
one ``error:`` line naming the culprit, exit status 2 (130 for SIGINT), no traceback,
no hang, nothing half-written (no temporary file, every JSON parses, every ONNX loads)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tfc_digits"
TIMEOUT = 300


def cli_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "py"), env.get("PYTHONPATH", "")])
    return env


def run_cli(*args, cwd=None, timeout: float = TIMEOUT, stdin=None,
            process: bool = False) -> subprocess.CompletedProcess:
    """Run ``finn-vivado ARGS`` and return its exit status and output.

    By default the command runs in this interpreter (``cli.main``, as the console script
    calls it), which saves the start-up and import time of a fresh process per case; a
    hang still fails (faulthandler ends the run after ``timeout``).  ``process=True``, or
    FINN_HOSTILE_PROCESS=1 in the environment, runs it in a fresh interpreter."""
    if process or stdin is not None or os.environ.get("FINN_HOSTILE_PROCESS") == "1":
        return subprocess.run([sys.executable, "-m", "finn_vivado.app.cli", *map(str, args)],
                              capture_output=True, text=True, cwd=cwd, env=cli_env(),
                              timeout=timeout,
                              stdin=stdin if stdin is not None else subprocess.DEVNULL)
    return _run_in_process([str(a) for a in args], cwd, timeout)


def _run_in_process(argv: list, cwd, timeout: float) -> subprocess.CompletedProcess:
    import contextlib
    import faulthandler
    import io

    from finn_vivado.app import cli

    out, err = io.StringIO(), io.StringIO()
    previous = os.getcwd()
    faulthandler.dump_traceback_later(timeout, exit=True)
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = cli.main(argv)
            except SystemExit as exc:  # argparse usage errors and --help
                status = exc.code if isinstance(exc.code, int) else 2
    finally:
        faulthandler.cancel_dump_traceback_later()
        os.chdir(previous)
    return subprocess.CompletedProcess(["finn-vivado", *argv], status, out.getvalue(),
                                       err.getvalue())


def example_build_dir(tmp_path: Path, config: Optional[dict] = None, model: Optional[Path] = None,
                      name: str = "build") -> Path:
    """A FINN build directory with the example (or ``model``) and ``config`` (default: the
    estimate steps only, output_dir "out")."""
    directory = tmp_path / name
    directory.mkdir()
    shutil.copyfile(model or EXAMPLE / "model.onnx", directory / "model.onnx")
    cfg = {"output_dir": "out", "board": "Pynq-Z2", "synth_clk_period_ns": 10.0,
           "target_fps": 100000, "generate_outputs": ["estimate_reports"],
           "stop_step": "step_generate_estimate_reports"}
    if config:
        cfg.update(config)
    (directory / "dataflow_build_config.json").write_text(json.dumps(cfg, indent=2))
    return directory


def half_written(root: Path) -> list[str]:
    """Files under ``root`` that a crash could have left: temporary files, JSON that does
    not parse, ONNX that does not load, empty .npy files."""
    import onnx

    bad = []
    if not root.exists():
        return bad
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        name = path.name
        if name.endswith(".finntmp") or (name.startswith(".") and name.endswith(".tmp")):
            bad.append(f"temporary file {path}")
        elif path.suffix == ".json":
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                bad.append(f"{path}: {exc}")
        elif path.suffix == ".onnx":
            try:
                onnx.load(str(path))
            except Exception as exc:  # noqa: BLE001 - any failure is a broken file
                bad.append(f"{path}: {exc}")
        elif path.suffix == ".npy" and path.stat().st_size == 0:
            bad.append(f"empty {path}")
    return bad


def assert_user_error(result: subprocess.CompletedProcess, *fragments: str, status: int = 2,
                      root: Optional[Path] = None) -> str:
    """Exit ``status``, exactly one ``error:`` line on stderr containing every fragment,
    no traceback anywhere, and (with ``root``) nothing half-written under it."""
    text = result.stdout + result.stderr
    assert "Traceback" not in text, text[-3000:]
    assert result.returncode == status, (result.returncode, result.stderr[-2000:])
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in errors if not line.startswith("warning: ")]
    assert len(errors) == 1, result.stderr[-3000:]
    line = errors[0]
    assert line.startswith("error: "), line
    assert "internal error" not in line, line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    if root is not None:
        assert half_written(root) == []
    return line
