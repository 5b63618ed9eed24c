import json
import os
import sys
import warnings

import onnx
import pytest

import finn_vivado
from finn_vivado.build import (
    LOG_FILE,
    TIME_FILE,
    build,
    build_dataflow_cfg,
    intermediate_model_path,
    load_build_dir,
    load_model,
)
from finn_vivado.config import BuildConfig
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.registry import STEP_TABLE

from conftest import make_tiny_model


def mark(label):
    """A step that appends ``label`` to the model's doc_string (visible in saved models)."""

    def step(model, cfg):
        model.model.doc_string += label
        return model

    step.__name__ = f"step_{label}"
    return step


def chatty_step(model, cfg):
    print("hello from chatty_step")
    print("a second line", file=sys.stderr)
    warnings.warn("chatty warning")
    return model


def doc(path):
    return onnx.load(str(path)).doc_string


def test_runs_steps_and_writes_outputs(tiny_model_path, tmp_path, capsys):
    out = tmp_path / "out"
    cfg = BuildConfig(output_dir=str(out), steps=[mark("a"), chatty_step, mark("b")])
    assert build(str(tiny_model_path), cfg) == 0
    stdout = capsys.readouterr().out
    assert "Running step: step_a [1/3]" in stdout
    assert "Running step: chatty_step [2/3]" in stdout
    assert "Running step: step_b [3/3]" in stdout
    assert "hello from chatty_step" not in stdout
    times = json.loads((out / TIME_FILE).read_text())
    assert list(times) == ["step_a", "chatty_step", "step_b"]
    assert all(isinstance(t, float) and t >= 0 for t in times.values())
    assert doc(intermediate_model_path(out, "step_a")) == "a"
    assert doc(intermediate_model_path(out, "step_b")) == "ab"
    log = (out / LOG_FILE).read_text()
    assert "hello from chatty_step" in log and "a second line" in log
    assert "chatty warning" in log
    assert "Running step: step_b [3/3]" in log


def test_accepts_model_objects_and_dict_config(tmp_path):
    out = tmp_path / "out"
    seen = []

    def record(model, cfg):
        seen.append((type(model).__name__, cfg.board))
        return model.model  # a bare ModelProto is accepted too

    cfg = {"output_dir": str(out), "steps": [record], "board": "Pynq-Z2",
           "save_intermediate_models": False}
    assert build_dataflow_cfg(make_tiny_model(), cfg) == 0
    assert seen == [("ModelWrapper", "Pynq-Z2")]
    assert not (out / "intermediate_models").exists()


def test_package_build_is_callable(tiny_model_path, tmp_path):
    cfg = BuildConfig(output_dir=str(tmp_path / "o"), steps=[mark("x")])
    assert finn_vivado.build(tiny_model_path, cfg) == 0
    assert finn_vivado.build.build is build


def test_start_and_stop_step(tiny_model_path, tmp_path, capsys):
    out = tmp_path / "out"
    calls = []

    def step(label):
        fn = mark(label)

        def wrapped(model, cfg):
            calls.append(label)
            return fn(model, cfg)

        wrapped.__name__ = fn.__name__
        return wrapped

    steps = [step("a"), step("b"), step("c")]
    build(tiny_model_path, BuildConfig(output_dir=str(out), steps=steps, stop_step="step_b"))
    assert calls == ["a", "b"]
    assert not intermediate_model_path(out, "step_c").exists()
    build(tiny_model_path, BuildConfig(output_dir=str(out), steps=steps, start_step="step_c"))
    assert calls == ["a", "b", "c"]
    assert "Running step: step_c [1/1]" in capsys.readouterr().out
    assert doc(intermediate_model_path(out, "step_c")) == "abc"
    assert list(json.loads((out / TIME_FILE).read_text())) == ["step_c"]
    build(tiny_model_path, BuildConfig(output_dir=str(out), steps=steps,
                                       start_step="step_b", stop_step="step_b"))
    assert calls[-1] == "b" and doc(intermediate_model_path(out, "step_b")) == "ab"


def test_start_step_needs_previous_model(tiny_model_path, tmp_path):
    cfg = BuildConfig(output_dir=str(tmp_path / "fresh"), steps=[mark("a"), mark("b")],
                      start_step="step_b")
    with pytest.raises(FinnVivadoError, match=r"cannot start at step_b.*step_a is missing"):
        build(tiny_model_path, cfg)


