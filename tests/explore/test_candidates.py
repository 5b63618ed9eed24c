"""Candidates and content keys: equal inputs, equal key; any input that changes the
result, a new key; paths and output directories do not count, file contents do."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.explore.candidates import make_candidates
from finn_vivado.explore.spec import parse_sweep

BASE = {"fpga_part": "xc7z020clg400-1", "synth_clk_period_ns": 10.0}


@pytest.fixture()
def model(tmp_path):
    path = tmp_path / "m.onnx"
    path.write_bytes(b"model bytes")
    return path


def keys(model, base=BASE, sweep=None):
    return [c.key for c in make_candidates(model, base, parse_sweep(sweep or {}))]


def test_one_candidate_per_point_with_its_part_and_label(model):
    cands = make_candidates(model, BASE, parse_sweep(
        {"target_fps": [1000, 2000], "board": ["Pynq-Z2", "ZCU104"], "ram_style": ["block"]}))
    assert len(cands) == 4 and len({c.key for c in cands}) == 4
    assert [c.part for c in cands] == ["xc7z020clg400-1", "xczu7ev-ffvc1156-2-e"] * 2
    assert cands[0].label == "target_fps=1000 board=Pynq-Z2 ram_style=block"
    assert cands[0].policies == {"ram_style": "block"}
    assert "ram_style" not in cands[0].config and cands[0].config["target_fps"] == 1000
    assert "fpga_part" not in cands[0].config  # a swept board replaces the base part


def test_keys_are_stable_and_ignore_output_dir(model):
    assert keys(model) == keys(model)
    assert keys(model) == keys(model, {**BASE, "output_dir": "/elsewhere", "verbose": True})


def test_keys_change_with_model_config_and_policy(model, tmp_path):
    first = keys(model)[0]
    assert keys(model, {**BASE, "mvau_wwidth_max": 72})[0] != first
    assert keys(model, sweep={"ram_style": ["block"]})[0] != first
    other = tmp_path / "other.onnx"
    other.write_bytes(b"other model bytes")
    assert keys(other)[0] != first


def test_files_count_by_content_not_path(model, tmp_path):
    a, b = tmp_path / "a.npy", tmp_path / "b.npy"
    np.save(a, np.zeros(3))
    np.save(b, np.zeros(3))
    key_a = keys(model, {**BASE, "verify_input_npy": str(a)})
    assert key_a == keys(model, {**BASE, "verify_input_npy": str(b)})
    np.save(b, np.ones(3))
    assert key_a != keys(model, {**BASE, "verify_input_npy": str(b)})


def test_same_effective_config_counts_once(model):
    # the board's part and the part itself give the same build
    cands = make_candidates(model, {"synth_clk_period_ns": 10.0}, parse_sweep(
        {"fpga_part": ["xc7z020clg400-1"]}))
    assert len(cands) == 1


def test_a_bad_combination_names_the_candidate(model):
    with pytest.raises(FinnVivadoError, match="sweep candidate .*shell_flow_type"):
        make_candidates(model, {"shell_flow_type": "vitis_alveo", "board": "Pynq-Z2"},
                        parse_sweep({"fpga_part": ["xc7z020clg400-1"]}))
