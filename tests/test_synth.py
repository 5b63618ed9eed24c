"""step_out_of_context_synthesis: real Yosys counts of finn_tfc_w1a1 and a small conv net,
the Vivado path through a fake ``vivado``, the error without any tool, and the
estimate-vs-synthesis comparison (estimates against real synthesis)."""

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from qonnx.core.modelwrapper import ModelWrapper

import finn_vivado
from finn_vivado.build import LOG_FILE, intermediate_model_path
from finn_vivado.config import BuildConfig
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim.tools import find_yosys
from finn_vivado.backends.sim.yosys import RESOURCE_KEYS
from finn_vivado.flow.steps import synth as synth_step
from finn_vivado.backends.synth.compare import within
from finn_vivado.backends.synth.yosys_ooc import layer_module

from stitch_helpers import case_config

STEP = "step_out_of_context_synthesis"
OUTPUTS = ["estimate_reports", "stitched_ip", "out_of_context_synth"]
CNN = Path(__file__).resolve().parent / "data" / "brevitas" / "cnn_mixed.onnx"


def _build(model, out, **cfg) -> dict:
    base = {"output_dir": str(out), "synth_clk_period_ns": 10.0,
            "fpga_part": "xc7z020clg400-1", "auto_fifo_depths": False,
            "save_intermediate_models": True, "generate_outputs": OUTPUTS, "stop_step": STEP}
    base.update(cfg)
    finn_vivado.build(str(model), base)
    return base


def _report(out, name):
    return json.loads((out / "report" / name).read_text())


def _model(out):
    return ModelWrapper(str(intermediate_model_path(out, STEP)))


def _build_case(name: str, out: Path) -> Path:
    """A shared model with its folding (stitch_helpers.case_config), synthesised."""
    path, cfg = case_config(name, out)
    _build(path, out, **{k: v for k, v in cfg.items()
                         if k not in ("generate_outputs", "stop_step")})
    return out


@pytest.fixture(scope="module")
def tfc(tmp_path_factory):
    """finn_tfc_w1a1 with its folding config, built and synthesised by Yosys."""
    return _build_case("finn_tfc_w1a1", tmp_path_factory.mktemp("tfc"))


@pytest.fixture(scope="module")
def cnv(tmp_path_factory):
    """cnv_1w1a with the finn-examples folding (FIFO depths not sized), synthesised by
    Yosys (about 3 minutes the first time; the result is cached by content)."""
    return _build_case("cnv_1w1a", tmp_path_factory.mktemp("cnv"))


@pytest.fixture(scope="module")
def cnn(tmp_path_factory):
    """A small mixed-precision conv net (SWG, multi-bit MVAUs, pooling)."""
    out = tmp_path_factory.mktemp("cnn")
    _build(CNN, out, target_fps=5_000)
    return out


def _yosys_version() -> str:
    tool = find_yosys()
    text = subprocess.run([str(tool.path), "-V"], capture_output=True, text=True,
                          env=tool.environ()).stdout
    return re.search(r"Yosys\s+(\S+)", text).group(1)


def test_tfc_ooc_report_holds_real_yosys_counts(tfc):
    ooc = _report(tfc, "ooc_synth_and_timing.json")
    assert (ooc["tool"], ooc["family"], ooc["top"]) == ("yosys", "xc7", "finn_design")
    assert ooc["part"] == "xc7z020clg400-1"
    assert ooc["tool_version"] == _yosys_version()
    assert "fmax_mhz" not in ooc and "WNS" not in ooc  # Yosys has no timing engine
    assert ooc["LUT"] > ooc["LUTRAM"] > 0 and ooc["FF"] > 0 and ooc["Carry"] > 0
    assert ooc["synth_seconds"] > 0
    # MVAU_0's weights are ram_style "block": inferred as block RAM as the model says
    layers = _report(tfc, "post_synth_resources.json")
    mvau0 = next(r for r in _report(tfc, "estimate_vs_synth.json")["layers"]
                 if r["name"] == "MVAU_0")
    assert layers["MVAU_0"]["BRAM_18K"] + 2 * layers["MVAU_0"]["BRAM_36K"] \
        == mvau0["BRAM_estimate"] > 0
    assert ooc["DSP"] == 0 and ooc["URAM"] == 0  # binary network: no multipliers


