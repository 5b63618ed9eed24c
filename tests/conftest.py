"""Shared fixtures; makes ``py/`` importable when finn_vivado is not installed."""

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("finn_vivado") is None:
    sys.path.insert(0, str(REPO / "py"))

import pytest  # noqa: E402


def pytest_configure(config):
    config.addinivalue_line("markers", "vivado: needs vivado on PATH (skipped without it)")


def make_tiny_model():
    """A two-node ONNX model: y = relu(x @ W), x: [1, 4], W: [4, 2]."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    weights = numpy_helper.from_array(np.arange(8, dtype=np.float32).reshape(4, 2) - 3, "W")
    graph = helper.make_graph(
        [
            helper.make_node("MatMul", ["x", "W"], ["mm"], name="MatMul_0"),
            helper.make_node("Relu", ["mm"], ["y"], name="Relu_0"),
        ],
        "tiny",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])],
        initializer=[weights],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


@pytest.fixture
def tiny_model_path(tmp_path):
    """Path of the tiny model saved as tmp_path/model.onnx."""
    import onnx

    path = tmp_path / "model.onnx"
    onnx.save(make_tiny_model(), str(path))
    return path
