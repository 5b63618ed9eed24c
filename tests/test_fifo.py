"""FIFO insertion and sizing: residual branches, watchdog diagnosis, config depths."""

import json
from pathlib import Path

import numpy as np
import pytest
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp

import finn_vivado
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.plumbing import configured_fifo_depths, fifo_nodes, insert_stream_plumbing
from finn_vivado.backends.sim.stitched import StitchedSim, random_frames
from finn_vivado.backends.stitched.top import stitch_model

from reference_outputs import assert_float32_rounding, produced_output, source_outputs
from stitch_helpers import MODELS, requires_verilator

RESIDUAL = Path(__file__).resolve().parent / "data" / "brevitas" / "residual"


def _residual_cfg(out, **extra):
    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0, "fpga_part": "xc7z020clg400-1",
           "verify_input_npy": f"{RESIDUAL}_input.npy",
           "verify_expected_output_npy": f"{RESIDUAL}_output.npy",
           "verify_steps": ["stitched_ip_rtlsim"],
           "generate_outputs": ["estimate_reports", "stitched_ip", "rtlsim_performance"],
           "stop_step": "step_measure_rtlsim_performance"}
    cfg.update(extra)
    return cfg


@pytest.fixture(scope="module")
def residual_build(tmp_path_factory):
    """The residual network built with automatic FIFO sizing (shared by the tests)."""
    out = tmp_path_factory.mktemp("residual")
    finn_vivado.build(f"{RESIDUAL}.onnx", _residual_cfg(out))
    return out


def _short_branch_fifo(model):
    """The FIFO between DuplicateStreams and AddStreams (the fork's short path)."""
    for node in fifo_nodes(model):
        src = model.find_producer(node.input[0])
        dst = model.find_consumer(node.output[0])
        if src is not None and dst is not None and src.op_type == "DuplicateStreams" \
                and dst.op_type == "AddStreams":
            return node
    raise AssertionError("no FIFO between DuplicateStreams and AddStreams")


@requires_verilator
def test_sized_residual_runs_clean_at_full_rate(residual_build):
    out = residual_build
    # the stitched RTL's output (through the software parent), compared here with plain
    # qonnx execution of the input ONNX file (its float tail: float32 rounding apart)
    assert_float32_rounding(produced_output(out, "stitched_ip_rtlsim"),
                       source_outputs(f"{RESIDUAL}.onnx", np.load(f"{RESIDUAL}_input.npy")),
                       "residual stitched rtlsim vs qonnx")
    assert (out / "verification_output" / "stitched_ip_rtlsim_SUCCESS.npy").is_file()
    perf = json.loads((out / "report" / "rtlsim_performance.json").read_text())
    ratio = perf["stable_throughput[images/s]"] / perf["analytic_throughput[images/s]"]
    assert ratio >= 0.97, perf
    sizing = json.loads((out / "report" / "fifo_sizing.json").read_text())
    model = ModelWrapper(str(out / "intermediate_models" / "step_set_fifo_depths.onnx"))
    short = _short_branch_fifo(model)
    depth = getCustomOp(short).get_nodeattr("depth")
    assert depth == sizing["depths"][short.name] > 2  # holds the long branch's lag
    for name, depth in sizing["depths"].items():      # never above the measured peak
        assert 2 <= depth <= max(3, sizing["peaks"][name]) or name in sizing["fixed"]


@requires_verilator
def test_undersized_fork_fifo_is_named_not_hung(residual_build, tmp_path):
    model = ModelWrapper(str(residual_build / "intermediate_models" / "step_set_fifo_depths.onnx"))
    short = _short_branch_fifo(model)
    getCustomOp(short).set_nodeattr("depth", 2)
    sim = StitchedSim(stitch_model(model, tmp_path / "small"))
    run = sim.run(random_frames(sim.design, 2), 2)
    assert run.stalled and run.outputs is None
    assert f"FIFO {short.name} (DuplicateStreams_0 -> AddStreams_0) is full (2/2 beats)" \
        in run.message
    with pytest.raises(FinnVivadoError, match=f"stalled after .*{short.name}"):
        run.check()
    # the sized design of the same graph runs clean on the same input
    sized = StitchedSim(stitch_model(
        ModelWrapper(str(residual_build / "intermediate_models" / "step_set_fifo_depths.onnx")),
        tmp_path / "sized"))
    assert not sized.run(random_frames(sized.design, 2), 2).stalled


