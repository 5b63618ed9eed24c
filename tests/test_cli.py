import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from finn_vivado import __version__
from finn_vivado.app import cli
from finn_vivado.core.boards import list_boards
from finn_vivado.flow.registry import STEP_TABLE

REPO = Path(__file__).resolve().parents[1]

BUILD_OPTIONS = ["--config", "--output-dir", "--steps", "--start-step", "--stop-step", "--board",
                 "--fpga-part", "--target-fps", "--clk-ns", "--folding", "--verbose"]


def run_cli(*args, cwd=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "py"), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "finn_vivado.app.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def assert_user_error(result, *fragments):
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def build_dir(tmp_path, tiny_model_path):
    (tmp_path / "dataflow_build_config.json").write_text(json.dumps({
        "output_dir": "out", "board": "Pynq-Z2",
        "generate_outputs": ["estimate_reports"]}))
    return tmp_path


def test_help_documents_every_option():
    result = run_cli("build", "--help")
    assert result.returncode == 0
    for option in BUILD_OPTIONS:
        assert option in result.stdout
    assert "dataflow_build_config.json" in result.stdout and "folding_config.json" in result.stdout
    top = run_cli("--help")
    assert "build" in top.stdout and "boards" in top.stdout and "--version" in top.stdout


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"finn-vivado {__version__}"


def test_boards_lists_every_board():
    result = run_cli("boards")
    assert result.returncode == 0
    for name in list_boards():
        assert name in result.stdout
    assert "xc7z020clg400-1" in result.stdout and "vitis_alveo" in result.stdout


