"""VVAU vs a loop-based depthwise reference and vs onnxruntime's grouped Conv."""

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.core.onnx_exec import execute_onnx
from qonnx.custom_op.general.multithreshold import multithreshold
from qonnx.transformation.infer_datatypes import InferDataTypes
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.util.basic import qonnx_make_model

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.layers import DOMAIN, make_layer_node

from .helpers import layer_of, ort_run, random_values, run_node


def loop_reference(x, w, k, ch):
    n, oh, ow, _ = x.shape
    acc = np.zeros((n, oh, ow, ch))
    for b in range(n):
        for i in range(oh):
            for j in range(ow):
                for c in range(ch):
                    acc[b, i, j, c] = sum(x[b, i, j, p * ch + c] * w.reshape(ch, k)[c, p]
                                          for p in range(k))
    return acc


@pytest.mark.parametrize("idt,wdt", [("INT4", "INT4"), ("UINT8", "INT2"), ("BIPOLAR", "INT3")])
@pytest.mark.parametrize("pe,simd", [(1, 1), (2, 3), (4, 9)])
@pytest.mark.parametrize("noact", [0, 1])
def test_vvau_matches_reference(idt, wdt, pe, simd, noact):
    rng = np.random.default_rng(pe * 10 + simd + noact)
    ch, kh, kw, oh, ow = 4, 3, 3, 2, 3
    x = random_values(rng, idt, (2, oh, ow, kh * kw * ch))
    w = random_values(rng, wdt, (ch, 1, kh, kw))
    inits = {"w": (w, wdt)}
    acc = loop_reference(x, w, kh * kw, ch)
    odt = "INT32" if noact else "UINT3"
    if noact:
        expected = acc
    else:
        thr = np.sort(rng.integers(-100, 100, size=(ch, 7)), axis=1)
        inits["thr"] = (thr, "INT32")
        expected = multithreshold(acc.transpose(0, 3, 1, 2), thr).transpose(0, 2, 3, 1)
    (y,), model = run_node("VVAU", {"x": (x, idt)}, inits, PE=pe, SIMD=simd, Dim=[oh, ow],
                           Channels=ch, Kernel=[kh, kw], inputDataType=idt,
                           weightDataType=wdt, outputDataType=odt, noActivation=noact)
    np.testing.assert_array_equal(y, expected)
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == oh * ow * (ch // pe) * (kh * kw // simd)
    assert layer.get_instream_width() == pe * simd * DataType[idt].bitwidth()
    assert layer.get_folded_input_shape() == (1, oh, ow, (9 // simd) * (ch // pe), simd * pe)


def test_swg_then_vvau_equals_grouped_conv():
    rng = np.random.default_rng(7)
    ch, h, w_, k = 3, 5, 6, 3
    img = random_values(rng, "INT4", (1, h, w_, ch))
    weights = random_values(rng, "INT4", (ch, 1, k, k))
    oh, ow = h - k + 1, w_ - k + 1
    swg = make_layer_node("ConvolutionInputGenerator", ["x"], ["win"], name="SWG_0",
                          ConvKernelDim=[k, k], IFMChannels=ch, IFMDim=[h, w_],
                          OFMDim=[oh, ow], SIMD=1, inputDataType="INT4", depthwise=1)
    vvau = make_layer_node("VVAU", ["win", "w"], ["y"], name="VVAU_0", Dim=[oh, ow],
                           Channels=ch, Kernel=[k, k], inputDataType="INT4",
                           weightDataType="INT4", outputDataType="INT32", noActivation=1)
    graph = helper.make_graph(
        [swg, vvau], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, h, w_, ch])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]))
    model.set_initializer("w", weights.astype(np.float32))
    model.set_tensor_datatype("x", DataType["INT4"])
    model.set_tensor_datatype("w", DataType["INT4"])
    model = model.transform(InferShapes()).transform(InferDataTypes())
    y = execute_onnx(model, {"x": img.astype(np.float32)})["y"]

    conv = helper.make_node("Conv", ["xc", "wc"], ["yc"], group=ch, kernel_shape=[k, k])
    (ref,) = ort_run(conv, {"xc": img.transpose(0, 3, 1, 2), "wc": weights})
    np.testing.assert_array_equal(y, ref.transpose(0, 2, 3, 1))


def test_vvau_validate_errors():
    rng = np.random.default_rng(8)
    _, model = run_node("VVAU", {"x": (np.zeros((1, 2, 2, 36)), "INT4")},
                        {"w": (random_values(rng, "INT4", (4, 1, 3, 3)), "INT4")},
                        Dim=[2, 2], Channels=4, Kernel=[3, 3], inputDataType="INT4",
                        weightDataType="INT4", outputDataType="INT16", noActivation=1)
    layer = layer_of(model)
    layer.validate(model)
    layer.set_nodeattr("SIMD", 4)
    with pytest.raises(FinnVivadoError,
                       match=r"SIMD must divide Kh\*Kw=9; legal values: \[1, 3, 9\]"):
        layer.validate(model)
    layer.set_nodeattr("SIMD", 3)
    layer.set_nodeattr("outputDataType", "INT8")
    with pytest.raises(FinnVivadoError, match=r"must hold every accumulator value in "
                                              r"\[-\d+, \d+\]; legal values: INT\d+ or wider"):
        layer.validate(model)
