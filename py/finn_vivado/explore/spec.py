"""The sweep spec of ``finn-vivado explore``: which config values to try, and how many
Pareto candidates to build.

A sweep spec is a JSON object. Every *axis* key holds a non-empty list of values; the
candidates are the Cartesian product of the axes (in the spec's key order)::

    {"target_fps": [1000, 5000, 20000], "mvau_wwidth_max": [36, 72],
     "ram_style": ["auto", "distributed"], "build_top": 6}

Axes are build-config fields (:data:`CONFIG_AXES`, each value checked by the build
config's own validation) or folding policies (:data:`POLICY_AXES`, applied to every layer
having the attribute through the ``"Defaults"`` block of a folding config). The option
keys (:data:`OPTIONS`) are single values. Anything else is an error naming the key.
"""

from __future__ import annotations

import itertools
import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Optional, Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.boards import part_info
from finn_vivado.flow.config import BuildConfig
from finn_vivado.transforms.value_checks import read_json_file

__all__ = ["CONFIG_AXES", "DEFAULT_BUILD_OUTPUTS", "OPTIONS", "POLICY_AXES", "SweepSpec",
           "load_sweep"]

#: build-config fields a sweep may vary (the design-space knobs of a build)
CONFIG_AXES = (
    "target_fps", "synth_clk_period_ns", "fpga_part", "board", "mvau_wwidth_max",
    "folding_two_pass_relaxation", "standalone_thresholds", "minimize_bit_width",
    "large_fifo_mem_style", "hls_clk_period_ns", "folding_config_file", "auto_fifo_depths",
)
#: folding policies: attribute -> allowed values (FINN's folding-config names)
POLICY_AXES = {
    "ram_style": ("auto", "block", "distributed", "ultra"),
    "ram_style_thresholds": ("auto", "block", "distributed"),
    "resType": ("auto", "lut", "dsp"),
    "mem_mode": ("internal_embedded", "internal_decoupled", "external"),
}
#: products of a stage-2 build (generate_outputs)
DEFAULT_BUILD_OUTPUTS = ("estimate_reports", "stitched_ip", "rtlsim_performance",
                         "out_of_context_synth")
#: single-valued option keys: name -> description
OPTIONS = {
    "build_top": "how many Pareto candidates stage 2 builds (0: estimates only)",
    "build_outputs": "generate_outputs of the stage-2 builds",
}
DEFAULT_BUILD_TOP = 3
#: the most candidates one sweep may have (about 9 hours of CNV estimates on one core)
MAX_CANDIDATES = 10_000


@dataclass(frozen=True)
class SweepSpec:
    """A validated sweep: ``axes`` (key, values) in order, and the options."""

    axes: tuple[tuple[str, tuple], ...] = ()
    build_top: int = DEFAULT_BUILD_TOP
    build_outputs: tuple[str, ...] = DEFAULT_BUILD_OUTPUTS
    source: str = "sweep spec"

    @property
    def keys(self) -> list[str]:
        return [key for key, _ in self.axes]

    def points(self) -> list[dict[str, Any]]:
        """Every combination of the axes' values, as {key: value}, in a fixed order."""
        values = [vals for _, vals in self.axes]
        return [dict(zip(self.keys, combo)) for combo in itertools.product(*values)]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: list(vals) for key, vals in self.axes}
        out["build_top"] = self.build_top
        out["build_outputs"] = list(self.build_outputs)
        return out


def _error(where: str, key: str, message: str) -> FinnVivadoError:
    message = message.replace(f"config field '{key}': ", "")
    return FinnVivadoError(f"{where}: key '{key}': {message}")


