"""tfc_digits_w2a2 on all 360 sklearn-digits test images: hardware-layer graph == ONNX model."""

from pathlib import Path

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.flow.verify import execute_model

from .helpers import source_outputs, stages

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def test_digits_hw_graph_predicts_like_the_onnx_model(tmp_path):
    model = ModelWrapper(str(SHARED / "models/generated/tfc_digits_w2a2.onnx"))
    x = np.load(SHARED / "datasets/sklearn_digits/digits_test_x_float32_Nx1x8x8.npy")
    y = np.load(SHARED / "datasets/sklearn_digits/digits_test_y.npy")
    assert len(x) == 360
    onnx_pred = np.argmax(source_outputs(model, x).reshape(len(x), -1), axis=1)
    st = stages(model, tmp_path)
    hw_pred = np.argmax(execute_model(st["dataflow_partition"], x).reshape(len(x), -1), axis=1)
    assert np.array_equal(hw_pred, onnx_pred)
    assert round(float(np.mean(hw_pred == y)), 3) == 0.961
