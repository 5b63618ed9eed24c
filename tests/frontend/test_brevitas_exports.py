"""Real brevitas exports of networks unlike the shared ones (tests/data/brevitas/make_models.py):
a 3/5-bit MLP, a CNN with padding, strides, a depthwise conv, max and truncating average
pooling, and a residual block with global average pooling."""

from pathlib import Path

import numpy as np
import pytest
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.flow.verify import execute_model

from reference_outputs import assert_float32_rounding

from .helpers import assert_stages_match, hw_op_types

DATA = Path(__file__).resolve().parents[1] / "data" / "brevitas"
EXPECT = {
    "mlp_w3a5": ["MVAU"] * 3,
    "cnn_mixed": ["FMPadding", "ConvolutionInputGenerator", "VVAU", "StreamingMaxPool", "Pool"],
    "residual": ["DuplicateStreams", "AddStreams", "GlobalAccPool"],
}


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_brevitas_export(name, tmp_path):
    model = ModelWrapper(str(DATA / f"{name}.onnx"))
    ref_in = np.load(DATA / f"{name}_input.npy")
    rng = np.random.default_rng(0)
    xs = np.concatenate([ref_in, rng.normal(0, 1.5, (7,) + ref_in.shape[1:]).astype(np.float32)])
    st = assert_stages_match(model, xs, tmp_path)
    ops = hw_op_types(st["dataflow_partition"])
    for op in EXPECT[name]:
        assert op in ops
    torch_out = np.load(DATA / f"{name}_output.npy")
    got = execute_model(st["dataflow_partition"], ref_in)
    assert_float32_rounding(got, torch_out, f"{name} vs its torch output")
