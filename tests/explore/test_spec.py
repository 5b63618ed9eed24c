"""The sweep spec: axes, options, strict validation with one-line errors naming the key."""

import json

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.explore.spec import DEFAULT_BUILD_OUTPUTS, SweepSpec, load_sweep, parse_sweep


def test_points_are_the_product_of_the_axes_in_key_order():
    spec = parse_sweep({"target_fps": [1000, 2000], "ram_style": ["auto", "block"],
                        "mvau_wwidth_max": [36], "build_top": 4})
    assert spec.keys == ["target_fps", "ram_style", "mvau_wwidth_max"]
    assert spec.build_top == 4
    assert spec.points() == [
        {"target_fps": 1000, "ram_style": "auto", "mvau_wwidth_max": 36},
        {"target_fps": 1000, "ram_style": "block", "mvau_wwidth_max": 36},
        {"target_fps": 2000, "ram_style": "auto", "mvau_wwidth_max": 36},
        {"target_fps": 2000, "ram_style": "block", "mvau_wwidth_max": 36}]


def test_defaults_and_the_empty_spec():
    spec = parse_sweep({})
    assert spec.points() == [{}]
    assert spec.build_outputs == DEFAULT_BUILD_OUTPUTS
    assert load_sweep(None).points() == [{}]


def test_build_outputs_always_include_the_estimate_reports():
    spec = parse_sweep({"build_outputs": ["STITCHED_IP", "rtlsim_performance"]})
    assert spec.build_outputs == ("estimate_reports", "stitched_ip", "rtlsim_performance")


@pytest.mark.parametrize("data,words", [
    ({"target_fsp": [1]}, ["'target_fsp'", "unknown key", "target_fps"]),
    ({"target_fps": []}, ["'target_fps'", "empty"]),
    ({"target_fps": 1000}, ["'target_fps'", "list"]),
    ({"target_fps": [1000, -5]}, ["'target_fps'"]),
    ({"synth_clk_period_ns": ["fast"]}, ["'synth_clk_period_ns'"]),
    ({"mvau_wwidth_max": [36, 0]}, ["'mvau_wwidth_max'"]),
    ({"board": ["Pynq-Z9"]}, ["'board'"]),
    ({"fpga_part": ["xc9z999"]}, ["'fpga_part'", "unknown FPGA part"]),
    ({"ram_style": ["bram"]}, ["'ram_style'", "auto, block, distributed, ultra"]),
    ({"resType": ["lut", "lut"]}, ["'resType'", "repeat"]),
    ({"build_top": -1}, ["'build_top'"]),
    ({"build_top": [2]}, ["'build_top'"]),
    ({"build_outputs": ["bitstream"]}, ["'build_outputs'"]),
    ({"output_dir": ["a"]}, ["'output_dir'", "not a sweep axis"]),
    ({"target_fps": [[1000]]}, ["'target_fps'", "single value"]),
    ({"folding_config_file": ["missing.json"]}, ["'folding_config_file'", "not found"]),
])
def test_bad_specs_are_one_line_errors_naming_the_key(data, words):
    with pytest.raises(FinnVivadoError) as info:
        parse_sweep(data, "sweep spec s.json")
    message = str(info.value)
    assert "\n" not in message and message.startswith("sweep spec s.json: key ")
    for word in words:
        assert word in message


def test_not_an_object():
    with pytest.raises(FinnVivadoError, match="expected a JSON object"):
        parse_sweep([1, 2])


def test_file_paths_resolve_against_the_spec_file(tmp_path):
    (tmp_path / "fold.json").write_text("{}")
    (tmp_path / "s.json").write_text(json.dumps({"folding_config_file": ["fold.json"]}))
    spec = load_sweep(tmp_path / "s.json")
    assert spec.axes == (("folding_config_file", (str(tmp_path / "fold.json"),)),)


def test_file_errors(tmp_path):
    with pytest.raises(FinnVivadoError, match=r"sweep spec .*nope.json not found"):
        load_sweep(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{\"target_fps\": [1,]")
    with pytest.raises(FinnVivadoError, match="bad.json"):
        load_sweep(tmp_path / "bad.json")


def test_a_spec_object_passes_through():
    spec = SweepSpec(axes=(("target_fps", (1.0,)),))
    assert load_sweep(spec) is spec


def test_too_many_candidates_is_refused_before_any_work():
    spec = {"target_fps": list(range(1000, 3000)), "mvau_wwidth_max": list(range(10, 1010))}
    with pytest.raises(FinnVivadoError, match=r"2000 target_fps x 1000 mvau_wwidth_max = "
                                              r"2,000,000 candidates; a sweep has at most 10,000"):
        parse_sweep(spec)
    with pytest.raises(FinnVivadoError, match="20,000 values"):
        parse_sweep({"target_fps": list(range(1, 20001))})
    assert len(parse_sweep({"target_fps": list(range(1, 101)),
                            "mvau_wwidth_max": list(range(1, 101))}).points()) == 10_000
