"""The Vivado self-test (finn::selftest, finn-vivado selftest --tcl OUT.tcl): the script
the CLI writes replays through the Vivado-command recorder with nothing rejected and
nothing unverified, the report has one PASS|FAIL|SKIP line per check, option mistakes
are one-line errors; with vivado on PATH the script runs for real."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from finn_vivado.app.cli import main

from .helpers import ROOT, TCLSH, needs_tclsh

REPLAY = ROOT / "tcl" / "finn" / "test" / "recorder" / "replay.tcl"
TOTAL = re.compile(r"^TOTAL: (\d+) commands, (\d+) rejected, (\d+) unverified$", re.M)
CHECKS = ["vivado", "backend", "build", "project", "ip_repo", "catalog_accelerator",
          "catalog_layer", "block_design", "ooc_synth", "timing", "shell", "bitstream"]
LINE = re.compile(r"^(PASS|FAIL|SKIP) (\w+) (.*)$")
needs_vivado = pytest.mark.skipif(shutil.which("vivado") is None,
                                  reason="vivado is not on PATH")


def write_script(tmp_path, *extra):
    script = tmp_path / "selftest.tcl"
    assert main(["selftest", "--tcl", str(script), *extra]) == 0
    return script


def report_lines(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    return {m.group(2): (m.group(1), m.group(3)) for m in parsed}, [m.group(2) for m in parsed]


@needs_tclsh
def test_selftest_script_replays_with_nothing_rejected_or_unverified(tmp_path, capsys):
    work = tmp_path / "work dir [1]"
    script = write_script(tmp_path, "--work-dir", str(work), "--bitstream")
    assert "vivado -mode batch -source" in capsys.readouterr().out
    proc = subprocess.run([TCLSH, str(REPLAY), "-list", "unverified,rejected", str(script)],
                          capture_output=True, text=True, timeout=900,
                          env=dict(os.environ, FINN_PYTHON=sys.executable,
                                   TMPDIR=str(tmp_path)))
    total = TOTAL.search(proc.stdout)
    assert proc.returncode == 0 and total, proc.stdout + proc.stderr
    assert total.group(2, 3) == ("0", "0"), proc.stdout
    assert int(total.group(1)) > 100
    assert "0 unmodeled" in proc.stdout and "ended early" not in proc.stdout, proc.stdout
    results, order = report_lines(work / "selftest_report.txt")
    assert order == CHECKS
    # every check passes, the library layer's catalog entry included (the recorder's
    # update_ip_catalog registers the component.xml cores of the IP repositories)
    failed = {check: results[check] for check in CHECKS if results[check][0] != "PASS"}
    assert not failed, failed
    assert "xilinx_finn:finn_lib:MVAU:1.0" in results["catalog_layer"][1]
    assert results["timing"][1].startswith("WNS ")
    assert results["bitstream"][1].endswith("finn-accel.bit")


def test_selftest_defaults_and_script_text(tmp_path, capsys):
    script = write_script(tmp_path)
    out = capsys.readouterr().out
    report = tmp_path / "finn_selftest" / "selftest_report.txt"
    assert f"Report: {report}" in out
    text = script.read_text()
    assert "variable board Pynq-Z1" in text and "variable bitstream 0" in text
    assert str(ROOT / "examples" / "tfc_digits") in text
    for check in CHECKS:
        assert f"check {check}" in text or f"SKIP {check}" in text, check
    # every check is guarded: one failure does not stop the others
    assert "if {[catch {check_$name} message]}" in text


@pytest.mark.parametrize("args, message", [
    (["--board", "U250"], "board U250 uses the vitis_alveo flow"),
    (["--board", "NoSuchBoard"], "unknown board 'NoSuchBoard'"),
    (["--model", "/no/such/model.onnx"], "model /no/such/model.onnx not found"),
    (["--app-dir", "/no/such/app"], "the finn Tcl app is not in /no/such/app"),
])
def test_selftest_mistakes_are_one_line_errors(tmp_path, capsys, args, message):
    assert main(["selftest", "--tcl", str(tmp_path / "s.tcl"), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1, err
    assert not (tmp_path / "s.tcl").exists()


def test_selftest_needs_the_script_path(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["selftest"])
    assert exc.value.code == 2
    assert "--tcl" in capsys.readouterr().err


@pytest.mark.vivado
@needs_vivado
def test_selftest_in_vivado(tmp_path):
    """The self-test for real: every check passes except the bitstream (not requested)."""
    work = tmp_path / "work"
    script = write_script(tmp_path, "--work-dir", str(work))
    proc = subprocess.run(["vivado", "-mode", "batch", "-nojournal", "-notrace",
                           "-log", str(tmp_path / "vivado.log"), "-source", str(script)],
                          capture_output=True, text=True, timeout=7200, cwd=str(tmp_path),
                          env=dict(os.environ, FINN_PYTHON=sys.executable))
    assert proc.returncode == 0, proc.stdout[-5000:]
    results, order = report_lines(work / "selftest_report.txt")
    assert order == CHECKS
    failed = {k: v for k, v in results.items() if v[0] != "PASS" and k != "bitstream"}
    assert not failed, failed
    assert results["bitstream"][0] == "SKIP"


def test_readme_documents_the_selftest_options():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser_help = subprocess.run([sys.executable, "-m", "finn_vivado.app.cli", "selftest",
                                  "--help"], capture_output=True, text=True, timeout=120,
                                 env=dict(os.environ, PYTHONPATH=str(ROOT / "py"))).stdout
    options = re.findall(r"(--[a-z][a-z-]+)", parser_help)
    assert {"--tcl", "--board", "--bitstream", "--work-dir", "--report", "--model",
            "--app-dir", "--python"} <= set(options)
    for option in set(options) - {"--help"}:
        assert f"| `{option}" in readme, option
    assert "finn::selftest -help" in readme and "vivado.jou" in readme
