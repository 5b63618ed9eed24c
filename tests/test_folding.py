"""Folding configs (FINN's format), automatic folding for a target frame rate, bit widths."""

import json
import math
import warnings

import numpy as np
import pytest
from qonnx.core.onnx_exec import execute_onnx
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.flow.steps.folding import step_target_fps_parallelization, target_part
from finn_vivado.transforms.autofold import auto_fold
from finn_vivado.transforms.bitwidth import minimize_bit_width
from finn_vivado.config import BuildConfig
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.estimate import layer_resources
from finn_vivado.transforms.folding import (
    FoldingConfigWarning,
    apply_folding_config,
    canonical_node_name,
    extract_hw_config,
    read_folding_config,
)
from hw_models import FOLDINGS, MODELS, SHARED_MODELS, hw_model

CNV = "generated/cnv_1w1a.onnx"
TFC = "finn_tfc_w1a1/model.onnx"
Z020 = "xc7z020clg400-1"


def mvau_cycles(model):
    return [getCustomOp(n).get_exp_cycles() for n in model.graph.node if n.op_type == "MVAU"]


def cfg_for(tmp_path, fps, **kw):
    return BuildConfig(target_fps=fps, synth_clk_period_ns=kw.pop("clk", 10.0),
                       fpga_part=kw.pop("part", Z020), output_dir=str(tmp_path), **kw)


def fold(model, cfg):
    """auto_fold with the target, clock, part and weight-width limit of ``cfg``."""
    return auto_fold(model, target_part(cfg), cfg.target_fps, cfg.synth_clk_period_ns,
                     cfg.mvau_wwidth_max, two_pass=cfg.folding_two_pass_relaxation)


# ------------------------------------------------------------------ folding config files
def test_cnv_finn_examples_folding_gives_finn_cycles():
    model = hw_model(CNV)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        apply_folding_config(model, FOLDINGS / "bnn_pynq_folding" / "cnv-w1a1_folding_config.json")
    ignored = [str(w.message) for w in caught if w.category is FoldingConfigWarning]
    assert len(ignored) == 1  # this network has no input thresholds and no top-k
    assert "no node named 'Thresholding_rtl_0', 'LabelSelect_hls_0' in the model" in ignored[0]
    assert mvau_cycles(model) == [32400, 28224, 20736, 28800, 20736, 18432, 32768, 32768, 1024]
    swg = getCustomOp(model.get_nodes_by_op_type("ConvolutionInputGenerator")[1])
    assert swg.get_nodeattr("SIMD") == 32 and swg.get_nodeattr("ram_style") == "distributed"
    assert getCustomOp(model.graph.node[1]).get_nodeattr("resType") == "lut"


def test_seed_tutorial_folding_cycles():
    """The tutorial's custom config (DESIGN.md §10): MVAU_0 57,600, MVAU_1 50,176 cycles."""
    model = hw_model(CNV)
    apply_folding_config(model, {
        "Defaults": {},
        "ConvolutionInputGenerator_rtl_0": {"SIMD": 1, "parallel_window": 0,
                                            "ram_style": "distributed"},
        "MVAU_hls_0": {"PE": 1, "SIMD": 27, "ram_style": "auto", "resType": "auto",
                       "mem_mode": "internal_decoupled", "runtime_writeable_weights": 0},
        "MVAU_hls_1": {"PE": 8, "SIMD": 72, "ram_style": "auto", "resType": "auto"},
        "StreamingMaxPool_hls_0": {"PE": 1}})
    assert mvau_cycles(model)[:2] == [57600, 50176]


@pytest.mark.parametrize("config", [MODELS / "finn_tfc_w1a1" / "folding_config.json",
                                    FOLDINGS / "bnn_pynq_folding" / "tfc-w1a1_folding_config.json"])
def test_tfc_example_folding_gives_64_cycles(config):
    model = hw_model(TFC)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        apply_folding_config(model, config)
    assert mvau_cycles(model)[:3] == [64, 64, 64]
    assert getCustomOp(model.graph.node[0]).get_nodeattr("PE") == 49  # Thresholding_0


def test_misspelt_node_warns_with_suggestion_and_is_ignored():
    model = hw_model(TFC)
    with pytest.warns(FoldingConfigWarning, match=r"'MVA_3'.*did you mean MVAU_3\?"):
        apply_folding_config(model, MODELS / "finn_tfc_w1a1" / "folding_config.json")
    assert mvau_cycles(model)[3] == 640  # MVAU_3 keeps PE=SIMD=1


