"""Verification comparisons: exact integers, float noise, and float32 rounding ties of the
golden reference (qonnx execution of the source model) told apart from real mismatches."""

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.util.basic import qonnx_make_model

import finn_vivado
from finn_vivado.flow.verify import (compare_to_source, execute_model, mismatch_mask,
                                     outputs_match)
from finn_vivado.flow.verify_float64 import float64_outputs
from finn_vivado.frontend.importer import qonnx_to_finn, tidy_up
from finn_vivado.frontend.streamline import streamline

QONNX = "qonnx.custom_op.general"
# q * C / S: float32 arithmetic lands exactly on 89.5 (ROUND: half to even -> 90), the exact
# value is 89.4999989 (-> 89)
Q, C, S = 57.0, np.float32(0.95573467), np.float32(0.6086802)


# ---- per-element comparison --------------------------------------------------------------
def test_integers_must_match_exactly():
    e = np.arange(12, dtype=np.float32).reshape(2, 1, 6)
    assert outputs_match(e.copy(), e)
    off = e.copy()
    off[1, 0, 3] += 1  # one element off by one quantum
    assert not outputs_match(off, e)
    assert np.flatnonzero(mismatch_mask(off, e)).tolist() == [9]


def test_quantized_floats_one_quantum_off_fail():
    e = np.float32(0.125) * np.arange(-8, 8, dtype=np.float32)[None, :]
    p = e.copy()
    p[0, 5] += np.float32(0.125)
    assert not outputs_match(p, e)


def test_shape_mismatch_fails():
    e = np.zeros((2, 1, 6), dtype=np.float32)
    assert mismatch_mask(np.zeros((2, 1, 5)), e) is None
    assert not outputs_match(np.zeros((2, 1, 5)), e)
    assert not outputs_match(np.zeros((6, 2)), np.zeros((2, 6)))  # same size, other layout
    assert outputs_match(np.zeros((2, 6)), e)  # unit axes do not matter
    assert compare_to_source(np.zeros((3, 6)), e, None, np.zeros(3)) is None


@pytest.mark.parametrize("where", ["produced", "expected", "both"])
def test_nan_fails(where):
    e = np.linspace(-1, 1, 8, dtype=np.float32)[None, :]
    p = e.copy()
    if where in ("produced", "both"):
        p[0, 2] = np.nan
    if where in ("expected", "both"):
        e = e.copy()
        e[0, 2] = np.nan
    assert not outputs_match(p, e)


def test_float_outputs_noise_passes_larger_error_fails():
    e = np.random.default_rng(0).normal(0, 3, size=(4, 10)).astype(np.float32)
    noisy = e * (1 + 1e-7 * np.random.default_rng(1).standard_normal(e.shape))
    assert outputs_match(noisy, e)
    off = e.copy()
    off[2, 7] += 1e-3 * np.abs(e).max()
    assert not outputs_match(off, e)


# ---- float32 rounding ties of the reference ---------------------------------------------
def _tie_model() -> ModelWrapper:
    """inp -> Quant(scale 1) -> Mul(C) -> Quant(scale S): element 0 (input Q) is a tie."""
    def const(name, v):
        return helper.make_tensor(name, TensorProto.FLOAT, [], [float(v)])

    nodes = [
        helper.make_node("Quant", ["inp", "one", "zero", "bits"], ["q1"], domain=QONNX,
                         name="Quant_0", signed=1, narrow=0, rounding_mode="ROUND"),
        helper.make_node("Mul", ["q1", "c"], ["m"], name="Mul_0"),
        helper.make_node("Quant", ["m", "s", "zero", "bits"], ["out"], domain=QONNX,
                         name="Quant_1", signed=1, narrow=0, rounding_mode="ROUND"),
    ]
    graph = helper.make_graph(
        nodes, "tie", [helper.make_tensor_value_info("inp", TensorProto.FLOAT, [1, 3])],
        [helper.make_tensor_value_info("out", TensorProto.FLOAT, [1, 3])],
        initializer=[const("one", 1.0), const("zero", 0.0), const("bits", 8.0),
                     const("c", C), const("s", S)])
    model = qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13),
                                                   helper.make_opsetid(QONNX, 1)])
    return ModelWrapper(model).transform(InferShapes())


def _tie_inputs():
    return np.array([[[Q, 10.0, -3.0]], [[-7.0, 1.0, 2.0]]], dtype=np.float32)


def _produced(model, x):
    """The exact integer pipeline: the streamlined model."""
    return execute_model(streamline(tidy_up(qonnx_to_finn(ModelWrapper(model.model)))), x)


def test_tie_model_really_has_a_float32_tie():
    model, x = _tie_model(), _tie_inputs()
    expected = execute_model(model, x)
    exact = float64_outputs(model, x.reshape(2, -1))
    assert expected[0, 0, 0] == np.float32(90 * S)
    assert exact[0, 0, 0] == pytest.approx(89 * float(S))
    assert np.allclose(np.delete(expected.ravel(), 0), np.delete(exact.ravel(), 0))


def test_tie_is_reported_not_failed():
    model, x = _tie_model(), _tie_inputs()
    expected, produced = execute_model(model, x), _produced(model, x)
    assert not outputs_match(produced, expected)  # the plain comparison sees the tie
    report = compare_to_source(produced, expected, model, x)
    assert report.ties.tolist() == [0] and report.real.size == 0
    assert "float32 reference 54.7812" in report.lines[0] and "produced 54.1725" in report.lines[0]


