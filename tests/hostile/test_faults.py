"""Faults around a build: full or read-only disks, bad output paths, a second build in the
same directory, interruption and kills, internal errors.  Each ends in one ``error:``
line naming the path or the cause, exit 2 (130 for SIGINT), no traceback, and leaves
nothing half-written."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from finn_vivado.core.fsio import directory_lock
from finn_vivado.flow.runner import LOCK_FILE

from .helpers import (EXAMPLE, REPO, assert_user_error, cli_env, example_build_dir, half_written,
                      run_cli)

ESTIMATE = ["--steps", "estimate", "--board", "Pynq-Z2"]


def _can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    with tempfile.TemporaryDirectory() as probe:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe],
                            capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", probe], check=True)
    return ok


needs_mount = pytest.mark.skipif(not _can_mount(),
                                 reason="mounting a small tmpfs needs root and mount(8)")


@contextlib.contextmanager
def small_fs(tmp_path: Path, size: str, readonly: bool = False):
    """A tmpfs of ``size`` mounted on a directory under tmp_path (read-only if asked)."""
    mnt = tmp_path / f"fs_{size}"
    mnt.mkdir()
    options = f"size={size}" + (",ro" if readonly else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mnt)], check=True)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


@needs_mount
@pytest.mark.parametrize("size", ["96k", "256k"])
def test_disk_full_during_estimate_steps(tmp_path, size):
    with small_fs(tmp_path, size) as mnt:
        out = mnt / "out"
        result = run_cli("build", EXAMPLE / "model.onnx", "-o", out, *ESTIMATE)
        assert_user_error(result, "no space left on the device", str(mnt), root=out)


@needs_mount
def test_disk_full_during_rtl_steps(tmp_path):
    """The full example flow on 1 MB: fails while writing generated HDL, not before."""
    with small_fs(tmp_path, "1m") as mnt:
        out = mnt / "out"
        result = run_cli("build", EXAMPLE, "-o", out)
        line = assert_user_error(result, "no space left on the device", str(out), root=out)
        assert "step_" in line  # names the step that could not write


@needs_mount
def test_ip_repo_on_a_full_disk(tmp_path):
    with small_fs(tmp_path, "16k") as mnt:
        build = example_build_dir(tmp_path, {
            "ip_repo": str(mnt / "repo"), "stop_step": "step_create_stitched_ip",
            "generate_outputs": ["estimate_reports", "stitched_ip"], "target_fps": 1000})
        result = run_cli("build", build)
        assert_user_error(result, "no space left on the device", str(mnt / "repo"),
                          root=build / "out")
        assert half_written(mnt) == []


@needs_mount
def test_read_only_output_dir(tmp_path):
    with small_fs(tmp_path, "64k", readonly=True) as mnt:
        result = run_cli("build", EXAMPLE / "model.onnx", "-o", mnt / "out", *ESTIMATE)
        assert_user_error(result, "read-only file system", str(mnt / "out"))


@needs_mount
def test_read_only_existing_output_dir(tmp_path):
    with small_fs(tmp_path, "64k", readonly=True) as mnt:
        result = run_cli("build", EXAMPLE / "model.onnx", "-o", mnt, *ESTIMATE)
        assert_user_error(result, "read-only file system", str(mnt))


def test_output_dir_is_a_file(tmp_path):
    target = tmp_path / "taken"
    target.write_text("not a directory\n")
    result = run_cli("build", EXAMPLE / "model.onnx", "-o", target, *ESTIMATE)
    assert_user_error(result, "output_dir", str(target), "is a file")
    assert target.read_text() == "not a directory\n"


def test_output_dir_under_a_file(tmp_path):
    target = tmp_path / "taken"
    target.write_text("x")
    result = run_cli("build", EXAMPLE / "model.onnx", "-o", target / "sub" / "out", *ESTIMATE)
    assert_user_error(result, str(target))


def test_output_dir_name_too_long(tmp_path):
    result = run_cli("build", EXAMPLE / "model.onnx", "-o", tmp_path / ("o" * 300), *ESTIMATE)
    assert_user_error(result, "file name too long")


def test_model_path_of_100k_characters(tmp_path):
    path = "/".join(["d" * 200] * 500) + "/model.onnx"
    result = run_cli("build", path, "-o", tmp_path / "out", *ESTIMATE)
    line = assert_user_error(result, "model")
    assert len(line) < 1000  # the path is shortened in the message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission")
def test_unreadable_model(tmp_path):
    model = tmp_path / "model.onnx"
    shutil.copyfile(EXAMPLE / "model.onnx", model)
    model.chmod(0)
    result = run_cli("build", model, "-o", tmp_path / "out", *ESTIMATE)
    assert_user_error(result, str(model), "permission denied")


def test_second_build_into_the_same_output_dir(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with directory_lock(out, LOCK_FILE, "build"):
        result = run_cli("build", EXAMPLE / "model.onnx", "-o", out, *ESTIMATE, process=True)
    assert_user_error(result, "another build", f"pid {os.getpid()}", str(out))
    assert not (out / "intermediate_models").exists()


def test_lock_is_released_after_a_build(tmp_path):
    out = tmp_path / "out"
    first = run_cli("build", EXAMPLE / "model.onnx", "-o", out, *ESTIMATE)
    assert first.returncode == 0, first.stderr
    with directory_lock(out, LOCK_FILE, "build"):  # free again: no error raised here
        pass


def test_stray_temporaries_are_removed_on_the_next_run(tmp_path):
    out = tmp_path / "out"
    strays = [out / "report" / ".estimate_layer_cycles.json.4242.0a1b2c3d.finntmp",
              out / "stitched_ip" / "xgui" / ".finn_design_v1_0.tcl.4242.tmp"]
    for path in strays:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{\"truncat")
    keep = out / "notes.tmp"
    keep.write_text("user file")
    result = run_cli("build", EXAMPLE / "model.onnx", "-o", out, *ESTIMATE)
    assert result.returncode == 0, result.stderr
    assert not any(p.exists() for p in strays)
    assert keep.read_text() == "user file"
    assert half_written(out) == []


def _start_build(out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "finn_vivado.app.cli", "build", str(EXAMPLE), "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(),
        stdin=subprocess.DEVNULL)


def _wait_for_step(proc: subprocess.Popen, out: Path, step: str, timeout: float = 240) -> None:
    log = out / "build_dataflow.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the build ended before {step}: {proc.stderr.read()[-2000:]}")
        if log.is_file() and f"Running step: {step}" in log.read_text(errors="replace"):
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail(f"the build did not reach {step}")


@pytest.mark.parametrize("signum, status, word", [
    (signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_signal_ends_the_build_with_one_line(tmp_path, signum, status, word):
    out = tmp_path / "out"
    proc = _start_build(out)
    _wait_for_step(proc, out, "step_hw_codegen")
    time.sleep(0.5)
    proc.send_signal(signum)
    stdout, stderr = proc.communicate(timeout=120)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
    assert_user_error(result, word, status=status, root=out)


def test_sigkill_then_resume_leaves_no_temporaries(tmp_path):
    out = tmp_path / "out"
    proc = _start_build(out)
    _wait_for_step(proc, out, "step_create_stitched_ip")
    time.sleep(1.0)
    proc.kill()
    proc.communicate(timeout=60)
    # a write killed half-way leaves its temporary file; make sure one is there
    stray = out / "stitched_ip" / ".accelerator.json.99999.deadbeef.finntmp"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("{")
    result = run_cli("build", EXAMPLE, "-o", out, "--start-step", "step_create_stitched_ip")
    assert result.returncode == 0, result.stderr[-2000:]
    assert half_written(out) == []


def test_internal_error_without_verbose_has_no_traceback(tmp_path, monkeypatch, capsys):
    from finn_vivado.app import cli
    from finn_vivado.flow import registry

    def broken(model, cfg):
        raise RuntimeError("simulated fault")

    monkeypatch.setitem(registry.STEP_TABLE, "step_tidy_up", broken)
    status = cli.main(["build", str(EXAMPLE / "model.onnx"), "-o", str(tmp_path / "out"),
                       *ESTIMATE])
    captured = capsys.readouterr()
    assert status == 1
    assert "Traceback" not in captured.out + captured.err
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("error: internal error: RuntimeError")
    log = tmp_path / "out" / "build_dataflow.log"
    assert str(log) in errors[0] and "step_tidy_up" in errors[0]
    assert "Traceback" in log.read_text() and "simulated fault" in log.read_text()


def test_internal_error_with_verbose_shows_the_traceback(tmp_path, monkeypatch, capsys):
    from finn_vivado.app import cli
    from finn_vivado.flow import registry

    def broken(model, cfg):
        raise RuntimeError("simulated fault")

    monkeypatch.setitem(registry.STEP_TABLE, "step_tidy_up", broken)
    status = cli.main(["build", str(EXAMPLE / "model.onnx"), "-o", str(tmp_path / "out"),
                       "-v", *ESTIMATE])
    captured = capsys.readouterr()
    assert status == 1 and "Traceback" in captured.err


def test_tcl_build_with_a_100k_character_path(tmp_path):
    tclsh = shutil.which("tclsh")
    if tclsh is None:
        pytest.skip("tclsh is not installed (Debian package tcl)")
    long_dir = "/".join(["d" * 200] * 500)
    script = tmp_path / "s.tcl"
    script.write_text(
        f"lappend auto_path {{{REPO / 'tcl'}}}\n"
        "package require finn\n"
        f"finn::config -python {{{sys.executable}}}\n"
        f"if {{[catch {{finn::build -model {{{EXAMPLE}}} -output_dir {{{long_dir}}}}} msg]}} {{\n"
        "    puts \"CAUGHT $msg\"\n} else {\n    puts \"NO ERROR\"\n}\n")
    result = subprocess.run([tclsh, str(script)], capture_output=True, text=True,
                            env=cli_env(), timeout=300)
    text = result.stdout + result.stderr
    assert "Traceback" not in text
    caught = [ln for ln in text.splitlines() if ln.startswith("CAUGHT")]
    assert len(caught) == 1 and "-E- finn::build:" in caught[0], text[-2000:]
    assert "too long" in caught[0] and "internal error" not in caught[0]


def test_unreadable_model_in_process(tmp_path, monkeypatch, capsys):
    """As root the permission bits cannot make a file unreadable; the read fails instead."""
    import builtins

    from finn_vivado.app import cli

    model = tmp_path / "model.onnx"
    shutil.copyfile(EXAMPLE / "model.onnx", model)
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if os.fspath(file) == str(model):
            raise PermissionError(13, "Permission denied", str(model))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    status = cli.main(["build", str(model), "-o", str(tmp_path / "out"), *ESTIMATE])
    errors = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(errors) == 1
    assert str(model) in errors[0] and "ermission denied" in errors[0]
    assert "internal error" not in errors[0]
