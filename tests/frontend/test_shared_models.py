"""Every shared model converts; every front-end stage equals qonnx execution of the input."""

from pathlib import Path

import numpy as np
import pytest
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.flow.verify import execute_model

from reference_outputs import assert_exact

from .helpers import assert_stages_match, hw_op_types

MODELS = Path(__file__).resolve().parents[2].parent / "shared" / "models"

# model file, reference input (or None: random inputs), reference output
CASES = {
    "finn_tfc_w1a1": ("finn_tfc_w1a1/model.onnx", "finn_tfc_w1a1/input.npy", "finn_tfc_w1a1/expected_output.npy"),
    "TFC_1W1A": ("zoo/TFC_1W1A.onnx", None, None),
    "TFC_2W2A": ("zoo/TFC_2W2A.onnx", None, None),
    "unsw_nb15": ("zoo/unsw_nb15-mlp-w2a2.onnx", "zoo/unsw_nb15-mlp-w2a2_input.npy", "zoo/unsw_nb15-mlp-w2a2_output.npy"),
    "kwsmlp": ("zoo/kwsmlp_w3a3.onnx", "zoo/kwsmlp_w3a3_input.npy", None),
    "jettagging": ("zoo/qkeras_jettagging.onnx", None, None),
    "gtsrb": ("zoo/gtsrb_12x12_w2a3_c12x24x36.onnx", None, None),
    "cnv_1w1a": ("generated/cnv_1w1a.onnx", "generated/cnv_1w1a_input.npy", "generated/cnv_1w1a_expected_output_torch.npy"),
    "cnv_2w2a": ("generated/cnv_2w2a.onnx", "generated/cnv_2w2a_input.npy", "generated/cnv_2w2a_expected_output_torch.npy"),
    "tfc_2w2a": ("generated/tfc_2w2a.onnx", "generated/tfc_2w2a_input.npy", "generated/tfc_2w2a_expected_output_torch.npy"),
    "tfc_digits_w2a2": ("generated/tfc_digits_w2a2.onnx", None, None),
}


def _inputs(model: ModelWrapper, ref: str | None, n: int) -> np.ndarray:
    name = model.graph.input[0].name
    shape = model.get_tensor_shape(name)
    rng = np.random.default_rng(0)
    dt = model.get_tensor_datatype(name)
    if dt.name == "BIPOLAR":
        x = np.where(rng.random((n,) + tuple(shape[1:])) < 0.5, -1.0, 1.0)
    elif dt.is_integer():
        x = rng.integers(dt.min(), dt.max() + 1, size=(n,) + tuple(shape[1:]))
    else:
        x = rng.normal(0.5, 0.5, size=(n,) + tuple(shape[1:]))
    x = x.astype(np.float32)
    if ref:
        r = np.load(MODELS / ref).astype(np.float32).reshape((-1,) + tuple(shape[1:]))
        x = np.concatenate([r, x[: max(n - len(r), 0)]])
    return x


@pytest.mark.parametrize("case", sorted(CASES))
def test_shared_model_converts_exactly(case, tmp_path):
    path, ref_in, ref_out = CASES[case]
    model = ModelWrapper(str(MODELS / path))
    n = 3 if case.startswith("cnv") else 8
    xs = _inputs(model, ref_in, n)
    st = assert_stages_match(model, xs, tmp_path)
    ops = hw_op_types(st["dataflow_partition"])  # only hardware layers inside the partition
    assert "MVAU" in ops
    parent_ops = [n.op_type for n in st["parent"].graph.node]
    assert parent_ops.count("StreamingDataflowPartition") == 1
    if case == "jettagging":
        assert "Softmax" in parent_ops
    if ref_out:  # the published / framework reference output of the reference inputs
        ref = np.load(MODELS / ref_out)
        got = execute_model(st["dataflow_partition"], xs[: len(np.load(MODELS / ref_in))])
        assert_exact(got, ref, f"{case} dataflow partition vs {ref_out}")
