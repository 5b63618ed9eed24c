"""Build configuration: FINN's DataflowBuildConfig fields, typed, validated, JSON round-trip.

``BuildConfig`` accepts every field of FINN's ``DataflowBuildConfig`` with FINN's names,
spellings and defaults (except where noted in the README), plus a few of our own
(``ip_repo`` and the IP VLNV).  Values are checked when the config is made: a wrong type,
an unknown enum value, a number out of its range (every number is finite and bounded, see
:mod:`finn_vivado.flow.config_types`) or an unknown board raises FinnVivadoError naming the
field and the allowed values.  :meth:`BuildConfig.validate` (run by the build before it
writes anything) also checks the files the config names: folding and specialize-layers
configs, and the verification .npy files.  Unknown fields in a dict or JSON file produce
one warning naming all of them; JSON with NaN or Infinity is refused.

``fpga_part``, ``shell_flow_type`` and (for Alveo) ``vitis_platform`` are taken from the
board when not given.  With a ``base_dir`` (the build directory, or the directory of the
JSON file), relative paths resolve against it, as in FINN's simple build mode.
"""

from __future__ import annotations

import dataclasses
import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Mapping, Optional, Union

from finn_vivado.core.boards import Board, PartInfo, get_board, part_info
from finn_vivado.flow.config_types import (
    CLOCK_NS,
    SIGNATURE,
    SIM_FRAMES,
    TARGET_FPS,
    THRESHOLD_BITS,
    WWIDTH,
    AutoFIFOSizingMethod,
    DataflowOutputType,
    LargeFIFOMemStyle,
    ShellFlowType,
    VerificationStepType,
    VitisOptStrategy,
    check_value,
    describe_kind,
    to_enum,
)
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.fsio import atomic_write
from finn_vivado.flow.config_checks import check_input_files, read_config_file
from finn_vivado.transforms.value_checks import parse_json
from finn_vivado.flow.step_names import (STEP_NAMES_DEFAULT, STEP_NAMES_ESTIMATE_ONLY,
                                         canonical_step_name, step_display_name)

__all__ = [
    "AutoFIFOSizingMethod",
    "BuildConfig",
    "ConfigWarning",
    "DataflowBuildConfig",
    "DataflowOutputType",
    "LargeFIFOMemStyle",
    "ShellFlowType",
    "VerificationStepType",
    "VitisOptStrategy",
    "VitisOptStrategyCfg",
    "config_field_docs",
    "default_build_dataflow_steps",
    "estimate_only_dataflow_steps",
    "hw_codegen_dataflow_steps",
    "merge_overrides",
    "read_config_file",
]

#: FINN's module-level step lists, for scripts written against finn.builder.
default_build_dataflow_steps: list[str] = list(STEP_NAMES_DEFAULT)
estimate_only_dataflow_steps: list[str] = list(STEP_NAMES_ESTIMATE_ONLY)
hw_codegen_dataflow_steps: list[str] = list(STEP_NAMES_ESTIMATE_ONLY) + ["step_hw_codegen"]
VitisOptStrategyCfg = VitisOptStrategy


class ConfigWarning(UserWarning):
    """A config problem that does not stop the build (e.g. unknown fields)."""



def _f(default: Any, kind: Any, doc: str, optional: bool = False, factory: Any = None) -> Any:
    meta = {"kind": kind, "doc": doc, "optional": optional}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


_DEFAULT_EXPECTED = "expected_output.npy"

_PATH_FIELDS = (
    "output_dir",
    "folding_config_file",
    "specialize_layers_config_file",
    "verify_input_npy",
    "verify_expected_output_npy",
    "vitis_floorplan_file",
    "ip_repo",
)


#: FINN fields accepted for compatibility that do not change what this version builds.
_NO_EFFECT = {
    "verify_save_full_context": "only the verified outputs are saved",
    "stitched_ip_gen_dcp": "no .dcp is made; use step_out_of_context_synthesis",
    "split_large_fifos": "FIFOs are not split",
    "default_swg_exception": "FIFOs after sliding windows are sized like all others",
    "fifosim_input_throttle": "the first sizing run is always throttled",
    "auto_fifo_strategy": "every strategy sizes FIFOs by the same simulation",
    "enable_hw_debug": "no debug cores are inserted",
    "input_range_info": "input ranges come from the model's quantizers",
    "vitis_opt_strategy": "v++ links with its default optimisation",
    "vitis_floorplan_file": "no SLR floorplan is applied",
}


