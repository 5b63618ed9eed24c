"""VCD waveforms: verify_save_rtlsim_waveforms, fifosim_save_waveform, traced builds."""

import re

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim.stitched import StitchedSim, random_frames
from finn_vivado.backends.stitched.design import StitchedDesign

from reference_outputs import assert_exact, produced_output
from stitch_helpers import MODELS, build_tfc_verified, requires_verilator

RESET_CYCLES = 4  # the driver's reset, before the counted cycles


@pytest.fixture(scope="module")
def traced_build(tmp_path_factory):
    return build_tfc_verified(
        tmp_path_factory.mktemp("tfc_waves"), verify_save_rtlsim_waveforms=True,
        fifosim_save_waveform=True, generate_outputs=["estimate_reports", "stitched_ip"],
        stop_step="step_create_stitched_ip")


def parse_vcd(path):
    """(top-scope variable name -> id code, list of (id code, value) changes)."""
    text = path.read_text()
    head, sep, body = text.partition("$enddefinitions")
    assert sep, f"{path}: no $enddefinitions"
    top, depth = {}, 0
    for line in head.splitlines():
        line = line.strip()
        if line.startswith("$scope"):
            depth += 1
        elif line.startswith("$upscope"):
            depth -= 1
        elif line.startswith("$var") and depth == 1:
            parts = line.split()
            top.setdefault(parts[4], parts[3])
    changes = []
    for line in body.splitlines():
        line = line.strip()
        m = re.fullmatch(r"([01xz])(\S+)", line)
        if m:
            changes.append((m.group(2), m.group(1)))
    return top, changes


def rising_edges(changes, code) -> int:
    return sum(1 for c, v in changes if c == code and v == "1")


@requires_verilator
def test_build_writes_waveforms(traced_build):
    out = traced_build / "verification_output"
    for step in ("node_by_node_rtlsim", "stitched_ip_rtlsim"):
        # tracing leaves the values alone: the reference labels, compared here
        assert_exact(produced_output(traced_build, step),
                     np.load(MODELS / "finn_tfc_w1a1" / "expected_output.npy"), step)
        assert (out / f"{step}_SUCCESS.npy").is_file(), step
    top, changes = parse_vcd(out / "stitched_ip_rtlsim.vcd")
    assert "ap_clk" in top and "s_axis_0_tvalid" in top
    assert rising_edges(changes, top["ap_clk"]) > RESET_CYCLES
    nodes = sorted(p.name for p in out.glob("node_by_node_rtlsim_*.vcd"))
    assert "node_by_node_rtlsim_MVAU_0.vcd" in nodes
    for name in nodes:
        top, _ = parse_vcd(out / name)
        assert "ap_clk" in top and "m_axis_0_tvalid" in top, name
    top, changes = parse_vcd(traced_build / "fifo_sizing" / "fifosim.vcd")
    assert rising_edges(changes, top["ap_clk"]) > RESET_CYCLES


@requires_verilator
def test_traced_run_matches_untraced(traced_build, tmp_path):
    design = StitchedDesign.load(traced_build / "stitched_ip")
    words = random_frames(design, 4, seed=5)
    plain = StitchedSim(design).run(words, 4, stall=0.2, seed=2).check()
    traced_sim = StitchedSim(design, trace=True)
    vcd = tmp_path / "run.vcd"
    traced = traced_sim.run(words, 4, stall=0.2, seed=2, trace_file=vcd).check()
    assert np.array_equal(plain.outputs, traced.outputs)
    assert (plain.cycles, plain.sim_cycles) == (traced.cycles, traced.sim_cycles)
    top, changes = parse_vcd(vcd)
    # one rising clock edge per reset and simulated cycle
    assert rising_edges(changes, top["ap_clk"]) == RESET_CYCLES + traced.sim_cycles
    accepted = [v for c, v in changes if c == top["s_axis_0_tready"]]
    assert "1" in accepted
    with pytest.raises(FinnVivadoError, match="traced build"):
        StitchedSim(design).run(words, 4, trace_file=tmp_path / "no.vcd")
    assert not (tmp_path / "no.vcd").exists()
