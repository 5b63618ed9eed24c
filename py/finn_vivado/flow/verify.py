"""Verification steps: run the model built so far on the user's input and compare.

The golden output is ``verify_expected_output_npy`` when it is set (or present under its
default name, expected_output.npy), else qonnx execution of the input model (saved as
``intermediate_models/source_model.onnx`` by the first step). Both files are loaded without
unpickling and must hold finite numbers (:func:`finn_vivado.flow.config_checks.load_npy`;
the build config checks them before the build starts); an input that does not fit the
model's input shape, or an expected output that does not match the model's output shape,
is a user error naming the file and both shapes.
Integer outputs must match exactly; float outputs of a software tail to 1e-5 relative.
Elements where the float32 golden output of the source model sits on the other side of a
rounding tie than the exact pipeline (checked by a float64 re-evaluation, see
:mod:`finn_vivado.flow.verify_float64`) are listed in the log and do not fail the check.
Each check writes ``verification_output/<step>_{SUCCESS,FAIL}.npy`` and one log line.

:func:`verify_node_by_node` and :func:`verify_stitched` are the two rtlsim checks: the
model with every hardware node executed through its RTL, or with the whole graph
replaced by the stitched design (:mod:`finn_vivado.backends.sim.onnx_exec`); with
``verify_save_rtlsim_waveforms`` they write VCD waveforms into ``verification_output/``.
"""

from __future__ import annotations

import copy
import functools
import tempfile
from pathlib import Path
from typing import Optional

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.change_batchsize import ChangeBatchSize
from qonnx.transformation.infer_shapes import InferShapes

from finn_vivado.backends.sim.onnx_exec import node_by_node_child, stitched_child
from finn_vivado.backends.stitched.design import StitchedDesign
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.fsio import atomic_write_npy
from finn_vivado.core.progress import progress
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.config_checks import load_npy
from finn_vivado.flow.config_types import VerificationStepType
from finn_vivado.flow.verify_float64 import TieReport, classify_mismatches, float64_outputs
from finn_vivado.frontend.custom_ops import PARENT_KEY

__all__ = ["verify_step", "verify_node_by_node", "verify_stitched", "execute_model",
           "outputs_match", "mismatch_mask", "compare_to_source", "SOURCE_MODEL"]

SOURCE_MODEL = "source_model.onnx"


def execute_onnx(model: ModelWrapper, inputs: dict) -> dict:
    """qonnx execution (imported on first use: onnxruntime is slow to import)."""
    from qonnx.core.onnx_exec import execute_onnx as qonnx_execute

    return qonnx_execute(model, inputs)


def _single(model: ModelWrapper, x: np.ndarray) -> np.ndarray:
    iname = model.graph.input[0].name
    shape = model.get_tensor_shape(iname)
    res = execute_onnx(model, {iname: x.reshape(shape).astype(np.float32)})
    return np.asarray(res[model.graph.output[0].name])


def _batched(model: ModelWrapper, samples: np.ndarray, shape) -> np.ndarray | None:
    """All samples in one execution (batch dimension changed), or None if the model resists."""
    try:
        m = ModelWrapper(copy.deepcopy(model.model))
        m = m.transform(ChangeBatchSize(len(samples))).transform(InferShapes())
        x = samples.reshape([len(samples)] + list(shape[1:])).astype(np.float32)
        out = np.asarray(execute_onnx(m, {m.graph.input[0].name: x})[m.graph.output[0].name])
        return out.reshape((len(samples), 1) + out.shape[1:])
    except Exception:  # noqa: BLE001 - any failure falls back to one sample at a time
        return None


def _with_child(child: ModelWrapper, tmp: Path) -> ModelWrapper:
    parent = ModelWrapper(child.get_metadata_prop(PARENT_KEY))
    path = tmp / "child.onnx"
    child.save(str(path))
    for node in parent.graph.node:
        if node.op_type == "StreamingDataflowPartition":
            for a in node.attribute:
                if a.name == "model":
                    a.s = str(path).encode()
    return parent


