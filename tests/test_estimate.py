"""Estimate reports: FINN's files and field names, totals, critical path, fit check."""

import json
import shutil
import warnings

import numpy as np
import pytest
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.build import build, load_build_dir
from finn_vivado.config import BuildConfig, estimate_only_dataflow_steps
from finn_vivado.flow.steps.estimate import step_generate_estimate_reports
from finn_vivado.transforms.estimate import device_fit, network_performance
from finn_vivado.transforms.folding import apply_folding_config
from hw_models import FOLDINGS, MODELS, hw_model
from reference_outputs import assert_exact, produced_output

CNV_FOLDING = FOLDINGS / "bnn_pynq_folding" / "cnv-w1a1_folding_config.json"
RES_KEYS = ["BRAM_18K", "BRAM_efficiency", "LUT", "URAM", "URAM_efficiency", "DSP"]


@pytest.fixture
def cnv_reports(tmp_path):
    model = hw_model("generated/cnv_1w1a.onnx")
    config = json.loads(CNV_FOLDING.read_text())
    # FINN's 2D StreamingMaxPool takes a whole pixel per cycle (PE = channels), so the
    # finn-examples config has no entry for it; ours is folded by PE like the others
    config.update({"StreamingMaxPool_hls_0": {"PE": 64}, "StreamingMaxPool_hls_1": {"PE": 128}})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        apply_folding_config(model, config)
    cfg = BuildConfig(fpga_part="xc7z020clg400-1", synth_clk_period_ns=10.0,
                      output_dir=str(tmp_path), target_fps=2000)
    step_generate_estimate_reports(model, cfg)

    def read(name):
        return json.loads((tmp_path / "report" / f"{name}.json").read_text())

    return model, read, tmp_path


def test_layer_cycles_report(cnv_reports):
    model, read, _ = cnv_reports
    cycles = read("estimate_layer_cycles")
    assert list(cycles) == [n.name for n in model.graph.node]
    assert [cycles[f"MVAU_{i}"] for i in range(9)] == [
        32400, 28224, 20736, 28800, 20736, 18432, 32768, 32768, 1024]
    assert max(cycles.values()) == 32768  # with the pools a pixel per cycle, as in FINN
    for node in model.graph.node:
        assert getCustomOp(node).get_nodeattr("cycles_estimate") == cycles[node.name]


def test_layer_resources_report_and_total(cnv_reports):
    model, read, _ = cnv_reports
    res = read("estimate_layer_resources")
    assert list(res) == [n.name for n in model.graph.node] + ["total"]
    for name in res:
        if name != "total":
            assert list(res[name]) == RES_KEYS
            assert 0 < res[name]["BRAM_efficiency"] <= 1
    for key in ("BRAM_18K", "LUT", "URAM", "DSP"):
        assert res["total"][key] == sum(r[key] for n, r in res.items() if n != "total")
    assert res["MVAU_0"]["DSP"] == 0  # resType lut in the config
    stored = json.loads(getCustomOp(model.graph.node[1]).get_nodeattr("res_estimate"))
    assert stored == res["MVAU_0"]


def test_network_performance_report(cnv_reports):
    _, read, _ = cnv_reports
    perf = read("estimate_network_performance")
    cycles = read("estimate_layer_cycles")
    assert list(perf) == ["critical_path_cycles", "max_cycles", "max_cycles_node_name",
                          "estimated_throughput_fps", "estimated_latency_ns"]
    assert perf["max_cycles"] == 32768 and perf["max_cycles_node_name"] == "MVAU_6"
    assert perf["critical_path_cycles"] == sum(cycles.values())  # a chain
    assert perf["estimated_throughput_fps"] == pytest.approx(1e8 / 32768)
    assert perf["estimated_latency_ns"] == pytest.approx(perf["critical_path_cycles"] * 10)


def test_op_and_param_counts_report(cnv_reports):
    _, read, _ = cnv_reports
    ops = read("op_and_param_counts")
    assert ops["MVAU_0"]["op_mac_1bx8b"] == 27 * 64 * 900
    assert ops["MVAU_0"]["param_weight_1b"] == 27 * 64
    assert ops["MVAU_1"]["op_mac_1bx1b"] == 576 * 64 * 784
    assert ops["MVAU_1"]["param_threshold_10b"] == 64
    assert "param_threshold_11b" not in ops["MVAU_8"]  # no activation
    assert ops["total"]["param_weight_1b"] == sum(
        v.get("param_weight_1b", 0) for k, v in ops.items() if k != "total")


