"""Import and tidy: any QONNX / FINN-ONNX export into a clean graph with integer weights.

After :func:`qonnx_to_finn` every MatMul/Conv weight is an integer initializer annotated with
its FINN datatype, and the weight quantizer's scale sits in a Mul right after the layer. The
model still computes exactly what the input model computes (up to float32 rounding).
"""

from __future__ import annotations

import numpy as np
from onnx import helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.general.quant import max_int, min_int, resolve_rounding_mode
from qonnx.transformation.batchnorm_to_affine import BatchNormToAffine
from qonnx.transformation.extract_conv_bias import ExtractBiasFromConv
from qonnx.transformation.fold_constants import FoldConstants
from qonnx.transformation.gemm_to_matmul import GemmToMatMul
from qonnx.transformation.general import (
    GiveReadableTensorNames,
    GiveUniqueNodeNames,
    RemoveStaticGraphInputs,
    RemoveUnusedTensors,
    SortGraph,
)
from qonnx.transformation.infer_datatypes import InferDataTypes
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.transformation.remove import RemoveIdentityOps, RemoveUnusedNodes
from qonnx.util.cleanup import cleanup_model

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.lowering import lower_patterns

__all__ = ["clean_model", "qonnx_to_finn", "tidy_up", "prepend_div255", "QUANT_OPS", "smallest_int_type"]

QUANT_OPS = ("Quant", "BipolarQuant", "MultiThreshold", "Trunc")
#: qonnx's other names of the quantizers above (IntQuant is qonnx's newer name of Quant)
QUANT_ALIASES = {"IntQuant": "Quant"}
QONNX_DOMAIN = "qonnx.custom_op.general"
_WEIGHT_CONSUMERS = ("MatMul", "Conv", "Gemm")


def smallest_int_type(lo: float, hi: float) -> DataType:
    """Smallest FINN integer datatype holding every integer in [lo, hi]."""
    lo, hi = int(np.floor(lo)), int(np.ceil(hi))
    if lo >= 0:
        return DataType.get_smallest_possible(hi)
    return DataType.get_smallest_possible(min(lo, -hi - 1))


def _normalize_domains(model: ModelWrapper) -> None:
    for node in model.graph.node:
        if node.domain in ("finn", "onnx.brevitas", "finn.custom_op.general"):
            node.domain = QONNX_DOMAIN
        if node.domain == QONNX_DOMAIN and node.op_type in QUANT_ALIASES:
            node.op_type = QUANT_ALIASES[node.op_type]
    if not any(o.domain == QONNX_DOMAIN for o in model.model.opset_import):
        model.model.opset_import.append(helper.make_opsetid(QONNX_DOMAIN, 1))


def _clean(model: ModelWrapper) -> ModelWrapper:
    model = cleanup_model(model, preserve_qnt_ops=True)
    model = model.transform(FoldConstants(exclude_op_types=["Quant", "BipolarQuant", "Trunc"]))
    return model


def _const_inputs(model: ModelWrapper, node) -> list[np.ndarray] | None:
    vals = []
    for name in node.input:
        if name == "":
            vals.append(None)
            continue
        v = model.get_initializer(name)
        if v is None:
            return None
        vals.append(np.asarray(v))
    return vals


def _weight_codes(model: ModelWrapper, qnode) -> tuple[np.ndarray, np.ndarray, DataType]:
    """Integer codes, broadcast scale and declared datatype of a weight quantizer."""
    vals = _const_inputs(model, qnode)
    w = vals[0].astype(np.float32)
    if qnode.op_type == "BipolarQuant":
        codes = np.where(w >= 0, 1.0, -1.0)
        return codes, np.broadcast_to(vals[1].astype(np.float32), w.shape), DataType["BIPOLAR"]
    scale, zp, bw = vals[1].astype(np.float32), vals[2].astype(np.float32), float(vals[3])
    attrs = {a.name: helper.get_attribute_value(a) for a in qnode.attribute}
    signed, narrow = int(attrs.get("signed", 1)), int(attrs.get("narrow", 0))
    mode = attrs.get("rounding_mode", b"ROUND")
    mode = mode.decode() if isinstance(mode, bytes) else mode
    if np.any(zp != np.round(zp)):
        raise FinnVivadoError(
            f"node {qnode.name} ({qnode.op_type}): non-integer weight zero-point is not supported"
        )
    if bw == 1 and signed:
        codes = np.where(w / scale + zp >= 0, 1.0, -1.0)
        return codes, np.broadcast_to(scale, w.shape), DataType["BIPOLAR"]
    lo, hi = min_int(signed, narrow, bw), max_int(signed, narrow, bw)
    y = np.clip(w / scale + zp, lo, hi)
    codes = resolve_rounding_mode(mode)(y) - zp
    zps = np.unique(zp)
    dt = smallest_int_type(lo - zps.max(), hi - zps.min())
    return codes.astype(np.float64), np.broadcast_to(scale, w.shape), dt