def test_tfc_timing_estimate_names_a_real_layer(tfc):
    """Yosys's netlist gives an estimated fmax: consistent with the critical path's
    delay, in a real layer, and no better than any layer's own figure."""
    ooc = _report(tfc, "ooc_synth_and_timing.json")
    layers = _report(tfc, "post_synth_resources.json")
    names = [n.name for n in _model(tfc).graph.node]
    path = ooc["critical_path"]
    assert ooc["fmax_estimate_mhz"] == pytest.approx(1000 / path["delay_ns"], abs=0.05)
    assert path["layer"] in names and path["start_layer"] in names + ["(top)"]
    assert path["levels"] <= ooc["max_logic_levels"]
    assert path["cells"][0].startswith(("FD", "RAM", "SRL", "DSP")) and len(path["cells"]) >= 2
    assert path["start"] and path["end"]
    assert ooc["timing_model"]["family"] == "xc7" and ooc["timing_model"]["basis"]
    fmax = {n: layers[n]["fmax_estimate_mhz"] for n in names}
    assert min(fmax.values()) == ooc["fmax_estimate_mhz"] == fmax[path["layer"]]
    assert max(layers[n]["max_logic_levels"] for n in names) == ooc["max_logic_levels"]
    assert layers["total"]["fmax_estimate_mhz"] == ooc["fmax_estimate_mhz"]
    log = (tfc / LOG_FILE).read_text()
    assert f"fmax estimate {ooc['fmax_estimate_mhz']:.1f} MHz" in log and path["layer"] in log


def test_per_layer_resources_add_up_to_the_total(tfc):
    layers = _report(tfc, "post_synth_resources.json")
    names = [n.name for n in _model(tfc).graph.node]
    assert set(layers) == set(names) | {"total"}
    for key in RESOURCE_KEYS:
        assert sum(layers[n][key] for n in names) == layers["total"][key], key
    ooc = _report(tfc, "ooc_synth_and_timing.json")
    assert all(ooc[key] == layers["total"][key] for key in RESOURCE_KEYS)
    assert layers["StreamingFIFO_0"]["FF"] > 0 and layers["MVAU_0"]["LUT"] > 0


def test_estimate_vs_synth_rows_and_build_log(tfc):
    comparison = _report(tfc, "estimate_vs_synth.json")
    layers = _report(tfc, "post_synth_resources.json")
    model = _model(tfc)
    assert [r["name"] for r in comparison["layers"]] == [n.name for n in model.graph.node]
    assert comparison["tool"] == "yosys" and comparison["tolerance"] == 0.25
    for row in comparison["layers"]:
        synth = layers[row["name"]]
        assert row["LUT_synth"] == synth["LUT"]
        assert row["BRAM_synth"] == synth["BRAM_18K"] + 2 * synth["BRAM_36K"]
        if row["LUT_estimate"]:
            assert row["LUT_ratio"] == pytest.approx(row["LUT_synth"] / row["LUT_estimate"],
                                                     abs=1e-4)
        assert row["within_25pct"]["LUT"] == within(row["LUT_estimate"], row["LUT_synth"],
                                                    "LUT")
    log = (tfc / LOG_FILE).read_text()
    assert "Estimate vs yosys synthesis per layer" in log and "MVAU_0" in log


def test_estimator_within_tolerance_of_tfc_synthesis(tfc):
    """Every layer's LUT and BRAM estimate is within tolerance of what Yosys made of it,
    except Thresholding_0: its 784 channels share one threshold, so synthesis folds the
    threshold ROM into constants, which an estimate from node attributes cannot see."""
    rows = _report(tfc, "estimate_vs_synth.json")["layers"]
    missed = [r["name"] for r in rows if not all(r["within_25pct"].values())]
    assert set(missed) <= {"Thresholding_0"}, missed
    thr = next(r for r in rows if r["name"] == "Thresholding_0")
    assert thr["LUT_synth"] < thr["LUT_estimate"]  # the folded ROM, not missing logic


