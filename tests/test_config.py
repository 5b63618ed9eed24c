import json
import warnings
from pathlib import Path

import pytest

from finn_vivado.config import (
    BuildConfig,
    ConfigWarning,
    DataflowBuildConfig,
    DataflowOutputType,
    LargeFIFOMemStyle,
    ShellFlowType,
    VerificationStepType,
    config_field_docs,
    estimate_only_dataflow_steps,
    merge_overrides,
    read_config_file,
)
from finn_vivado.core.errors import FinnVivadoError

REPO = Path(__file__).resolve().parents[1]

# FINN's own example build config (finn/qnn-data/build_dataflow), verbatim.
FINN_EXAMPLE = {
    "output_dir": "output_tfc_w1a1_Pynq-Z1",
    "target_fps": 100000,
    "mvau_wwidth_max": 10000,
    "synth_clk_period_ns": 10.0,
    "board": "Pynq-Z1",
    "standalone_thresholds": False,
    "folding_config_file": "folding_config.json",
    "shell_flow_type": "vivado_zynq",
    "verify_save_rtlsim_waveforms": True,
    "fifosim_save_waveform": True,
    "verify_steps": ["initial_python", "streamlined_python", "folded_hls_cppsim",
                     "node_by_node_rtlsim", "stitched_ip_rtlsim"],
    "generate_outputs": ["estimate_reports", "stitched_ip", "rtlsim_performance", "pynq_driver",
                         "out_of_context_synth", "bitfile", "deployment_package"],
}


def test_defaults():
    cfg = BuildConfig(output_dir="out")
    assert cfg.synth_clk_period_ns == 10.0
    assert cfg.mvau_wwidth_max == 36
    assert cfg.generate_outputs == [DataflowOutputType.ESTIMATE_REPORTS]
    assert cfg.target_fps is None and cfg.folding_two_pass_relaxation is True
    assert cfg.verify_steps == []
    assert (cfg.verify_input_npy, cfg.verify_expected_output_npy) == ("input.npy", "expected_output.npy")
    assert cfg.save_intermediate_models and cfg.auto_fifo_depths and cfg.minimize_bit_width
    assert cfg.standalone_thresholds is False
    assert cfg.max_multithreshold_bit_width == 8
    assert cfg.large_fifo_mem_style is LargeFIFOMemStyle.AUTO
    assert cfg.auto_fifo_strategy.value == "largefifo_rtlsim"
    assert (cfg.board, cfg.fpga_part, cfg.shell_flow_type) == (None, None, None)
    assert (cfg.ip_vendor, cfg.ip_library, cfg.ip_name, cfg.ip_version) == (
        "xilinx_finn", "finn", "finn_design", "1.0")
    assert DataflowBuildConfig is BuildConfig


def test_finn_example_config_loads():
    cfg = BuildConfig.from_dict(FINN_EXAMPLE)
    assert cfg.fpga_part == "xc7z020clg400-1"
    assert cfg.shell_flow_type is ShellFlowType.VIVADO_ZYNQ
    assert len(cfg.generate_outputs) == 7 and cfg.wants(DataflowOutputType.BITFILE)
    assert cfg.verify_steps[-1] is VerificationStepType.STITCHED_IP_RTLSIM
    assert cfg.target_fps == 100000 and cfg.mvau_wwidth_max == 10000


def test_enum_names_values_and_members_are_accepted():
    cfg = BuildConfig(
        output_dir="o",
        generate_outputs=["ESTIMATE_REPORTS", "out_of_context_synth", DataflowOutputType.BITFILE,
                          "OOC_SYNTH"],
        large_fifo_mem_style="URAM",
        shell_flow_type="VITIS_ALVEO",
    )
    assert cfg.generate_outputs == [DataflowOutputType.ESTIMATE_REPORTS,
                                    DataflowOutputType.OOC_SYNTH, DataflowOutputType.BITFILE]
    assert cfg.large_fifo_mem_style is LargeFIFOMemStyle.URAM
    assert cfg.shell_flow_type is ShellFlowType.VITIS_ALVEO
    assert cfg.wants("bitfile") and cfg.wants("OOC_SYNTH") and not cfg.wants("stitched_ip")


