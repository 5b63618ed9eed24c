"""Hostile build configs, folding configs and verification files through the real CLI.

Each case ends in exit 2 and one ``error:`` line naming the culprit (config field, file,
node, attribute), no traceback, nothing half-written. Values the config alone can refuse
fail before the output directory is made; values that need the model (PE dividing MH, the
number of FIFO depths, the input shape) fail in the first steps of the estimate flow."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from .helpers import assert_user_error, example_build_dir, run_cli

CONFIG = "dataflow_build_config.json"
FOLDING = "folding_config.json"
#: the example's input: 360 samples of shape [1, 8, 8]; its output: [1, 10] per sample
INPUT_SHAPE = (2, 1, 8, 8)


def _npy_bytes(array, allow_pickle=False) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=allow_pickle)
    return buffer.getvalue()


def _good_input() -> bytes:
    return _npy_bytes(np.linspace(0.0, 1.0, int(np.prod(INPUT_SHAPE)),
                                  dtype=np.float32).reshape(INPUT_SHAPE))


def _npz_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("x.npy", _good_input())
    return buffer.getvalue()


def _run(tmp_path, config=None, raw_config=None, folding=None, files=None):
    directory = example_build_dir(tmp_path, config=config)
    if raw_config is not None:
        (directory / CONFIG).write_text(raw_config)
    if folding is not None:
        text = folding if isinstance(folding, str) else json.dumps(folding)
        (directory / FOLDING).write_text(text)
    for name, content in (files or {}).items():
        (directory / name).write_bytes(content)
    return directory, run_cli("build", directory)


# ------------------------------------------------------------------------ build config
CONFIG_CASES = [
    ("clock-zero", {"synth_clk_period_ns": 0}, ["synth_clk_period_ns", "positive"]),
    ("clock-huge", {"synth_clk_period_ns": 1e300}, ["synth_clk_period_ns", "1e+300"]),
    ("clock-bool", {"synth_clk_period_ns": True}, ["synth_clk_period_ns", "True"]),
    ("clock-string", {"synth_clk_period_ns": "10"}, ["synth_clk_period_ns", "'10'"]),
    ("hls-clock-negative", {"hls_clk_period_ns": -1}, ["hls_clk_period_ns"]),
    ("fps-huge", {"target_fps": 1e300}, ["target_fps", "1 GHz"]),
    ("fps-tiny", {"target_fps": 1e-300}, ["target_fps"]),
    ("fps-bool", {"target_fps": True}, ["target_fps"]),
    ("batch-zero", {"rtlsim_batch_size": 0}, ["rtlsim_batch_size"]),
    ("batch-huge", {"rtlsim_batch_size": 1e12}, ["rtlsim_batch_size", "1,000,000"]),
    ("batch-fraction", {"rtlsim_batch_size": 1.5}, ["rtlsim_batch_size", "1.5"]),
    ("wwidth-negative", {"mvau_wwidth_max": -3}, ["mvau_wwidth_max"]),
    ("wwidth-string", {"mvau_wwidth_max": "36"}, ["mvau_wwidth_max"]),
    ("fifosim-huge", {"fifosim_n_inferences": 10 ** 12}, ["fifosim_n_inferences"]),
    ("threshold-bits", {"max_multithreshold_bit_width": 1000},
     ["max_multithreshold_bit_width", "16"]),
    ("large-fifo-style", {"large_fifo_mem_style": "bram36"}, ["large_fifo_mem_style", "ultra"]),
    ("signature-wide", {"signature": [2 ** 40]}, ["signature", "32-bit"]),
]


@pytest.mark.parametrize("config,fragments", [c[1:] for c in CONFIG_CASES],
                         ids=[c[0] for c in CONFIG_CASES])
def test_bad_config_value(tmp_path, config, fragments):
    directory, result = _run(tmp_path, config=config)
    assert_user_error(result, "config field", *fragments, root=directory / "out")
    assert not (directory / "out").exists()


RAW_CASES = [
    ("nan-literal", '{"output_dir": "out", "board": "Pynq-Z2", "synth_clk_period_ns": NaN}',
     ["NaN", "synth_clk_period_ns", CONFIG]),
    ("infinity-in-list", '{"output_dir": "out", "board": "Pynq-Z2",\n "signature": [1, Infinity]}',
     ["Infinity", "signature[1]", f"{CONFIG}:2:"]),
    ("overflowing-number", '{"output_dir": "out", "board": "Pynq-Z2", "target_fps": 1e999}',
     ["1e999", "target_fps"]),
    ("not-an-object", "[1, 2]", [CONFIG, "JSON object"]),
    ("broken-json", '{"output_dir": "out",', [CONFIG, "invalid JSON"]),
]


@pytest.mark.parametrize("raw,fragments", [c[1:] for c in RAW_CASES],
                         ids=[c[0] for c in RAW_CASES])
def test_bad_config_json(tmp_path, raw, fragments):
    directory, result = _run(tmp_path, raw_config=raw)
    assert_user_error(result, *fragments, root=directory / "out")
    assert not (directory / "out").exists()


# ---------------------------------------------------------------------- folding config
FOLDING_CASES = [
    ("fifo-depth-1e12", {"StreamingFIFO_0": {"depth": 10 ** 12}},
     ["StreamingFIFO_0", "depth=1000000000000", "16,777,216"]),
    ("fifo-depth-zero", {"StreamingFIFO_0": {"depth": 0}}, ["StreamingFIFO_0", "depth=0"]),
    ("fifo-depth-negative", {"StreamingFIFO_1": {"depth": -5}}, ["StreamingFIFO_1", "depth=-5"]),
    ("fifo-depth-float", {"StreamingFIFO_0": {"depth": 2.5}}, ["StreamingFIFO_0", "depth=2.5"]),
    ("pe-zero", {"MVAU_0": {"PE": 0}}, ["MVAU_0", "PE=0"]),
    ("pe-fraction", {"MVAU_0": {"PE": 1.5}}, ["MVAU_0", "PE=1.5"]),
    ("pe-bool", {"MVAU_0": {"PE": True}}, ["MVAU_0", "PE=True"]),
    ("pe-huge", {"MVAU_0": {"PE": 10 ** 12}}, ["MVAU_0", "PE=1000000000000"]),
    ("simd-string", {"MVAU_hls_1": {"SIMD": "8"}}, ["MVAU_hls_1", "SIMD='8'"]),
    ("out-fifo-depths-huge", {"MVAU_2": {"outFIFODepths": [10 ** 12]}},
     ["MVAU_2", "outFIFODepths"]),
    ("in-fifo-depths-negative", {"MVAU_2": {"inFIFODepths": [-1]}}, ["MVAU_2", "inFIFODepths"]),
    ("in-fifo-depths-string", {"MVAU_2": {"inFIFODepths": "2"}}, ["MVAU_2", "inFIFODepths"]),
    ("ram-style", {"MVAU_1": {"ram_style": "bram"}}, ["MVAU_1", "ram_style='bram'", "'block'"]),
    ("res-type", {"MVAU_1": {"resType": "fabric"}}, ["MVAU_1", "resType='fabric'"]),
    ("mem-mode", {"MVAU_1": {"mem_mode": "const"}}, ["MVAU_1", "mem_mode='const'"]),
    ("defaults-pair", {"Defaults": {"PE": [0, "all"]}}, ["Defaults", "PE=0"]),
    ("list", [{"MVAU_0": {"PE": 1}}], ["JSON object", "list"]),
    ("entry-not-object", {"MVAU_0": 4}, ["'MVAU_0'", "object of attributes"]),
    ("nan-literal", '{"MVAU_0": {"PE": NaN}}', ["NaN", "MVAU_0.PE"]),
    ("broken-json", '{"MVAU_0": {"PE": 1}', ["invalid JSON"]),
]


@pytest.mark.parametrize("folding,fragments", [c[1:] for c in FOLDING_CASES],
                         ids=[c[0] for c in FOLDING_CASES])
def test_bad_folding_value(tmp_path, folding, fragments):
    """Refused while the config is checked, before the output directory exists."""
    directory, result = _run(tmp_path, folding=folding)
    assert_user_error(result, FOLDING, *fragments, root=directory / "out")
    assert not (directory / "out").exists()


MODEL_FOLDING_CASES = [
    ("pe-not-dividing", {"MVAU_0": {"PE": 3}}, ["MVAU_0", "PE=3", "MH=64"]),
    ("simd-not-dividing", {"MVAU_1": {"SIMD": 7}}, ["MVAU_1", "SIMD=7"]),
    ("in-fifo-depths-length", {"MVAU_0": {"inFIFODepths": [2, 2, 2]}},
     ["MVAU_0", "inFIFODepths", "1 input stream"]),
]


@pytest.mark.parametrize("folding,fragments", [c[1:] for c in MODEL_FOLDING_CASES],
                         ids=[c[0] for c in MODEL_FOLDING_CASES])
def test_folding_value_illegal_for_the_node(tmp_path, folding, fragments):
    directory, result = _run(tmp_path, folding=folding)
    assert_user_error(result, FOLDING, *fragments, root=directory / "out")


# ------------------------------------------------------------------ verification files
VERIFY = {"verify_steps": ["initial_python"]}
FILE_CASES = [
    ("input-missing", {"verify_input_npy": "missing.npy"}, {},
     ["verify_input_npy", "missing.npy", "not found"]),
    ("expected-missing", {"verify_expected_output_npy": "gone.npy"},
     {"input.npy": _good_input()}, ["verify_expected_output_npy", "gone.npy", "not found"]),
    ("input-strings", {}, {"input.npy": _npy_bytes(np.array(["a", "b"]))},
     ["verify_input_npy", "input.npy", "<U1"]),
    ("input-pickled", {}, {"input.npy": _npy_bytes(np.array([{"a": 1}], dtype=object), True)},
     ["verify_input_npy", "input.npy", "pickled"]),
    ("input-garbage", {}, {"input.npy": b"this is not an array\n" * 4},
     ["verify_input_npy", "input.npy", "not a .npy file"]),
    ("input-npz", {}, {"input.npy": _npz_bytes()}, ["verify_input_npy", ".npz archive"]),
    ("input-truncated", {}, {"input.npy": _good_input()[:200]},
     ["verify_input_npy", "input.npy", "truncated"]),
    ("input-nan", {}, {"input.npy": _npy_bytes(np.full(INPUT_SHAPE, np.nan, np.float32))},
     ["verify_input_npy", "input.npy", "NaN"]),
    ("input-complex", {}, {"input.npy": _npy_bytes(np.zeros(INPUT_SHAPE, np.complex64))},
     ["verify_input_npy", "complex64"]),
    ("input-empty", {}, {"input.npy": _npy_bytes(np.zeros((0, 64), np.float32))},
     ["verify_input_npy", "no values"]),
    ("expected-strings", {"verify_expected_output_npy": "exp.npy"},
     {"input.npy": _good_input(), "exp.npy": _npy_bytes(np.array(["x"]))},
     ["verify_expected_output_npy", "exp.npy"]),
    ("expected-beyond-float32", {"verify_expected_output_npy": "exp.npy"},
     {"input.npy": _good_input(), "exp.npy": _npy_bytes(np.full((2, 10), 1e300))},
     ["verify_expected_output_npy", "float32"]),
]


@pytest.mark.parametrize("config,files,fragments", [c[1:] for c in FILE_CASES],
                         ids=[c[0] for c in FILE_CASES])
def test_bad_verification_file(tmp_path, config, files, fragments):
    """Refused while the config is checked, before the output directory exists."""
    directory, result = _run(tmp_path, config={**VERIFY, **config}, files=files)
    assert_user_error(result, "config field", *fragments, root=directory / "out")
    assert not (directory / "out").exists()


SHAPE_CASES = [
    ("input-shape", {}, {"input.npy": _npy_bytes(np.zeros((1, 783), np.float32))},
     ["verify_input_npy", "input.npy", "[1, 783]", "[1, 1, 8, 8]"]),
    ("expected-shape", {"verify_expected_output_npy": "exp.npy"},
     {"input.npy": _good_input(), "exp.npy": _npy_bytes(np.zeros((3, 7), np.float32))},
     ["verify_expected_output_npy", "exp.npy", "[3, 7]", "[2, 1, 10]"]),
]


@pytest.mark.parametrize("config,files,fragments", [c[1:] for c in SHAPE_CASES],
                         ids=[c[0] for c in SHAPE_CASES])
def test_verification_file_shape(tmp_path, config, files, fragments):
    directory, result = _run(tmp_path, config={**VERIFY, **config}, files=files)
    assert_user_error(result, *fragments, root=directory / "out")
    assert not list((directory / "out").rglob("*_SUCCESS.npy"))


# ------------------------------------------------------------ specialize-layers config
SPECIALIZE_CASES = [
    ("list", [1], ["expected a JSON object", "got a list"]),
    ("entry-not-object", {"MVAU_0": 1}, ["'MVAU_0'", "object of attributes"]),
    ("bad-style", {"MVAU_1": {"preferred_impl_style": "vhdl"}},
     ["node MVAU_1", "preferred_impl_style='vhdl'"]),
    ("nan-literal", '{"Defaults": {"preferred_impl_style": NaN}}', ["NaN at Defaults"]),
]


@pytest.mark.parametrize("content,fragments", [c[1:] for c in SPECIALIZE_CASES],
                         ids=[c[0] for c in SPECIALIZE_CASES])
def test_bad_specialize_layers_config(tmp_path, content, fragments):
    directory = example_build_dir(tmp_path, config={"specialize_layers_config_file": "spec.json"})
    text = content if isinstance(content, str) else json.dumps(content)
    (directory / "spec.json").write_text(text)
    result = run_cli("build", directory)
    assert_user_error(result, "spec.json", *fragments, root=directory / "out")
    assert not (directory / "out").exists()


def test_unknown_folding_node_warns_and_is_ignored(tmp_path):
    """As FINN (which ignores entries naming no node): the build goes on; the warning names
    the entry, the file and the closest node."""
    directory, result = _run(tmp_path, folding={"MVAU_9": {"PE": 1}, "MVAU_0": {"PE": 2}})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stdout + result.stderr
    log = (directory / "out" / "build_dataflow.log").read_text()
    assert "no node named 'MVAU_9' (did you mean MVAU_" in log and FOLDING in log
    assert "no node named 'MVAU_9'" in result.stdout  # the console shows it too
