"""Per-node RTL steps, node-by-node and stitched rtlsim verification, rtlsim performance."""

import json

import numpy as np
import pytest
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.config import BuildConfig
from finn_vivado.backends.sim.stitched import StitchedSim, random_frames
from finn_vivado.backends.stitched.design import StitchedDesign
from finn_vivado.flow.steps.hw import step_hw_codegen, step_hw_ipgen

from reference_outputs import assert_exact, produced_output, source_outputs
from stitch_helpers import MODELS, build_tfc_verified, requires_verilator

TFC = MODELS / "finn_tfc_w1a1"

FIELDS = ("N", "cycles", "latency_cycles", "runtime[ms]", "throughput[images/s]",
          "stable_throughput[images/s]", "fclk[mhz]", "N_IN_TXNS", "N_OUT_TXNS")


@pytest.fixture(scope="module")
def tfc_build(tmp_path_factory):
    return build_tfc_verified(
        tmp_path_factory.mktemp("tfc"),
        generate_outputs=["estimate_reports", "stitched_ip", "rtlsim_performance"],
        rtlsim_batch_size=3, stop_step="step_measure_rtlsim_performance")


@requires_verilator
def test_codegen_records_node_rtl(tfc_build):
    model = ModelWrapper(str(tfc_build / "intermediate_models" / "step_hw_ipgen.onnx"))
    for node in model.graph.node:
        inst = getCustomOp(node)
        directory = inst.get_nodeattr("code_gen_dir_ipgen")
        assert directory == str(tfc_build / "hw" / node.name)
        flist = inst.get_nodeattr("ipgen_path")
        assert flist == f"{directory}/{node.name}.f"
        listed = open(flist).read().split()
        assert listed[-1] == f"{directory}/{node.name}.v"
    assert (tfc_build / "hw" / "MVAU_0" / "MVAU_0_weights.dat").is_file()
    assert (tfc_build / "hw" / "lint.log").is_file()


@requires_verilator
def test_rtlsim_verification_steps(tfc_build):
    out = tfc_build / "verification_output"
    labels = np.load(TFC / "expected_output.npy")
    source = source_outputs(TFC / "model.onnx", np.load(TFC / "input.npy"))
    for step in ("node_by_node_rtlsim", "stitched_ip_rtlsim"):
        got = produced_output(tfc_build, step)
        assert_exact(got, labels, f"{step} vs expected_output.npy")
        assert_exact(got, source, f"{step} vs qonnx")
        assert (out / f"{step}_SUCCESS.npy").is_file(), step
    # waveforms only with verify_save_rtlsim_waveforms / fifosim_save_waveform
    assert not list(tfc_build.rglob("*.vcd"))


@requires_verilator
def test_rtlsim_performance_report(tfc_build):
    perf = json.loads((tfc_build / "report" / "rtlsim_performance.json").read_text())
    assert all(key in perf for key in FIELDS)
    assert perf["N"] >= 3 and perf["fclk[mhz]"] == 100.0
    assert perf["N_IN_TXNS"] == perf["N"] * 16 and perf["N_OUT_TXNS"] == perf["N"]
    assert perf["cycles"] >= perf["latency_cycles"] > 0
    assert perf["runtime[ms]"] == pytest.approx(perf["cycles"] * 1e-5)
    ratio = perf["stable_throughput[images/s]"] / perf["analytic_throughput[images/s]"]
    assert 0.97 <= ratio <= 1.0 + 1e-9


@requires_verilator
def test_stitched_run_under_random_backpressure(tfc_build):
    sim = StitchedSim(StitchedDesign.load(tfc_build / "stitched_ip"))
    words = random_frames(sim.design, 5, seed=3)
    plain = sim.run(words, 5).check()
    stalled = sim.run(words, 5, stall=(0.3, 0.4), seed=1).check()
    assert np.array_equal(plain.outputs, stalled.outputs)
    assert stalled.cycles > plain.cycles
    throttled = sim.run(words, 5, throttle=True).check()
    assert throttled.cycles >= 4 * sim.design.max_cycles
    # the plain design monitors occupancies only (peaks and stall counts: sizing variant);
    # after the last output beat every FIFO has drained
    assert plain.fifos and all(f["occupancy"] == 0 and "peak" not in f for f in plain.fifos)


@requires_verilator
def test_lint_error_names_the_node(tfc_build, tmp_path):
    model = ModelWrapper(str(tfc_build / "intermediate_models" / "step_hw_ipgen.onnx"))
    cfg = BuildConfig(output_dir=str(tmp_path), generate_outputs=["stitched_ip"])
    model = step_hw_codegen(model, cfg)
    wrapper = tmp_path / "hw" / "MVAU_1" / "MVAU_1.v"
    wrapper.write_text(wrapper.read_text().replace("endmodule", "assign = ;\nendmodule"))
    with pytest.raises(FinnVivadoError, match="RTL check of MVAU_1 failed.*lint.log"):
        step_hw_ipgen(model, cfg)


def test_rtl_steps_skip_estimate_only_builds(tmp_path):
    cfg = BuildConfig(output_dir=str(tmp_path), generate_outputs=["estimate_reports"])
    assert not cfg.needs_rtl()
    assert BuildConfig(output_dir=str(tmp_path), generate_outputs=["estimate_reports"],
                       verify_steps=["stitched_ip_rtlsim"]).needs_rtl()
    sentinel = object()
    assert step_hw_codegen(sentinel, cfg) is sentinel
    assert not (tmp_path / "hw").exists()