def test_bad_enum_value_names_field_and_allowed_values():
    with pytest.raises(FinnVivadoError) as err:
        BuildConfig(output_dir="o", generate_outputs=["bitstream"])
    message = str(err.value)
    assert "generate_outputs" in message and "'bitstream'" in message
    for value in ("estimate_reports", "stitched_ip", "out_of_context_synth", "deployment_package"):
        assert value in message
    with pytest.raises(FinnVivadoError, match=r"'large_fifo_mem_style'.*block, distributed, ultra"):
        BuildConfig(output_dir="o", large_fifo_mem_style="bram36")
    with pytest.raises(FinnVivadoError, match="verify_steps"):
        BuildConfig(output_dir="o", verify_steps=["cppsim"])


@pytest.mark.parametrize("field,value,expected", [
    ("synth_clk_period_ns", "fast", "positive number"),
    ("synth_clk_period_ns", -5, "positive number"),
    ("synth_clk_period_ns", 0, "positive number"),
    ("hls_clk_period_ns", -1.0, "positive number"),
    ("target_fps", 0, "positive number"),
    ("target_fps", True, "positive number"),
    ("target_fps", float("inf"), "finite positive number"),
    ("synth_clk_period_ns", float("nan"), "finite positive number"),
    ("mvau_wwidth_max", 3.5, "positive integer"),
    ("auto_fifo_depths", "yes", "true or false"),
    ("output_dir", 5, "non-empty string"),
    ("signature", [1, "a"], "list of 0 to 256 integers"),
    ("ip_vendor", "my vendor", "no ':' or spaces"),
    ("ip_version", "v1", "version like 1.0"),
    ("steps", "step_tidy_up", "list of step names"),
])
def test_bad_values_name_the_field(field, value, expected):
    with pytest.raises(FinnVivadoError) as err:
        BuildConfig(**{"output_dir": "o", field: value})
    assert f"'{field}'" in str(err.value) and expected in str(err.value)


def test_numeric_normalisation():
    cfg = BuildConfig(output_dir="o", synth_clk_period_ns=5, mvau_wwidth_max=64.0,
                      auto_fifo_depths=0, ip_version=2)
    assert cfg.synth_clk_period_ns == 5.0 and isinstance(cfg.synth_clk_period_ns, float)
    assert cfg.mvau_wwidth_max == 64 and isinstance(cfg.mvau_wwidth_max, int)
    assert cfg.auto_fifo_depths is False and cfg.ip_version == "2"


def test_unknown_board_names_field_and_known_boards():
    with pytest.raises(FinnVivadoError) as err:
        BuildConfig(output_dir="o", board="Pynq-Z7")
    message = str(err.value)
    assert "'board'" in message and "'Pynq-Z7'" in message and "ZCU104" in message


def test_board_derivations():
    cfg = BuildConfig(output_dir="o", board="u250")
    assert cfg.board == "U250"
    assert cfg.fpga_part == "xcu250-figd2104-2L-e"
    assert cfg.shell_flow_type is ShellFlowType.VITIS_ALVEO
    assert cfg.vitis_platform == "xilinx_u250_gen3x16_xdma_2_1_202010_1"
    assert cfg.board_info().memory_bank == "DDR[0]"
    explicit = BuildConfig(output_dir="o", board="Pynq-Z2", fpga_part="xc7z020clg400-2")
    assert explicit.fpga_part == "xc7z020clg400-2"
    assert explicit.part_info().resources.LUT == 53200
    with pytest.raises(FinnVivadoError, match=r"'shell_flow_type'.*does not match board Pynq-Z2"):
        BuildConfig(output_dir="o", board="Pynq-Z2", shell_flow_type="vitis_alveo")


def test_resolvers():
    cfg = BuildConfig(output_dir="o", target_fps=100000, synth_clk_period_ns=10.0)
    assert cfg.resolve_cycles_per_frame() == 1000
    assert cfg.resolve_hls_clk_period() == 10.0
    assert BuildConfig(output_dir="o", hls_clk_period_ns=4).resolve_hls_clk_period() == 4.0
    with pytest.raises(FinnVivadoError, match="set 'board'.*or 'fpga_part'"):
        cfg.resolve_fpga_part()
    assert BuildConfig(output_dir="o", board="ZCU104")._resolve_driver_platform() == "zynq-iodma"
    assert BuildConfig(output_dir="o", board="U280")._resolve_driver_platform() == "alveo"