@requires_verilator
def test_sizing_design_runs_cycle_for_cycle_like_the_real_one(residual_build):
    """The sizing design (deep FIFOs, run-time limits) with the chosen depths as limits
    behaves exactly like the real design: same cycles, same outputs; with the fork's
    short-branch FIFO limited to 2 it deadlocks like the real one, naming that FIFO."""
    from finn_vivado.backends.stitched.design import StitchedDesign

    sizing = json.loads((residual_build / "report" / "fifo_sizing.json").read_text())
    assert sizing["compile_seconds"] >= 0 and sizing["trials"] == sum(
        len(r) for r in sizing["rounds"])
    assert sizing["fifo_bits"]["chosen"] <= sizing["fifo_bits"]["peaks"]
    deep = StitchedSim(StitchedDesign.load(residual_build / "fifo_sizing"))
    real = StitchedSim(StitchedDesign.load(residual_build / "stitched_ip"))
    assert deep.design.limit_port and not real.design.limit_port
    words = random_frames(real.design, 4)
    a = real.run(words, 4, mark=1).check()
    b = deep.run(words, 4, mark=1, limits=sizing["depths"]).check()
    assert (a.cycles, a.latency_cycles, a.stable_cycles) == \
        (b.cycles, b.latency_cycles, b.stable_cycles)
    assert np.array_equal(a.outputs, b.outputs)
    model = ModelWrapper(str(residual_build / "intermediate_models" / "step_set_fifo_depths.onnx"))
    short = _short_branch_fifo(model).name
    stalled = deep.run(words, 4, limits={**sizing["depths"], short: 2})
    assert stalled.stalled and f"FIFO {short} (DuplicateStreams_0 -> AddStreams_0) is full " \
        "(2/2 beats)" in stalled.message


@requires_verilator
def test_config_depths_are_kept_and_recorded(tmp_path):
    tfc = MODELS / "finn_tfc_w1a1"
    folding = json.loads((tfc / "folding_config.json").read_text())
    folding.update({"StreamingFIFO_rtl_1": {"depth": 40}, "MVAU_1": {"inFIFODepths": [33]}})
    (tmp_path / "folding.json").write_text(json.dumps(folding))
    out = tmp_path / "out"
    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "folding_config_file": str(tmp_path / "folding.json"),
           "generate_outputs": ["estimate_reports", "stitched_ip"],
           "stop_step": "step_set_fifo_depths"}
    finn_vivado.build(str(tfc / "model.onnx"), cfg)
    model = ModelWrapper(str(out / "intermediate_models" / "step_set_fifo_depths.onnx"))
    depths = {n.name: getCustomOp(n).get_nodeattr("depth") for n in fifo_nodes(model)}
    assert depths["StreamingFIFO_1"] == 40
    mvau1 = model.get_node_from_name("MVAU_1")
    into_mvau1 = model.find_producer(mvau1.input[0])
    assert into_mvau1.op_type == "StreamingFIFO" and depths[into_mvau1.name] == 33
    assert configured_fifo_depths(model, str(tmp_path / "folding.json")) == {
        "StreamingFIFO_1": 40, into_mvau1.name: 33}
    sizing = json.loads((out / "report" / "fifo_sizing.json").read_text())
    assert sizing["fixed"] == {"StreamingFIFO_1": 40, into_mvau1.name: 33}
    hw = json.loads((out / "final_hw_config.json").read_text())
    assert all(hw[name]["depth"] == d for name, d in depths.items())
    assert hw["MVAU_1"]["inFIFODepths"] == [33]
    assert getCustomOp(mvau1).get_nodeattr("inFIFODepths") == [33]
    assert hw["Thresholding_0"]["outFIFODepths"] == [40]