def _check_config_value(key: str, value: Any, base_dir: Optional[Path], where: str) -> Any:
    """``value`` of config field ``key`` as the build config validates and stores it."""
    if isinstance(value, (list, dict)):
        raise _error(where, key, f"each value must be a single value, got {value!r}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cfg = BuildConfig.from_dict({key: value}, base_dir=base_dir)
        if key == "fpga_part":
            part_info(value)
    except FinnVivadoError as exc:
        raise _error(where, key, str(exc)) from None
    if key == "folding_config_file":
        path = Path(getattr(cfg, key))
        if not path.is_file():
            raise _error(where, key, f"folding config {path} not found")
        return str(path)
    return value


def _check_policy_value(key: str, value: Any, where: str) -> Any:
    allowed = POLICY_AXES[key]
    if value not in allowed:
        raise _error(where, key, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _check_axis(key: str, values: Any, base_dir: Optional[Path], where: str) -> tuple:
    if not isinstance(values, list):
        raise _error(where, key, f"expected a list of values, got {values!r} "
                                 f"(write [{values!r}] for a single value)")
    if not values:
        raise _error(where, key, "the list of values is empty")
    if key in POLICY_AXES:
        checked = [_check_policy_value(key, v, where) for v in values]
    else:
        checked = [_check_config_value(key, v, base_dir, where) for v in values]
    if len({repr(v) for v in checked}) != len(checked):
        raise _error(where, key, f"values repeat in {values!r}")
    return tuple(checked)


def _check_build_top(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _error(where, "build_top", f"expected a whole number >= 0, got {value!r}")
    return value


def _check_build_outputs(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _error(where, "build_outputs", f"expected a non-empty list, got {value!r}")
    try:
        cfg = BuildConfig.from_dict({"generate_outputs": value})
    except FinnVivadoError as exc:
        raise _error(where, "build_outputs", str(exc)) from None
    names = [getattr(v, "value", v) for v in cfg.generate_outputs]
    return tuple(dict.fromkeys(["estimate_reports", *names]))


def _unknown_key(key: Any, where: str) -> FinnVivadoError:
    if key in ("output_dir", "steps", "generate_outputs", "verify_steps", "start_step",
               "stop_step"):
        return _error(where, str(key), "not a sweep axis (set it in the build config; "
                                       "the explorer chooses the steps of each stage)")
    known = ", ".join([*CONFIG_AXES, *POLICY_AXES, *OPTIONS])
    return _error(where, str(key), f"unknown key; known keys: {known}")


def parse_sweep(data: Any, where: str = "sweep spec",
                base_dir: Optional[Union[str, Path]] = None) -> SweepSpec:
    """Validate a sweep spec dict; relative paths resolve against ``base_dir``."""
    if not isinstance(data, Mapping):
        raise FinnVivadoError(f"{where}: expected a JSON object {{key: [values]}}, "
                              f"got {type(data).__name__}")
    base = Path(base_dir) if base_dir is not None else None
    axes, options = [], {}
    for key, values in data.items():
        if key == "build_top":
            options["build_top"] = _check_build_top(values, where)
        elif key == "build_outputs":
            options["build_outputs"] = _check_build_outputs(values, where)
        elif key in CONFIG_AXES or key in POLICY_AXES:
            if isinstance(values, list) and len(values) > MAX_CANDIDATES:
                raise FinnVivadoError(f"{where}: key {key!r}: {len(values):,} values; a sweep "
                                      f"has at most {MAX_CANDIDATES:,} candidates")
            axes.append((key, _check_axis(key, values, base, where)))
        else:
            raise _unknown_key(key, where)
    count = math.prod(len(vals) for _, vals in axes)
    if count > MAX_CANDIDATES:
        sizes = " x ".join(f"{len(vals)} {key}" for key, vals in axes)
        raise FinnVivadoError(
            f"{where}: {sizes} = {count:,} candidates; a sweep has at most "
            f"{MAX_CANDIDATES:,} (each is an estimate build of seconds): use fewer values, "
            "or split the sweep into several")
    return SweepSpec(axes=tuple(axes), source=where, **options)


def load_sweep(source: Union[None, str, Path, Mapping[str, Any], SweepSpec]) -> SweepSpec:
    """A sweep spec from a JSON file, a dict (paths relative to the current directory),
    an existing :class:`SweepSpec`, or None (one candidate: the config itself)."""
    if source is None:
        return SweepSpec(source="no sweep")
    if isinstance(source, SweepSpec):
        return source
    if isinstance(source, Mapping):
        return parse_sweep(source, "sweep spec", Path.cwd())
    path = Path(source)
    data = read_json_file(path, f"sweep spec {path}")
    return parse_sweep(data, f"sweep spec {path}", path.resolve().parent)
