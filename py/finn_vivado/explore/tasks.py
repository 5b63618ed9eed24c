"""One candidate's build, run as a task on a worker (any machine of the cluster).

:func:`run_job` builds one candidate for one stage (``estimate`` or ``build``) in its own
directory ``<candidates>/<key>/<stage>/`` by running ``python -m finn_vivado.app.cli
build`` in a subprocess: a crash, a hang (``timeout``) or a user error in one candidate
becomes a ``failed: <one line>`` status in its result, never an exception of the sweep.
The result is written atomically to ``<key>/<stage>.json``; a later run finds it and
skips the work (:func:`cached_result`). The build runs in a session of its own and is
stopped when the worker running it dies; a leftover build of a dead worker on this
machine is stopped before the candidate is built again.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Mapping, Optional

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.explore.figures import build_figures, estimate_figures

__all__ = ["cached_result", "result_path", "run_job"]

#: exit status of a user error (kept in the cache: building again gives the same error)
EXIT_USER_ERROR = 2
_PR_SET_PDEATHSIG = 1


def result_path(directory: Path, stage: str) -> Path:
    return Path(directory) / f"{stage}.json"


def cached_result(directory: Path, stage: str, settings: Mapping[str, Any]) -> Optional[dict]:
    """The stored result of a stage when it is final (finished, or failed by a user error)
    and was made with the same ``settings``; else None."""
    path = result_path(directory, stage)
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(result, dict) or result.get("settings") != dict(settings):
        return None
    if result.get("status") == "ok" or result.get("exit_status") == EXIT_USER_ERROR:
        return result
    return None


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the worker thread that started it goes away."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def _stop_leftover(directory: Path, stage: str) -> None:
    """Stop the build a dead worker on this host left running (recorded in <stage>.pid)."""
    pid_file = directory / f"{stage}.pid"
    try:
        host, pid = pid_file.read_text().split()
    except (OSError, ValueError):
        return
    if host == socket.gethostname():
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(int(pid), sig)
            except (ProcessLookupError, PermissionError, ValueError):
                break
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and _alive(int(pid)):
                time.sleep(0.2)
    pid_file.unlink(missing_ok=True)


def _alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _error_line(log: Path, code: int, timeout: Optional[float], timed_out: bool) -> str:
    if timed_out:
        return f"failed: timed out after {timeout:g} s"
    if code < 0:
        return f"failed: killed by signal {signal.Signals(-code).name}"
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []
    errors = [line[len("error: "):] for line in lines if line.startswith("error: ")]
    return f"failed: {errors[-1] if errors else f'exit status {code}'}"


def _run_build(cmd: list[str], log: Path, pid_file: Path, timeout: Optional[float]) -> tuple:
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, preexec_fn=_die_with_parent)
        pid_file.write_text(f"{socket.gethostname()} {proc.pid}\n")
        try:
            return proc.wait(timeout=timeout), False
        except subprocess.TimeoutExpired:
            _signal_group(proc.pid, signal.SIGTERM)  # the build stops its tools and exits
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                _signal_group(proc.pid, signal.SIGKILL)
                proc.wait()
            return proc.returncode, True
        finally:
            pid_file.unlink(missing_ok=True)


def _status(stage: str, code: int, timed_out: bool, out: Path, log: Path,
            timeout: Optional[float]) -> tuple[str, dict]:
    if code != 0 or timed_out:
        return _error_line(log, code, timeout, timed_out), {}
    try:
        figures = estimate_figures(out) if stage == "estimate" else build_figures(out)
    except (OSError, ValueError, KeyError) as exc:
        return f"failed: reports of the build unreadable ({type(exc).__name__}: {exc})", {}
    if figures.get("verified") is False:
        return "failed: stitched_ip_rtlsim verification FAIL (output differs from the model)", figures
    return "ok", figures


def run_job(job: Mapping[str, Any]) -> dict[str, Any]:
    """Build one candidate for one stage; returns (and stores) its result dict.

    ``job``: key, stage, directory, model, config (build-config dict without output_dir),
    folding (a folding config dict to write, or None), settings (what the cache must
    match), timeout (seconds or None).
    """
    directory, stage = Path(job["directory"]), job["stage"]
    cached = cached_result(directory, stage, job["settings"])
    if cached is not None:
        return {**cached, "cached": True}
    directory.mkdir(parents=True, exist_ok=True)
    _stop_leftover(directory, stage)
    out = directory / stage
    shutil.rmtree(out, ignore_errors=True)
    config = dict(job["config"])
    if job.get("folding") is not None:
        folding = directory / f"{stage}.folding.json"
        atomic_write_json(folding, job["folding"], indent=2)
        config["folding_config_file"] = str(folding)
    config_path = directory / f"{stage}.config.json"
    atomic_write_json(config_path, config, indent=2)
    cmd = [sys.executable, "-m", "finn_vivado.app.cli", "build", str(job["model"]),
           "--config", str(config_path), "-o", str(out)]
    log = directory / f"{stage}.console.log"
    start = time.monotonic()
    code, timed_out = _run_build(cmd, log, directory / f"{stage}.pid", job.get("timeout"))
    status, figures = _status(stage, code, timed_out, out, log, job.get("timeout"))
    result = {"key": job["key"], "stage": stage, "status": status, "exit_status": code,
              "seconds": round(time.monotonic() - start, 3), "host": socket.gethostname(),
              "output_dir": str(out), "figures": figures, "settings": dict(job["settings"])}
    atomic_write_json(result_path(directory, stage), result, indent=2)
    return {**result, "cached": False}