def test_small_conv_net_synthesis_and_estimates(cnn):
    ooc = _report(cnn, "ooc_synth_and_timing.json")
    layers = _report(cnn, "post_synth_resources.json")
    rows = _report(cnn, "estimate_vs_synth.json")["layers"]
    kinds = {r["op_type"] for r in rows}
    assert "ConvolutionInputGenerator" in kinds and "MVAU" in kinds
    assert ooc["LUT"] == layers["total"]["LUT"] > 0 and "fmax_mhz" not in ooc
    outside = [(r["name"], r["LUT_ratio"], r["BRAM_ratio"]) for r in rows
               if not all(r["within_25pct"].values())]
    assert len(outside) <= len(rows) // 5, outside


def test_cnv_ooc_report_holds_real_yosys_counts(cnv):
    ooc = _report(cnv, "ooc_synth_and_timing.json")
    layers = _report(cnv, "post_synth_resources.json")
    rows = _report(cnv, "estimate_vs_synth.json")["layers"]
    assert (ooc["tool"], ooc["tool_version"]) == ("yosys", _yosys_version())
    assert "fmax_mhz" not in ooc
    names = [n.name for n in _model(cnv).graph.node]
    assert set(layers) == set(names) | {"total"}
    for key in RESOURCE_KEYS:
        assert sum(layers[n][key] for n in names) == layers["total"][key] == ooc[key], key
    mvaus = [r for r in rows if r["op_type"] == "MVAU"]
    assert len(mvaus) == 9 and all(layers[r["name"]]["LUT"] > 0 for r in mvaus)
    assert ooc["BRAM_18K"] + ooc["BRAM_36K"] > 0  # the big weight memories are block RAM
    assert ooc["fmax_estimate_mhz"] > 0 and ooc["critical_path"]["layer"] in names
    # the estimate of the whole accelerator and of (nearly) every layer follows synthesis
    lut_est = sum(r["LUT_estimate"] for r in rows)
    assert abs(lut_est - ooc["LUT"]) <= 0.25 * ooc["LUT"], (lut_est, ooc["LUT"])
    outside = [(r["name"], r["LUT_ratio"], r["BRAM_ratio"]) for r in rows
               if not all(r["within_25pct"].values())]
    assert len(outside) <= len(rows) // 10, outside


def test_rerun_reads_the_synthesis_cache(tfc, tmp_path, capsys):
    out = tmp_path / "tfc"
    shutil.copytree(tfc, out)
    cfg = BuildConfig(output_dir=str(out), fpga_part="xc7z020clg400-1",
                      synth_clk_period_ns=10.0, generate_outputs=OUTPUTS)
    synth_step.step_out_of_context_synthesis(_model(out), cfg)
    again = _report(out, "ooc_synth_and_timing.json")
    first = _report(tfc, "ooc_synth_and_timing.json")
    assert again["cached"] is True and again["synth_seconds"] == first["synth_seconds"]
    assert {k: again[k] for k in RESOURCE_KEYS} == {k: first[k] for k in RESOURCE_KEYS}
    assert "(cached result)" in capsys.readouterr().out


# ---------------------------------------------------------------------- Vivado (fake)
_UTIL = """\
+----------------------------+-------+-------+-----------+-------+
|          Site Type         |  Used | Fixed | Available | Util% |
+----------------------------+-------+-------+-----------+-------+
| Slice LUTs*                |  {lut} |     0 |     53200 |  9.00 |
|   LUT as Memory            |   120 |     0 |     17400 |  0.69 |
| Slice Registers            |  4100 |     0 |    106400 |  3.85 |
| Block RAM Tile             |    11 |     0 |       140 |  7.86 |
|   RAMB36/FIFO*             |    11 |     0 |       140 |  7.86 |
|   RAMB18                   |     0 |     0 |       280 |  0.00 |
| DSPs                       |     0 |     0 |       220 |  0.00 |
| CARRY4                     |   400 |     0 |     13300 |  3.01 |
+----------------------------+-------+-------+-----------+-------+
"""