@dataclass
class BuildConfig:
    """Configuration of one build; see the README's config table for every field."""

    output_dir: Optional[str] = _f(None, "path", "Directory for all build outputs.", True)
    synth_clk_period_ns: float = _f(10.0, CLOCK_NS, "Target clock period in ns.")
    generate_outputs: list = _f(
        None, ("list", DataflowOutputType), "Output products to generate.",
        factory=lambda: [DataflowOutputType.ESTIMATE_REPORTS],
    )
    specialize_layers_config_file: Optional[str] = _f(
        None, "path", "JSON choosing the implementation style per layer.", True)
    folding_config_file: Optional[str] = _f(
        None, "path", "JSON with per-layer PE/SIMD/ram_style/FIFO depths.", True)
    target_fps: Optional[float] = _f(
        None, TARGET_FPS, "Target throughput (frames/s) for automatic folding.", True)
    folding_two_pass_relaxation: bool = _f(
        True, "bool", "Re-run folding with the achievable target if target_fps is missed.")
    verify_steps: list = _f(
        None, ("list", VerificationStepType), "Steps after which the model is verified.",
        optional=True, factory=list,
    )
    verify_input_npy: str = _f("input.npy", "path", "Input .npy for verification.")
    verify_expected_output_npy: str = _f(
        _DEFAULT_EXPECTED, "path", "Expected output .npy for verification.")
    verify_save_full_context: bool = _f(False, "bool", "Save every tensor when verifying.")
    verify_save_rtlsim_waveforms: bool = _f(False, "bool", "Save .vcd waveforms of rtlsim.")
    stitched_ip_gen_dcp: bool = _f(False, "bool", "Also synthesise a .dcp of the stitched IP.")
    signature: Optional[list] = _f(None, SIGNATURE, "Signature words readable over AXI-Lite.", True)
    mvau_wwidth_max: int = _f(36, WWIDTH, "Max MVAU weight stream width (SIMD*Wbits).")
    standalone_thresholds: bool = _f(False, "bool", "Thresholds as separate layers.")
    input_div255: bool = _f(
        False, "bool", "Feed UINT8 pixels: prepend x/255 to a float-input model (ToTensor).")
    minimize_bit_width: bool = _f(True, "bool", "Shrink weight/accumulator widths.")
    board: Optional[str] = _f(None, "str", "Target board (see finn-vivado boards).", True)
    shell_flow_type: Optional[ShellFlowType] = _f(
        None, ShellFlowType, "Shell flow; taken from the board if not given.", True)
    fpga_part: Optional[str] = _f(None, "str", "FPGA part; taken from the board if not given.", True)
    auto_fifo_depths: bool = _f(True, "bool", "Size FIFOs automatically by simulation.")
    split_large_fifos: bool = _f(False, "bool", "Split FIFOs deeper than 32768.")
    auto_fifo_strategy: AutoFIFOSizingMethod = _f(
        AutoFIFOSizingMethod.LARGEFIFO_RTLSIM, AutoFIFOSizingMethod, "FIFO sizing method.")
    force_python_rtlsim: bool = _f(False, "bool", "Accepted for FINN compatibility.")
    large_fifo_mem_style: LargeFIFOMemStyle = _f(
        LargeFIFOMemStyle.AUTO, LargeFIFOMemStyle, "Memory style of large FIFOs.")
    fifosim_n_inferences: Optional[int] = _f(
        None, SIM_FRAMES, "Frames simulated for FIFO sizing.", True)
    fifosim_input_throttle: bool = _f(True, "bool", "Throttle input during FIFO sizing.")
    fifosim_save_waveform: bool = _f(False, "bool", "Save FIFO-sizing waveforms.")
    hls_clk_period_ns: Optional[float] = _f(
        None, CLOCK_NS, "Layer clock period; defaults to synth_clk_period_ns.", True)
    default_swg_exception: bool = _f(False, "bool", "Cap FIFOs after sliding windows.")
    vitis_platform: Optional[str] = _f(
        None, "str", "Vitis platform; taken from an Alveo board if not given.", True)
    vitis_floorplan_file: Optional[str] = _f(None, "path", "SLR floorplan JSON (Alveo).", True)
    vitis_opt_strategy: VitisOptStrategy = _f(
        VitisOptStrategy.DEFAULT, VitisOptStrategy, "v++ optimisation strategy.")
    save_intermediate_models: bool = _f(True, "bool", "Save the model after every step.")
    enable_hw_debug: bool = _f(False, "bool", "Insert debug cores (ILA).")
    enable_build_pdb_debug: bool = _f(False, "bool", "Open pdb post-mortem on a crash.")
    verbose: bool = _f(False, "bool", "Echo step output and warnings to the console.")
    steps: Optional[list] = _f(None, "any", "Steps to run (names or callables).", True)
    start_step: Optional[str] = _f(None, "str", "First step to run (resumes a build).", True)
    stop_step: Optional[str] = _f(None, "str", "Last step to run.", True)
    max_multithreshold_bit_width: int = _f(
        8, THRESHOLD_BITS, "Widest activation Quant turned into thresholds.")
    rtlsim_batch_size: int = _f(1, SIM_FRAMES, "Frames for the rtlsim performance test.")
    rtlsim_use_vivado_comps: bool = _f(True, "bool", "Accepted for FINN compatibility.")
    input_range_info: Optional[Any] = _f(None, "any", "Input range info (FINN).", True)
    ip_repo: Optional[str] = _f(None, "path", "Vivado IP repository to install the IP into.", True)
    ip_vendor: str = _f("xilinx_finn", "vlnv", "Vendor part of the accelerator IP's VLNV.")
    ip_library: str = _f("finn", "vlnv", "Library part of the accelerator IP's VLNV.")
    ip_name: str = _f("finn_design", "vlnv", "Name part of the accelerator IP's VLNV.")
    ip_version: str = _f("1.0", "version", "Version part of the accelerator IP's VLNV.")

    #: Fields present in the source dict/JSON that are not config fields (ignored).
    ignored_fields: ClassVar[tuple[str, ...]] = ()

    def without_effect(self) -> list[str]:
        """FINN fields set away from their default that this version does not act on,
        each with what happens instead (the build warns about them)."""
        defaults = {f.name: f.default for f in dataclasses.fields(self)}
        return [f"{name} ({what})" for name, what in _NO_EFFECT.items()
                if getattr(self, name) != defaults[name]]

    def __post_init__(self) -> None:
        self._given: Optional[frozenset] = None  # fields set in the source dict (from_dict)
        self.check_fields()

    # ---------------------------------------------------------------- validation
    def validate(self) -> None:
        """Everything a build relies on: :meth:`check_fields`, then :meth:`check_inputs`
        (build() calls this before it writes anything)."""
        self.check_fields()
        self.check_inputs()

    def check_fields(self) -> None:
        """Check and normalise every field; derive board-dependent fields (done when the
        config is made)."""
        for f in dataclasses.fields(self):
            meta = f.metadata
            value = getattr(self, f.name)
            if f.name == "verify_steps" and value is None:
                value = []
            setattr(self, f.name, check_value(f.name, meta["kind"], value, meta["optional"]))
        self._check_steps()
        self._derive_from_board()

    def check_inputs(self) -> None:
        """Check the input files the config names: the folding and specialize-layers
        configs (JSON shape and values,
        :func:`~finn_vivado.transforms.folding_file.read_node_config`; a missing one is
        reported by the step that reads it) and, with
        verify_steps, verify_input_npy and verify_expected_output_npy (numeric .npy
        arrays, see :func:`~finn_vivado.flow.config_checks.load_npy`). The expected
        output may be missing only under its default name: then the source model's
        output is the reference."""
        check_input_files(self)

    def expected_output_given(self) -> bool:
        """True when verify_expected_output_npy was set (not left at its default)."""
        if self._given is not None:
            return "verify_expected_output_npy" in self._given
        return self.verify_expected_output_npy != _DEFAULT_EXPECTED

    def _check_steps(self) -> None:
        if self.steps is not None:
            if isinstance(self.steps, (str, bytes)) or not isinstance(self.steps, (list, tuple)):
                raise FinnVivadoError(
                    f"config field 'steps': {self.steps!r} is not valid; expected a list of "
                    "step names or callables (or null for the default steps)"
                )
            self.steps = list(self.steps)
            for step in self.steps:
                if isinstance(step, str):
                    _field_error("steps", canonical_step_name, step)
                elif not callable(step):
                    raise FinnVivadoError(
                        f"config field 'steps': {step!r} is neither a step name nor a callable"
                    )

    def _derive_from_board(self) -> None:
        if self.board is None:
            return
        board = _field_error("board", get_board, self.board)
        if not self.board.endswith(".json"):
            self.board = board.name  # canonical spelling, e.g. "pynq-z2" -> "Pynq-Z2"
        if self.fpga_part is None:
            self.fpga_part = board.part
        flow = ShellFlowType(board.shell_flow)
        if self.shell_flow_type is None:
            self.shell_flow_type = flow
        elif self.shell_flow_type != flow:
            raise FinnVivadoError(
                f"config field 'shell_flow_type': {self.shell_flow_type.value!r} does not match "
                f"board {board.name} (which uses {flow.value!r}); remove shell_flow_type or "
                "choose a matching board"
            )
        if self.vitis_platform is None and board.platform is not None:
            self.vitis_platform = board.platform

    # ---------------------------------------------------------------- queries
    def wants(self, output: Union[DataflowOutputType, str]) -> bool:
        """True if ``output`` (a DataflowOutputType or its name/value) is requested."""
        return to_enum(DataflowOutputType, "generate_outputs", output) in self.generate_outputs

    def verifies(self, check: Union[VerificationStepType, str]) -> bool:
        """True if ``check`` (a VerificationStepType or its name/value) is in verify_steps."""
        wanted = to_enum(VerificationStepType, "verify_steps", check)
        return any(to_enum(VerificationStepType, "verify_steps", v) == wanted
                   for v in (self.verify_steps or []))

    def needs_rtl(self) -> bool:
        """True if a requested product (anything but estimate reports) or an rtlsim
        verification needs the per-node RTL."""
        if set(self.generate_outputs) - {DataflowOutputType.ESTIMATE_REPORTS}:
            return True
        return (self.verifies(VerificationStepType.NODE_BY_NODE_RTLSIM)
                or self.verifies(VerificationStepType.STITCHED_IP_RTLSIM))

    def board_info(self) -> Optional[Board]:
        """The Board for ``board``, or None when only a part is given."""
        return None if self.board is None else get_board(self.board)

    def part_info(self) -> PartInfo:
        """Family and capacities of the target part."""
        return part_info(self.resolve_fpga_part())

    def resolve_fpga_part(self) -> str:
        """The FPGA part; raises FinnVivadoError when neither board nor fpga_part is set."""
        if self.fpga_part is None:
            raise FinnVivadoError(
                "no target device: set 'board' (see finn-vivado boards) or 'fpga_part' "
                "(e.g. xc7z020clg400-1) in the build config"
            )
        return self.fpga_part

    def resolve_hls_clk_period(self) -> float:
        """Clock period of the layers: hls_clk_period_ns, else synth_clk_period_ns."""
        return self.hls_clk_period_ns or self.synth_clk_period_ns

    def resolve_cycles_per_frame(self) -> Optional[int]:
        """Clock cycles available per frame at target_fps (None without a target)."""
        if self.target_fps is None:
            return None
        return int(1e9 / self.synth_clk_period_ns / self.target_fps)

    def resolve_vitis_platform(self) -> str:
        """The Vitis platform; raises FinnVivadoError when it cannot be known."""
        if self.vitis_platform is None:
            raise FinnVivadoError(
                "no Vitis platform: set 'vitis_platform' or an Alveo 'board' (U50, U200, "
                "U250, U280, U55C) in the build config"
            )
        return self.vitis_platform

    def resolve_driver_platform(self) -> str:
        """PYNQ driver flavour: 'zynq-iodma' or 'alveo'."""
        if self.shell_flow_type is None:
            raise FinnVivadoError(
                "no shell flow: set 'board' or 'shell_flow_type' (vivado_zynq or vitis_alveo)"
            )
        return "alveo" if self.shell_flow_type == ShellFlowType.VITIS_ALVEO else "zynq-iodma"

    def resolve_verification_steps(self) -> list:
        """The requested verification points (empty list when none)."""
        return list(self.verify_steps)

    # FINN spells these with a leading underscore; custom steps may call them.
    _resolve_fpga_part = resolve_fpga_part
    _resolve_hls_clk_period = resolve_hls_clk_period
    _resolve_cycles_per_frame = resolve_cycles_per_frame
    _resolve_vitis_platform = resolve_vitis_platform
    _resolve_driver_platform = resolve_driver_platform
    _resolve_verification_steps = resolve_verification_steps

    # ---------------------------------------------------------------- paths
    def with_base_dir(self, base_dir: Union[str, os.PathLike]) -> "BuildConfig":
        """A copy whose relative paths are resolved against ``base_dir``."""
        values = {name: getattr(self, name) for name in _PATH_FIELDS}
        resolved = _resolve_paths(values, Path(base_dir))
        copy = dataclasses.replace(self, **resolved)
        copy.ignored_fields = self.ignored_fields
        copy._given = self._given
        return copy

    # ---------------------------------------------------------------- (de)serialisation
    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], base_dir: Optional[Union[str, os.PathLike]] = None
    ) -> "BuildConfig":
        """Make a config from a dict with FINN's field names.

        Unknown keys give one ConfigWarning naming all of them; with ``base_dir``, relative
        paths (including the defaults of verify_*_npy) resolve against it.
        """
        if not isinstance(data, Mapping):
            raise FinnVivadoError(f"build config must be a JSON object / dict, got {type(data).__name__}")
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(str(k) for k in data if k not in names)
        if unknown:
            warnings.warn(
                f"build config: ignoring unknown field(s) {', '.join(unknown)} "
                "(check the spelling; see the README's config table)",
                ConfigWarning,
                stacklevel=2,
            )
        known = {k: v for k, v in data.items() if k in names}
        if base_dir is not None:
            defaults = {f.name: f.default for f in dataclasses.fields(cls) if f.name in _PATH_FIELDS}
            merged = {**defaults, **{k: v for k, v in known.items() if k in _PATH_FIELDS}}
            known.update(_resolve_paths(merged, Path(base_dir)))
            if isinstance(known.get("board"), str) and known["board"].endswith(".json"):
                known["board"] = _resolve_paths({"board": known["board"]}, Path(base_dir))["board"]
        cfg = cls(**known)
        cfg.ignored_fields = tuple(unknown)
        cfg._given = frozenset(k for k, v in data.items() if k in names and v is not None)
        return cfg

    @classmethod
    def from_json(
        cls,
        source: Union[str, os.PathLike, Mapping[str, Any]],
        base_dir: Optional[Union[str, os.PathLike]] = None,
    ) -> "BuildConfig":
        """Make a config from a JSON file path, a JSON text (FINN style) or a dict.

        For a file, ``base_dir`` defaults to the file's directory.
        """
        if isinstance(source, Mapping):
            return cls.from_dict(source, base_dir)
        if isinstance(source, str) and source.lstrip().startswith("{"):
            return cls.from_dict(parse_json(source, "build config JSON text"), base_dir)
        path = Path(source)
        data = read_config_file(path)
        return cls.from_dict(data, base_dir if base_dir is not None else path.resolve().parent)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of every field; custom step callables are written by __name__."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            out[f.name] = _jsonable(getattr(self, f.name))
        if self.steps is not None:
            out["steps"] = [s if isinstance(s, str) else step_display_name(s) for s in self.steps]
        return out

    def to_json(self, path: Optional[Union[str, os.PathLike]] = None) -> str:
        """The config as JSON text; also written to ``path`` when given."""
        text = json.dumps(self.to_dict(), indent=2) + "\n"
        if path is not None:
            atomic_write(path, text)
        return text


