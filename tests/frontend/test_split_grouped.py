"""Channel Split and grouped convolutions: StreamingSplit + one MVAU per group +
StreamingConcat, every stage equal (np.array_equal) to qonnx execution of the input model."""

import numpy as np
import pytest
from onnx import helper

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.verify import execute_model

from .helpers import source_outputs, stages
from .qonnx_builder import QBuilder

STAGES = ("streamline", "convert_to_hw", "dataflow_partition")


def _inputs(shape, n=4, seed=1):
    rng = np.random.default_rng(seed)
    return rng.normal(0, 2.0, size=(n,) + tuple(shape[1:])).astype(np.float32)


def _equal_stages(model, xs, workdir) -> dict:
    want = source_outputs(model, xs)
    st = stages(model, workdir)
    for name in STAGES:
        got = execute_model(st[name], xs)
        assert got.shape == want.shape and np.array_equal(got, want), f"stage {name}"
    return st


def _hw(st, op_type):
    from qonnx.custom_op.registry import getCustomOp

    return [getCustomOp(n) for n in st["dataflow_partition"].graph.node if n.op_type == op_type]


def _split(b, x, sizes, axis=1):
    outs = [b.name("part") for _ in sizes]
    sizes_name = b.const(np.asarray(sizes), "sizes")
    b.inits[sizes_name] = np.asarray(sizes, dtype=np.int64)
    b.nodes.append(helper.make_node("Split", [x, sizes_name], outs, name=b.name("split"),
                                    axis=axis))
    for o, c in zip(outs, sizes):
        b.shapes[o] = [c if i == axis else d for i, d in enumerate(b.shapes[x])]
    return outs


def _concat(b, xs):
    shape = list(b.shapes[xs[0]])
    shape[1] = sum(b.shapes[x][1] for x in xs)
    return b.node("Concat", xs, shape, axis=1)


@pytest.mark.parametrize("group, stride, pad", [(2, 1, 1), (3, 2, 0)])
def test_grouped_conv_with_batchnorm(tmp_path, group, stride, pad):
    """Grouped 3x3 conv + BatchNorm (some negative scales) + Relu + quantizer: the per-channel
    weight scales and BatchNorm apply after the Concat; negative channels flip the group's
    weights."""
    b = QBuilder([1, 3, 7, 7], seed=4 + group)
    x = b.quant(b.relu(b.bn(b.conv(b.quant("inp", 8, True, 0.0625), 12, 1, 4))), 4, False,
                0.25)
    y = b.quant(b.relu(b.bn(b.conv(x, 6, 3, 4, stride=stride, pad=pad, group=group),
                            negative=0.5)), 3, False, 0.5)
    model = b.build(y)
    st = _equal_stages(model, _inputs([1, 3, 7, 7]), tmp_path)
    (split,) = _hw(st, "StreamingSplit")
    assert split.channels() == [12 // group] * group
    assert len(_hw(st, "StreamingConcat")) == 1
    widths = sorted(m.get_nodeattr("MW") for m in _hw(st, "MVAU"))
    assert widths == [3] + [12 // group * 9] * group


def test_explicit_split_of_a_per_channel_chain(tmp_path):
    """A Split with unequal parts of a BatchNorm output (per-channel chain): each part is
    quantized on its own, the parts join again."""
    b = QBuilder([1, 2, 4, 4], seed=7)
    x = b.bn(b.conv(b.quant("inp", 8, True, 0.0625), 6, 1, 4), negative=0.0)
    a, c = _split(b, x, [2, 4])
    y = _concat(b, [b.quant(b.relu(a), 3, False, 0.25), b.quant(c, 4, True, 0.25)])
    model = b.build(b.quant(b.relu(b.bn(b.conv(y, 3, 1, 4))), 3, False, 0.5))
    st = _equal_stages(model, _inputs([1, 2, 4, 4]), tmp_path)
    (split,) = _hw(st, "StreamingSplit")
    assert split.channels() == [2, 4]


def test_split_along_pixels_is_refused(tmp_path):
    b = QBuilder([1, 2, 4, 4], seed=2)
    x = b.quant("inp", 4, True, 0.25)
    a, c = _split(b, x, [2, 2], axis=2)
    model = b.build(b.add(b.quant(a, 4, True, 0.25), b.quant(c, 4, True, 0.25)))
    with pytest.raises(FinnVivadoError, match=r"\(Split\): split along axis 2 of a rank-4 "
                                              r"tensor; only the channel axis"):
        stages(model, tmp_path)
