"""Hardware-layer models of the shared networks, built once per test session."""

from __future__ import annotations

import copy
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODELS = SHARED / "models"
FOLDINGS = MODELS / "finn_examples"

#: Every shared model (relative to shared/models).
SHARED_MODELS = (
    "finn_tfc_w1a1/model.onnx",
    "zoo/TFC_1W1A.onnx",
    "zoo/TFC_2W2A.onnx",
    "zoo/gtsrb_12x12_w2a3_c12x24x36.onnx",
    "zoo/kwsmlp_w3a3.onnx",
    "zoo/qkeras_jettagging.onnx",
    "zoo/unsw_nb15-mlp-w2a2.onnx",
    "generated/cnv_1w1a.onnx",
    "generated/cnv_2w2a.onnx",
    "generated/tfc_2w2a.onnx",
    "generated/tfc_digits_w2a2.onnx",
)


@lru_cache(maxsize=None)
def _build(rel: str):
    from qonnx.core.modelwrapper import ModelWrapper

    from finn_vivado.frontend.importer import qonnx_to_finn, tidy_up
    from finn_vivado.frontend.partition import create_dataflow_partition
    from finn_vivado.frontend.streamline import streamline
    from finn_vivado.frontend.to_hw import convert_to_hw

    model = ModelWrapper(str(MODELS / rel))
    hw = convert_to_hw(streamline(tidy_up(qonnx_to_finn(model))))
    with tempfile.TemporaryDirectory() as tmp:
        child, _ = create_dataflow_partition(hw, Path(tmp))
    return child


def hw_model(rel: str):
    """A fresh copy of the hardware-layer (dataflow partition) model of ``rel``."""
    from qonnx.core.modelwrapper import ModelWrapper

    path = MODELS / rel
    if not path.is_file():
        pytest.fail(f"shared model {path} not found: tests read ../shared beside the checkout")
    return ModelWrapper(copy.deepcopy(_build(rel).model))
