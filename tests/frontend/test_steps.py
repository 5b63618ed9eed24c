"""The front-end steps through the build runner: outputs, verification files, options."""

import json
from pathlib import Path

import numpy as np

from finn_vivado.build import build
from finn_vivado.config import BuildConfig
from qonnx.core.modelwrapper import ModelWrapper

from reference_outputs import assert_exact, produced_output, source_outputs

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
FRONT = ["step_qonnx_to_finn", "step_tidy_up", "step_streamline", "step_convert_to_hw",
         "step_create_dataflow_partition", "step_specialize_layers"]


def test_input_div255_maps_the_input_quantizer_to_hardware(tmp_path):
    rng = np.random.default_rng(0)
    np.save(tmp_path / "input.npy", rng.integers(0, 256, (5, 1, 28, 28)).astype(np.float32))
    cfg = BuildConfig(output_dir=str(tmp_path / "out"), steps=FRONT, input_div255=True,
                      verify_steps=["initial_python", "streamlined_python"],
                      verify_input_npy=str(tmp_path / "input.npy"))
    assert build(str(SHARED / "models/generated/tfc_2w2a.onnx"), cfg) == 0
    out = tmp_path / "out"
    # the golden: qonnx execution of the input model on the inputs divided by 255
    x = np.load(tmp_path / "input.npy")
    want = source_outputs(SHARED / "models/generated/tfc_2w2a.onnx", x / np.float32(255))
    for step in ("initial_python", "streamlined_python"):
        assert_exact(produced_output(out, step), want, step)
        assert (out / "verification_output" / f"{step}_SUCCESS.npy").is_file()
    child = ModelWrapper(str(out / "intermediate_models" / "step_specialize_layers.onnx"))
    assert child.graph.node[0].op_type == "Thresholding"
    assert child.get_tensor_datatype(child.graph.input[0].name).name == "UINT8"
    parent = ModelWrapper(str(out / "intermediate_models" / "dataflow_parent.onnx"))
    parent_ops = [n.op_type for n in parent.graph.node]
    assert "Quant" not in parent_ops and "StreamingDataflowPartition" in parent_ops


def test_failed_verification_is_reported(tmp_path):
    x = np.random.default_rng(1).normal(0.5, 0.3, (3, 1, 8, 8)).astype(np.float32)
    np.save(tmp_path / "input.npy", x)
    np.save(tmp_path / "expected_output.npy", np.zeros((3, 1, 10), dtype=np.float32))
    cfg = BuildConfig(output_dir=str(tmp_path / "out"), steps=FRONT[:3],
                      verify_steps=["streamlined_python"], verify_input_npy=str(tmp_path / "input.npy"),
                      verify_expected_output_npy=str(tmp_path / "expected_output.npy"))
    assert build(str(SHARED / "models/generated/tfc_digits_w2a2.onnx"), cfg) == 0
    assert (tmp_path / "out" / "verification_output" / "streamlined_python_FAIL.npy").is_file()


def test_specialize_layers_template_lists_every_layer(tmp_path):
    cfg = BuildConfig(output_dir=str(tmp_path / "out"), steps=FRONT)
    assert build(str(SHARED / "models/finn_tfc_w1a1/model.onnx"), cfg) == 0
    tmpl = json.loads((tmp_path / "out" / "template_specialize_layers_config.json").read_text())
    assert list(tmpl)[1:] == ["Thresholding_0", "MVAU_0", "MVAU_1", "MVAU_2", "MVAU_3",
                              "LabelSelect_0"]


def test_intquant_is_read_as_quant(tmp_path):
    """qonnx's IntQuant (its newer name of Quant) builds like Quant: the integer and
    folded models reproduce qonnx's own execution of the IntQuant model exactly."""
    import onnx

    example = Path(__file__).resolve().parents[2] / "examples" / "tfc_digits"
    model = onnx.load(str(example / "model.onnx"))
    renamed = 0
    for node in model.graph.node:
        if node.op_type == "Quant":
            node.op_type, renamed = "IntQuant", renamed + 1
    assert renamed > 0
    path = tmp_path / "intquant.onnx"
    onnx.save(model, str(path))
    x = np.load(example / "input.npy")[:8]
    np.save(tmp_path / "input.npy", x)
    want = source_outputs(path, x)
    cfg = BuildConfig(output_dir=str(tmp_path / "out"), board="Pynq-Z2", target_fps=100000,
                      steps=FRONT + ["step_target_fps_parallelization",
                                     "step_apply_folding_config"],
                      verify_steps=["streamlined_python", "folded_hls_cppsim"],
                      verify_input_npy=str(tmp_path / "input.npy"))
    assert build(str(path), cfg) == 0
    for step in ("streamlined_python", "folded_hls_cppsim"):
        assert_exact(produced_output(tmp_path / "out", step), want, step)


def test_layers_left_in_software_are_warned_of(tmp_path, capsys):
    """A second graph output taken from inside the network ends the hardware part there;
    the build says which compute layers stay in software (the example alone: none)."""
    import onnx
    from onnx import TensorProto, helper

    example = Path(__file__).resolve().parents[2] / "examples" / "tfc_digits"
    model = onnx.load(str(example / "model.onnx"))
    inner = [n for n in model.graph.node if n.op_type == "MatMul"][1].output[0]
    model.graph.output.append(helper.make_tensor_value_info(inner, TensorProto.FLOAT, None))
    path = tmp_path / "two_outputs.onnx"
    onnx.save(model, str(path))
    for source, out in ((example / "model.onnx", "one"), (path, "two")):
        cfg = BuildConfig(output_dir=str(tmp_path / out), steps=FRONT)
        assert build(str(source), cfg) == 0
    console = capsys.readouterr().out
    one = (tmp_path / "one" / "build_dataflow.log").read_text()
    two = (tmp_path / "two" / "build_dataflow.log").read_text()
    assert "stay in software" not in one
    parent = ModelWrapper(str(tmp_path / "two" / "intermediate_models" / "dataflow_parent.onnx"))
    left = [n.name for n in parent.graph.node if n.op_type in ("MatMul", "MultiThreshold")]
    assert left and f"{len(left)} compute layer(s) stay in software" in two
    assert all(name in two for name in left[:6]) and "stay in software" in console