def test_unknown_fields_warn_once_naming_all():
    data = dict(FINN_EXAMPLE, folding_cfg="x.json", targt_fps=5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cfg = BuildConfig.from_dict(data)
    assert len(caught) == 1
    assert issubclass(caught[0].category, ConfigWarning)
    assert "folding_cfg" in str(caught[0].message) and "targt_fps" in str(caught[0].message)
    assert cfg.ignored_fields == ("folding_cfg", "targt_fps")


def test_no_warning_for_known_fields():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        BuildConfig.from_dict(FINN_EXAMPLE)


def test_dict_and_json_round_trip(tmp_path):
    cfg = BuildConfig.from_dict(FINN_EXAMPLE, base_dir=tmp_path)
    again = BuildConfig.from_dict(cfg.to_dict())
    assert again == cfg
    path = tmp_path / "saved.json"
    text = cfg.to_json(path)
    assert json.loads(path.read_text()) == json.loads(text) == cfg.to_dict()
    assert BuildConfig.from_json(path) == cfg
    assert cfg.to_dict()["generate_outputs"][1] == "stitched_ip"
    assert cfg.to_dict()["shell_flow_type"] == "vivado_zynq"


def test_relative_paths_resolve_against_json_dir(tmp_path):
    build_dir = tmp_path / "build"
    build_dir.mkdir()
    (build_dir / "cfg.json").write_text(json.dumps({
        "output_dir": "out", "folding_config_file": "fold.json",
        "specialize_layers_config_file": "/abs/spec.json", "verify_input_npy": "data/in.npy",
    }))
    cfg = BuildConfig.from_json(build_dir / "cfg.json")
    assert cfg.output_dir == str(build_dir / "out")
    assert cfg.folding_config_file == str(build_dir / "fold.json")
    assert cfg.specialize_layers_config_file == "/abs/spec.json"
    assert cfg.verify_input_npy == str(build_dir / "data" / "in.npy")
    assert cfg.verify_expected_output_npy == str(build_dir / "expected_output.npy")
    other = BuildConfig.from_json(build_dir / "cfg.json", base_dir=tmp_path)
    assert other.output_dir == str(tmp_path / "out")


def test_from_dict_without_base_dir_keeps_relative_paths(tmp_path):
    cfg = BuildConfig.from_dict({"output_dir": "out", "folding_config_file": "f.json"})
    assert (cfg.output_dir, cfg.folding_config_file) == ("out", "f.json")
    moved = cfg.with_base_dir(tmp_path)
    assert moved.folding_config_file == str(tmp_path / "f.json")
    assert moved.verify_input_npy == str(tmp_path / "input.npy")


def test_from_json_accepts_finn_json_text_and_dicts():
    cfg = BuildConfig.from_json(json.dumps(FINN_EXAMPLE))
    assert cfg.board == "Pynq-Z1"
    assert BuildConfig.from_json(FINN_EXAMPLE) == cfg


def test_bad_json_names_file_and_line(tmp_path):
    path = tmp_path / "cfg.json"
    path.write_text('{\n  "output_dir": "o",\n  "board": "Pynq-Z2",,\n}\n')
    with pytest.raises(FinnVivadoError, match=r"cfg\.json:3:\d+: invalid JSON"):
        BuildConfig.from_json(path)
    path.write_text("[1, 2]")
    with pytest.raises(FinnVivadoError, match="expected a JSON object"):
        read_config_file(path)
    with pytest.raises(FinnVivadoError, match=r"build config .*nope.json not found"):
        BuildConfig.from_json(tmp_path / "nope.json")


def test_custom_step_callables_are_kept_and_serialised_by_name():
    def custom_step_add_pre_proc(model, cfg):
        return model

    cfg = BuildConfig(output_dir="o", steps=[custom_step_add_pre_proc, "step_tidy_up",
                                             "step_convert_to_hls"])
    assert cfg.steps[0] is custom_step_add_pre_proc
    assert cfg.to_dict()["steps"] == ["custom_step_add_pre_proc", "step_tidy_up",
                                      "step_convert_to_hls"]
    with pytest.raises(FinnVivadoError, match="unknown step 'step_tidy'"):
        BuildConfig(output_dir="o", steps=["step_tidy"])
    with pytest.raises(FinnVivadoError, match="neither a step name nor a callable"):
        BuildConfig(output_dir="o", steps=[3])


def test_finn_step_list_constants():
    cfg = BuildConfig(output_dir="o", steps=estimate_only_dataflow_steps)
    assert cfg.steps[-1] == "step_generate_estimate_reports"


def test_merge_overrides_rederives_board_values():
    base = {"board": "Pynq-Z1", "fpga_part": "xc7z020clg400-1", "shell_flow_type": "vivado_zynq",
            "target_fps": 5}
    merged = merge_overrides(base, {"board": "U280", "target_fps": None, "stop_step": "x"})
    assert merged == {"board": "U280", "target_fps": 5, "stop_step": "x"}
    cfg = BuildConfig.from_dict(merge_overrides(base, {"board": "U280"}))
    assert cfg.fpga_part == "xcu280-fsvh2892-2L-e"
    kept = merge_overrides(base, {"board": "ZCU104", "fpga_part": "xczu7ev-ffvc1156-1-e"})
    assert kept["fpga_part"] == "xczu7ev-ffvc1156-1-e"


def test_readme_documents_every_config_field():
    readme = (REPO / "README.md").read_text()
    for name, kind, default, doc in config_field_docs():
        assert f"`{name}`" in readme, f"README config table lacks {name}"
        assert kind and default and doc


# ---- numeric ranges (transforms/value_checks) ------------------------------------------
@pytest.mark.parametrize("field,value", [
    ("synth_clk_period_ns", 1e300), ("synth_clk_period_ns", 0.5), ("synth_clk_period_ns", 1001),
    ("synth_clk_period_ns", True), ("synth_clk_period_ns", float("-inf")),
    ("hls_clk_period_ns", 1e-300), ("hls_clk_period_ns", "4"),
    ("target_fps", 1e300), ("target_fps", 1e-300), ("target_fps", float("nan")),
    ("target_fps", 2e9), ("rtlsim_batch_size", 0), ("rtlsim_batch_size", -1),
    ("rtlsim_batch_size", 10 ** 12), ("rtlsim_batch_size", 1e12), ("rtlsim_batch_size", 1.5),
    ("rtlsim_batch_size", True), ("rtlsim_batch_size", "100"),
    ("fifosim_n_inferences", 0), ("fifosim_n_inferences", 10 ** 7),
    ("mvau_wwidth_max", 0), ("mvau_wwidth_max", 2 ** 20 + 1), ("mvau_wwidth_max", float("inf")),
    ("max_multithreshold_bit_width", 0), ("max_multithreshold_bit_width", 17),
    ("signature", [-1]), ("signature", [2 ** 32]), ("signature", [True]), ("signature", 5),
    ("signature", list(range(257))),
])
def test_numeric_fields_out_of_range_name_the_field(field, value):
    with pytest.raises(FinnVivadoError) as err:
        BuildConfig(**{"output_dir": "o", field: value})
    message = str(err.value)
    assert message.startswith(f"config field '{field}': ") and "expected" in message
    assert "\n" not in message and len(message) < 400


@pytest.mark.parametrize("field,value,stored", [
    ("synth_clk_period_ns", 1, 1.0), ("synth_clk_period_ns", 1000.0, 1000.0),
    ("target_fps", 1e9, 1e9), ("target_fps", 0.001, 0.001),
    ("rtlsim_batch_size", 1_000_000, 1_000_000), ("rtlsim_batch_size", 100.0, 100),
    ("fifosim_n_inferences", 1, 1), ("mvau_wwidth_max", 2 ** 20, 2 ** 20),
    ("max_multithreshold_bit_width", 16, 16), ("signature", [0, 2 ** 32 - 1], [0, 2 ** 32 - 1]),
    ("signature", [], []),
])
def test_numeric_fields_at_their_bounds_are_kept(field, value, stored):
    cfg = BuildConfig(**{"output_dir": "o", field: value})
    assert getattr(cfg, field) == stored and type(getattr(cfg, field)) is type(stored)


def test_numpy_scalars_are_numbers():
    np = pytest.importorskip("numpy")
    cfg = BuildConfig(output_dir="o", rtlsim_batch_size=np.int64(8),
                      synth_clk_period_ns=np.float32(5.0))
    assert cfg.rtlsim_batch_size == 8 and cfg.synth_clk_period_ns == 5.0
    with pytest.raises(FinnVivadoError, match="rtlsim_batch_size"):
        BuildConfig(output_dir="o", rtlsim_batch_size=np.bool_(True))


def test_range_checks_directly():
    from finn_vivado.transforms.value_checks import Choice, FloatRange, IntList, IntRange

    depth = IntRange(2, 16, "why")
    assert depth.check("f", 4.0) == 4 and depth.describe() == "int 2..16"
    for bad in (1, 17, 2.5, "4", None, True, float("nan"), [4]):
        with pytest.raises(FinnVivadoError, match=r"^f: .* is not valid; expected a positive "
                                                   r"integer from 2 to 16 \(why\)$"):
            depth.check("f", bad)
    assert FloatRange(0, 5).check("g", 5) == 5.0
    with pytest.raises(FinnVivadoError, match="finite positive number of at most 5"):
        FloatRange(0, 5).check("g", 0)
    assert IntList(IntRange(1, 9)).check("h", 3) == [3]
    with pytest.raises(FinnVivadoError, match="h: \\[\\] is not valid"):
        IntList(IntRange(1, 9)).check("h", [])
    assert Choice(("a", "b")).check("c", "b") == "b"
    with pytest.raises(FinnVivadoError, match="one of 'a', 'b'"):
        Choice(("a", "b")).check("c", "A")


def test_long_values_are_shortened_in_messages():
    with pytest.raises(FinnVivadoError) as err:
        BuildConfig(output_dir="o", signature=[2 ** 33] * 1000)
    assert len(str(err.value)) < 300


# ---- JSON ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,fragments", [
    ('{"target_fps": NaN}', ["cfg.json:1:16:", "NaN at target_fps"]),
    ('{\n  "signature": [1, -Infinity]\n}', ["cfg.json:2:20:", "-Infinity at signature[1]"]),
    ('{"a": "NaN", "synth_clk_period_ns": Infinity}', ["cfg.json:1:37:", "Infinity at synth"]),
    ('{"target_fps": 1e400}', ["1e400 at target_fps"]),
])
def test_json_nan_and_infinity_literals_are_refused(tmp_path, text, fragments):
    path = tmp_path / "cfg.json"
    path.write_text(text)
    with pytest.raises(FinnVivadoError) as err:
        read_config_file(path)
    for fragment in fragments:
        assert fragment in str(err.value)
    assert "not a finite number" in str(err.value)