def test_illegal_simd_names_node_and_legal_values():
    model = hw_model(CNV)
    with pytest.raises(FinnVivadoError) as err:
        apply_folding_config(model, {"Defaults": {}, "MVAU_hls_0": {"SIMD": 7}})
    msg = str(err.value)
    assert "MVAU_0" in msg and "MVAU_hls_0" in msg and "SIMD=7" in msg
    assert "MW=27" in msg and "legal values: [1, 3, 9, 27]" in msg


@pytest.mark.parametrize("entry,words", [
    ({"PE": 3}, ["PE=3", "MH=64", "[1, 2, 4, 8, 16, 32, 64]"]),
    ({"ram_style": "bram"}, ["ram_style='bram'", "'block'", "'distributed'"]),
    ({"resType": "fabric"}, ["resType='fabric'", "'dsp'", "'lut'"]),
    ({"PE": "16"}, ["PE='16'", "expected a positive integer"]),
])
def test_illegal_values_fail(entry, words):
    model = hw_model(CNV)
    with pytest.raises(FinnVivadoError) as err:
        apply_folding_config(model, {"MVAU_1": entry})
    for word in words:
        assert word in str(err.value)
    assert "MVAU_1" in str(err.value)


def test_parallel_window_needs_full_simd():
    model = hw_model(CNV)
    with pytest.raises(FinnVivadoError, match=r"ConvolutionInputGenerator_1.*legal values: \[64\]"):
        apply_folding_config(model, {"ConvolutionInputGenerator_rtl_1": {
            "SIMD": 8, "parallel_window": 1}})


@pytest.mark.parametrize("key", ["MVAU_2", "MVAU_hls_2", "MVAU_rtl_2", "MatrixVectorActivation_2"])
def test_node_names_with_and_without_suffix(key):
    model = hw_model(CNV)
    apply_folding_config(model, {key: {"PE": 8, "SIMD": 16}})
    inst = getCustomOp(model.get_nodes_by_op_type("MVAU")[2])
    assert (inst.get_nodeattr("PE"), inst.get_nodeattr("SIMD")) == (8, 16)


def test_canonical_names():
    assert canonical_node_name("ConvolutionInputGenerator_rtl_5") == "ConvolutionInputGenerator_5"
    assert canonical_node_name("Thresholding_Batch_0") == "Thresholding_0"
    assert canonical_node_name("StreamingMaxPool_hls_1") == "StreamingMaxPool_1"
    assert canonical_node_name("MVAU_0") == "MVAU_0"


def test_duplicate_entries_for_one_node_fail():
    model = hw_model(CNV)
    with pytest.raises(FinnVivadoError, match="'MVAU_0' and 'MVAU_hls_0' both configure"):
        apply_folding_config(model, {"MVAU_0": {"PE": 2}, "MVAU_hls_0": {"PE": 4}})


def test_defaults_plain_and_finn_forms():
    model = hw_model(CNV)
    config = {"Defaults": {"ram_style": ["block", ["MVAU_hls"], "distributed",
                                         ["ConvolutionInputGenerator_rtl"]],
                           "resType": ["lut", "all"], "mem_mode": "internal_embedded"},
              "MVAU_3": {"ram_style": "distributed"}}
    apply_folding_config(model, config)
    styles = {n.name: getCustomOp(n).get_nodeattr("ram_style") for n in model.graph.node
              if n.op_type in ("MVAU", "ConvolutionInputGenerator")}
    assert styles["MVAU_0"] == "block" and styles["MVAU_3"] == "distributed"
    assert styles["ConvolutionInputGenerator_0"] == "distributed"
    mvau = getCustomOp(model.get_nodes_by_op_type("MVAU")[0])
    assert mvau.get_nodeattr("mem_mode") == "internal_embedded"
    assert mvau.get_nodeattr("resType") == "lut"


def test_fifo_entries_wait_for_the_fifos():
    model = hw_model(TFC)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        apply_folding_config(model, {"StreamingFIFO_rtl_0": {"depth": 64},
                                     "StreamingDataWidthConverter_rtl_1": {}})


def test_unknown_attribute_warns_and_finn_only_attributes_are_silent():
    model = hw_model(CNV)
    with pytest.warns(FoldingConfigWarning, match="'MW' is not a folding attribute"):
        apply_folding_config(model, {"MVAU_0": {"MW": 9, "impl_style": "hls"}})
    assert getCustomOp(model.get_nodes_by_op_type("MVAU")[0]).get_nodeattr("MW") == 27