def test_a_real_mismatch_next_to_a_tie_still_fails():
    model, x = _tie_model(), _tie_inputs()
    expected, produced = execute_model(model, x), _produced(model, x)
    wrong = produced.copy()
    wrong[1, 0, 2] += S  # one quantum off in an element without a tie
    report = compare_to_source(wrong, expected, model, x)
    assert report.ties.tolist() == [0] and report.real.tolist() == [5]
    wrong = produced.copy()
    wrong[0, 0, 0] -= S  # the tie element two quanta below the float32 reference
    report = compare_to_source(wrong, expected, model, x)
    assert report.ties.size == 0 and report.real.tolist() == [0]


def test_without_source_model_every_difference_is_real():
    model, x = _tie_model(), _tie_inputs()
    expected, produced = execute_model(model, x), _produced(model, x)
    report = compare_to_source(produced, expected, None, x)
    assert report.ties.size == 0 and report.real.tolist() == [0]


def test_streamlined_verification_succeeds_on_a_tie(tmp_path, capsys):
    path, inp = tmp_path / "tie.onnx", tmp_path / "input.npy"
    _tie_model().save(str(path))
    np.save(inp, _tie_inputs())
    out = tmp_path / "out"
    finn_vivado.build(str(path), {"output_dir": str(out), "synth_clk_period_ns": 10.0,
                                  "verify_input_npy": str(inp),
                                  "verify_steps": ["streamlined_python"],
                                  "generate_outputs": [], "stop_step": "step_streamline"})
    assert (out / "verification_output" / "streamlined_python_SUCCESS.npy").is_file()
    log = capsys.readouterr().out + (out / "build_dataflow.log").read_text()
    assert "1 elements differ only at float32 rounding ties of the reference" in log


# ---- verification files --------------------------------------------------------------------
def _file_cfg(tmp_path, x, expected=None, **extra):
    from finn_vivado.flow.config import BuildConfig

    inp = tmp_path / "input.npy"
    np.save(inp, x)
    fields = {"output_dir": str(tmp_path / "out"), "verify_steps": ["initial_python"],
              "verify_input_npy": str(inp), **extra}
    if expected is not None:
        np.save(tmp_path / "exp.npy", expected)
        fields["verify_expected_output_npy"] = str(tmp_path / "exp.npy")
    return BuildConfig(**fields)


def test_input_that_does_not_fit_the_model_names_the_file(tmp_path):
    from finn_vivado.core.errors import FinnVivadoError
    from finn_vivado.flow.verify import verify_step

    cfg = _file_cfg(tmp_path, np.zeros((2, 4), np.float32))
    with pytest.raises(FinnVivadoError) as err:
        verify_step(_tie_model(), cfg, "initial_python")
    message = str(err.value)
    assert message.startswith(f"config field 'verify_input_npy': {tmp_path / 'input.npy'}: ")
    assert "shape [2, 4] (8 values)" in message and "[1, 3]" in message
    assert not (tmp_path / "out").exists()


def test_expected_output_of_the_wrong_shape_names_the_file_and_shapes(tmp_path):
    from finn_vivado.core.errors import FinnVivadoError
    from finn_vivado.flow.verify import verify_step

    cfg = _file_cfg(tmp_path, _tie_inputs(), expected=np.zeros((2, 4), np.float32))
    with pytest.raises(FinnVivadoError) as err:
        verify_step(_tie_model(), cfg, "initial_python")
    message = str(err.value)
    assert message.startswith(f"config field 'verify_expected_output_npy': {tmp_path / 'exp.npy'}")
    assert "shape [2, 4]" in message and "expected shape [2, 1, 3]" in message
    assert not (tmp_path / "out").exists()


def test_expected_output_of_a_flat_shape_is_compared(tmp_path):
    from finn_vivado.flow.verify import verify_step

    model, x = _tie_model(), _tie_inputs()
    flat = execute_model(model, x).reshape(-1)
    cfg = _file_cfg(tmp_path, x, expected=flat)
    assert verify_step(model, cfg, "initial_python") is True
    assert (tmp_path / "out" / "verification_output" / "initial_python_SUCCESS.npy").is_file()


def test_verification_output_is_written_atomically(tmp_path, monkeypatch):
    from finn_vivado.core import fsio
    from finn_vivado.flow.verify import verify_step

    calls = []
    real = fsio.atomic_open
    monkeypatch.setattr(fsio, "atomic_open", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    model, x = _tie_model(), _tie_inputs()
    cfg = _file_cfg(tmp_path, x, expected=execute_model(model, x) + 1)
    assert verify_step(model, cfg, "initial_python") is False
    out = tmp_path / "out" / "verification_output"
    assert calls == [out / "initial_python_FAIL.npy"]
    assert [p.name for p in out.iterdir()] == ["initial_python_FAIL.npy"]


def test_pickled_input_is_never_unpickled(tmp_path):
    from finn_vivado.core.errors import FinnVivadoError
    from finn_vivado.flow.config import BuildConfig
    from finn_vivado.flow.verify import verify_step

    inp = tmp_path / "input.npy"
    np.save(inp, np.array([{"payload": 1}], dtype=object), allow_pickle=True)
    cfg = BuildConfig(output_dir=str(tmp_path / "out"), verify_steps=["initial_python"],
                      verify_input_npy=str(inp))
    with pytest.raises(FinnVivadoError, match="pickled"):
        verify_step(_tie_model(), cfg, "initial_python")
