"""Enumerations and value checks used by :mod:`finn_vivado.flow.config`.

The enums are ``str``-valued with FINN's names and values, so ``"stitched_ip"``,
``"STITCHED_IP"`` and ``DataflowOutputType.STITCHED_IP`` all mean the same thing.
Every check raises FinnVivadoError naming the config field and the allowed values.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, Callable, Type

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.value_checks import (MAX_SIM_FRAMES, FloatRange, IntList,
                                                IntRange, bad_value)

__all__ = [
    "CLOCK_NS",
    "SIGNATURE",
    "SIM_FRAMES",
    "TARGET_FPS",
    "THRESHOLD_BITS",
    "WWIDTH",
    "AutoFIFOSizingMethod",
    "DataflowOutputType",
    "LargeFIFOMemStyle",
    "ShellFlowType",
    "VerificationStepType",
    "VitisOptStrategy",
    "check_value",
    "describe_kind",
    "to_enum",
]


class DataflowOutputType(str, Enum):
    """Output products a build can generate (FINN's DataflowOutputType)."""

    STITCHED_IP = "stitched_ip"
    ESTIMATE_REPORTS = "estimate_reports"
    OOC_SYNTH = "out_of_context_synth"
    RTLSIM_PERFORMANCE = "rtlsim_performance"
    BITFILE = "bitfile"
    PYNQ_DRIVER = "pynq_driver"
    DEPLOYMENT_PACKAGE = "deployment_package"


class VerificationStepType(str, Enum):
    """Points of the flow at which the model is checked against the expected output."""

    QONNX_TO_FINN_PYTHON = "finn_onnx_python"
    TIDY_UP_PYTHON = "initial_python"
    STREAMLINED_PYTHON = "streamlined_python"
    FOLDED_HLS_CPPSIM = "folded_hls_cppsim"
    NODE_BY_NODE_RTLSIM = "node_by_node_rtlsim"
    STITCHED_IP_RTLSIM = "stitched_ip_rtlsim"


class ShellFlowType(str, Enum):
    """Shell that integrates the accelerator into a bitfile."""

    VIVADO_ZYNQ = "vivado_zynq"
    VITIS_ALVEO = "vitis_alveo"


class AutoFIFOSizingMethod(str, Enum):
    """How FIFO depths are sized when auto_fifo_depths is on."""

    CHARACTERIZE = "characterize"
    LARGEFIFO_RTLSIM = "largefifo_rtlsim"


class LargeFIFOMemStyle(str, Enum):
    """Memory resource used for large FIFOs."""

    AUTO = "auto"
    BRAM = "block"
    LUTRAM = "distributed"
    URAM = "ultra"


class VitisOptStrategy(str, Enum):
    """Vitis (v++) optimisation strategy for the Alveo flow."""

    DEFAULT = "default"
    POWER = "power"
    PERFORMANCE = "performance"
    PERFORMANCE_BEST = "performance_best"
    SIZE = "size"
    BUILD_SPEED = "quick"


_RANGES = (IntRange, FloatRange, IntList)

#: Clock periods (synth_clk_period_ns, hls_clk_period_ns), in ns.
CLOCK_NS = FloatRange(1.0, 1000.0, "1 ns is 1 GHz, faster than any FPGA fabric; 1000 ns is "
                      "1 MHz, slower than the clock generators make", lo_open=False)
#: target_fps: at most one frame per cycle of a 1 GHz clock; at least one frame in 1000 s.
TARGET_FPS = FloatRange(1e-3, 1e9, "no design exceeds one frame per cycle of a 1 GHz clock",
                        lo_open=False)
#: rtlsim_batch_size, fifosim_n_inferences.
SIM_FRAMES = IntRange(1, MAX_SIM_FRAMES, "frames are generated in memory and simulated")
#: mvau_wwidth_max: a weight stream beat is one Verilog vector of SIMD x weight bits.
WWIDTH = IntRange(1, 2 ** 20, "a weight-stream beat is one Verilog vector; a million bits "
                  "is beyond what synthesis handles")
#: max_multithreshold_bit_width: 2^bits - 1 thresholds per channel are stored.
THRESHOLD_BITS = IntRange(1, 16, "a wider activation needs over 65535 thresholds per channel")
#: signature: words read over 32-bit AXI-Lite.
SIGNATURE = IntList(IntRange(0, 2 ** 32 - 1, "32-bit AXI-Lite words"), max_len=256,
                    scalar_ok=False, min_len=0)


def _bad(field: str, value: Any, expected: str) -> FinnVivadoError:
    return bad_value(f"config field '{field}'", value, expected)


def to_enum(cls: Type[Enum], field: str, value: Any) -> Enum:
    """Accept an enum member, its value or its name (any case)."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        key = value.strip().lower()
        for member in cls:
            if key in (member.value.lower(), member.name.lower()):
                return member
    allowed = ", ".join(member.value for member in cls)
    raise FinnVivadoError(
        f"config field '{field}': {value!r} is not a valid {cls.__name__}; allowed values: {allowed}"
    )


def _enum_list(cls: Type[Enum], field: str, value: Any) -> list:
    if isinstance(value, (str, Enum)):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise _bad(field, value, f"a list of {cls.__name__} values")
    out: list = []
    for item in value:
        member = to_enum(cls, field, item)
        if member not in out:
            out.append(member)
    return out


def _bool(field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise _bad(field, value, "true or false")


def _string(field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _bad(field, value, "a non-empty string")
    return value


def _path(field: str, value: Any) -> str:
    if hasattr(value, "__fspath__"):
        value = str(value)
    return _string(field, value)


def _vlnv_part(field: str, value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_.\-]+", value):
        raise _bad(field, value, "letters, digits, '_', '.' or '-' (no ':' or spaces)")
    return value


def _version(field: str, value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not re.fullmatch(r"\d+(\.\d+)*", value):
        raise _bad(field, value, "a version like 1.0")
    return value


def _anything(field: str, value: Any) -> Any:
    return value


_CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "bool": _bool,
    "str": _string,
    "path": _path,
    "vlnv": _vlnv_part,
    "version": _version,
    "any": _anything,
}


def check_value(field: str, kind: Any, value: Any, optional: bool) -> Any:
    """Validate and normalise one config value.

    ``kind`` is a key of the check table, an Enum class, ``("list", EnumClass)`` or a
    range check of :mod:`finn_vivado.transforms.value_checks` (IntRange, FloatRange, IntList).
    """
    if value is None:
        if optional:
            return None
        raise _bad(field, value, "a value (null is not allowed here)")
    if isinstance(kind, tuple):
        return _enum_list(kind[1], field, value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return to_enum(kind, field, value)
    if isinstance(kind, _RANGES):
        return kind.check(f"config field '{field}'", value)
    return _CHECKS[kind](field, value)


def describe_kind(kind: Any, optional: bool = False) -> str:
    """Human-readable type of a config field, for help text and the README."""
    if isinstance(kind, tuple):
        text = "list of " + "|".join(m.value for m in kind[1])
    elif isinstance(kind, type) and issubclass(kind, Enum):
        text = "|".join(m.value for m in kind)
    elif isinstance(kind, _RANGES):
        text = kind.describe()
    else:
        text = {
            "bool": "bool",
            "str": "str",
            "path": "path",
            "vlnv": "str",
            "version": "str",
            "any": "any",
        }[kind]
    return text + (" or null" if optional else "")

