"""Shared set-up of the stitched-RTL tests and benchmarks: models, inputs, folding."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from finn_vivado.backends.sim import have_tool

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODELS = SHARED / "models"
FOLDINGS = MODELS / "finn_examples"

requires_verilator = pytest.mark.skipif(not have_tool("verilator"),
                                        reason="verilator is installed by `make test`")

# name: (model, reference input or None, reference output or None, folding or target fps)
CASES = {
    "finn_tfc_w1a1": ("finn_tfc_w1a1/model.onnx", "finn_tfc_w1a1/input.npy",
                      "finn_tfc_w1a1/expected_output.npy", "finn_tfc_w1a1/folding_config.json"),
    "TFC_1W1A": ("zoo/TFC_1W1A.onnx", "zoo/tfc_mnist_input.npy", None,
                 "finn_examples/bnn_pynq_folding/tfc-w1a1_folding_config.json"),
    "TFC_2W2A": ("zoo/TFC_2W2A.onnx", "zoo/tfc_mnist_input.npy", None, 200_000),
    "unsw_nb15": ("zoo/unsw_nb15-mlp-w2a2.onnx", "zoo/unsw_nb15-mlp-w2a2_input.npy",
                  "zoo/unsw_nb15-mlp-w2a2_output.npy", 1_000_000),
    "kwsmlp": ("zoo/kwsmlp_w3a3.onnx", "zoo/kwsmlp_w3a3_input.npy", None, 200_000),
    "jettagging": ("zoo/qkeras_jettagging.onnx", None, None, 1_000_000),
    "gtsrb": ("zoo/gtsrb_12x12_w2a3_c12x24x36.onnx", None, None, 20_000),
    "cnv_1w1a": ("generated/cnv_1w1a.onnx", "generated/cnv_1w1a_input.npy",
                 "generated/cnv_1w1a_expected_output_torch.npy",
                 "finn_examples/bnn_pynq_folding/cnv-w1a1_folding_config.json"),
    "cnv_2w2a": ("generated/cnv_2w2a.onnx", "generated/cnv_2w2a_input.npy",
                 "generated/cnv_2w2a_expected_output_torch.npy", 2_000),
    "tfc_2w2a": ("generated/tfc_2w2a.onnx", "generated/tfc_2w2a_input.npy",
                 "generated/tfc_2w2a_expected_output_torch.npy", 1_000_000),
    "tfc_digits_w2a2": ("generated/tfc_digits_w2a2.onnx", None, None, 1_000_000),
}


def model_inputs(model_path: Path, ref: str | None, n: int) -> np.ndarray:
    """``n`` inputs: the reference input first, then random values of the input type."""
    from qonnx.core.modelwrapper import ModelWrapper

    model = ModelWrapper(str(model_path))
    name = model.graph.input[0].name
    shape = tuple(model.get_tensor_shape(name))
    rng = np.random.default_rng(0)
    dt = model.get_tensor_datatype(name)
    if dt.name == "BIPOLAR":
        x = np.where(rng.random((n,) + shape[1:]) < 0.5, -1.0, 1.0)
    elif dt.is_integer():
        x = rng.integers(dt.min(), dt.max() + 1, size=(n,) + shape[1:])
    else:
        x = rng.normal(0.5, 0.5, size=(n,) + shape[1:])
    x = x.astype(np.float32)
    if ref:
        r = np.load(MODELS / ref).astype(np.float32).reshape((-1,) + shape[1:])
        x = np.concatenate([r, x[: max(n - len(r), 0)]])[: max(n, len(r))]
    return x


def case_config(case: str, out: Path, **overrides) -> tuple[Path, dict]:
    """(model path, build config dict) of a shared model for a stitched build."""
    rel, ref_in, _, folding = CASES[case]
    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0,
           "fpga_part": "xc7z020clg400-1", "save_intermediate_models": True,
           "generate_outputs": ["estimate_reports", "stitched_ip"],
           "stop_step": "step_create_stitched_ip"}
    if isinstance(folding, str):
        cfg["folding_config_file"] = str(MODELS / folding)
    else:
        cfg["target_fps"] = folding
    cfg.update(overrides)
    return MODELS / rel, cfg


def build_tfc_verified(out: Path, **extra) -> Path:
    """finn_tfc_w1a1 with its folding, built into ``out`` with node-by-node and stitched
    rtlsim verification on its reference input/output; ``extra`` config fields added."""
    import finn_vivado

    tfc = MODELS / "finn_tfc_w1a1"
    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "folding_config_file": str(tfc / "folding_config.json"),
           "verify_input_npy": str(tfc / "input.npy"),
           "verify_expected_output_npy": str(tfc / "expected_output.npy"),
           "verify_steps": ["node_by_node_rtlsim", "stitched_ip_rtlsim"], **extra}
    finn_vivado.build(str(tfc / "model.onnx"), cfg)
    return out
