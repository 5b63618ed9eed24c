"""The whole flow from the command line, every output FINN's build_dataflow offers.

finn_tfc_w1a1 with its folding config: ONNX -> stitched RTL -> rtlsim performance ->
out-of-context synthesis (Yosys: no Vivado here) -> bitfile scripts -> PYNQ driver ->
deployment package, plus the visual report. The figures are checked against each
other, and the stitched RTL's output against the reference output of the model and qonnx
execution of it.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import zipfile
from xml.etree import ElementTree
from pathlib import Path

import numpy as np
import pytest

MODEL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "models" / "finn_tfc_w1a1"
OUTPUTS = ["estimate_reports", "stitched_ip", "rtlsim_performance", "out_of_context_synth",
           "bitfile", "pynq_driver", "deployment_package"]
RESOURCE_KEYS = ("LUT", "LUTRAM", "FF", "DSP", "BRAM_18K", "BRAM_36K", "URAM", "Carry")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    work = tmp_path_factory.mktemp("full_flow")
    for name in ("model.onnx", "folding_config.json"):
        shutil.copy(MODEL_DIR / name, work / name)
    cfg = {"output_dir": "out", "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "generate_outputs": OUTPUTS}
    (work / "dataflow_build_config.json").write_text(json.dumps(cfg))
    cli = Path(sys.executable).with_name("finn-vivado")
    cmd = [str(cli)] if cli.is_file() else [sys.executable, "-m", "finn_vivado.app.cli"]
    proc = subprocess.run([*cmd, "build", str(work)], capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return work / "out", proc.stdout + proc.stderr


def _json(path: Path):
    return json.loads(path.read_text())


def test_every_step_ran_and_the_console_says_what_is_missing(build):
    out, console = build
    steps = _json(out / "time_per_step.json")
    for step in ("step_create_stitched_ip", "step_measure_rtlsim_performance",
                 "step_out_of_context_synthesis", "step_synthesize_bitfile",
                 "step_make_pynq_driver", "step_deployment_package"):
        assert step in steps
    assert "no bitfile" in console and "make_bitfile.tcl" in console
    assert "Traceback" not in console
    assert f"Report: {out / 'report' / 'index.html'}" in console


def test_synthesis_report_is_consistent(build):
    out, _ = build
    ooc = _json(out / "report" / "ooc_synth_and_timing.json")
    assert ooc["tool"] == "yosys" and "fmax_mhz" not in ooc
    per_layer = _json(out / "report" / "post_synth_resources.json")
    layers = {k: v for k, v in per_layer.items() if k != "total"}
    # every MVAU of the model has its own figures; the layers add up to the whole
    assert {"MVAU_0", "MVAU_1", "MVAU_2", "MVAU_3"} <= set(layers)
    for key in RESOURCE_KEYS:
        assert sum(v[key] for v in layers.values()) == per_layer["total"][key] == ooc[key]
    assert ooc["LUT"] > 0 and ooc["FF"] > 0
    table = _json(out / "report" / "estimate_vs_synth.json")
    names = {row["name"] for row in table["layers"]}
    assert {"MVAU_0", "MVAU_3", "LabelSelect_0"} <= names


def test_rtlsim_meets_the_estimate(build):
    out, _ = build
    perf = _json(out / "report" / "rtlsim_performance.json")
    est = _json(out / "report" / "estimate_network_performance.json")
    ratio = perf["stable_throughput[images/s]"] / est["estimated_throughput_fps"]
    assert ratio >= 0.97


def test_stitched_rtl_gives_the_reference_labels(build):
    """The built stitched RTL, on the model's reference input, gives the reference output
    shipped with the model and qonnx execution of the input ONNX file, compared here."""
    from qonnx.core.modelwrapper import ModelWrapper

    from finn_vivado.backends.sim.onnx_exec import stitched_child
    from finn_vivado.flow.verify import execute_model
    from reference_outputs import assert_exact, source_outputs

    out, _ = build
    x = np.load(MODEL_DIR / "input.npy")
    model = ModelWrapper(str(out / "intermediate_models" / "step_create_stitched_ip.onnx"))
    rtl = execute_model(stitched_child(model, out / "stitched_ip"), x)
    assert_exact(rtl, np.load(MODEL_DIR / "expected_output.npy"), "stitched RTL vs reference")
    assert_exact(rtl, source_outputs(MODEL_DIR / "model.onnx", x), "stitched RTL vs qonnx")


def module_packing(out: Path):
    spec = importlib.util.spec_from_file_location(
        "deployed_packing", out / "deploy" / "driver" / "data_packing.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_deployment_package_holds_a_working_driver(build):
    out, _ = build
    with zipfile.ZipFile(out / "deploy.zip") as zf:
        names = set(zf.namelist())
    assert {"driver/driver.py", "driver/validate.py", "driver/driver_base.py",
            "driver/data_packing.py"} <= names
    assert not any(n.startswith("bitfile/") and not n.endswith("/") for n in names)
    # the packaged driver packs the model's reference input for this accelerator
    spec = importlib.util.spec_from_file_location("deployed_driver",
                                                  out / "deploy" / "driver" / "driver.py")
    sys.path.insert(0, str(out / "deploy" / "driver"))
    try:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        codec = module.make_codec(4)
        et = module_packing(out).element_type(codec.idt())
        x = np.random.default_rng(0).integers(et.min, et.max + 1, size=codec.ishape_normal())
        if et.bipolar:
            x = 2 * (x > 0) - 1
        packed = codec.pack_input(codec.fold_input(x))
        assert packed.dtype == np.uint8 and packed.shape == tuple(codec.ishape_packed())
        back = module_packing(out).unpack_beats(packed, et, codec.ishape_folded()[-1])
        assert np.array_equal(back.reshape(x.shape), x)
    finally:
        sys.path.remove(str(out / "deploy" / "driver"))


def test_visual_report_shows_synthesis(build):
    out, _ = build
    html = (out / "report" / "index.html").read_text()
    assert "yosys" in html and "MVAU_3" in html
    for svg in ("cycles.svg", "resources.svg", "fit.svg"):
        root = ElementTree.parse(out / "report" / svg).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert len(list(root.iter("{http://www.w3.org/2000/svg}rect"))) >= 3
