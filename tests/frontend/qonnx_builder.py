"""A tiny builder of QONNX models for tests: quantized MLPs and CNNs of any shape and width.

It writes the same node patterns brevitas exports (Quant/BipolarQuant on weights and
activations, BatchNormalization, Relu, Conv with pads/strides/dilations/groups, pooling,
residual Add), with random weights and statistics, so the front end is tested on networks it
was not written for.
"""

from __future__ import annotations

import numpy as np
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.infer_shapes import InferShapes
from qonnx.util.basic import qonnx_make_model

QONNX = "qonnx.custom_op.general"


class QBuilder:
    def __init__(self, in_shape, seed: int = 0, in_dtype: str | None = None):
        self.rng = np.random.default_rng(seed)
        self.nodes, self.inits, self.n = [], {}, 0
        self.shapes = {"inp": list(in_shape)}
        self.in_dtype = in_dtype

    def name(self, hint="t"):
        self.n += 1
        return f"{hint}{self.n}"

    def const(self, value, hint="c"):
        n = self.name(hint)
        self.inits[n] = np.asarray(value, dtype=np.float32)
        return n

    def node(self, op, inputs, shape, domain="", **attrs):
        out = self.name(op.lower())
        self.nodes.append(helper.make_node(op, inputs, [out], name=out, domain=domain, **attrs))
        self.shapes[out] = list(shape)
        return out

    # ---- quantizers ----------------------------------------------------------------
    def quant(self, x, bits, signed=True, scale=None, zeropt=0.0, narrow=False, mode="ROUND"):
        scale = self.rng.uniform(0.02, 0.3) if scale is None else scale
        args = [x, self.const(scale), self.const(zeropt), self.const(bits)]
        return self.node("Quant", args, self.shapes[x], QONNX, signed=int(signed),
                         narrow=int(narrow), rounding_mode=mode)

    def trunc(self, x, scale, in_bits, out_bits, mode="FLOOR"):
        """brevitas' TruncAvgPool quantizer (qonnx Trunc, version 1)."""
        args = [x, self.const(scale), self.const(0.0), self.const(in_bits), self.const(out_bits)]
        return self.node("Trunc", args, self.shapes[x], QONNX, rounding_mode=mode)

    def bipolar(self, x, scale=1.0):
        return self.node("BipolarQuant", [x, self.const(scale)], self.shapes[x], QONNX)

    def qweight(self, shape, bits, per_channel_axis=0):
        w = self.rng.normal(0, 1, size=shape).astype(np.float32)
        wn = self.const(w, "w")
        self.shapes[wn] = list(shape)
        if bits == "bipolar":
            return self.bipolar(wn, float(self.rng.uniform(0.1, 1.0)))
        sshape = [1] * len(shape)
        sshape[per_channel_axis] = shape[per_channel_axis]
        scale = self.rng.uniform(0.05, 0.5, size=sshape).astype(np.float32)
        return self.quant(wn, bits, True, scale, narrow=True)

    # ---- layers --------------------------------------------------------------------
    def matmul(self, x, n_out, wbits):
        k = self.shapes[x][-1]
        w = self.qweight([n_out, k], wbits)
        wt = self.node("Transpose", [w], [k, n_out], perm=[1, 0])
        return self.node("MatMul", [x, wt], self.shapes[x][:-1] + [n_out])

    def conv(self, x, c_out, k, wbits, stride=1, pad=0, dilation=1, group=1, bias=False):
        n, c, h, w = self.shapes[x]
        wq = self.qweight([c_out, c // group, k, k], wbits)
        oh = (h + 2 * pad - dilation * (k - 1) - 1) // stride + 1
        ow = (w + 2 * pad - dilation * (k - 1) - 1) // stride + 1
        args = [x, wq] + ([self.const(self.rng.normal(0, 0.5, c_out))] if bias else [])
        return self.node("Conv", args, [n, c_out, oh, ow], kernel_shape=[k, k],
                         strides=[stride, stride], pads=[pad] * 4, dilations=[dilation] * 2,
                         group=group)

    def bn(self, x, negative=0.3):
        c = self.shapes[x][1]
        gamma = self.rng.uniform(0.5, 2.0, c) * np.where(self.rng.random(c) < negative, -1, 1)
        args = [x, self.const(gamma), self.const(self.rng.normal(0, 1, c)),
                self.const(self.rng.normal(0, 1, c)), self.const(self.rng.uniform(0.5, 2, c))]
        return self.node("BatchNormalization", args, self.shapes[x], epsilon=1e-5)

    def relu(self, x):
        return self.node("Relu", [x], self.shapes[x])

    def op(self, op_type, x, **attrs):
        return self.node(op_type, [x], self.shapes[x], **attrs)

    def add(self, a, b):
        return self.node("Add", [a, b], self.shapes[a])

    def affine(self, x, scale, bias):
        m = self.node("Mul", [x, self.const(scale)], self.shapes[x])
        return self.node("Add", [m, self.const(bias)], self.shapes[x])

    def maxpool(self, x, k, stride):
        n, c, h, w = self.shapes[x]
        return self.node("MaxPool", [x], [n, c, (h - k) // stride + 1, (w - k) // stride + 1],
                         kernel_shape=[k, k], strides=[stride, stride])

    def avgpool(self, x, k):
        n, c, h, w = self.shapes[x]
        return self.node("AveragePool", [x], [n, c, h // k, w // k], kernel_shape=[k, k],
                         strides=[k, k])

    def gap(self, x):
        n, c, _, _ = self.shapes[x]
        return self.node("GlobalAveragePool", [x], [n, c, 1, 1])

    def flatten(self, x):
        s = self.shapes[x]
        return self.node("Flatten", [x], [s[0], int(np.prod(s[1:]))], axis=1)

    def build(self, out) -> ModelWrapper:
        inp = helper.make_tensor_value_info("inp", TensorProto.FLOAT, self.shapes["inp"])
        outp = helper.make_tensor_value_info(out, TensorProto.FLOAT, self.shapes[out])
        graph = helper.make_graph(self.nodes, "qnet", [inp], [outp])
        model = qonnx_make_model(graph, opset_imports=[helper.make_opsetid("", 13),
                                                       helper.make_opsetid(QONNX, 1)])
        mw = ModelWrapper(model)
        for k, v in self.inits.items():
            mw.set_initializer(k, v)
        if self.in_dtype:
            from qonnx.core.datatype import DataType

            mw.set_tensor_datatype("inp", DataType[self.in_dtype])
        return mw.transform(InferShapes())