def test_import_is_light():
    code = ("import sys, finn_vivado; "
            "print(sorted(m for m in ('onnx', 'qonnx', 'onnxruntime', 'numpy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO / "py")})
    assert result.stdout.strip() == "[]"


def test_not_onnx(build_dir):
    (build_dir / "model.onnx").write_text("hello, I am not a neural network\n" * 10)
    assert_user_error(run_cli("build", build_dir), "model.onnx")


def test_truncated_onnx(build_dir):
    model = build_dir / "model.onnx"
    model.write_bytes(model.read_bytes()[:-20])
    assert_user_error(run_cli("build", build_dir), "model.onnx")


def test_missing_model(tmp_path):
    assert_user_error(run_cli("build", tmp_path / "absent.onnx"), "model file not found",
                      "absent.onnx")
    (tmp_path / "dataflow_build_config.json").write_text("{}")
    assert_user_error(run_cli("build", tmp_path), "model file not found", "model.onnx")


def test_missing_config(tmp_path, tiny_model_path):
    assert_user_error(run_cli("build", tmp_path), "dataflow_build_config.json")
    assert_user_error(run_cli("build", tiny_model_path, "--config", tmp_path / "nope.json"),
                      "build config", "nope.json not found")


def test_unknown_board(build_dir):
    assert_user_error(run_cli("build", build_dir, "--board", "Pynq-Z9"), "'board'", "Pynq-Z9",
                      "ZCU104")


def test_bad_enum_value(build_dir):
    (build_dir / "dataflow_build_config.json").write_text(json.dumps({
        "output_dir": "out", "generate_outputs": ["estimate_reports", "bitstream"]}))
    assert_user_error(run_cli("build", build_dir), "generate_outputs", "bitstream",
                      "out_of_context_synth")


def test_bad_json_names_file_and_line(build_dir):
    (build_dir / "dataflow_build_config.json").write_text('{\n"board": "Pynq-Z2"\n"x": 1}')
    assert_user_error(run_cli("build", build_dir), "dataflow_build_config.json:3:")


def test_bad_option_values_are_one_line(build_dir):
    assert_user_error(run_cli("build", build_dir, "--clk-ns", "-3"), "--clk-ns")
    assert_user_error(run_cli("build", build_dir, "--steps", "all"), "--steps")
    assert_user_error(run_cli("build", build_dir, "--stop-step", "step_nope"), "step_nope")


def test_unknown_field_warns_on_stderr(build_dir):
    (build_dir / "dataflow_build_config.json").write_text(json.dumps({
        "board": "Pynq-Z2", "fold_cfg": "x", "generate_outputs": ["bitstream"]}))
    result = run_cli("build", build_dir)
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("warning: ") and "fold_cfg" in lines[0]
    assert lines[1].startswith("error: ") and len(lines) == 2


def fake_backend(monkeypatch, seen):
    def step_tidy_up(model, cfg):
        seen.append(cfg)
        return model

    monkeypatch.setitem(STEP_TABLE, "step_tidy_up", step_tidy_up)


def test_build_dir_success(build_dir, monkeypatch, capsys):
    (build_dir / "folding_config.json").write_text("{}")
    (build_dir / "dataflow_build_config.json").write_text(json.dumps({
        "output_dir": "out", "board": "Pynq-Z2", "steps": ["step_tidy_up"]}))
    seen = []
    fake_backend(monkeypatch, seen)
    code = cli.main(["build", str(build_dir), "--target-fps", "5000", "--clk-ns", "5"])
    assert code == 0
    out = capsys.readouterr().out
    assert "Running step: step_tidy_up [1/1]" in out
    cfg = seen[0]
    assert cfg.output_dir == str(build_dir / "out") and cfg.output_dir in out.splitlines()[-1]
    assert cfg.folding_config_file == str(build_dir / "folding_config.json")
    assert (cfg.target_fps, cfg.synth_clk_period_ns, cfg.fpga_part) == (5000, 5.0, "xc7z020clg400-1")
    assert (build_dir / "out" / "time_per_step.json").is_file()


def test_model_mode_with_overrides(tmp_path, tiny_model_path, monkeypatch, capsys):
    seen = []
    fake_backend(monkeypatch, seen)
    config = tmp_path / "cfgs" / "cfg.json"
    config.parent.mkdir()
    config.write_text(json.dumps({"board": "Pynq-Z2", "folding_config_file": "fold.json",
                                  "steps": ["step_tidy_up"]}))
    monkeypatch.chdir(tmp_path)
    code = cli.main(["build", str(tiny_model_path), "--config", str(config), "--board", "ZCU104",
                     "-o", "myout", "--folding", "other.json"])
    assert code == 0
    cfg = seen[0]
    assert (cfg.board, cfg.fpga_part) == ("ZCU104", "xczu7ev-ffvc1156-2-e")
    assert cfg.output_dir == str(tmp_path / "myout")
    assert cfg.folding_config_file == str(tmp_path / "other.json")
    seen.clear()
    assert cli.main(["build", str(tiny_model_path), "--config", str(config)]) == 0
    assert seen[0].folding_config_file == str(config.parent / "fold.json")
    assert seen[0].output_dir == str(tmp_path / "output_model")


def test_internal_error_is_one_line(build_dir, monkeypatch, capsys):
    def step_tidy_up(model, cfg):
        raise ZeroDivisionError("bug inside a step")

    monkeypatch.setitem(STEP_TABLE, "step_tidy_up", step_tidy_up)
    (build_dir / "dataflow_build_config.json").write_text(json.dumps({"steps": ["step_tidy_up"]}))
    code = cli.main(["build", str(build_dir)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1
    assert err[0].startswith("error: internal error: ZeroDivisionError: bug inside a step")
    assert "build_dataflow.log" in err[0]


def test_report_subcommand(tmp_path):
    from report.synthetic import BOTTLENECK, write_synthetic_build

    out = write_synthetic_build(tmp_path / "out")
    result = run_cli("report", out, "--title", "My net")
    html = out / "report" / "index.html"
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Report: {html}"
    text = html.read_text()
    assert "<h1>My net</h1>" in text and BOTTLENECK in text
    assert (out / "report" / "cycles.svg").is_file()
    assert "report" in run_cli("--help").stdout
    assert_user_error(run_cli("report", tmp_path / "empty"), "estimate_layer_cycles.json not found",
                      "estimate_reports")


def test_report_of_a_build_directory(build_dir):
    from report.synthetic import write_synthetic_build

    write_synthetic_build(build_dir / "out")  # the config's output_dir
    assert cli.main(["report", str(build_dir)]) == 0
    html = (build_dir / "out" / "report" / "index.html").read_text()
    assert f"<h1>{build_dir.name}</h1>" in html
