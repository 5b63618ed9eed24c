"""Bad models: one clear line on stderr naming what is wrong, exit 2, no traceback."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from onnx import TensorProto, helper
from qonnx.util.basic import qonnx_make_model

from .qonnx_builder import QBuilder

REPO = Path(__file__).resolve().parents[2]


def _build(tmp_path, model):
    model.save(str(tmp_path / "model.onnx"))
    (tmp_path / "dataflow_build_config.json").write_text(json.dumps(
        {"output_dir": "out", "board": "Pynq-Z2", "generate_outputs": ["estimate_reports"],
         "stop_step": "step_create_dataflow_partition"}))
    env = {**os.environ, "PYTHONPATH": str(REPO / "py")}
    return subprocess.run([sys.executable, "-m", "finn_vivado.app.cli", "build", str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300)


def _one_line_error(result, *fragments):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for f in fragments:
        assert f in lines[0], lines[0]


def test_float_model_without_quantizers(tmp_path):
    w = helper.make_tensor("w", TensorProto.FLOAT, [8, 4], np.ones(32, dtype=np.float32))
    g = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "float",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 8])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])], [w])
    from qonnx.core.modelwrapper import ModelWrapper

    _one_line_error(_build(tmp_path, ModelWrapper(qonnx_make_model(g))), "no quantizers")


def test_unquantized_weights(tmp_path):
    b = QBuilder([1, 8], seed=1)
    x = b.quant("inp", 4, True, 0.25)
    w = b.const(np.random.default_rng(0).normal(size=(8, 4)))
    b.shapes[w] = [8, 4]
    model = b.build(b.node("MatMul", [x, w], [1, 4]))
    _one_line_error(_build(tmp_path, model), "MatMul", "not quantized")


def test_unsupported_op_in_the_middle(tmp_path):
    b = QBuilder([1, 8], seed=2)
    x = b.quant("inp", 4, True, 0.25)
    x = b.op("Sigmoid", b.matmul(x, 8, 4))
    x = b.quant(x, 4, True, 0.25)
    model = b.build(b.matmul(x, 4, 4))
    r = _build(tmp_path, model)
    _one_line_error(r, "Sigmoid", "Supported ops", "MatMul")
    assert not (tmp_path / "out" / "intermediate_models" / "step_streamline.onnx").exists()
