"""Parameter conventions shared by the RTL generators.

A stream element of qonnx DataType ``dt`` is described to a core by three integer
parameters with a common prefix (``A_`` / ``B_`` for AddStreams, ``IN_`` / ``W_`` /
``OUT_`` elsewhere):

- ``<P>WIDTH``: bits per element (``dt.bitwidth()``),
- ``<P>SIGNED``: 1 for two's complement signed types (INTn, TERNARY), else 0,
- ``<P>BIPOLAR``: 1 for BIPOLAR (bit 1 = +1, bit 0 = -1; WIDTH 1, SIGNED 0), else 0.
"""

from __future__ import annotations

from qonnx.core.datatype import DataType

__all__ = ["dtype_params", "ram_style_param"]


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
