"""Residual adds of two tensors with different scales: an exact integer add with factors."""

from pathlib import Path

import numpy as np
import pytest
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.streamline_ops import MAX_ADD_MULTIPLIER, _scale_ratio

from .helpers import assert_stages_match

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_unshared_shortcut_quantizers_map_exactly(tmp_path):
    model = ModelWrapper(str(CORPUS / "resnet8_unshared.onnx"))
    xs = np.load(CORPUS / "resnet8_unshared_input.npy")
    st = assert_stages_match(model, xs, tmp_path)
    adds = [getCustomOp(n) for n in st["dataflow_partition"].graph.node
            if n.op_type == "AddStreams"]
    assert adds and any(a.multipliers() != (1, 1) for a in adds)


@pytest.mark.parametrize("sa, sb, want", [
    (0.0625, 0.03125, (2, 1, 0.03125)),
    (0.25, 0.25, (1, 1, 0.25)),
    (3 * 2.0 ** -6, 2.0 ** -4, (3, 4, 2.0 ** -6)),
])
def test_scale_ratio_is_exact(sa, sb, want):
    ma, mb, unit = _scale_ratio(sa, sb, "node a (Add)")
    assert (ma, mb, unit) == want
    assert ma * unit == sa and mb * unit == sb


@pytest.mark.parametrize("sa, sb", [(0.1, np.float32(0.3)), (-0.5, 0.25)])
def test_scale_ratio_refuses_wide_or_negative(sa, sb):
    with pytest.raises(FinnVivadoError, match=r"node a \(Add\): add of tensors with scales .* "
                                              r"shared quantizer"):
        _scale_ratio(sa, sb, "node a (Add)")
    assert MAX_ADD_MULTIPLIER >= 2 ** 8