def test_bad_json_and_missing_file(tmp_path):
    bad = tmp_path / "f.json"
    bad.write_text('{"MVAU_0": {"PE": 2,}}')
    with pytest.raises(FinnVivadoError, match=r"f.json:1:.*invalid JSON"):
        apply_folding_config(hw_model(TFC), bad)
    with pytest.raises(FinnVivadoError, match="not found"):
        apply_folding_config(hw_model(TFC), tmp_path / "missing.json")


def test_extracted_config_round_trips():
    model = hw_model(CNV)
    apply_folding_config(model, {"MVAU_1": {"PE": 16, "SIMD": 32, "ram_style": "block"}})
    config = extract_hw_config(model)
    assert config["Defaults"] == {} and config["MVAU_1"]["PE"] == 16
    assert "inFIFODepths" in config["MVAU_1"] and "MW" not in config["MVAU_1"]
    fresh = hw_model(CNV)
    apply_folding_config(fresh, json.loads(json.dumps(config)))
    assert extract_hw_config(fresh) == config


@pytest.mark.parametrize("entry,words", [
    ({"StreamingFIFO_0": {"depth": 10 ** 12}}, ["node StreamingFIFO_0", "depth=1000000000000",
                                                "16,777,216"]),
    ({"StreamingFIFO_0": {"depth": 1}}, ["depth=1", "from 2 to"]),
    ({"StreamingFIFO_0": {"depth": True}}, ["depth=True"]),
    ({"MVAU_0": {"PE": 0}}, ["node MVAU_0", "PE=0"]),
    ({"MVAU_0": {"PE": -4}}, ["PE=-4"]),
    ({"MVAU_0": {"PE": 1.5}}, ["PE=1.5"]),
    ({"MVAU_0": {"PE": False}}, ["PE=False"]),
    ({"MVAU_0": {"SIMD": 2 ** 31}}, ["SIMD=2147483648", "2,147,483,647"]),
    ({"MVAU_0": {"SIMD": float("inf")}}, ["Infinity at MVAU_0.SIMD"]),
    ({"MVAU_0": {"inFIFODepths": [2, 0]}}, ["inFIFODepths=[2, 0]"]),
    ({"MVAU_0": {"outFIFODepths": [2] * 65}}, ["outFIFODepths="]),
    ({"MVAU_0": {"outFIFODepths": [[2]]}}, ["outFIFODepths=[[2]]"]),
    ({"MVAU_0": {"ram_style_thresholds": "BLOCK"}}, ["ram_style_thresholds='BLOCK'"]),
    ({"MVAU_0": {"runtime_writeable_weights": 2}}, ["runtime_writeable_weights=2", "0 or 1"]),
    ({"MVAU_0": {"preferred_impl_style": "vhdl"}}, ["preferred_impl_style='vhdl'"]),
    ({"ConvolutionInputGenerator_0": {"parallel_window": 3}}, ["parallel_window=3"]),
    ({"Defaults": {"SIMD": [4, ["MVAU"], -1, "all"]}}, ["node Defaults", "SIMD=-1"]),
    ({"MVAU_0": None}, ["entry 'MVAU_0' must be an object"]),
])
def test_read_folding_config_checks_values(tmp_path, entry, words):
    path = tmp_path / "fold.json"
    path.write_text(json.dumps(entry))
    with pytest.raises(FinnVivadoError) as err:
        read_folding_config(path)
    message = str(err.value)
    assert message.startswith(f"folding config {path}")
    for word in words:
        assert word in message


def test_read_folding_config_normalises_and_keeps_unknowns():
    config = read_folding_config({"MVAU_0": {"PE": 4.0, "inFIFODepths": 8, "foo": "bar"},
                                  "Defaults": {"SIMD": [2.0, "all"]}, "Other_1": {}})
    assert config["MVAU_0"] == {"PE": 4, "inFIFODepths": [8], "foo": "bar"}
    assert type(config["MVAU_0"]["PE"]) is int and config["Defaults"]["SIMD"] == [2, "all"]
    assert read_folding_config({"Defaults": None}) == {"Defaults": {}}