def test_config_alternatives_report(cnv_reports):
    _, read, _ = cnv_reports
    alt = read("estimate_layer_config_alternatives")
    mvau = {(k, e[k]) for e in alt["MVAU_5"] for k in ("resType", "ram_style") if k in e}
    assert {("resType", "dsp"), ("resType", "lut"), ("ram_style", "block"),
            ("ram_style", "distributed")} <= mvau
    by_style = {e["ram_style"]: e for e in alt["MVAU_5"] if "ram_style" in e}
    assert by_style["block"]["BRAM_18K"] > 0 and by_style["distributed"]["BRAM_18K"] == 0
    assert by_style["distributed"]["LUT"] > by_style["block"]["LUT"]
    assert alt["StreamingMaxPool_0"] and "LUT" in alt["StreamingMaxPool_0"][0]


def test_fit_report(cnv_reports):
    _, read, _ = cnv_reports
    fit = read("estimate_fit")
    total = read("estimate_layer_resources")["total"]
    assert fit["fpga_part"] == "xc7z020clg400-1" and fit["fits"] is True
    lut = fit["resources"]["LUT"]
    assert lut["used"] == total["LUT"] and lut["available"] == 53200
    assert lut["utilization_pct"] == pytest.approx(100 * total["LUT"] / 53200, abs=0.01)
    assert fit["resources"]["BRAM_18K"]["available"] == 280
    assert fit["meets_target_fps"] is True and fit["target_fps"] == 2000


def test_fit_reports_overflow():
    cfg = BuildConfig(fpga_part="xc7z020clg400-1")
    fit = device_fit({"LUT": 60000, "BRAM_18K": 10, "URAM": 0, "DSP": 0}, cfg.part_info())
    assert fit["fits"] is False and fit["over"] == ["LUT"]
    assert fit["resources"]["LUT"]["utilization_pct"] == pytest.approx(112.78, abs=0.01)


def test_final_hw_config_reapplies(cnv_reports):
    model, _, out = cnv_reports
    config = json.loads((out / "final_hw_config.json").read_text())
    assert config["Defaults"] == {}
    assert config["MVAU_1"]["PE"] == 32 and config["MVAU_1"]["resType"] == "lut"
    assert set(config) == {"Defaults"} | {n.name for n in model.graph.node}
    fresh = hw_model("generated/cnv_1w1a.onnx")
    apply_folding_config(fresh, out / "final_hw_config.json")
    assert [getCustomOp(n).get_exp_cycles() for n in fresh.graph.node] == \
        [getCustomOp(n).get_exp_cycles() for n in model.graph.node]


def test_no_reports_unless_requested(tmp_path):
    model = hw_model("zoo/TFC_2W2A.onnx")
    cfg = BuildConfig(fpga_part="xc7z020clg400-1", output_dir=str(tmp_path),
                      generate_outputs=["stitched_ip"])
    step_generate_estimate_reports(model, cfg)
    assert not (tmp_path / "report").exists()


def test_critical_path_takes_longest_branch():
    from onnx import helper

    nodes = [helper.make_node("X", ["i"], ["a"], name="A"),
             helper.make_node("X", ["a"], ["b"], name="B"),
             helper.make_node("X", ["a"], ["c"], name="C"),
             helper.make_node("X", ["b", "c"], ["o"], name="D")]

    class Graph:
        graph = helper.make_graph(nodes, "g", [], [])

    perf = network_performance(Graph, {"A": 5, "B": 100, "C": 7, "D": 3}, 4.0)
    assert perf["critical_path_cycles"] == 108 and perf["max_cycles_node_name"] == "B"
    assert perf["estimated_throughput_fps"] == pytest.approx(250e6 / 100)


def test_tfc_build_dir_estimate_only(tmp_path):
    """FINN's own example directory, estimate flow with folding verification."""
    src = MODELS / "finn_tfc_w1a1"
    if not src.is_dir():
        pytest.fail(f"{src} not found: tests read ../shared beside the checkout")
    work = tmp_path / "tfc"
    shutil.copytree(src, work)
    model, cfg = load_build_dir(work, overrides={
        "output_dir": str(tmp_path / "out"), "steps": list(estimate_only_dataflow_steps)})
    cfg.verify_steps = ["folded_hls_cppsim"]
    cfg.validate()
    assert build(model, cfg) == 0
    out = tmp_path / "out"
    cycles = json.loads((out / "report" / "estimate_layer_cycles.json").read_text())
    assert [cycles[f"MVAU_{i}"] for i in range(3)] == [64, 64, 64]
    assert_exact(produced_output(out, "folded_hls_cppsim"), np.load(src / "expected_output.npy"),
                 "folded_hls_cppsim vs expected_output.npy")
    assert (out / "verification_output" / "folded_hls_cppsim_SUCCESS.npy").is_file()
    assert "MVA_3" in (out / "build_dataflow.log").read_text()
    assert (out / "final_hw_config.json").is_file()