def execute_model(model: ModelWrapper, x: np.ndarray, desc: str = "verify",
                  what: str = "verification input") -> np.ndarray:
    """Run ``model`` (or, for a dataflow child, its parent) on every sample of ``x``;
    ``what`` names ``x`` in the error for a shape that does not fit the model."""
    with tempfile.TemporaryDirectory() as tmp:
        if model.get_metadata_prop(PARENT_KEY):
            model = _with_child(copy.deepcopy(model), Path(tmp))
        ishape = model.get_tensor_shape(model.graph.input[0].name)
        per = int(np.prod(ishape))
        if x.size % per:
            raise FinnVivadoError(
                f"{what}: shape {list(x.shape)} ({x.size} values) does not fit the model "
                f"input shape {ishape}: expected N samples of {per} values, e.g. shape "
                f"{[1] + list(ishape)[1:]}")
        samples = x.reshape(-1, per)
        first = _single(model, samples[0])
        if len(samples) > 1 and ishape[0] == 1:
            out = _batched(model, samples, ishape)
            # the batched run must agree with the single-sample run on the first sample
            if out is not None and out.shape[1:] == first.shape and np.array_equal(out[0], first):
                return out
        rest = [_single(model, s) for s in progress(samples[1:], desc, total=len(samples) - 1)]
    return np.stack([first] + rest)


def _same_shape(p: np.ndarray, e: np.ndarray) -> bool:
    """Equal sizes, and equal shapes up to unit axes unless one side is flat."""
    if p.size != e.size:
        return False
    if p.ndim <= 1 or e.ndim <= 1:
        return True
    return [d for d in p.shape if d != 1] == [d for d in e.shape if d != 1]


def mismatch_mask(produced: np.ndarray, expected: np.ndarray) -> np.ndarray | None:
    """Flat per-element disagreement, or None when the shapes differ: exact when the
    expectation is integer-valued (a fraction produced against it disagrees), else beyond
    1e-5 relative (of the largest expected magnitude); a NaN on either side always
    disagrees."""
    p0, e0 = np.asarray(produced), np.asarray(expected)
    if not _same_shape(p0, e0):
        return None
    p = p0.astype(np.float64).ravel()
    e = e0.astype(np.float64).ravel()
    if np.all(e == np.round(e)):
        return p != e
    finite = np.abs(e[np.isfinite(e)])
    scale = max(float(finite.max()) if finite.size else 0.0, 1e-30)
    return ~np.isclose(p, e, rtol=1e-5, atol=1e-5 * scale)


def outputs_match(produced: np.ndarray, expected: np.ndarray) -> bool:
    """Exact for integer-valued expectations, 1e-5 relative for floats."""
    mask = mismatch_mask(produced, expected)
    return mask is not None and not bool(mask.any())