def _fake_vivado(bin_dir, modules: list[str], wns: float):
    """A ``vivado`` that writes the reports the OOC script would into its working
    directory (the step runs it in the ooc directory): one hierarchical row per module."""
    header = ("| Instance | Module | Total LUTs | Logic LUTs | LUTRAMs | SRLs | FFs | RAMB36 |"
              " RAMB18 | DSP48 Blocks |")
    rows = ["| finn_design | (top) | 4800 | 4680 | 120 | 0 | 4100 | 11 | 0 | 0 |"]
    rows += [f"|   u_{m} | {m} | {100 + i} | {100 + i} | 0 | 0 | {10 + i} | 0 | 0 | 0 |"
             for i, m in enumerate(modules)]
    script = textwrap.dedent(f"""\
        #!{sys.executable}
        import pathlib, sys
        assert sys.argv[1:3] == ["-mode", "batch"] and "-source" in sys.argv
        here = pathlib.Path.cwd()
        (here / "utilization.rpt").write_text({_UTIL.format(lut=4800)!r})
        (here / "utilization_hier.rpt").write_text({chr(10).join([header] + rows)!r})
        (here / "ooc_metrics.txt").write_text(
            "wns_ns {wns}\\nclk_ns 10\\nvivado_version 2024.1\\npart xc7z020clg400-1\\n")
        print("fake vivado ran", sys.argv[-1])
        """)
    path = bin_dir / "vivado"
    path.write_text(script)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def test_vivado_path_with_a_fake_vivado(tfc, tmp_path, monkeypatch):
    out = tmp_path / "tfc"
    shutil.copytree(tfc, out)
    (out / "report" / "ooc_synth_and_timing.json").unlink()
    model = _model(out)
    modules = [layer_module("finn_design", n.name) for n in model.graph.node]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_vivado(bin_dir, modules, wns=1.25)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    cfg = BuildConfig(output_dir=str(out), fpga_part="xc7z020clg400-1",
                      synth_clk_period_ns=10.0, generate_outputs=OUTPUTS)
    synth_step.step_out_of_context_synthesis(model, cfg)
    ooc = _report(out, "ooc_synth_and_timing.json")
    assert (ooc["tool"], ooc["tool_version"], ooc["LUT"], ooc["BRAM_36K"]) == \
        ("vivado", "2024.1", 4800, 11)
    assert ooc["fmax_mhz"] == pytest.approx(1000 / (10 - 1.25)) and ooc["WNS"] == 1.25
    # Yosys's timing estimate next to Vivado's figure (the tfc synthesis is cached)
    estimate = _report(tfc, "ooc_synth_and_timing.json")
    assert ooc["fmax_estimate_mhz"] == estimate["fmax_estimate_mhz"]
    assert ooc["critical_path"] == estimate["critical_path"]
    assert (out / "vivado" / "ooc" / "ooc_synth.tcl").is_file()
    layers = _report(out, "post_synth_resources.json")
    assert layers["MVAU_0"]["LUT"] == 100 + modules.index("finn_design_MVAU_0")
    assert layers["total"]["LUT"] == 4800
    assert layers["MVAU_0"]["fmax_estimate_mhz"] == \
        _report(tfc, "post_synth_resources.json")["MVAU_0"]["fmax_estimate_mhz"]
    assert _report(out, "estimate_vs_synth.json")["tool"] == "vivado"


def test_no_synthesis_tool_is_a_clear_error(tfc, tmp_path, monkeypatch):
    out = tmp_path / "tfc"
    shutil.copytree(tfc, out)
    shutil.rmtree(out / "report")
    monkeypatch.setattr(synth_step.shutil, "which", lambda name: None)
    monkeypatch.setattr(synth_step, "have_tool", lambda name: False)
    cfg = BuildConfig(output_dir=str(out), fpga_part="xc7z020clg400-1",
                      synth_clk_period_ns=10.0, generate_outputs=OUTPUTS)
    with pytest.raises(FinnVivadoError, match="needs Vivado or Yosys and found neither"):
        synth_step.step_out_of_context_synthesis(_model(out), cfg)
    assert not (out / "report").exists()  # nothing half-written


def test_step_without_the_output_does_nothing(tmp_path):
    cfg = BuildConfig(output_dir=str(tmp_path), fpga_part="xc7z020clg400-1",
                      generate_outputs=["estimate_reports"])
    assert synth_step.step_out_of_context_synthesis("model", cfg) == "model"
    assert not (tmp_path / "report").exists()
