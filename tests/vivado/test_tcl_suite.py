"""The Tcl app's tcltest suite (tcl/finn/test/all.tcl), run under tclsh with this Python
as the backend; fails on any failed tcltest.  Tests needing Vivado skip without it."""

import os
import re
import subprocess
import sys

import pytest

from .helpers import ROOT, TCLSH, needs_tclsh


@needs_tclsh
def test_tcltest_suite(tmp_path):
    env = dict(os.environ, FINN_PYTHON=sys.executable, TMPDIR=str(tmp_path))
    proc = subprocess.run([TCLSH, str(ROOT / "tcl" / "finn" / "test" / "all.tcl")],
                          capture_output=True, text=True, env=env, timeout=1800)
    out = proc.stdout + proc.stderr
    totals = re.findall(r"Total\s+(\d+)\s+Passed\s+(\d+)\s+Skipped\s+(\d+)\s+Failed\s+(\d+)", out)
    assert totals, out
    total, passed, skipped, failed = map(int, totals[-1])
    if failed or proc.returncode != 0 or "Test files exiting with errors" in out:
        pytest.fail(f"tcltest: {failed} failed\n{out[-20000:]}")
    assert total >= 30 and passed + skipped == total
    skipped_for = re.findall(r"^\s*(\d+)\s+(.+)$", out.split("skipped for each constraint:")[-1],
                             re.M) if "skipped for each constraint" in out else []
    assert all("vivado" in constraint for _, constraint in skipped_for), out
