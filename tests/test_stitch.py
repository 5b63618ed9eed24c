"""The stitched accelerator: top module, files, and every shared model through
stitched RTL simulation against its reference output."""

import json

import numpy as np
import pytest
from qonnx.core.modelwrapper import ModelWrapper

import finn_vivado
from finn_vivado.backends.sim import have_tool, lint
from finn_vivado.backends.stitched.design import StitchedDesign
from finn_vivado.flow.verify import execute_model
from finn_vivado.backends.stitched.accel import load_accelerator

from reference_outputs import (assert_exact, assert_float32_rounding, produced_output,
                               source_outputs)
from stitch_helpers import CASES, MODELS, SHARED, case_config, model_inputs, requires_verilator

#: models whose float output tail (the scale and bias after the last MVAU) is evaluated
#: in another float32 order than in the source model: a few ulps apart, labels exact
FLOAT_TAIL = {"kwsmlp"}
DIGITS = SHARED / "datasets" / "sklearn_digits" / "digits_test_x_float32_Nx1x8x8.npy"


def _build(case, out, n, **extra):
    path, cfg = case_config(case, out, verify_steps=["stitched_ip_rtlsim"], **extra)
    x = model_inputs(path, CASES[case][1], n)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "input.npy", x)
    cfg["verify_input_npy"] = str(out / "input.npy")
    finn_vivado.build(str(path), cfg)
    return x


@requires_verilator
@pytest.mark.parametrize("case", sorted(CASES))
def test_shared_model_through_stitched_rtl(case, tmp_path):
    """Build to stitched RTL (automatic FIFO depths) and verify stitched_ip_rtlsim. The
    output the build produced (the RTL output run through the software parent) is
    compared here, exactly, with qonnx execution of the input ONNX file and with the
    published reference output; the build's verdict must agree."""
    out = tmp_path / case
    x = _build(case, out, 2 if case.startswith("cnv") else 5)
    got = produced_output(out, "stitched_ip_rtlsim")
    want = source_outputs(MODELS / CASES[case][0], x)
    if case in FLOAT_TAIL:
        assert_float32_rounding(got, want, f"{case} vs qonnx")
    else:
        assert_exact(got, want, f"{case} vs qonnx")
    ref_in, ref_out = CASES[case][1], CASES[case][2]
    if ref_out:
        ref = np.load(MODELS / ref_out)
        n_ref = len(np.load(MODELS / ref_in).reshape(len(ref), -1))
        assert_exact(got[:n_ref], ref, f"{case} vs {ref_out}")
    success = out / "verification_output" / "stitched_ip_rtlsim_SUCCESS.npy"
    assert success.is_file(), (out / "build_dataflow.log").read_text()[-2000:]
    design = StitchedDesign.load(out / "stitched_ip")
    assert design.in_beats * len(x) > 0 and len(design.fifos) >= 2


@requires_verilator
def test_stitched_ip_directory(tmp_path):
    _build("finn_tfc_w1a1", tmp_path / "out", 4)
    ip = tmp_path / "out" / "stitched_ip"
    design = StitchedDesign.load(ip)
    top = (ip / "hdl" / "finn_design.v").read_text()
    for port in ("input  wire ap_clk", "input  wire ap_rst_n", "s_axis_0_tdata",
                 "s_axis_0_tvalid", "output wire s_axis_0_tready", "m_axis_0_tdata",
                 "output wire m_axis_0_tvalid", "input  wire m_axis_0_tready"):
        assert port in top
    assert "`default_nettype none" in top and top.rstrip().endswith("`default_nettype wire")
    listed = [ln for ln in (ip / "finn_design.f").read_text().splitlines()
              if ln and not ln.startswith("#")]
    assert listed == design.sources and listed[-1] == "hdl/finn_design.v"
    assert all((ip / p).is_file() for p in listed)
    accel = load_accelerator(ip)
    assert accel.top_module == "finn_design" and accel.freq_hz == 100_000_000
    assert [(s.name, s.tdata_width, s.frame_beats) for s in accel.streams] == [
        ("s_axis_0", design.in_width, design.in_beats),
        ("m_axis_0", design.out_width, design.out_beats)]
    assert any(f.suffix == ".dat" for f in accel.files)
    assert lint("finn_design", design.source_paths()) == []
    if have_tool("iverilog"):
        from finn_vivado.backends.sim.icarus import icarus_compile

        icarus_compile("finn_design", design.source_paths(), out=tmp_path / "top.vvp")
    model = ModelWrapper(str(tmp_path / "out" / "intermediate_models" /
                             "step_create_stitched_ip.onnx"))
    assert model.get_metadata_prop("wrapper_filename") == str(ip / "hdl" / "finn_design.v")
    assert json.loads(model.get_metadata_prop("vivado_stitch_ifnames"))["s_axis"] == [
        ["s_axis_0", design.in_width]]


@requires_verilator
def test_digits_test_set_through_stitched_rtl(tmp_path):
    """All 360 digits test images through the stitched RTL give exactly the logits (and
    so the predictions) of qonnx execution of the ONNX file."""
    from finn_vivado.backends.sim.onnx_exec import stitched_child

    out = tmp_path / "digits"
    _build("tfc_digits_w2a2", out, 2)
    x = np.load(DIGITS)
    model = ModelWrapper(str(out / "intermediate_models" / "step_create_stitched_ip.onnx"))
    rtl = execute_model(stitched_child(model, out / "stitched_ip"), x).reshape(len(x), -1)
    onnx = source_outputs(MODELS / CASES["tfc_digits_w2a2"][0], x).reshape(len(x), -1)
    assert rtl.shape == (360, 10)
    assert np.array_equal(np.argmax(rtl, axis=1), np.argmax(onnx, axis=1))
    assert_exact(rtl, onnx, "digits test set vs qonnx")