def test_bad_start_stop_names(tiny_model_path, tmp_path):
    steps = [mark("a"), mark("b")]
    with pytest.raises(FinnVivadoError, match=r"'start_step': 'step_zz'.*step_a, step_b"):
        build(tiny_model_path, BuildConfig(output_dir=str(tmp_path), steps=steps,
                                           start_step="step_zz"))
    with pytest.raises(FinnVivadoError, match="comes after stop_step"):
        build(tiny_model_path, BuildConfig(output_dir=str(tmp_path), steps=steps,
                                           start_step="step_b", stop_step="step_a"))


def test_named_steps_and_aliases(tiny_model_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(STEP_TABLE, "step_convert_to_hw", mark("hw"))
    monkeypatch.setitem(STEP_TABLE, "step_hw_codegen", mark("gen"))
    out = tmp_path / "out"
    cfg = BuildConfig(output_dir=str(out), steps=["step_convert_to_hls", "step_hls_codegen"],
                      stop_step="step_hls_codegen")
    build(tiny_model_path, cfg)
    assert "Running step: step_convert_to_hw [1/2]" in capsys.readouterr().out
    assert doc(intermediate_model_path(out, "step_hw_codegen")) == "hwgen"


def test_unknown_step_fails_before_running(tiny_model_path, tmp_path):
    out = tmp_path / "out"
    cfg = BuildConfig(output_dir=str(out), steps=[mark("a")])
    cfg.steps.append("step_hw_ipgem")  # past the config's own check, as a script could do
    with pytest.raises(FinnVivadoError, match="step_hw_ipgem"):
        build(tiny_model_path, cfg)
    assert not out.exists()


def test_internal_error_is_logged_and_reraised(tiny_model_path, tmp_path):
    out = tmp_path / "out"

    def step_boom(model, cfg):
        raise ValueError("kaboom")

    cfg = BuildConfig(output_dir=str(out), steps=[mark("a"), step_boom, mark("c")])
    with pytest.raises(ValueError, match="kaboom") as err:
        build(tiny_model_path, cfg)
    assert any(LOG_FILE in note for note in err.value.__notes__)
    log = (out / LOG_FILE).read_text()
    assert "Traceback" in log and "kaboom" in log and "step_boom failed" in log
    assert list(json.loads((out / TIME_FILE).read_text())) == ["step_a"]
    assert doc(intermediate_model_path(out, "step_a")) == "a"
    assert not intermediate_model_path(out, "step_c").exists()


def test_user_error_in_step_names_step_and_is_logged(tiny_model_path, tmp_path):
    out = tmp_path / "out"

    def step_check(model, cfg):
        raise FinnVivadoError("node MVAU_0: PE=3 does not divide MH=64")

    with pytest.raises(FinnVivadoError, match=r"^step_check: node MVAU_0"):
        build(tiny_model_path, BuildConfig(output_dir=str(out), steps=[step_check]))
    assert "PE=3 does not divide" in (out / LOG_FILE).read_text()


def test_step_must_return_a_model(tiny_model_path, tmp_path):
    def step_forgot_return(model, cfg):
        model.model.doc_string = "x"

    with pytest.raises(FinnVivadoError, match="step_forgot_return returned NoneType, not a model"):
        build(tiny_model_path, BuildConfig(output_dir=str(tmp_path), steps=[step_forgot_return]))


def test_previous_outputs_are_kept(tiny_model_path, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    build(tiny_model_path, BuildConfig(output_dir=str(out), steps=[mark("a")]))
    assert (out / "keep.txt").read_text() == "mine"


def test_output_dir_required(tiny_model_path):
    with pytest.raises(FinnVivadoError, match="'output_dir' is not set"):
        build(tiny_model_path, BuildConfig(steps=[mark("a")]))


def test_load_model_errors(tmp_path, tiny_model_path):
    with pytest.raises(FinnVivadoError, match="model file not found: .*missing.onnx"):
        load_model(tmp_path / "missing.onnx")
    with pytest.raises(FinnVivadoError, match="is a directory"):
        load_model(tmp_path)
    pipe = tmp_path / "pipe.onnx"
    os.mkfifo(pipe)  # no writer: reading it would block forever
    with pytest.raises(FinnVivadoError, match="pipe.onnx is not a regular file"):
        load_model(pipe)
    text = tmp_path / "notes.onnx"
    text.write_text("this is not an ONNX model, just some text\n" * 5)
    with pytest.raises(FinnVivadoError, match="notes.onnx"):
        load_model(text)
    data = tiny_model_path.read_bytes()
    for cut in (len(data) // 2, len(data) - 3, 10):
        truncated = tmp_path / f"cut{cut}.onnx"
        truncated.write_bytes(data[:cut])
        with pytest.raises(FinnVivadoError, match=f"cut{cut}.onnx"):
            load_model(truncated)
    empty = tmp_path / "empty.onnx"
    empty.write_bytes(b"")
    with pytest.raises(FinnVivadoError, match="does not contain an ONNX graph"):
        load_model(empty)
    assert load_model(tiny_model_path).graph.node[0].op_type == "MatMul"


def test_load_build_dir(tmp_path, tiny_model_path):
    (tmp_path / "dataflow_build_config.json").write_text(json.dumps({"board": "Pynq-Z2"}))
    (tmp_path / "folding_config.json").write_text("{}")
    model, cfg = load_build_dir(tmp_path)
    assert model == tiny_model_path
    assert cfg.folding_config_file == str(tmp_path / "folding_config.json")
    assert cfg.output_dir == str(tmp_path / f"output_{tmp_path.name}")
    assert cfg.verify_input_npy == str(tmp_path / "input.npy")
    model, cfg = load_build_dir(tmp_path, overrides={"board": "ZCU104", "output_dir": "/x/y"})
    assert (cfg.fpga_part, cfg.output_dir) == ("xczu7ev-ffvc1156-2-e", "/x/y")


def test_load_build_dir_errors(tmp_path, tiny_model_path):
    with pytest.raises(FinnVivadoError, match=r"build config .*dataflow_build_config.json not found"):
        load_build_dir(tmp_path)
    with pytest.raises(FinnVivadoError, match="build directory not found"):
        load_build_dir(tmp_path / "nope")
    tiny_model_path.unlink()
    with pytest.raises(FinnVivadoError, match="model file not found"):
        load_build_dir(tmp_path)


def test_verbose_echoes_step_output(tiny_model_path, tmp_path, capsys):
    cfg = BuildConfig(output_dir=str(tmp_path / "out"), steps=[chatty_step], verbose=True)
    build(tiny_model_path, cfg)
    stdout = capsys.readouterr().out
    assert "hello from chatty_step" in stdout and "chatty warning" in stdout
    assert "hello from chatty_step" in (tmp_path / "out" / LOG_FILE).read_text()


def test_load_warnings_go_to_the_log(tmp_path, capsys):
    proto = make_tiny_model()
    proto.graph.node[1].domain = "finn"  # old-style domain: qonnx warns when loading
    path = tmp_path / "old.onnx"
    onnx.save(proto, str(path))

    def step_identity(model, cfg):
        return model

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        build(path, BuildConfig(output_dir=str(tmp_path / "out"), steps=[step_identity]))
    assert "while loading the model" in (tmp_path / "out" / LOG_FILE).read_text()
    assert "old-style" not in capsys.readouterr().err


def test_step_of_an_unrequested_output_does_nothing(tiny_model_path, tmp_path):
    out = tmp_path / "a"
    cfg = BuildConfig(output_dir=str(out), generate_outputs=["estimate_reports"],
                      steps=[mark("x"), "step_make_pynq_driver"])
    assert build(str(tiny_model_path), cfg) == 0
    assert not (out / "driver").exists()
    assert doc(intermediate_model_path(out, "step_make_pynq_driver")) == "x"


def test_fields_without_effect_are_named_on_the_console(tiny_model_path, tmp_path, capsys):
    out = tmp_path / "out"
    cfg = BuildConfig(output_dir=str(out), steps=[mark("a")], enable_hw_debug=True,
                      split_large_fifos=True)
    assert build(str(tiny_model_path), cfg) == 0
    stdout = capsys.readouterr().out
    line = next(l for l in stdout.splitlines() if "without effect" in l)
    assert "enable_hw_debug (no debug cores are inserted)" in line
    assert "split_large_fifos (FIFOs are not split)" in line
    assert "without effect" in (out / LOG_FILE).read_text()
    capsys.readouterr()
    build(str(tiny_model_path), BuildConfig(output_dir=str(out), steps=[mark("a")]))
    assert "without effect" not in capsys.readouterr().out
