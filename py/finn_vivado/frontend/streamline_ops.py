"""Per-op rules of the streamlining interpreter (see streamline.py).

A handler returns False when the op cannot be kept in the integer part; the node then goes to
the software tail.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.chain import Chain, layout_apply, per_channel
from finn_vivado.frontend.importer import smallest_int_type
from finn_vivado.frontend.quantizers import quantizer_from_node
from finn_vivado.frontend.state import Const, IntT, Soft, dtype_range, node_attrs, uniform_value
from finn_vivado.frontend.thresholds import derive_thresholds

__all__ = ["OpHandlers", "LAYOUT_OPS", "ELEMENTWISE"]

LAYOUT_OPS = ("Reshape", "Flatten", "Transpose", "Squeeze", "Unsqueeze", "Identity",
              "PixelShuffle")
ELEMENTWISE = ("Mul", "Add", "Sub", "Div", "Relu", "Clip")
QONNX = "qonnx.custom_op.general"


def _nontrivial(c, neutral: float) -> bool:
    return not np.all(np.asarray(c) == neutral)


def _value_chain(q) -> Chain:
    ch = Chain()
    if _nontrivial(q.out_scale, 1.0):
        ch = ch.then("mul", q.out_scale)
    if _nontrivial(q.out_bias, 0.0):
        ch = ch.then("add", q.out_bias)
    return ch


def _acc_range(w: np.ndarray, xl: float, xh: float, axis):
    """Per-output-channel accumulator bounds of sum(w * x) with x in [xl, xh]."""
    a, b = w * xl, w * xh
    return np.minimum(a, b).sum(axis=axis), np.maximum(a, b).sum(axis=axis)


#: largest integer factor an add of two differently scaled tensors may use per input
MAX_ADD_MULTIPLIER = 2 ** 12


def _scale_ratio(sa: float, sb: float, where: str) -> tuple[int, int, float]:
    """Integers (ma, mb) and a unit g with sa = ma*g and sb = mb*g exactly."""
    if sa == sb:
        return 1, 1, float(sa)
    ratio = Fraction(float(sa)) / Fraction(float(sb))
    ma, mb = ratio.numerator, ratio.denominator
    if ma <= 0 or max(ma, mb) > MAX_ADD_MULTIPLIER:
        raise FinnVivadoError(
            f"{where}: add of tensors with scales {sa:g} and {sb:g}, whose ratio is not a "
            f"small positive fraction (needs factors {ma} and {mb}, at most "
            f"{MAX_ADD_MULTIPLIER}); quantize both inputs with one shared quantizer or with "
            "power-of-two scales (restrict_scaling_type=POWER_OF_TWO)")
    return ma, mb, float(Fraction(float(sa)) / ma)


class OpHandlers:
    """Mixin with one ``op_<OpType>`` method per mappable op."""

    # ---- quantizers --------------------------------------------------------------------
    def head_quantizer(self, node, ins) -> None:
        """First quantizer on a float tensor: software emits its integer codes."""
        if node.op_type == "Trunc":
            raise FinnVivadoError(f"{self.what(node)}: Trunc must follow an integer layer (e.g. a "
                                  "pooling layer), not a float input")
        q = quantizer_from_node(self.src, node)
        x = node.input[0]
        shape = self.src.get_tensor_shape(node.output[0])
        code = self.g.fresh("codes")
        if node.op_type == "Quant":
            scaled = self.g.fresh()
            self.g.node("Div", [x, self.g.use_init(node.input[1], ins[1].value)], [scaled])
            one = self.g.const(np.float32(1.0))
            args = [scaled, one, self.g.use_init(node.input[2], ins[2].value),
                    self.g.use_init(node.input[3], ins[3].value)]
            self.g.copy(node, args, [code])
        elif node.op_type == "BipolarQuant":
            self.g.copy(node, [x, self.g.const(np.float32(1.0))], [code])
        else:
            osc, obias = (2.0, -1.0) if q.bipolar else (1.0, float(q.cmin))
            thr = self.g.use_init(node.input[1], ins[1].value)
            self.g.node("MultiThreshold", [x, thr], [code], domain=QONNX,
                        out_scale=osc, out_bias=obias, out_dtype=q.dtype.name)
        self.g.set_dtype(code, q.dtype)
        self._set_hw_input(code, node)
        self.env[node.output[0]] = IntT(code, q.dtype, _value_chain(q), shape, q.cmin, q.cmax)

    def _flip_negative(self, node, x: IntT) -> IntT:
        """Make the chain non-decreasing per channel by negating weight-layer channels."""
        shape = x.shape
        direction = per_channel(x.chain.direction(), shape, 1, self.what(node))
        neg = direction < 0
        if not neg.any():
            return x
        if x.producer is None or not x.linear:
            raise FinnVivadoError(
                f"{self.what(node)}: the scale in front of this quantizer is negative for some "
                "channels and there is no weight layer right before it to absorb the sign"
            )
        self._negate_channels(x.producer, neg)
        lo, hi = np.broadcast_to(x.lo, neg.shape), np.broadcast_to(x.hi, neg.shape)
        lo, hi = np.where(neg, -hi, lo), np.where(neg, -lo, hi)
        self._widen(x.name, x.producer, lo, hi)
        view = [1] * len(shape)
        view[1] = shape[1]
        sign = np.where(neg, -1.0, 1.0).reshape(view)
        return IntT(x.name, self.g.dtypes.get(x.name, x.dtype), x.chain.before("mul", sign),
                    shape, lo, hi, x.producer, x.linear)

    def _negate_channels(self, producer, neg) -> None:
        """Negate the output channels ``neg`` of a weight layer (or of the weight layers whose
        outputs a channel Concat joins: producer ("Concat", [(producer, channels, tensor)]))."""
        if producer[0] == "Concat":
            start = 0
            for part, count, _ in producer[1]:
                self._negate_channels(part, neg[start:start + count])
                start += count
            return
        op_type, wname = producer[:2]
        w = self.g.inits[wname].astype(np.float64)
        sign = np.where(neg, -1.0, 1.0)
        wsign = np.tile(sign, producer[2]) if len(producer) > 2 else sign  # phase groups
        per_out = wsign[None, :] if op_type == "MatMul" else wsign.reshape((-1,) + (1,) * (w.ndim - 1))
        w = w * per_out
        self.g.inits[wname] = w.astype(np.float32)
        self.g.set_dtype(wname, smallest_int_type(w.min(), w.max()) if
                         self.g.dtypes.get(wname) != DataType["BIPOLAR"] else DataType["BIPOLAR"])

    def _widen(self, name: str, producer, lo, hi) -> None:
        """Widen the DataTypes of a Concat-joined tensor ``name`` and of its parts to hold
        the per-channel ranges [lo, hi] they have after negating channels."""
        if producer[0] != "Concat":
            return
        self._hold(name, lo.min(), hi.max())
        start = 0
        for _, count, part in producer[1]:
            self._hold(part, lo[start:start + count].min(), hi[start:start + count].max())
            start += count

    def _hold(self, tensor: str, lo, hi) -> None:
        dt = self.g.dtypes.get(tensor)
        if dt is None or lo < dtype_range(dt)[0] or hi > dtype_range(dt)[1]:
            self.g.set_dtype(tensor, smallest_int_type(lo, hi))

    def _threshold(self, node, ins) -> None:
        x = self._flip_negative(node, ins[0])
        q = quantizer_from_node(self.src, node)
        c = x.shape[1]
        lo = np.broadcast_to(np.asarray(x.lo), (c,))
        hi = np.broadcast_to(np.asarray(x.hi), (c,))
        thr = derive_thresholds(x.chain, q, x.shape, 1, lo, hi, self.what(node))
        if thr.shape[1] >= 2 ** self.max_threshold_bits:
            raise FinnVivadoError(
                f"{self.what(node)}: a {thr.shape[1] + 1}-level activation needs more thresholds "
                f"than max_multithreshold_bit_width={self.max_threshold_bits} allows; raise it "
                "in the config or quantize the activation to fewer bits")
        tname = self.g.const(thr.astype(np.float32), smallest_int_type(thr.min(), thr.max()), "thr")
        out = self.g.fresh("act")
        osc, obias = (2.0, -1.0) if q.bipolar else (1.0, float(q.cmin))
        # qonnx would read a 3-D input as NWC: a 1-D feature map is NCW
        layout = {"data_layout": "NCW"} if len(x.shape) == 3 else {}
        self.g.node("MultiThreshold", [x.name, tname], [out], domain=QONNX, name=node.name,
                    out_scale=osc, out_bias=obias, out_dtype=q.dtype.name, **layout)
        self.g.set_dtype(out, q.dtype)
        self.env[node.output[0]] = IntT(out, q.dtype, _value_chain(q), x.shape, q.cmin, q.cmax)

    op_Quant = op_BipolarQuant = op_MultiThreshold = op_Trunc = _threshold

    # ---- weight layers -----------------------------------------------------------------
    def _weights(self, node, v) -> np.ndarray:
        if not isinstance(v, Const):
            return None
        w = np.asarray(v.value, dtype=np.float64)
        if not np.all(w == np.round(w)):
            raise FinnVivadoError(
                f"{self.what(node)}: weights are not quantized (no Quant/BipolarQuant on the "
                "weights); export the model with brevitas/QKeras weight quantizers"
            )
        return w

    def _affine_input(self, node, x: IntT, axis: int):
        if not x.chain.is_affine():
            raise FinnVivadoError(
                f"{self.what(node)}: its input is not quantized (a Relu/Clip without a "
                "quantizer precedes it); add an activation quantizer in front of this layer"
            )
        s, b = x.chain.affine()
        s = uniform_value(s, x.shape, self.what(node))
        return s, per_channel(b, x.shape, axis, self.what(node))

    def _weight_dtype(self, name: str, w: np.ndarray) -> DataType:
        dt = self.src.get_tensor_datatype(name)
        if dt is not None and dt.is_integer():
            return dt
        if np.all(np.abs(w) == 1):
            return DataType["BIPOLAR"]
        return smallest_int_type(w.min(), w.max())

    def op_MatMul(self, node, ins):
        x, w = ins[0], self._weights(node, ins[1])
        if not isinstance(x, IntT) or w is None:
            return False
        s, bvec = self._affine_input(node, x, len(x.shape) - 1)
        xl, xh = dtype_range(x.dtype)
        lo, hi = _acc_range(w, xl, xh, 0)
        wname = self.g.const(w.astype(np.float32), self._weight_dtype(node.input[1], w), "W")
        out = self.g.fresh("acc")
        self.g.node("MatMul", [x.name, wname], [out], name=node.name)
        dt = smallest_int_type(lo.min(), hi.max())
        self.g.set_dtype(out, dt)
        ch = Chain().then("mul", np.float64(s)) if s != 1.0 else Chain()
        if np.any(bvec != 0):
            ch = ch.then("add", bvec @ w)
        shape = self.src.get_tensor_shape(node.output[0])
        vec = len(shape) == 2
        self.env[node.output[0]] = IntT(out, dt, ch, shape, lo if vec else lo.min(),
                                        hi if vec else hi.max(), ("MatMul", wname),
                                        vec and self.nconsumers(node.output[0]) == 1)

    def op_Conv(self, node, ins):
        x, w = ins[0], self._weights(node, ins[1])
        if not isinstance(x, IntT) or w is None or len(ins) > 2 and ins[2] is not None:
            return False
        a = node_attrs(node)
        group, pads = a.get("group", 1), a.get("pads", [0, 0, 0, 0])
        cin, cout = x.shape[1], w.shape[0]
        if group != 1 and not (group == cin == cout and w.shape[1] == 1):
            raise FinnVivadoError(
                f"{self.what(node)}: grouped convolution with group={group} is not supported "
                "(only group=1 and depthwise)")
        s, bvec = self._affine_input(node, x, 1)
        xl, xh = dtype_range(x.dtype)
        if any(pads):
            if x.dtype == DataType["BIPOLAR"] or np.any(bvec != 0):
                raise FinnVivadoError(
                    f"{self.what(node)}: zero padding of an input whose zero is not an integer "
                    "code (bipolar or offset quantizer) is not supported")
            xl, xh = min(xl, 0), max(xh, 0)
        taps = tuple(range(1, w.ndim))  # input channels and kernel axes (1-D or 2-D conv)
        lo, hi = _acc_range(w, xl, xh, taps)
        wname = self.g.const(w.astype(np.float32), self._weight_dtype(node.input[1], w), "W")
        out = self.g.fresh("acc")
        self.g.copy(node, [x.name, wname], [out])
        dt = smallest_int_type(lo.min(), hi.max())
        self.g.set_dtype(out, dt)
        ch = Chain().then("mul", np.float64(s)) if s != 1.0 else Chain()
        if np.any(bvec != 0):
            kdims = (1,) * (w.ndim - 2)
            bv = bvec.reshape((1, -1) + kdims if group == 1 else (-1, 1) + kdims)
            ch = ch.then("add", (w * bv).sum(axis=taps).reshape((1, -1) + kdims))
        shape = self.src.get_tensor_shape(node.output[0])
        self.env[node.output[0]] = IntT(out, dt, ch, shape, lo, hi, ("Conv", wname),
                                        self.nconsumers(node.output[0]) == 1)

    # ---- elementwise: extend the chain -------------------------------------------------
    def _extend(self, node, x: IntT, kind: str, const=None):
        out_shape = self.src.get_tensor_shape(node.output[0])
        if list(out_shape) != list(x.shape):
            return False
        linear = x.linear and self.nconsumers(node.output[0]) <= 1
        self.env[node.output[0]] = IntT(x.name, x.dtype, x.chain.then(kind, const), x.shape,
                                        x.lo, x.hi, x.producer, linear)

    def _binary(self, node, ins):
        a, b = ins[0], ins[1]
        if isinstance(a, IntT) and isinstance(b, Const):
            return a, np.asarray(b.value, dtype=np.float64), False
        if isinstance(b, IntT) and isinstance(a, Const):
            return b, np.asarray(a.value, dtype=np.float64), True
        return None, None, None

    def op_Mul(self, node, ins):
        x, c, _ = self._binary(node, ins)
        return False if x is None else self._extend(node, x, "mul", c)

    def op_Div(self, node, ins):
        x, c, swapped = self._binary(node, ins)
        return False if x is None or swapped else self._extend(node, x, "div", c)

    def op_Sub(self, node, ins):
        x, c, swapped = self._binary(node, ins)
        if x is None:
            return False
        if not swapped:
            return self._extend(node, x, "add", -c)
        neg = IntT(x.name, x.dtype, x.chain.then("mul", np.float64(-1.0)), x.shape, x.lo, x.hi,
                   x.producer, x.linear)
        return self._extend(node, neg, "add", c)

    def op_Add(self, node, ins):
        x, c, _ = self._binary(node, ins)
        if x is not None:
            return self._extend(node, x, "add", c)
        a, b = ins
        if not (isinstance(a, IntT) and isinstance(b, IntT)):
            return False
        sa, ba = self._affine_input(node, a, 1)
        sb, bb = self._affine_input(node, b, 1)
        ma, mb, unit = _scale_ratio(sa, sb, self.what(node))
        (la, ha), (lb, hb) = dtype_range(a.dtype), dtype_range(b.dtype)
        names = [self._scaled(a.name, ma, la, ha), self._scaled(b.name, mb, lb, hb)]
        out = self.g.fresh("sum")
        self.g.node("Add", names, [out], name=node.name)
        lo, hi = ma * la + mb * lb, ma * ha + mb * hb
        dt = smallest_int_type(lo, hi)
        self.g.set_dtype(out, dt)
        view = [1] * len(a.shape)
        view[1] = a.shape[1]
        ch = Chain().then("mul", np.float64(unit)) if unit != 1.0 else Chain()
        if np.any(ba + bb != 0):
            ch = ch.then("add", (ba + bb).reshape(view))
        self.env[node.output[0]] = IntT(out, dt, ch, a.shape, lo, hi)

    def _scaled(self, name: str, mult: int, lo: float, hi: float) -> str:
        """``name`` times the integer ``mult`` (a Mul node the hardware add absorbs)."""
        if mult == 1:
            return name
        out = self.g.fresh("scaled")
        self.g.node("Mul", [name, self.g.const(np.float32(mult))], [out])
        self.g.set_dtype(out, smallest_int_type(mult * lo, mult * hi))
        return out

    def op_Relu(self, node, ins):
        return self._extend(node, ins[0], "relu") if isinstance(ins[0], IntT) else False

    def op_Clip(self, node, ins):
        if not isinstance(ins[0], IntT):
            return False
        a = node_attrs(node)
        lo = ins[1].value if len(ins) > 1 and isinstance(ins[1], Const) else a.get("min")
        hi = ins[2].value if len(ins) > 2 and isinstance(ins[2], Const) else a.get("max")
        return self._extend(node, ins[0], "clip", (lo, hi))

    # ---- pooling, layout, top-k --------------------------------------------------------
    def op_MaxPool(self, node, ins):
        x = ins[0]
        if not isinstance(x, IntT) or len(node.output) > 1 and node.output[1]:
            return False
        d = per_channel(x.chain.direction(), x.shape, 1, self.what(node))
        if np.any(d < 0):
            raise FinnVivadoError(
                f"{self.what(node)}: max pooling after a negative scale is not supported; "
                "place the quantizer before the pooling layer")
        out = self.g.fresh("pool")
        self.g.copy(node, [x.name], [out])
        self.g.set_dtype(out, x.dtype)
        shape = self.src.get_tensor_shape(node.output[0])
        ch = x.chain.rebroadcast(x.shape, 1, self.what(node))
        self.env[node.output[0]] = IntT(out, x.dtype, ch, shape, np.min(x.lo), np.max(x.hi))

    def _sum_pool(self, node, x: IntT, window: int, pool_args: list, out_shape):
        """Average pooling as an exact integer window sum: value = chain(sum / window)."""
        if not x.chain.is_affine():
            return False
        pooled, total = self.g.fresh("avg"), self.g.fresh("sumf")
        self.g.copy(node, [x.name] + pool_args, [pooled])
        self.g.node("Mul", [pooled, self.g.const(np.float32(window))], [total])
        out = self.g.fresh("sum")
        self.g.node("Round", [total], [out], name=node.name + "_sum")
        lo, hi = dtype_range(x.dtype)
        dt = smallest_int_type(window * min(lo, 0), window * hi)
        self.g.set_dtype(out, dt)
        ch = x.chain.rebroadcast(x.shape, 1, self.what(node)).before("div", np.float64(window))
        self.env[node.output[0]] = IntT(out, dt, ch, out_shape, window * lo, window * hi)

    def op_GlobalAveragePool(self, node, ins):
        x = ins[0]
        if not isinstance(x, IntT) or len(x.shape) not in (3, 4):
            return False
        return self._sum_pool(node, x, int(np.prod(x.shape[2:])), [],
                              self.src.get_tensor_shape(node.output[0]))

    def op_AveragePool(self, node, ins):
        x = ins[0]
        a = node_attrs(node)
        if not isinstance(x, IntT) or any(a.get("pads", [0])) or a.get("ceil_mode", 0):
            return False
        k = a["kernel_shape"]
        return self._sum_pool(node, x, int(np.prod(k)), [], self.src.get_tensor_shape(node.output[0]))

    def _layout(self, node, ins):
        x = ins[0]
        if not isinstance(x, IntT):
            return False
        params = [np.asarray(v.value) for v in ins[1:] if isinstance(v, Const)]
        attrs = node_attrs(node)
        one = [1] + list(x.shape[1:])
        ch = x.chain.map_consts(lambda c: layout_apply(
            node.op_type, attrs, params, np.broadcast_to(c, one).copy()))
        out = self.g.fresh("view")
        args = [x.name] + [self.g.use_init(n, v.value) for n, v in zip(node.input[1:], ins[1:])]
        self.g.copy(node, args, [out])
        self.g.set_dtype(out, x.dtype)
        shape = self.src.get_tensor_shape(node.output[0])
        self.env[node.output[0]] = IntT(out, x.dtype, ch, shape, np.min(x.lo), np.max(x.hi))

    op_Reshape = op_Flatten = op_Transpose = op_Squeeze = op_Unsqueeze = op_Identity = _layout

    def op_PixelShuffle(self, node, ins):
        """A layout op; a weight layer in front keeps absorbing sign flips of the output
        channels (each output channel is one channel of every phase group)."""
        x = ins[0]
        if self._layout(node, ins) is False:
            return False
        out = self.env[node.output[0]]
        self.g.shapes[out.name] = list(out.shape)
        if x.producer is not None and x.linear and self.nconsumers(node.input[0]) <= 1:
            phases = int(np.prod(node_attrs(node)["blocksize"]))
            self.env[node.output[0]] = IntT(out.name, out.dtype, out.chain, out.shape, out.lo,
                                            out.hi, x.producer[:2] + (phases,), True)

    def op_TopK(self, node, ins):
        x = ins[0]
        a = node_attrs(node)
        if not isinstance(x, IntT) or not x.chain.is_affine() or not a.get("largest", 1):
            return False
        axis = a.get("axis", -1) % len(x.shape)
        s, b = x.chain.affine()
        sf = np.broadcast_to(s, x.shape)
        bf = np.broadcast_to(b, x.shape)
        if np.any(sf <= 0) or np.any(sf != np.take(sf, [0], axis)) or np.any(bf != np.take(bf, [0], axis)):
            return False
        vals, idx = self.g.fresh("topv"), self.g.fresh("topi")
        self.g.copy(node, [x.name, self.g.use_init(node.input[1], ins[1].value)], [vals, idx])
        vshape = self.src.get_tensor_shape(node.output[0])
        ch = Chain((("mul", np.take(sf, [0], axis)), ("add", np.take(bf, [0], axis))))
        self.env[node.output[0]] = IntT(vals, x.dtype, ch, vshape, np.min(x.lo), np.max(x.hi))
        n = x.shape[axis]
        self.env[node.output[1]] = IntT(idx, DataType.get_smallest_possible(n - 1), Chain(),
                                        vshape, 0, n - 1, int64=True)
        self.g.set_dtype(idx, DataType.get_smallest_possible(n - 1))