def compare_to_source(produced: np.ndarray, expected: np.ndarray, source: ModelWrapper | None,
                      x: np.ndarray) -> TieReport | None:
    """Disagreements of ``produced`` with the float32 golden ``expected`` of ``source`` on
    inputs ``x``, split into float32 reference ties and real mismatches (None: shapes differ).
    Without a source model every disagreement is real."""
    p = np.asarray(produced)
    mask = mismatch_mask(p, expected)
    if mask is None:
        return None
    if not mask.any() or source is None:
        return TieReport(np.array([], dtype=np.int64), np.flatnonzero(mask))
    n = len(p) if p.ndim > 1 else 1
    per = mask.size // n
    samples = np.unique(np.flatnonzero(mask) // per)
    xs = np.asarray(x).reshape(n, -1)[samples]
    try:
        ref64 = float64_outputs(source, xs)
    except Exception as err:  # noqa: BLE001 - no float64 evaluation: every disagreement is real
        print(f"float64 re-evaluation of the source model failed ({type(err).__name__}: {err})")
        ref64 = None
    return classify_mismatches(p.reshape(n, per), np.asarray(expected).reshape(n, per),
                               mismatch_mask, ref64, samples)


def _what(field: str, path) -> str:
    return f"config field '{field}': {path}"


def _load(field: str, path: Path) -> np.ndarray:
    """The numeric array of verification file ``path`` (config field ``field``)."""
    return load_npy(path, _what(field, path))


@functools.lru_cache(maxsize=4)
def _golden(src: str, mtime: float, inp: str) -> np.ndarray:
    return execute_model(ModelWrapper(src), _load("verify_input_npy", Path(inp)), "golden",
                         _what("verify_input_npy", inp))


def _expected(cfg: BuildConfig, inp: Path) -> tuple[np.ndarray, Optional[ModelWrapper]]:
    """The golden output and, when it is qonnx execution of the source model, that model."""
    exp = Path(cfg.verify_expected_output_npy) if cfg.verify_expected_output_npy else None
    if exp is not None and (exp.exists() or cfg.expected_output_given()):
        return _load("verify_expected_output_npy", exp), None
    src = Path(cfg.output_dir) / "intermediate_models" / SOURCE_MODEL
    return _golden(str(src), src.stat().st_mtime, str(inp)), ModelWrapper(str(src))


def _check_expected_shape(cfg: BuildConfig, produced: np.ndarray, expected: np.ndarray,
                          n: int) -> None:
    """A verify_expected_output_npy whose shape does not match the model's output for
    the ``n`` input samples is a user error naming the file and both shapes."""
    if _same_shape(np.asarray(produced), np.asarray(expected)):
        return
    per = np.asarray(produced).size // max(n, 1)
    raise FinnVivadoError(
        f"{_what('verify_expected_output_npy', cfg.verify_expected_output_npy)}: shape "
        f"{list(np.shape(expected))} does not match the model output for the {n} input "
        f"sample(s) of verify_input_npy: expected shape {list(np.shape(produced))} "
        f"({n} x {per} values)")


def _verdict(step: str, produced, expected, source, x) -> bool:
    """Compare, print the tie report and the verdict line; True on success."""
    report = compare_to_source(produced, expected, source, x)
    if report is None:
        print(f"Verification for {step}: output shape {list(np.shape(produced))} differs from "
              f"the expected {list(np.shape(expected))}")
        return False
    if len(report.ties):
        print(f"Verification for {step}: {len(report.ties)} elements differ only at float32 "
              f"rounding ties of the reference: " + "; ".join(report.lines))
    if len(report.real):
        print(f"Verification for {step}: {len(report.real)} elements differ from the expected "
              f"output (first flat indices {report.real[:8].tolist()})")
    return not len(report.real)


def verify_step(model: ModelWrapper, cfg: BuildConfig, step: str) -> bool | None:
    """Run verification ``step`` if the config asks for it; returns the verdict or None."""
    if not cfg.verifies(step):
        return None
    inp = Path(cfg.verify_input_npy)
    x = _load("verify_input_npy", inp)
    produced = execute_model(model, x, step, _what("verify_input_npy", inp))
    expected, source = _expected(cfg, inp)
    if source is None:
        _check_expected_shape(cfg, produced, expected, len(produced))
    ok = _verdict(step, produced, expected, source, x)
    verdict = "SUCCESS" if ok else "FAIL"
    atomic_write_npy(_verification_dir(cfg) / f"{step}_{verdict}.npy", produced)
    print(f"Verification for {step} : {verdict}")
    return ok


def _verification_dir(cfg: BuildConfig) -> Path:
    return Path(cfg.output_dir) / "verification_output"


def verify_node_by_node(model: ModelWrapper, cfg: BuildConfig) -> Optional[bool]:
    """The ``node_by_node_rtlsim`` verification (when the config asks for it)."""
    if not cfg.verifies(VerificationStepType.NODE_BY_NODE_RTLSIM):
        return None
    trace_dir = _verification_dir(cfg) if cfg.verify_save_rtlsim_waveforms else None
    return verify_step(node_by_node_child(model, trace_dir), cfg, "node_by_node_rtlsim")


def verify_stitched(model: ModelWrapper, cfg: BuildConfig, design: StitchedDesign) -> Optional[bool]:
    """The ``stitched_ip_rtlsim`` verification (when the config asks for it)."""
    if not cfg.verifies(VerificationStepType.STITCHED_IP_RTLSIM):
        return None
    trace = None
    if cfg.verify_save_rtlsim_waveforms:
        trace = _verification_dir(cfg) / "stitched_ip_rtlsim.vcd"
    child = stitched_child(model, design.directory, trace_file=trace)
    return verify_step(child, cfg, "stitched_ip_rtlsim")