def test_plumbing_widths_depths_and_names(tmp_path):
    from finn_vivado.frontend.importer import qonnx_to_finn, tidy_up
    from finn_vivado.frontend.partition import create_dataflow_partition
    from finn_vivado.frontend.streamline import streamline
    from finn_vivado.frontend.to_hw import convert_to_hw

    hw = convert_to_hw(streamline(tidy_up(qonnx_to_finn(ModelWrapper(f"{RESIDUAL}.onnx")))))
    model, _ = create_dataflow_partition(hw, tmp_path)
    settings = {"MVAU_0": {"PE": 4, "outFIFODepths": [9]}, "DuplicateStreams_0": {"PE": 2}}
    for name, attrs in settings.items():
        for attr, value in attrs.items():
            getCustomOp(model.get_node_from_name(name)).set_nodeattr(attr, value)
    dt = model.get_tensor_datatype(model.graph.input[0].name)
    shape = [3] + model.get_tensor_shape(model.graph.input[0].name)[1:]
    x = np.random.default_rng(0).integers(dt.min(), dt.max() + 1, size=shape)
    before = _execute(model, x)
    model = insert_stream_plumbing(model, {"StreamingFIFO_0": {"depth": 7}})
    names = [n.name for n in model.graph.node]
    assert names[0] == "StreamingFIFO_0" and names[-1].startswith("StreamingFIFO_")
    assert getCustomOp(model.graph.node[0]).get_nodeattr("depth") == 7
    dwcs = model.get_nodes_by_op_type("StreamingDataWidthConverter")
    # MVAU_0 (PE 4) -> DuplicateStreams (PE 2) -> FMPadding_1 and AddStreams (1 each)
    assert [d.name for d in dwcs] == [f"StreamingDataWidthConverter_{k}" for k in range(3)]
    assert model.find_producer(dwcs[0].input[0]).name == "MVAU_0"
    dwc = getCustomOp(dwcs[0])
    assert (dwc.get_nodeattr("inWidth"), dwc.get_nodeattr("outWidth")) == (16, 8)
    fifo = model.find_consumer(dwcs[0].output[0])
    assert fifo.op_type == "StreamingFIFO" and getCustomOp(fifo).get_nodeattr("depth") == 9
    for node in model.graph.node:  # every edge: producer width == consumer width
        for i, name in enumerate(node.input[:getCustomOp(node).NUM_STREAM_INPUTS]):
            src = model.find_producer(name)
            if src is not None:
                k = list(src.output).index(name)
                assert getCustomOp(src).get_outstream_width(k) == \
                    getCustomOp(node).get_instream_width(i)
    assert np.array_equal(_execute(model, x), before)  # plumbing is value-transparent
    assert insert_stream_plumbing(model) is model      # idempotent


def _execute(model, x):
    from qonnx.core.onnx_exec import execute_onnx

    from qonnx.transformation.change_batchsize import ChangeBatchSize
    from qonnx.transformation.infer_shapes import InferShapes

    model = model.transform(ChangeBatchSize(len(x))).transform(InferShapes())
    out = execute_onnx(model, {model.graph.input[0].name: x.astype(np.float32)})
    return out[model.graph.output[0].name]


def test_two_output_streams_are_rejected(tmp_path):
    from onnx import TensorProto, helper
    from qonnx.util.basic import qonnx_make_model

    from finn_vivado.layers import DOMAIN, make_layer_node

    node = make_layer_node("DuplicateStreams", ["x"], ["a", "b"], name="DuplicateStreams_0",
                           NumChannels=4, inputDataType="INT4", numInputVectors=[1])
    graph = helper.make_graph(
        [node], "fork", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, [1, 4]) for n in "ab"])
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]))
    with pytest.raises(FinnVivadoError, match="1 input and 2 output streams.*exactly one"):
        insert_stream_plumbing(model)


