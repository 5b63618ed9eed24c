"""float64 execution of a source model, to tell float32 rounding ties of a reference from errors.

The golden output of a verification is qonnx execution of the source model in float32. An
element whose pre-quantization value lies within a few float32 ulps of a rounding boundary
(x.5 for ROUND) can be quantized one step differently there than by the exact integer
pipeline. :func:`classify_mismatches` re-evaluates the disagreeing samples with every
initializer, input and computation in float64 (onnx's reference evaluator; qonnx quantizers
through their numpy functions without the float32 cast) and calls an element a *reference tie*
only when the float64 value differs from the float32 reference and agrees with the produced
value. Everything else stays a mismatch.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np
from onnx import TensorProto, numpy_helper
from qonnx.core.modelwrapper import ModelWrapper

__all__ = ["float64_outputs", "classify_mismatches", "TieReport"]


def _quant(node, ins):
    from qonnx.custom_op.general.intquant import int_quant
    from qonnx.custom_op.registry import getCustomOp

    op = getCustomOp(node)
    return int_quant(ins[0], ins[1], ins[2], ins[3], op.get_nodeattr("signed"),
                     op.get_nodeattr("narrow"), op.get_nodeattr("rounding_mode"))


def _bipolar(node, ins):
    from qonnx.custom_op.general.bipolar_quant import binary_quant

    return binary_quant(ins[0], ins[1])


_DIRECT = {"Quant": _quant, "IntQuant": _quant, "BipolarQuant": _bipolar}


def _custom_op_class(domain: str, op_type: str):
    """An onnx reference-evaluator op running a custom-domain node (qonnx/FINN) in float64."""
    from onnx.reference.op_run import OpRun

    def _run(self, *inputs, **_attrs):
        ins = [np.asarray(v) if v is not None else None for v in inputs]
        direct = _DIRECT.get(op_type) if domain.startswith("qonnx") else None
        if direct is not None:
            return (np.asarray(direct(self.onnx_node, ins), dtype=np.float64),)
        from qonnx.custom_op.registry import getCustomOp

        node = self.onnx_node
        context = dict(zip(node.input, ins))
        getCustomOp(node).execute_node(context, None)
        return tuple(np.asarray(context[o]) for o in node.output)

    return type(op_type, (OpRun,), {"op_domain": domain, "_run": _run})


def _to_double(model: ModelWrapper) -> ModelWrapper:
    m = ModelWrapper(copy.deepcopy(model.model))
    g = m.graph
    for init in g.initializer:
        if init.data_type == TensorProto.FLOAT:
            init.CopyFrom(numpy_helper.from_array(
                numpy_helper.to_array(init).astype(np.float64), init.name))
    for vi in list(g.input) + list(g.output) + list(g.value_info):
        if vi.type.tensor_type.elem_type == TensorProto.FLOAT:
            vi.type.tensor_type.elem_type = TensorProto.DOUBLE
    for node in g.node:
        for a in node.attribute:
            if node.op_type == "Cast" and a.name == "to" and a.i == TensorProto.FLOAT:
                a.i = TensorProto.DOUBLE
            if a.t.data_type == TensorProto.FLOAT:
                a.t.CopyFrom(numpy_helper.from_array(
                    numpy_helper.to_array(a.t).astype(np.float64), a.t.name))
    return m


def float64_outputs(model: ModelWrapper, samples: np.ndarray) -> np.ndarray:
    """The first output of ``model`` for every sample of ``samples`` (stacked), in float64."""
    from onnx.reference import ReferenceEvaluator

    m = _to_double(model)
    customs = {(n.domain, n.op_type) for n in m.graph.node if n.domain not in ("", "ai.onnx")}
    ops = [_custom_op_class(d, t) for d, t in sorted(customs)]
    sess = ReferenceEvaluator(m.model, new_ops=ops)
    iname = m.graph.input[0].name
    shape = [1] + list(m.get_tensor_shape(iname))[1:]
    outs = []
    for s in samples:
        x = np.asarray(s, dtype=np.float32).astype(np.float64).reshape(shape)
        outs.append(np.asarray(sess.run([m.graph.output[0].name], {iname: x})[0]))
    return np.stack(outs)


@dataclass
class TieReport:
    """Flat indices of disagreeing elements: reference ties and real mismatches."""

    ties: np.ndarray
    real: np.ndarray
    lines: list = field(default_factory=list)


def classify_mismatches(produced, expected, mismatch, reference64, samples) -> TieReport:
    """Split the flat ``mismatch`` indices of ``produced`` vs ``expected`` into float32
    reference ties and real mismatches. ``reference64`` holds the float64 outputs of the
    listed ``samples`` (sample indices, in that order); ``mismatch(a, b)`` is the per-element
    disagreement test of the verification (a flat bool array, or None for a shape mismatch)."""
    p = np.asarray(produced, dtype=np.float64).reshape(len(produced), -1)
    e = np.asarray(expected, dtype=np.float64).reshape(p.shape)
    bad = mismatch(p, e)
    real = np.flatnonzero(bad)
    if reference64 is None or not len(samples):
        return TieReport(np.array([], dtype=np.int64), real)
    rows = np.asarray(samples, dtype=np.int64)
    r = np.asarray(reference64, dtype=np.float64).reshape(len(rows), -1)
    if r.shape[1] != p.shape[1]:
        return TieReport(np.array([], dtype=np.int64), real)
    off32 = mismatch(e[rows], r)  # the float32 reference is off the float64 one ...
    fits = mismatch(p[rows], r)  # ... and the produced value is on it
    agrees = np.zeros(p.shape, dtype=bool)
    if off32 is not None and fits is not None:
        agrees[rows] = (off32 & ~fits).reshape(len(rows), -1)
    ties = np.flatnonzero(bad & agrees.ravel())
    real = np.flatnonzero(bad & ~agrees.ravel())
    r_full = np.full_like(p, np.nan)
    r_full[rows] = r
    per = p.shape[1]
    lines = [f"sample {i // per} element {i % per}: produced {p.flat[i]:g}, float32 reference "
             f"{e.flat[i]:g}, float64 reference {r_full.flat[i]:.17g}" for i in ties[:8]]
    return TieReport(ties, real, lines)
