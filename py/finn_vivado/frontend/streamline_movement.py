"""Streamlining rules of the data-movement ops Concat and Split (channels) and Resize (nearest
upsampling).

None of them computes: the integer tensors move as they are and the chain follows them. Each
output of a channel split gets the slice of the input's per-channel constants. A
channel concat of tensors with different chains gets one per-channel chain built from the
inputs' chains (the same ops with their per-channel constants side by side, or, for chains of
different ops, each input's affine form ``scale * x + bias``); a weight layer after it still
needs one scale for all its input channels and says so when they differ.
"""

from __future__ import annotations

import numpy as np
from onnx import TensorProto, helper

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.chain import Chain, per_channel
from finn_vivado.frontend.importer import smallest_int_type
from finn_vivado.frontend.state import Const, IntT, dtype_range, node_attrs

__all__ = ["MovementOps", "concat_chain", "split_chain", "split_sizes", "resize_factors"]

_PER_CHANNEL = ("mul", "add", "div")


def _view(shape) -> list:
    """Broadcast shape of a per-channel constant of a tensor of ``shape`` (channels on axis 1)."""
    view = [1] * len(shape)
    view[1] = int(shape[1])
    return view


def concat_chain(chains, shapes, what: str) -> Chain:
    """One chain for the channel concat of tensors with ``chains`` (per-channel constants)."""
    total = [1, sum(int(s[1]) for s in shapes)] + [1] * (len(shapes[0]) - 2)
    kinds = {tuple(kind for kind, _ in ch.ops) for ch in chains}
    if len(kinds) == 1:
        ops = []
        for i, (kind, const) in enumerate(chains[0].ops):
            if kind in _PER_CHANNEL:
                parts = [per_channel(ch.ops[i][1], s, 1, what) for ch, s in zip(chains, shapes)]
                const = np.concatenate(parts).reshape(_view(total))
            elif kind == "clip" and any(_clip_key(ch.ops[i][1]) != _clip_key(const)
                                        for ch in chains):
                raise FinnVivadoError(
                    f"{what}: its inputs are clipped to different ranges before the concat; "
                    "quantize each input with an activation quantizer in front of the Concat")
            ops.append((kind, const))
        return Chain(tuple(ops))
    if not all(ch.is_affine() for ch in chains):
        raise FinnVivadoError(
            f"{what}: its inputs carry different activations (Relu/Clip) that are not "
            "quantized; put an activation quantizer on each input of the Concat")
    forms = [ch.affine() for ch in chains]
    scale = np.concatenate([per_channel(s, sh, 1, what) for (s, _), sh in zip(forms, shapes)])
    bias = np.concatenate([per_channel(b, sh, 1, what) for (_, b), sh in zip(forms, shapes)])
    out = Chain().then("mul", scale.reshape(_view(total)))
    return out.then("add", bias.reshape(_view(total))) if np.any(bias != 0) else out


def _slice_channels(value, shape, lo: int, hi: int, what: str):
    """A scalar or a per-channel constant of a tensor of ``shape``, cut to channels lo..hi-1."""
    arr = np.asarray(value, dtype=np.float64)
    if arr.size <= 1:
        return value
    return per_channel(arr, shape, 1, what)[lo:hi]


def split_chain(chain: Chain, shape, lo: int, hi: int, what: str) -> Chain:
    """The chain of channels lo..hi-1 of a tensor of ``shape`` with ``chain``."""
    view = _view([1, hi - lo] + list(shape[2:]))
    ops = []
    for kind, const in chain.ops:
        if kind in _PER_CHANNEL:
            part = _slice_channels(const, shape, lo, hi, what)
            const = np.asarray(part).reshape(view) if np.size(part) > 1 else part
        elif kind == "clip":
            const = tuple(None if c is None else _slice_channels(c, shape, lo, hi, what)
                          for c in const)
        ops.append((kind, const))
    return Chain(tuple(ops))