@pytest.mark.parametrize("text,words", [
    ("[1, 2]", ["expected a JSON object", "got a list"]),
    ('"MVAU_0"', ["expected a JSON object", "got str"]),
    ('{"MVAU_0": {"PE": NaN}}', ["fold.json:1:19:", "NaN at MVAU_0.PE"]),
    ('{"MVAU_0": {"SIMD": -Infinity}}', ["-Infinity at MVAU_0.SIMD"]),
    ("\ufeff{}", ["invalid JSON"]),
])
def test_read_folding_config_refuses_bad_json(tmp_path, text, words):
    path = tmp_path / "fold.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FinnVivadoError) as err:
        read_folding_config(path)
    for word in words:
        assert word in str(err.value)


def test_folding_file_that_is_not_a_regular_file(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.json")
    with pytest.raises(FinnVivadoError, match="not a regular file"):
        read_folding_config(tmp_path / "pipe.json")
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe{")
    with pytest.raises(FinnVivadoError, match="not UTF-8"):
        read_folding_config(tmp_path / "bin.json")


def test_fifo_depth_lists_must_match_the_streams():
    model = hw_model(TFC)
    with pytest.raises(FinnVivadoError, match=r"MVAU_0 \(MVAU\): inFIFODepths=\[2, 2\] has 2 "
                                              "depths, the node has 1 input stream"):
        apply_folding_config(model, {"MVAU_0": {"inFIFODepths": [2, 2]}})
    apply_folding_config(model, {"MVAU_0": {"inFIFODepths": [64], "outFIFODepths": 32}})
    inst = getCustomOp(model.get_nodes_by_op_type("MVAU")[0])
    assert inst.get_nodeattr("inFIFODepths") == [64] and inst.get_nodeattr("outFIFODepths") == [32]


def test_write_hw_config_is_atomic(tmp_path, monkeypatch):
    from finn_vivado.core import fsio
    from finn_vivado.transforms.folding import write_hw_config

    calls = []
    real = fsio.atomic_open
    monkeypatch.setattr(fsio, "atomic_open", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    path = tmp_path / "sub" / "final_hw_config.json"
    config = write_hw_config(hw_model(TFC), path)
    assert calls == [path] and json.loads(path.read_text()) == config
    assert [p.name for p in path.parent.iterdir()] == ["final_hw_config.json"]


# --------------------------------------------------------------------------- auto-folding
def test_cnv_10k_fps_wide_weights_meets_target_and_fits(tmp_path):
    model = hw_model(CNV)
    result = fold(model, cfg_for(tmp_path, 10000, mvau_wwidth_max=80))
    total = layer_resources(model)["total"]
    assert result.meets_target and result.estimated_fps >= 10000 and result.messages() == []
    assert max(mvau_cycles(model)) <= 10000
    assert total["LUT"] <= 53200 and total["BRAM_18K"] <= 280
    assert total == pytest.approx(result.totals)
    for node in model.graph.node:
        inst = getCustomOp(node)
        inst.validate(model)
        if node.op_type == "MVAU":
            assert inst.get_nodeattr("SIMD") * inst.get_input_datatype(1).bitwidth() <= 80


def test_cnv_default_wwidth_reports_binding_layer(tmp_path):
    model = hw_model(CNV)
    result = fold(model, cfg_for(tmp_path, 10000))
    assert not result.meets_target and result.fits
    assert result.max_cycles_node_name == "MVAU_1" and result.max_cycles == 12544
    msg = result.messages()[0]
    assert msg.startswith("MVAU_1 cannot go below 12,544 cycles with mvau_wwidth_max=36")
    assert "48 would allow 9,408" in msg


def test_step_writes_config_and_report(tmp_path, caplog):
    model = hw_model(CNV)
    with caplog.at_level("WARNING", logger="finn_vivado.transforms.folding"):
        step_target_fps_parallelization(model, cfg_for(tmp_path, 10000))
    assert "MVAU_1 cannot go below 12,544 cycles" in caplog.text
    config = json.loads((tmp_path / "auto_folding_config.json").read_text())
    assert config["Defaults"] == {} and config["MVAU_1"]["SIMD"] == 36
    report = json.loads((tmp_path / "report" / "auto_folding.json").read_text())
    assert report["meets_target"] is False and report["messages"]
    # the written config reproduces the folding
    fresh = hw_model(CNV)
    apply_folding_config(fresh, tmp_path / "auto_folding_config.json")
    assert mvau_cycles(fresh) == mvau_cycles(model)


def test_without_two_pass_relaxation_other_layers_keep_the_target(tmp_path):
    model = hw_model(CNV)
    fold(model, cfg_for(tmp_path, 10000, folding_two_pass_relaxation=False))
    cycles = dict(zip([n.name for n in model.get_nodes_by_op_type("MVAU")], mvau_cycles(model)))
    assert cycles["MVAU_1"] == 12544
    assert all(c <= 10000 for name, c in cycles.items() if name != "MVAU_1")


def test_resource_limited_target_is_reported_and_fits(tmp_path):
    model = hw_model(CNV)
    result = fold(model, cfg_for(tmp_path, 100000, mvau_wwidth_max=100000))
    assert result.fits and not result.meets_target and result.resource_limited
    assert "fastest folding that fits" in result.messages()[0]
    total = layer_resources(model)["total"]
    assert total["LUT"] <= 53200 and total["BRAM_18K"] <= 280


def test_fully_parallel_limit_names_layer(tmp_path):
    model = hw_model(CNV)
    result = fold(model, cfg_for(tmp_path, 1e6, part="xcu280-fsvh2892-2L-e",
                                 mvau_wwidth_max=100000))
    swg = getCustomOp(model.graph.node[0])
    with swg.trial(SIMD=3, parallel_window=1):
        fastest = swg.get_exp_cycles()  # one pixel per cycle
    first = result.messages()[0]
    assert first.startswith(f"ConvolutionInputGenerator_0 cannot go below {fastest:,} cycles")
    assert "fully parallel (SIMD=3, parallel_window=1)" in first
    assert any(m.startswith("MVAU_0 cannot go below 900 cycles") and "SIMD=MW=27, PE=MH=64" in m
               for m in result.binding)
    assert result.fits and result.max_cycles == fastest


def test_tfc_reaches_one_cycle_per_frame(tmp_path):
    model = hw_model("zoo/TFC_2W2A.onnx")
    result = fold(model, cfg_for(tmp_path, 1e9, part="xcu280-fsvh2892-2L-e",
                                 mvau_wwidth_max=100000))
    assert result.max_cycles == 1 and result.fits  # PE=MH, SIMD=MW everywhere


def test_custom_board_resources_bound_the_folding(tmp_path):
    from finn_vivado.core.boards import get_board

    board = get_board("Pynq-Z2").as_dict()
    board.update(name="Tiny", resources={"LUT": 14000, "FF": 24000, "BRAM_18K": 60,
                                         "URAM": 0, "DSP": 20})
    path = tmp_path / "Tiny.json"
    path.write_text(json.dumps(board))
    model = hw_model(CNV)
    cfg = BuildConfig(target_fps=10000, board=str(path), output_dir=str(tmp_path),
                      mvau_wwidth_max=80)
    result = fold(model, cfg)
    total = layer_resources(model)["total"]
    assert result.fits and total["LUT"] <= 14000 and total["BRAM_18K"] <= 60
    assert not result.meets_target and "more" in result.messages()[0]


def test_uram_only_for_writable_memories(tmp_path):
    model = hw_model("zoo/unsw_nb15-mlp-w2a2.onnx")
    fold(model, cfg_for(tmp_path, 1e6, part="xczu7ev-ffvc1156-2-e"))
    assert all(getCustomOp(n).get_nodeattr("ram_style") != "ultra"
               for n in model.get_nodes_by_op_type("MVAU"))


def test_no_target_fps_is_a_no_op(tmp_path):
    model = hw_model(TFC)
    before = extract_hw_config(model)
    cfg = BuildConfig(fpga_part=Z020, output_dir=str(tmp_path))
    step_target_fps_parallelization(model, cfg)
    assert extract_hw_config(model) == before
    assert not (tmp_path / "auto_folding_config.json").exists()


def _check_folding(model, result, part_caps):
    for node in model.graph.node:
        getCustomOp(node).validate(model)  # never an illegal folding
    total = layer_resources(model)["total"]
    assert result.fits
    for key in ("LUT", "BRAM_18K", "URAM", "DSP"):
        assert total[key] <= part_caps[key], key


@pytest.mark.parametrize("rel", SHARED_MODELS)
def test_shared_models_three_targets(rel, tmp_path):
    """Low, medium and the highest feasible target: legal, within the part, met."""
    caps = BuildConfig(fpga_part=Z020).part_info().resources.as_dict()
    probe = hw_model(rel)
    best = fold(probe, cfg_for(tmp_path, 1e9, mvau_wwidth_max=1024))
    _check_folding(probe, best, caps)
    highest = math.floor(best.estimated_fps)
    for fps in (highest / 1000, math.sqrt(highest * highest / 1000), highest):
        model = hw_model(rel)
        result = fold(model, cfg_for(tmp_path, fps, mvau_wwidth_max=1024))
        _check_folding(model, result, caps)
        assert result.meets_target, (fps, result.messages())
        assert result.estimated_fps >= fps


# ---------------------------------------------------------------------------- bit widths
def _run(model, x):
    name = model.graph.input[0].name
    return execute_onnx(model, {name: x})[model.graph.output[0].name]


@pytest.mark.parametrize("rel", ["generated/cnv_2w2a.onnx", "zoo/kwsmlp_w3a3.onnx",
                                 "zoo/qkeras_jettagging.onnx"])
def test_minimize_bit_width_keeps_results(rel):
    model = hw_model(rel)
    shape = model.get_tensor_shape(model.graph.input[0].name)
    dt = model.get_tensor_datatype(model.graph.input[0].name)
    rng = np.random.default_rng(0)
    x = rng.integers(int(dt.min()), int(dt.max()) + 1, size=shape).astype(np.float32)
    before = _run(model, x)
    for node in model.get_nodes_by_op_type("MVAU"):
        getCustomOp(node).set_nodeattr("accDataType", "INT32")
    minimize_bit_width(model)
    assert np.array_equal(_run(model, x), before)
    for node in model.get_nodes_by_op_type("MVAU"):
        inst = getCustomOp(node)
        lo, hi = inst.acc_bounds(model)
        assert inst.datatype("accDataType").bitwidth() < 32
        assert inst.datatype("accDataType").allowed(lo) and inst.datatype("accDataType").allowed(hi)


def _two_layer_model():
    """MVAU (no activation, INT8-declared weights in [-3, 3]) -> Thresholding."""
    from onnx import TensorProto, helper

    from finn_vivado.layers import make_layer_node
    from layers.helpers import single_node_model

    rng = np.random.default_rng(3)
    w = rng.integers(-3, 4, size=(16, 4))
    thr = np.sort(rng.integers(-200, 200, size=(4, 3)), axis=1)
    thr[0, 2] = 5000  # unreachable: clipped to acc_max + 1
    mvau = make_layer_node("MVAU", ["x", "w"], ["acc"], name="MVAU_0", MW=16, MH=4, PE=2,
                           SIMD=4, inputDataType="INT4", weightDataType="INT8",
                           outputDataType="INT32", accDataType="INT32", noActivation=1)
    th = make_layer_node("Thresholding", ["acc", "t"], ["y"], name="Thresholding_0",
                         NumChannels=4, numSteps=3, inputDataType="INT32",
                         weightDataType="INT16", outputDataType="UINT2")
    model = single_node_model(mvau, {"x": ((1, 16), "INT4")}, {"w": (w, "INT8")})
    model.graph.node.append(th)
    model.graph.output[0].CopyFrom(helper.make_tensor_value_info("y", TensorProto.FLOAT, None))
    model.set_initializer("t", thr.astype(np.float32))
    from qonnx.transformation.infer_datatypes import InferDataTypes
    from qonnx.transformation.infer_shapes import InferShapes

    return model.transform(InferShapes()).transform(InferDataTypes()), w


def test_minimize_bit_width_weights_acc_and_propagation():
    model, w = _two_layer_model()
    x = np.random.default_rng(4).integers(-8, 8, size=(1, 16)).astype(np.float32)
    before = _run(model, x)
    changes = minimize_bit_width(model)
    mvau, th = (getCustomOp(n) for n in model.graph.node)
    assert mvau.get_nodeattr("weightDataType") == "INT3"
    lo, hi = mvau.acc_bounds(model)
    assert mvau.datatype("accDataType").name == mvau.get_nodeattr("outputDataType")
    assert mvau.datatype("accDataType").allowed(lo) and mvau.datatype("accDataType").allowed(hi)
    assert mvau.datatype("accDataType").bitwidth() < 32
    assert th.get_nodeattr("inputDataType") == mvau.get_nodeattr("outputDataType")
    assert model.get_initializer("t").max() == th.get_input_datatype(0).max() + 1  # clipped
    assert th.datatype("weightDataType").bitwidth() < 16
    assert np.array_equal(_run(model, x), before)
    assert any("weightDataType INT8 -> INT3" in c for c in changes)
