"""Verification steps: run the model built so far on the user's input and compare.

The golden output is ``verify_expected_output_npy`` when that file exists, else qonnx execution
of the input model (saved as ``intermediate_models/source_model.onnx`` by the first step).
Integer outputs must match exactly; float outputs of a software tail to 1e-5 relative.
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
from finn_vivado.core.progress import progress
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.config_types import VerificationStepType
from finn_vivado.frontend.custom_ops import PARENT_KEY

__all__ = ["verify_step", "verify_node_by_node", "verify_stitched", "execute_model",
           "outputs_match", "SOURCE_MODEL"]

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


def execute_model(model: ModelWrapper, x: np.ndarray, desc: str = "verify") -> np.ndarray:
    """Run ``model`` (or, for a dataflow child, its parent) on every sample of ``x``."""
    with tempfile.TemporaryDirectory() as tmp:
        if model.get_metadata_prop(PARENT_KEY):
            model = _with_child(copy.deepcopy(model), Path(tmp))
        ishape = model.get_tensor_shape(model.graph.input[0].name)
        per = int(np.prod(ishape))
        if x.size % per:
            raise FinnVivadoError(
                f"verification input of shape {list(x.shape)} does not fit the model input "
                f"shape {ishape}")
        samples = x.reshape(-1, per)
        first = _single(model, samples[0])
        if len(samples) > 1 and ishape[0] == 1:
            out = _batched(model, samples, ishape)
            # the batched run must agree with the single-sample run on the first sample
            if out is not None and out.shape[1:] == first.shape and np.array_equal(out[0], first):
                return out
        rest = [_single(model, s) for s in progress(samples[1:], desc, total=len(samples) - 1)]
    return np.stack([first] + rest)


def outputs_match(produced: np.ndarray, expected: np.ndarray) -> bool:
    """Exact for integer-valued expectations, 1e-5 relative for floats."""
    p = np.asarray(produced, dtype=np.float64).ravel()
    e = np.asarray(expected, dtype=np.float64).ravel()
    if p.size != e.size:
        return False
    if np.all(e == np.round(e)) and np.all(p == np.round(p)):
        return bool(np.array_equal(p, e))
    scale = max(float(np.abs(e).max()), 1e-30)
    return bool(np.allclose(p, e, rtol=1e-5, atol=1e-5 * scale))


@functools.lru_cache(maxsize=4)
def _golden(src: str, mtime: float, inp: str) -> np.ndarray:
    return execute_model(ModelWrapper(src), np.load(inp), "golden")


def _expected(cfg: BuildConfig, inp: Path) -> np.ndarray:
    exp = Path(cfg.verify_expected_output_npy) if cfg.verify_expected_output_npy else None
    if exp is not None and exp.is_file():
        return np.load(exp)
    src = Path(cfg.output_dir) / "intermediate_models" / SOURCE_MODEL
    return _golden(str(src), src.stat().st_mtime, str(inp))


def verify_step(model: ModelWrapper, cfg: BuildConfig, step: str) -> bool | None:
    """Run verification ``step`` if the config asks for it; returns the verdict or None."""
    if not cfg.verifies(step):
        return None
    inp = Path(cfg.verify_input_npy) if cfg.verify_input_npy else None
    if inp is None or not inp.is_file():
        print(f"Verification for {step} skipped: verify_input_npy {inp} not found")
        return None
    x = np.load(inp)
    produced = execute_model(model, x, step)
    ok = outputs_match(produced, _expected(cfg, inp))
    verdict = "SUCCESS" if ok else "FAIL"
    out = _verification_dir(cfg)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / f"{step}_{verdict}.npy", produced)
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
