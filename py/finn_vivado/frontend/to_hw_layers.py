"""Per-op rules mapping streamlined nodes to hardware layers (used by to_hw.HwConverter)."""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.chain import layout_apply
from finn_vivado.frontend.hw_stream import HwT, identity_order, nhwc_order
from finn_vivado.frontend.importer import smallest_int_type
from finn_vivado.frontend.spatial import fmap4, weights_4d, window_2d
from finn_vivado.frontend.state import node_attrs

__all__ = ["LayerHandlers"]

BIPOLAR = DataType["BIPOLAR"]


def _nhwc(shape) -> list:
    """NHWC stream shape of an NCHW or NCW (H=1) feature map."""
    n, c, h, w = fmap4(shape)
    return [n, h, w, c]


class LayerHandlers:
    """Mixin: ``hw_<OpType>`` methods of the hardware converter."""

    # ---- thresholds and MVAU -----------------------------------------------------------
    def _thresholds_for(self, mt, channels: int, order=None, xnor_mw: int = 0):
        """(threshold tensor name, out dtype, ActVal) of a MultiThreshold node."""
        thr = np.asarray(self.m.get_initializer(mt.input[1]), dtype=np.float64)
        if order is not None and thr.shape[0] == channels:
            thr = thr[order]
        if xnor_mw:
            thr = np.ceil((thr + xnor_mw) / 2.0)
        a = node_attrs(mt)
        out_dt = DataType[a.get("out_dtype", "")] if a.get("out_dtype") else self.dtype(mt.output[0])
        act = 0 if out_dt == BIPOLAR else int(a.get("out_bias", 0.0))
        tdt = smallest_int_type(thr.min(), thr.max())
        return self.g.const(thr.astype(np.float32), tdt, "thr"), out_dt, act

    def _mvau(self, node, x: HwT, w_hw: np.ndarray, wdt, niv, out_src: str, out_shape, order):
        mt = self.fused.get(node.name)
        mw, mh = w_hw.shape
        acc_dt = self.dtype(node.output[0])
        xnor = bool(mt) and x.dtype == BIPOLAR and wdt == BIPOLAR
        if xnor:
            acc_dt = DataType.get_smallest_possible(mw)
        inputs = [x.name, self.g.const(w_hw.astype(np.float32), wdt, "W")]
        out_dt, act = acc_dt, 0
        if mt is not None:
            tname, out_dt, act = self._thresholds_for(mt, mh, xnor_mw=mw if xnor else 0)
            inputs.append(tname)
            out_src = mt.output[0]
        out = self.new_stream(out_src, out_shape, order, out_dt)
        self.emit("MVAU", inputs, [out.name], MW=mw, MH=mh, SIMD=1, PE=1,
                  inputDataType=x.dtype.name, weightDataType=wdt.name,
                  outputDataType=out_dt.name, accDataType=acc_dt.name, ActVal=act,
                  binaryXnorMode=int(xnor), noActivation=int(mt is None),
                  numInputVectors=list(niv), mem_mode="internal_decoupled",
                  ram_style="auto", resType="auto")

    def hw_MatMul(self, node):
        x = self.stream(node.input[0], node, canonical=False)
        if len(x.shape) != 2:
            raise FinnVivadoError(f"node {node.name} (MatMul): only 2D inputs [N, K] are supported")
        w = np.asarray(self.m.get_initializer(node.input[1]), dtype=np.float64)
        wdt = self.dtype(node.input[1])
        n = w.shape[1]
        self._mvau(node, x, w[x.order], wdt, [1], node.output[0], [1, n], identity_order(n))

    # ---- convolutions ------------------------------------------------------------------
    def _conv_input(self, node, x: HwT, kernel, strides, dilations, pads, depthwise: int,
                    pad_value: int = 0):
        """FMPadding (with ``pad_value``) + sliding window generator in front of a conv / pool."""
        _, h, w, c = x.shape
        if any(pads):
            top, left, bottom, right = pads
            hp, wp = h + top + bottom, w + left + right
            padded = HwT(self.g.fresh("s"), [1, hp, wp, c], None, x.dtype)
            self.g.set_dtype(padded.name, x.dtype)
            self.emit("FMPadding", [x.name], [padded.name], ImgDim=[h, w],
                      Padding=[top, left, bottom, right], NumChannels=c, SIMD=1,
                      inputDataType=x.dtype.name, outputDataType=x.dtype.name,
                      PadValue=pad_value)
            x, h, w = padded, hp, wp
        kh, kw = kernel
        oh = (h - dilations[0] * (kh - 1) - 1) // strides[0] + 1
        ow = (w - dilations[1] * (kw - 1) - 1) // strides[1] + 1
        if kh == kw == 1 and strides == [1, 1] and not depthwise:
            return x, oh, ow
        out = HwT(self.g.fresh("s"), [1, oh, ow, kh * kw * c], None, x.dtype)
        self.g.set_dtype(out.name, x.dtype)
        self.emit("ConvolutionInputGenerator", [x.name], [out.name], ConvKernelDim=[kh, kw],
                  IFMChannels=c, IFMDim=[h, w], OFMDim=[oh, ow], SIMD=1, Stride=list(strides),
                  Dilation=list(dilations), inputDataType=x.dtype.name,
                  outputDataType=x.dtype.name, depthwise=depthwise)
        return out, oh, ow

    def hw_Conv(self, node):
        x = self.stream(node.input[0], node)
        a = node_attrs(node)
        w = np.asarray(self.m.get_initializer(node.input[1]), dtype=np.float64)
        win_p = window_2d(node, a, w.shape[2:])
        w = weights_4d(w)
        o = w.shape[0]
        depthwise = int(a.get("group", 1) > 1)
        win, oh, ow = self._conv_input(node, x, win_p.kernel, win_p.strides, win_p.dilations,
                                       win_p.pads, depthwise)
        src_shape = self.src_shape(node.output[0])
        order = nhwc_order(src_shape)
        wdt = self.dtype(node.input[1])
        if not depthwise:
            w_hw = w.transpose(2, 3, 1, 0).reshape(-1, o)
            return self._mvau(node, win, w_hw, wdt, [1, oh, ow], node.output[0],
                              [1, oh, ow, o], order)
        self._vvau(node, win, w, wdt, oh, ow, order)

    def _vvau(self, node, x: HwT, w, wdt, oh, ow, order):
        mt = self.fused.get(node.name)
        c, _, kh, kw = w.shape
        acc_dt = self.dtype(node.output[0])
        inputs = [x.name, self.g.const(w.astype(np.float32), wdt, "W")]
        out_dt, act, out_src = acc_dt, 0, node.output[0]
        if mt is not None:
            tname, out_dt, act = self._thresholds_for(mt, c)
            inputs.append(tname)
            out_src = mt.output[0]
        out = self.new_stream(out_src, [1, oh, ow, c], order, out_dt)
        self.emit("VVAU", inputs, [out.name], PE=1, SIMD=1, Dim=[oh, ow], Channels=c,
                  Kernel=[kh, kw], inputDataType=x.dtype.name, weightDataType=wdt.name,
                  outputDataType=out_dt.name, accDataType=acc_dt.name, ActVal=act,
                  noActivation=int(mt is None), mem_mode="internal_decoupled",
                  ram_style="auto", resType="auto")

    # ---- standalone layers -------------------------------------------------------------
    def hw_MultiThreshold(self, node):
        x = self.stream(node.input[0], node, canonical=False)
        c = x.shape[-1]
        order = x.order if len(x.shape) != 4 else None
        tname, out_dt, act = self._thresholds_for(node, c, order=order)
        out = self.new_stream(node.output[0], x.shape, x.order, out_dt)
        nsteps = int(self.m.get_initializer(node.input[1]).shape[1])
        self.emit("Thresholding", [x.name, tname], [out.name], NumChannels=c, PE=1,
                  numSteps=nsteps, inputDataType=x.dtype.name, outputDataType=out_dt.name,
                  weightDataType=self.g.dtypes[tname].name, ActVal=act,
                  numInputVectors=list(x.shape[:-1]), mem_mode="internal_decoupled",
                  ram_style="auto")

    def hw_MaxPool(self, node):
        x = self.stream(node.input[0], node)
        a = node_attrs(node)
        win_p = window_2d(node, a)
        k, s = win_p.kernel, win_p.strides
        src_shape = self.src_shape(node.output[0])
        _, h, w, c = x.shape
        out = self.new_stream(node.output[0], _nhwc(src_shape), nhwc_order(src_shape), x.dtype)
        plain = not any(win_p.pads) and win_p.dilations == [1, 1]
        if k == s and plain:
            # a whole pixel per cycle by default, as FINN's 2D max pool (folding may lower PE)
            self.emit("StreamingMaxPool", [x.name], [out.name], ImgDim=[h, w], PoolDim=k,
                      NumChannels=c, PE=c, CeilMode=int(a.get("ceil_mode", 0)),
                      dataType=x.dtype.name)
            return
        # padding takes the smallest code: under the increasing chain it never wins the max
        win, oh, ow = self._conv_input(node, x, k, s, win_p.dilations, list(win_p.pads), 0,
                                       int(x.dtype.min()))
        if [oh, ow] != _nhwc(src_shape)[1:3]:
            raise FinnVivadoError(f"node {node.name} (MaxPool): ceil_mode with padding or "
                                  "dilation is not supported; use ceil_mode=0")
        self.emit("Pool", [win.name], [out.name], Channels=c, PE=1, KernelSize=k,
                  Function="MaxPool", OutImgDims=[oh, ow], inputDataType=x.dtype.name,
                  outputDataType=x.dtype.name)

    def hw_PixelShuffle(self, node):
        x = self.stream(node.input[0], node)
        block = [int(b) for b in node_attrs(node).get("blocksize", [])]
        src_shape = self.src_shape(node.output[0])
        _, h, w, cin = x.shape
        if len(x.shape) != 4 or len(block) != 2 or min(block) < 1 or cin % (block[0] * block[1]):
            raise FinnVivadoError(
                f"node {node.name} (PixelShuffle): blocksize {block} does not split the "
                f"{cin} input channels; give blocksize=[Bh, Bw] with Bh*Bw dividing them")
        c = cin // (block[0] * block[1])
        shape = _nhwc(src_shape)
        if shape != [1, h * block[0], w * block[1], c]:
            raise FinnVivadoError(
                f"node {node.name} (PixelShuffle): output shape {list(src_shape)} does not "
                f"match blocksize {block} of input {x.shape} (NHWC); re-run shape inference")
        out = self.new_stream(node.output[0], shape, nhwc_order(src_shape), x.dtype)
        self.emit("PixelShuffle", [x.name], [out.name], ImgDim=[h, w], Block=block,
                  NumChannels=c, SIMD=1, dataType=x.dtype.name, ram_style="auto")

    def _pool_sum_output(self, node):
        """The Round node closing the streamlined avg-pool -> Mul -> Round sum pattern."""
        mul = self.m.find_consumers(node.output[0])[0]
        rnd = self.m.find_consumers(mul.output[0])[0]
        self.absorbed.update({mul.name, rnd.name})
        return rnd.output[0]

    def hw_GlobalAveragePool(self, node):
        x = self.stream(node.input[0], node)
        out_src = self._pool_sum_output(node)
        _, h, w, c = x.shape
        dt = self.dtype(out_src)
        out = self.new_stream(out_src, [1, 1, 1, c], identity_order(c), dt)
        self.emit("GlobalAccPool", [x.name], [out.name], NumChannels=c, PE=1,
                  inputDataType=x.dtype.name, outputDataType=dt.name, numInputVectors=[1, h, w])

    def hw_AveragePool(self, node):
        x = self.stream(node.input[0], node)
        a = node_attrs(node)
        win_p = window_2d(node, a)
        k, s = win_p.kernel, win_p.strides
        out_src = self._pool_sum_output(node)
        shape = self.src_shape(out_src)
        win, oh, ow = self._conv_input(node, x, k, s, [1, 1], [0, 0, 0, 0], 0)
        dt = self.dtype(out_src)
        out = self.new_stream(out_src, _nhwc(shape), nhwc_order(shape), dt)
        self.emit("Pool", [win.name], [out.name], Channels=x.shape[-1], PE=1, KernelSize=k,
                  Function="SumPool", OutImgDims=[oh, ow], inputDataType=x.dtype.name,
                  outputDataType=dt.name)

    def _scaled_input(self, name: str) -> tuple[str, int]:
        """(stream tensor, integer factor) of an Add input, looking through a Mul by a
        positive integer that the streamliner put there (differently scaled inputs)."""
        prod = self.m.find_producer(name)
        if prod is None or prod.op_type != "Mul" or self.m.get_initializer(prod.input[1]) is None:
            return name, 1
        return prod.input[0], int(np.asarray(self.m.get_initializer(prod.input[1])).ravel()[0])

    def hw_Mul(self, node):
        const = self.m.get_initializer(node.input[1])
        users = self.m.find_consumers(node.output[0]) or []
        ok = const is not None and np.asarray(const).size == 1 and float(np.ravel(const)[0]) >= 1 \
            and float(np.ravel(const)[0]).is_integer() and users and \
            all(u.op_type == "Add" and u.name in self.hw_nodes for u in users)
        if not ok:
            raise FinnVivadoError(f"node {node.name} (Mul): only an integer factor of an input "
                                  "of a hardware Add maps to hardware")

    def hw_Add(self, node):
        (na, ma), (nb, mb) = (self._scaled_input(i) for i in node.input[:2])
        a = self.stream(na, node)
        b = self.stream(nb, node)
        if not np.array_equal(a.order, b.order) or a.shape != b.shape:
            raise FinnVivadoError(f"node {node.name} (Add): the two inputs stream in different layouts")
        dt = self.dtype(node.output[0])
        out = self.new_stream(node.output[0], a.shape, a.order, dt)
        self.emit("AddStreams", [a.name, b.name], [out.name], NumChannels=a.shape[-1], PE=1,
                  inputDataTypes=[a.dtype.name, b.dtype.name], outputDataType=dt.name,
                  numInputVectors=list(a.shape[:-1]), inputMultipliers=[ma, mb])

    def hw_TopK(self, node):
        x = self.stream(node.input[0], node)
        if self.m.find_consumers(node.output[0]) or node.output[0] in [o.name for o in self.m.graph.output]:
            raise FinnVivadoError(f"node {node.name} (TopK): only the indices output can be mapped")
        k = int(np.asarray(self.m.get_initializer(node.input[1])).ravel()[0])
        n = x.shape[-1]
        dt = DataType.get_smallest_possible(n - 1)
        out = self.new_stream(node.output[1], [1, k], identity_order(k), dt)
        self.int64_outputs.add(node.output[1])
        self.emit("LabelSelect", [x.name], [out.name], Labels=n, PE=1, K=k,
                  inputDataType=x.dtype.name, outputDataType=dt.name, numInputVectors=[1])

    # ---- layout ops: no hardware, only a new stream order ------------------------------
    def _relayout(self, node):
        x = self.stream(node.input[0], node, canonical=False)
        src_in, src_out = self.src_shape(node.input[0]), self.src_shape(node.output[0])
        idx = np.arange(int(np.prod(src_in[1:]))).reshape([1] + list(src_in[1:]))
        params = [np.asarray(self.m.get_initializer(i)) for i in node.input[1:] if i]
        moved = layout_apply(node.op_type, node_attrs(node), params, idx).ravel()
        inv = np.empty_like(moved)
        inv[moved] = np.arange(moved.size)
        order = inv[x.order]
        if len(src_out) == 3 and np.array_equal(order, nhwc_order(src_out)):
            shape = _nhwc(src_out)
        elif len(src_out) == 4:
            if not np.array_equal(order, nhwc_order(src_out)):
                raise FinnVivadoError(
                    f"node {node.name} ({node.op_type}): this reordering of a feature map cannot be "
                    "absorbed into the NHWC stream")
            shape = _nhwc(src_out)
        else:
            shape = [1, int(np.prod(src_out[1:]))]
        self.env[node.output[0]] = HwT(x.name, shape, order, x.dtype)

    hw_Reshape = hw_Flatten = hw_Transpose = hw_Squeeze = hw_Unsqueeze = hw_Identity = _relayout

    # ---- forks -------------------------------------------------------------------------
    def _duplicate_forks(self, name: str, t: HwT) -> HwT:
        """Hand out one DuplicateStreams output per hardware consumer of a forked stream."""
        queue = self.fork_queue.get(name)
        if queue is None:
            users = [n for n in self.m.find_consumers(name) if n.name in self.hw_nodes]
            if len(users) < 2:
                return t
            outs = [self.g.fresh("dup") for _ in users]
            for o in outs:
                self.g.set_dtype(o, t.dtype)
            self.emit("DuplicateStreams", [t.name], outs, NumChannels=t.shape[-1], PE=1,
                      NumOutputStreams=len(outs), inputDataType=t.dtype.name,
                      numInputVectors=list(t.shape[:-1]))
            queue = self.fork_queue[name] = outs
        return HwT(queue.pop(0), t.shape, t.order, t.dtype)