class _FakeTrials:
    """Stands in for the simulation: a configuration passes when every FIFO holds at
    least its threshold; FIFOs below it both block and starve (the culprit signal)
    unless ``blind``; a FIFO in ``idle`` (name -> peak) blocks only when its limit is
    not above that peak."""

    def __init__(self, thresholds: dict, blind: bool = False, idle=None):
        self.thresholds, self.blind, self.idle = thresholds, blind, dict(idle or {})
        self.target, self.runs = 1000.0, 0

    def _one(self, limits):
        from types import SimpleNamespace

        from finn_vivado.backends.sim.fifo_sizing import _Outcome

        short = {n for n, t in self.thresholds.items() if limits[n] < t}
        fifos = [{"name": n, "peak": min(v, self.idle.get(n, v)), "occupancy": 0,
                  "blocked": 0 if v > self.idle.get(n, v) else 100,
                  "steady_blocked": 0 if self.blind or n not in short else 50,
                  "steady_starved": 0 if self.blind or n not in short else 30 + len(n)}
                 for n, v in limits.items()]
        stable = self.target * (1.2 if short else 1.0)
        run = SimpleNamespace(fifos=fifos, stalled=False, message="")
        return _Outcome(dict(limits), stable, run, not short)

    def run_all(self, configs):
        self.runs += len(configs)
        return [self._one(c) for c in configs]

    def run(self, limits):
        return self.run_all([limits])[0]


@pytest.mark.parametrize("blind", [False, True])
def test_joint_search_reaches_each_threshold(blind):
    """The search ends at a passing configuration with every searched FIFO within 15 %
    of the smallest depth that passes; with the culprit signal in far fewer trials than
    a bisection per FIFO (~30 here), without it (``blind``) still correct."""
    from finn_vivado.backends.sim.fifo_sizing import _PRECISION, _search, _start

    thresholds = {"F0": 2, "F1": 2, "F2": 107, "F3": 149, "F4": 40, "F5": 2}
    start = {"F0": 842, "F1": 6075, "F2": 1200, "F3": 1007, "F4": 108, "F5": 63}
    widths = {"F0": 24, "F1": 24, "F2": 32, "F3": 32, "F4": 32, "F5": 8}
    trials = _FakeTrials(thresholds, blind=blind)
    log: dict = {}
    kept, failed = _start(trials, start, {}, widths, log)  # both at once
    assert kept.limits == start and failed.limits == {**start, **{f"F{k}": 2 for k in range(5)}}
    depths = _search(trials, kept, widths, log, failed)
    runs = trials.runs
    assert log["searched"] == ["F0", "F1", "F2", "F3", "F4"]  # F5 (504 bits) is not
    assert trials.run_all([depths])[0].passed
    for name in log["searched"]:
        assert thresholds[name] <= depths[name] <= max(2, _PRECISION * thresholds[name])
    assert depths["F5"] == 63
    assert runs <= (16 if not blind else 45)


def test_never_blocked_fifos_drop_to_their_peak():
    from finn_vivado.backends.sim.fifo_sizing import _Range, _search, _tighten

    trials = _FakeTrials({"F0": 2, "F1": 300}, idle={"F1": 2500})
    kept = trials.run_all([{"F0": 500, "F1": 5000}])[0]
    ranges = {"F1": _Range(2, 5000)}
    # F1 never blocked: its peak + 2 keeps the run as it was; F0 blocked: kept
    assert _tighten(kept, ranges) == {"F0": 500, "F1": 2502} and ranges["F1"].hi == 2502
    depths = _search(trials, kept, {"F0": 32, "F1": 32}, {})
    assert depths["F0"] == 2 and 300 <= depths["F1"] <= 345
