"""The backend side of the Tcl bridge: protocol lines, exit statuses, option checks."""

import pytest
from finn_vivado.app.tcl_bridge import __main__ as tclbridge
from finn_vivado.core.tclquote import parse_tcl_list

from .helpers import fake_accelerator


def run(capsys, *argv):
    status = tclbridge.main(list(argv))
    return status, capsys.readouterr().out.splitlines()


def result_of(lines):
    last = [line for line in lines if line.startswith("FINN-RESULT ")]
    assert len(last) == 1
    items = parse_tcl_list(last[0][len("FINN-RESULT "):])
    return dict(zip(items[::2], items[1::2]))


def test_version(capsys):
    status, lines = run(capsys, "version")
    assert status == 0 and result_of(lines)["version"] == "0.1.0"


def test_user_error_is_one_line_and_status_2(capsys):
    status, lines = run(capsys, "board", "--name=No Such [board]")
    assert status == 2 and lines == [lines[0]]
    assert lines[0].startswith("FINN-ERROR unknown board 'No Such [board]'")


@pytest.mark.parametrize("argv, message", [
    ([], "no command given"),
    (["nosuch"], "unknown command 'nosuch'"),
    (["version", "positional"], "arguments must be --key=value"),
    (["version", "--bogus=1"], "unknown option(s) --bogus"),
])
def test_bad_calls(capsys, argv, message):
    status, lines = run(capsys, *argv)
    assert status == 2 and message in lines[-1]


def test_warnings_become_lines_before_the_result(capsys, tmp_path):
    fake_accelerator(tmp_path, part="xc7z020clg400-1")
    status, lines = run(capsys, "gen-shell", f"--output_dir={tmp_path}", "--board=ZCU104")
    assert status == 0
    assert lines[0].startswith(
        "FINN-WARNING accelerator xilinx_finn:finn:finn_design:1.0 was folded")
    assert result_of(lines)["kind"] == "zynq"


def test_values_with_special_characters_cross_intact(capsys, tmp_path):
    odd = tmp_path / "a b [c];$d"
    fake_accelerator(odd)
    status, lines = run(capsys, "accel-info", f"--output_dir={odd}")
    assert status == 0
    assert result_of(lines)["path"] == str(odd / "stitched_ip" / "accelerator.json")