def test_json_text_source_refuses_nan_too():
    with pytest.raises(FinnVivadoError, match="NaN at rtlsim_batch_size"):
        BuildConfig.from_json('{"output_dir": "o", "rtlsim_batch_size": NaN}')


def test_config_file_that_is_a_pipe_is_refused(tmp_path):
    import os

    pipe = tmp_path / "cfg.json"
    os.mkfifo(pipe)
    with pytest.raises(FinnVivadoError, match="not a regular file"):
        read_config_file(pipe)


def test_to_json_writes_atomically(tmp_path, monkeypatch):
    from finn_vivado.core import fsio

    calls = []
    real = fsio.atomic_open
    monkeypatch.setattr(fsio, "atomic_open", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    path = tmp_path / "cfg.json"
    BuildConfig(output_dir="o").to_json(path)
    assert calls == [path] and json.loads(path.read_text())["output_dir"] == "o"
    assert [p.name for p in tmp_path.iterdir()] == ["cfg.json"]


# ---- input files (check_inputs, run by validate() before a build writes anything) --------
def _npy(path, array, allow_pickle=False):
    import numpy as np

    np.save(path, array, allow_pickle=allow_pickle)
    return str(path)


def test_verify_steps_need_an_existing_input(tmp_path):
    cfg = BuildConfig(output_dir="o", verify_steps=["initial_python"],
                      verify_input_npy=str(tmp_path / "missing.npy"))
    with pytest.raises(FinnVivadoError, match=r"'verify_input_npy': .*missing.npy not found"):
        cfg.validate()
    BuildConfig(output_dir="o", verify_input_npy=str(tmp_path / "missing.npy")).validate()


def test_expected_output_may_be_missing_only_under_its_default_name(tmp_path):
    import numpy as np

    inp = _npy(tmp_path / "input.npy", np.zeros((1, 64), np.float32))
    cfg = BuildConfig.from_dict({"output_dir": "o", "verify_steps": ["initial_python"]},
                                base_dir=tmp_path)
    assert not cfg.expected_output_given()
    cfg.validate()  # the source model is the reference
    cfg = BuildConfig.from_dict({"output_dir": "o", "verify_steps": ["initial_python"],
                                 "verify_expected_output_npy": "expected_output.npy"},
                                base_dir=tmp_path)
    assert cfg.expected_output_given() and cfg.with_base_dir(tmp_path).expected_output_given()
    with pytest.raises(FinnVivadoError, match="'verify_expected_output_npy': .* not found"):
        cfg.validate()
    direct = BuildConfig(output_dir="o", verify_steps=["initial_python"], verify_input_npy=inp,
                         verify_expected_output_npy=str(tmp_path / "exp.npy"))
    with pytest.raises(FinnVivadoError, match="exp.npy not found"):
        direct.validate()


@pytest.mark.parametrize("make,fragment", [
    (lambda p: _npy(p, __import__("numpy").array(["a"])), "holds <U1 values"),
    (lambda p: _npy(p, __import__("numpy").array([{}], dtype=object), True), "pickled"),
    (lambda p: p.write_bytes(b"\x80\x04K\x01.") and str(p), "not a .npy file"),
    (lambda p: _npy(p, __import__("numpy").full(3, float("nan"))), "NaN"),
    (lambda p: _npy(p, __import__("numpy").array([1, float("inf")])), "flat index 1"),
    (lambda p: _npy(p, __import__("numpy").zeros((0, 3))), "no values"),
    (lambda p: _npy(p, __import__("numpy").ones(2, "complex128")), "complex128"),
    (lambda p: _npy(p, __import__("numpy").array([1e300])), "float32 range"),
    (lambda p: _npy(p, __import__("numpy").zeros(2, [("a", "i4")])), "values; expected numbers"),
])
def test_bad_verification_arrays_name_field_and_file(tmp_path, make, fragment):
    path = tmp_path / "data.npy"
    make(path)
    cfg = BuildConfig(output_dir="o", verify_steps=["initial_python"],
                      verify_input_npy=str(path))
    with pytest.raises(FinnVivadoError) as err:
        cfg.validate()
    message = str(err.value)
    assert message.startswith(f"config field 'verify_input_npy': {path}") and fragment in message


def test_truncated_npy_is_refused_without_reading_it(tmp_path):
    import numpy as np

    from finn_vivado.flow.config_checks import load_npy

    path = tmp_path / "big.npy"
    _npy(path, np.zeros((4, 64), np.float32))
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(FinnVivadoError, match=r"truncated: .*\[4, 64\] of float32"):
        load_npy(path, "x")
    huge = path.read_bytes().replace(b"(4, 64)", b"(4000000000000, 64)")
    path.write_bytes(huge)  # a header claiming terabytes is refused before any allocation
    with pytest.raises(FinnVivadoError, match="truncated"):
        load_npy(path, "x")
    assert load_npy(_npy(tmp_path / "ok.npy", np.arange(3)), "x").tolist() == [0, 1, 2]


def test_folding_file_is_checked_with_the_config(tmp_path):
    fold = tmp_path / "fold.json"
    fold.write_text(json.dumps({"StreamingFIFO_3": {"depth": 10 ** 12}}))
    cfg = BuildConfig(output_dir="o", folding_config_file=str(fold))
    with pytest.raises(FinnVivadoError, match=r"fold.json: node StreamingFIFO_3: depth="):
        cfg.validate()
    BuildConfig(output_dir="o", folding_config_file=str(tmp_path / "later.json")).validate()


def test_specialize_layers_file_is_checked_with_the_config(tmp_path):
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"MVAU_0": {"preferred_impl_style": "verilog"}}))
    cfg = BuildConfig(output_dir="o", specialize_layers_config_file=str(spec))
    with pytest.raises(FinnVivadoError, match=r"specialize layers config .*spec.json: node "
                                              r"MVAU_0: preferred_impl_style='verilog'"):
        cfg.validate()
    spec.write_text(json.dumps({"MVAU_0": {"preferred_impl_style": "rtl"}}))
    cfg.validate()