def _per_out_channel(scale: np.ndarray, reduce_axes: tuple, node) -> np.ndarray:
    ref = np.take(scale, [0], axis=reduce_axes[0]) if reduce_axes else scale
    for ax in reduce_axes[1:]:
        ref = np.take(ref, [0], axis=ax)
    if not np.allclose(scale, np.broadcast_to(ref, scale.shape), rtol=0, atol=0):
        raise FinnVivadoError(
            f"node {node.name} ({node.op_type}): weight scale varies along the input dimension; "
            "only per-tensor or per-output-channel weight scales can be mapped to hardware"
        )
    return np.squeeze(ref, axis=reduce_axes)


def _fold_weight_quantizer(model: ModelWrapper, layer, qnode) -> None:
    codes, scale, dt = _weight_codes(model, qnode)
    if layer.op_type == "MatMul":
        svec = _per_out_channel(np.asarray(scale), (0,), layer)  # W is [K, N]
        mul_shape = (svec.shape[-1],)
    else:  # Conv: W is [O, I, kh, kw]; ConvTranspose: [I, O, kh, kw]
        out_axis = 1 if layer.op_type == "ConvTranspose" else 0
        reduce = tuple(a for a in range(codes.ndim) if a != out_axis)
        svec = _per_out_channel(np.asarray(scale), reduce, layer)
        out_rank = len(model.get_tensor_shape(layer.output[0]))
        mul_shape = (1, svec.shape[0]) + (1,) * (out_rank - 2)
    wname = model.make_new_valueinfo_name()
    model.set_initializer(wname, codes.astype(np.float32))
    model.set_tensor_datatype(wname, dt)
    layer.input[1] = wname
    if np.all(svec == 1.0):
        return
    acc = model.make_new_valueinfo_name()
    sname = model.make_new_valueinfo_name()
    model.set_initializer(sname, np.asarray(svec, dtype=np.float32).reshape(mul_shape))
    out = layer.output[0]
    layer.output[0] = acc
    model.set_tensor_shape(acc, model.get_tensor_shape(out))
    mul = helper.make_node("Mul", [acc, sname], [out], name=layer.name + "_wscale")
    idx = list(model.graph.node).index(layer)
    model.graph.node.insert(idx + 1, mul)


def _fold_weight_quantizers(model: ModelWrapper) -> ModelWrapper:
    for layer in list(model.graph.node):
        if layer.op_type not in ("MatMul", "Conv", "ConvTranspose") or len(layer.input) < 2:
            continue
        qnode = model.find_producer(layer.input[1])
        if qnode is None or qnode.op_type not in ("Quant", "BipolarQuant"):
            continue
        if _const_inputs(model, qnode) is None:
            continue
        if len(model.find_consumers(qnode.output[0])) != 1:
            continue
        _fold_weight_quantizer(model, layer, qnode)
    model = model.transform(RemoveUnusedNodes())
    return model.transform(RemoveUnusedTensors())


def prepend_div255(model: ModelWrapper) -> ModelWrapper:
    """Make the model take UINT8 pixels: input -> Div(255) -> original graph."""
    inp = model.graph.input[0].name
    if model.get_tensor_datatype(inp).is_integer():
        raise FinnVivadoError(
            f"input_div255: the model input {inp} is already an integer "
            f"({model.get_tensor_datatype(inp).name}); remove input_div255 from the config")
    scaled = model.make_new_valueinfo_name()
    for node in model.graph.node:
        for i, name in enumerate(node.input):
            if name == inp:
                node.input[i] = scaled
    c255 = model.make_new_valueinfo_name()
    model.set_initializer(c255, np.asarray(255.0, dtype=np.float32))
    model.graph.node.insert(0, helper.make_node("Div", [inp, c255], [scaled], name="InputDiv255"))
    model.set_tensor_datatype(inp, DataType["UINT8"])
    return model


def clean_model(model: ModelWrapper) -> ModelWrapper:
    """qonnx's clean-up of an export (domains, shapes, constants, names); same function."""
    _normalize_domains(model)
    return _clean(model)


def qonnx_to_finn(model: ModelWrapper, cleaned: bool = False) -> ModelWrapper:
    """Clean the export and fold weight quantizers into integer weights + a scale Mul."""
    if not cleaned:
        model = clean_model(model)
    ops = {n.op_type for n in model.graph.node}
    if "Gemm" in ops or any(n.op_type == "Conv" and len(n.input) > 2 for n in model.graph.node):
        model = model.transform(GemmToMatMul())
        model = model.transform(ExtractBiasFromConv())
        model = _clean(model)  # folds the weight transposes GemmToMatMul inserted
    model = _fold_weight_quantizers(model)
    # remaining quantizers on constants (e.g. bias quantizers) become plain constants
    model = model.transform(FoldConstants(exclude_op_types=[]))
    model = lower_patterns(model)
    model = model.transform(BatchNormToAffine())
    return model.transform(InferShapes()).transform(GiveUniqueNodeNames())


def tidy_up(model: ModelWrapper) -> ModelWrapper:
    """qonnx's tidy-up passes: shapes, constants, unique and readable names, datatypes."""
    for t in (
        InferShapes(),
        FoldConstants(exclude_op_types=["Quant", "BipolarQuant", "Trunc"]),
        RemoveIdentityOps(),
        RemoveUnusedTensors(),
        RemoveStaticGraphInputs(),
        SortGraph(),
        GiveUniqueNodeNames(),
        GiveReadableTensorNames(),
        InferDataTypes(),
    ):
        model = model.transform(t)
    return model