def split_sizes(node, ins, shape, opset: int, what: str) -> list[int]:
    """Channels of each output of a Split along axis 1 of a tensor of ``shape``."""
    a = node_attrs(node)
    axis = a.get("axis", 0)
    if len(shape) < 2 or axis % len(shape) != 1:
        raise FinnVivadoError(
            f"{what}: split along axis {axis} of a rank-{len(shape)} tensor; only the channel "
            "axis (1) maps to hardware (StreamingSplit)")
    sizes = a.get("split") if opset < 13 else None
    if len(ins) > 1 and ins[1] is not None:
        sizes = np.asarray(ins[1].value).tolist()
    n, c = len(node.output), int(shape[1])
    if sizes is None:
        per = -(-c // n)
        sizes = [min(per, c - k * per) for k in range(n)]
    sizes = [int(v) for v in sizes]
    if sum(sizes) != c or min(sizes) < 1:
        raise FinnVivadoError(f"{what}: parts {sizes} of {c} channels; every output needs at "
                              "least one channel and the parts must add up to the channels")
    return sizes


def _clip_key(const) -> tuple:
    lo, hi = const
    return (None if lo is None else float(np.asarray(lo)),
            None if hi is None else float(np.asarray(hi)))


def _channels(value, count: int) -> np.ndarray:
    return np.broadcast_to(np.asarray(value), (count,))


def resize_factors(node, in_shape, out_shape) -> list[int]:
    """Integer upsampling factors of the spatial axes of a Resize (user error otherwise)."""
    what = f"node {node.name} (Resize)"
    mode = node_attrs(node).get("mode", "nearest")
    if mode != "nearest":
        raise FinnVivadoError(f"{what}: mode={mode} is not supported; only nearest-neighbour "
                              "upsampling by integer factors maps to hardware (Upsample)")
    if len(in_shape) not in (3, 4) or list(out_shape[:2]) != list(in_shape[:2]):
        raise FinnVivadoError(f"{what}: only the spatial axes of an [N, C, H, W] or [N, C, W] "
                              f"feature map may be resized; shape {list(in_shape)} -> "
                              f"{list(out_shape)}")
    factors = []
    for n_in, n_out in zip(in_shape[2:], out_shape[2:]):
        if n_out % n_in or n_out < n_in:
            raise FinnVivadoError(
                f"{what}: resizes {n_in} to {n_out} pixels, not by an integer factor >= 1; "
                "only integer nearest-neighbour upsampling maps to hardware")
        factors.append(n_out // n_in)
    return factors


def _replicates(node, ins, in_shape, out_shape, opset: int) -> bool:
    """True if the Resize (its own attributes and inputs, run by onnxruntime as the golden
    reference does) repeats each pixel: output[i] = input[i // factor] on each axis."""
    import onnxruntime as ort

    ramp = np.arange(int(np.prod(in_shape[2:])), dtype=np.float32).reshape(in_shape[2:])
    x = np.broadcast_to(ramp, [1, 1] + list(in_shape[2:])).astype(np.float32)
    feeds, inits = {"x": x}, []
    names = ["x"]
    for k, name in enumerate(node.input[1:], start=1):
        if not name:
            names.append("")
            continue
        value = np.asarray(ins[k].value)
        if k == 3:  # sizes: the same spatial sizes, batch and channels 1
            value = np.asarray([1, 1] + list(value[2:]), dtype=np.int64)
        inits.append(helper.make_tensor(f"p{k}", helper.np_dtype_to_tensor_dtype(value.dtype),
                                        value.shape, value.ravel().tolist()))
        names.append(f"p{k}")
    probe = helper.make_node("Resize", names, ["y"], **node_attrs(node))
    graph = helper.make_graph([probe], "probe",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, x.shape)],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    y = ort.InferenceSession(model.SerializeToString()).run(None, feeds)[0]
    want = x
    for axis, (n_in, n_out) in enumerate(zip(in_shape[2:], out_shape[2:]), start=2):
        want = np.repeat(want, n_out // n_in, axis=axis)
    return y.shape == want.shape and np.array_equal(y, want)


class MovementOps:
    """Mixin of the streamliner: ``op_Concat``, ``op_Split`` and ``op_Resize``."""

    def op_Split(self, node, ins):
        x = ins[0]
        if not isinstance(x, IntT) or any(v is not None and not isinstance(v, Const)
                                          for v in ins[1:]):
            return False
        what = self.what(node)
        sizes = split_sizes(node, ins, x.shape, self._opset(), what)
        outs = [self.g.fresh("part") for _ in sizes]
        args = [self.g.use_init(n, v.value) if isinstance(v, Const) else n
                for n, v in zip(node.input[1:], ins[1:])]
        self.g.copy(node, [x.name] + args, outs)
        start = 0
        for name, out, size in zip(node.output, outs, sizes):
            self.g.set_dtype(out, x.dtype)
            shape = self.src.get_tensor_shape(name)
            chain = split_chain(x.chain, x.shape, start, start + size, what)
            lo, hi = (_channels(v, x.shape[1])[start:start + size] if np.size(v) > 1 else v
                      for v in (x.lo, x.hi))
            self.env[name] = IntT(out, x.dtype, chain, shape, lo, hi)
            start += size

    def _opset(self) -> int:
        return next((o.version for o in self.src.model.opset_import
                     if o.domain in ("", "ai.onnx")), 13)

    def op_Concat(self, node, ins):
        if not all(isinstance(v, IntT) for v in ins):
            return False
        rank = len(ins[0].shape)
        axis = node_attrs(node).get("axis", 1)
        if rank < 2 or axis % rank != 1:
            raise FinnVivadoError(
                f"{self.what(node)}: concatenation along axis {axis} of rank-{rank} tensors; "
                "only the channel axis (1) maps to hardware (StreamingConcat)")
        shapes = [list(v.shape) for v in ins]
        chain = concat_chain([v.chain for v in ins], shapes, self.what(node))
        lo = np.concatenate([_channels(v.lo, s[1]) for v, s in zip(ins, shapes)])
        hi = np.concatenate([_channels(v.hi, s[1]) for v, s in zip(ins, shapes)])
        types = {v.dtype for v in ins}
        dt = types.pop() if len(types) == 1 else smallest_int_type(
            min(dtype_range(v.dtype)[0] for v in ins), max(dtype_range(v.dtype)[1] for v in ins))
        out = self.g.fresh("cat")
        self.g.copy(node, [v.name for v in ins], [out])
        self.g.set_dtype(out, dt)
        shape = self.src.get_tensor_shape(node.output[0])
        self.env[node.output[0]] = IntT(out, dt, chain, shape, lo, hi, *self._joined(node, ins))

    def _joined(self, node, ins) -> tuple:
        """(producer, linear) of a Concat of weight-layer outputs that nothing else reads: a
        negative scale after it is absorbed by negating those layers' output channels."""
        if not all(v.producer is not None and v.linear for v in ins):
            return None, False
        parts = [(v.producer, int(v.shape[1]), v.name) for v in ins]
        return ("Concat", parts), self.nconsumers(node.output[0]) == 1

    def op_Resize(self, node, ins):
        x = ins[0]
        if not isinstance(x, IntT) or any(v is not None and not isinstance(v, Const)
                                          for v in ins[1:]):
            return False
        shape = self.src.get_tensor_shape(node.output[0])
        resize_factors(node, x.shape, shape)
        if not _replicates(node, ins, x.shape, shape, self._opset()):
            a = node_attrs(node)
            raise FinnVivadoError(
                f"{self.what(node)}: coordinate_transformation_mode="
                f"{a.get('coordinate_transformation_mode', 'half_pixel')} with nearest_mode="
                f"{a.get('nearest_mode', 'round_prefer_floor')} does not repeat each pixel; only "
                "plain nearest upsampling (e.g. asymmetric + floor) maps to hardware")
        out = self.g.fresh("up")
        args = [self.g.use_init(n, v.value) if isinstance(v, Const) else n
                for n, v in zip(node.input[1:], ins[1:])]
        self.g.copy(node, [x.name] + args, [out])
        self.g.set_dtype(out, x.dtype)
        chain = x.chain.rebroadcast(x.shape, 1, self.what(node))
        self.env[node.output[0]] = IntT(out, x.dtype, chain, shape, x.lo, x.hi)
