"""Parameter and naming conventions shared by the RTL generators.

A stream element of qonnx DataType ``dt`` is described to a core by three integer
parameters with a common prefix (``A_`` / ``B_`` for AddStreams, ``IN_`` / ``W_`` /
``OUT_`` elsewhere):

- ``<P>WIDTH``: bits per element (``dt.bitwidth()``),
- ``<P>SIGNED``: 1 for two's complement signed types (INTn, TERNARY), else 0,
- ``<P>BIPOLAR``: 1 for BIPOLAR (bit 1 = +1, bit 0 = -1; WIDTH 1, SIGNED 0), else 0.

A value a core only compares or accumulates has no BIPOLAR flag (:func:`value_params`).
Node names become Verilog identifiers (wrapper modules, memory files) through
:func:`verilog_name`.
"""

from __future__ import annotations

import re

from qonnx.core.datatype import DataType

__all__ = ["dtype_params", "value_params", "ram_style_param", "verilog_name",
           "is_verilog_name"]

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")


def dtype_params(dt, prefix: str) -> dict[str, int]:
    """``{<prefix>WIDTH, <prefix>SIGNED, <prefix>BIPOLAR}`` for DataType ``dt``."""
    bipolar = dt == DataType["BIPOLAR"]
    return {
        f"{prefix}WIDTH": int(dt.bitwidth()),
        f"{prefix}SIGNED": int(bool(dt.signed()) and not bipolar),
        f"{prefix}BIPOLAR": int(bipolar),
    }


def ram_style_param(style: str) -> str:
    """A layer's ram_style attribute as the core's RAM_STYLE string parameter."""
    return style if style in ("auto", "block", "distributed", "ultra") else "auto"


def value_params(dt, prefix: str) -> dict[str, int]:
    """``{<prefix>WIDTH, <prefix>SIGNED}`` of a value compared or accumulated by a core;
    BIPOLAR codes (1 = +1, 0 = -1) order like unsigned 1-bit numbers."""
    params = dtype_params(dt, prefix)
    params.pop(f"{prefix}BIPOLAR")
    return params


def is_verilog_name(text: str) -> bool:
    """True if ``text`` is a plain Verilog identifier."""
    return bool(_IDENT.match(text))


def verilog_name(text: str) -> str:
    """``text`` as a Verilog identifier (other characters become ``_``)."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", text or "node")
    return name if is_verilog_name(name) else f"n_{name}"