#: FINN's name for the config class.
DataflowBuildConfig = BuildConfig


def _field_error(name: str, fn: Any, value: Any) -> Any:
    """Call ``fn(value)``, prefixing a FinnVivadoError with the config field name."""
    try:
        return fn(value)
    except FinnVivadoError as exc:
        raise FinnVivadoError(f"config field '{name}': {exc}") from None


def _resolve_paths(values: Mapping[str, Any], base: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if hasattr(value, "__fspath__"):
            value = os.fspath(value)
        if isinstance(value, str) and value.strip() and not os.path.isabs(value):
            value = os.path.normpath(str(base.resolve() / value))
        out[name] = value
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "value") and isinstance(value, str):  # str-valued Enum
        return value.value
    return value


def merge_overrides(data: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with the non-None ``overrides`` applied (command-line options).

    A new ``board`` drops the values derived from the old one (shell_flow_type,
    vitis_platform, and fpga_part unless it is overridden too).
    """
    out = dict(data)
    given = {key: value for key, value in overrides.items() if value is not None}
    if "board" in given:
        for key in ("shell_flow_type", "vitis_platform", "fpga_part"):
            if key not in given:
                out.pop(key, None)
    out.update(given)
    return out


def config_field_docs() -> list[tuple[str, str, str, str]]:
    """(name, type, default, description) of every config field, in order."""
    rows = []
    for f in dataclasses.fields(BuildConfig):
        if f.default is not dataclasses.MISSING:
            default = _jsonable(f.default)
        else:
            default = _jsonable(f.default_factory())
        rows.append((f.name, describe_kind(f.metadata["kind"], f.metadata["optional"]),
                     json.dumps(default), f.metadata["doc"]))
    return rows
