"""Typed value checks for user-given settings (build config, folding and specialize-layers
configs): one place that decides what a number, a choice or a list of depths may be.

Each check is a small frozen object with ``check(what, value)`` (the normalised value, or a
FinnVivadoError ``"<what>: <value> is not valid; expected <...>"``) and ``describe()`` (the
type for help text). ``what`` names the culprit: ``config field 'rtlsim_batch_size'`` or
``folding config f.json: node MVAU_0``.

Numbers are never bools; they are finite (no NaN, no Infinity); integers may be given as
integral floats (``4.0``) but not as ``1.5`` or strings. Every range has an upper bound:
what the generated RTL parameter holds, or what a build can physically do (the bounds and
their reasons are the constants below, and the field tables in
:mod:`finn_vivado.flow.config_types` and :mod:`finn_vivado.transforms.folding_file`).

:func:`parse_json` reads JSON text refusing ``NaN`` / ``Infinity`` literals and numbers
that overflow (not JSON; Python's json module accepts them) with the file, line, column
and key.
"""

from __future__ import annotations

import json
import math
import numbers
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Union

from finn_vivado.core.errors import FinnVivadoError

__all__ = [
    "INT32_MAX",
    "MAX_FIFO_DEPTH",
    "MAX_SIM_FRAMES",
    "Choice",
    "FloatRange",
    "IntList",
    "IntRange",
    "bad_value",
    "parse_json",
    "show",
]

#: Largest value of a Verilog ``parameter integer`` (32-bit signed): PE, SIMD, DEPTH, ...
INT32_MAX = 2 ** 31 - 1
#: Deepest StreamingFIFO a config may ask for. The RTL (ip_repo/StreamingFIFO) takes DEPTH as
#: a 32-bit integer and counts DEPTH-1 entries with $clog2(DEPTH) bits, so it could hold up
#: to 2^31-1; 2^24 beats (16 Mbit even at one bit per beat, a large share of the biggest
#: parts' block RAM) is kept as the sane bound: deeper is a typo or a sizing run gone wrong.
MAX_FIFO_DEPTH = 2 ** 24
#: Most frames one simulation may run (rtlsim_batch_size, fifosim_n_inferences): every frame
#: is generated in memory up front and simulated cycle by cycle.
MAX_SIM_FRAMES = 1_000_000

_REPR_LIMIT = 60


def show(value: Any) -> str:
    """``repr(value)``, shortened for messages (a 1e12-element list stays one line)."""
    text = repr(value)
    if len(text) > _REPR_LIMIT:
        text = f"{text[:_REPR_LIMIT - 15]}...{text[-10:]}"
    return text


def bad_value(what: str, value: Any, expected: str) -> FinnVivadoError:
    """The standard error: ``<what>: <value> is not valid; expected <expected>``."""
    return FinnVivadoError(f"{what}: {show(value)} is not valid; expected {expected}")


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) \
        and type(value).__name__ != "bool_"


def _fmt(x: float) -> str:
    if float(x).is_integer() and abs(x) < 1e16:
        return f"{int(x):,}"
    return f"{x:g}"


@dataclass(frozen=True)
class IntRange:
    """An integer in [lo, hi]; ``why`` says where hi comes from (shown in errors)."""

    lo: int
    hi: int
    why: str = ""

    def expected(self) -> str:
        if self.lo == 0 and self.hi == 1:
            text = "0 or 1"
        elif self.lo == 1:
            text = f"a positive integer of at most {_fmt(self.hi)}"
        elif self.lo > 1:
            text = f"a positive integer from {_fmt(self.lo)} to {_fmt(self.hi)}"
        else:
            text = f"an integer from {_fmt(self.lo)} to {_fmt(self.hi)}"
        return text + (f" ({self.why})" if self.why else "")

    def describe(self) -> str:
        return f"int {self.lo}..{self.hi}"

    def check(self, what: str, value: Any) -> int:
        if _is_number(value) and isinstance(value, numbers.Integral):
            number = int(value)
        elif _is_number(value) and math.isfinite(value) and float(value).is_integer():
            number = int(value)
        else:
            raise bad_value(what, value, self.expected())
        if not self.lo <= number <= self.hi:
            raise bad_value(what, value, self.expected())
        return number


@dataclass(frozen=True)
class FloatRange:
    """A finite number in (lo, hi] (``lo_open``) or [lo, hi], returned as float."""

    lo: float
    hi: float
    why: str = ""
    lo_open: bool = True

    def expected(self) -> str:
        if self.lo == 0 and self.lo_open:
            text = f"a finite positive number of at most {_fmt(self.hi)}"
        elif self.lo > 0:
            text = f"a finite positive number from {_fmt(self.lo)} to {_fmt(self.hi)}"
        else:
            text = f"a finite number from {_fmt(self.lo)} to {_fmt(self.hi)}"
        return text + (f" ({self.why})" if self.why else "")

    def describe(self) -> str:
        low = "(" if self.lo_open else "["
        return f"number in {low}{self.lo:g}, {self.hi:g}]"

    def check(self, what: str, value: Any) -> float:
        if not _is_number(value) or not math.isfinite(value):
            raise bad_value(what, value, self.expected())
        number = float(value)
        above = number > self.lo if self.lo_open else number >= self.lo
        if not above or number > self.hi:
            raise bad_value(what, value, self.expected())
        return number


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of strings (exact spelling, as FINN's attributes)."""

    values: tuple

    def expected(self) -> str:
        return "one of " + ", ".join(repr(v) for v in self.values)

    def describe(self) -> str:
        return "|".join(str(v) for v in self.values)

    def check(self, what: str, value: Any) -> str:
        if not isinstance(value, str) or value not in self.values:
            raise bad_value(what, value, self.expected())
        return value


@dataclass(frozen=True)
class IntList:
    """A list of ``min_len`` to ``max_len`` integers each in ``item``'s range (a bare
    integer means a list of one when ``scalar_ok``)."""

    item: IntRange
    max_len: int = 64
    scalar_ok: bool = True
    min_len: int = 1

    def expected(self) -> str:
        return (f"a list of {self.min_len} to {self.max_len} integers, each "
                f"{self.item.expected()}")

    def describe(self) -> str:
        return f"list of {self.item.describe()}"

    def check(self, what: str, value: Any) -> list[int]:
        if self.scalar_ok and _is_number(value):
            value = [value]
        if not isinstance(value, (list, tuple)) or not self.min_len <= len(value) <= self.max_len:
            raise bad_value(what, value, self.expected())
        try:
            return [self.item.check(what, v) for v in value]
        except FinnVivadoError:
            raise bad_value(what, value, self.expected()) from None


# ----------------------------------------------------------------------------------- JSON


class _Constant:
    """Stands for a NaN/Infinity literal while the JSON is parsed."""

    def __init__(self, name: str) -> None:
        self.name = name


def _find_constant(data: Any, path: str = "") -> Optional[tuple[str, str]]:
    """(literal, key path) of the first NaN/Infinity literal in parsed JSON."""
    if isinstance(data, _Constant):
        return data.name, path
    items = data.items() if isinstance(data, dict) else (
        enumerate(data) if isinstance(data, list) else ())
    for key, value in items:
        found = _find_constant(value, f"{path}[{key}]" if isinstance(key, int)
                               else (f"{path}.{key}" if path else str(key)))
        if found is not None:
            return found
    return None


def _float(literal: str) -> Any:
    value = float(literal)
    return value if math.isfinite(value) else _Constant(literal)


def _position(text: str, literal: str) -> tuple[int, int]:
    pattern = re.compile(r'"(?:[^"\\]|\\.)*"|(' + re.escape(literal) + ")")
    for match in pattern.finditer(text):
        if match.group(1):
            before = text[:match.start(1)]
            return before.count("\n") + 1, match.start(1) - (before.rfind("\n") + 1) + 1
    return 1, 1


def parse_json(text: str, where: str, hint: Optional[str] = None) -> Any:
    """``json.loads(text)`` refusing NaN/Infinity (named with their key); errors are
    ``<where>:<line>:<col>: ...`` (``hint`` is appended: e.g. which config field names
    the file)."""
    tail = f" ({hint})" if hint else ""
    try:
        data = json.loads(text, parse_constant=_Constant, parse_float=_float)
    except json.JSONDecodeError as exc:
        raise FinnVivadoError(
            f"{where}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}{tail}") from None
    except RecursionError:
        raise FinnVivadoError(f"{where}: invalid JSON: nested too deeply{tail}") from None
    found = _find_constant(data)
    if found is not None:
        line, col = _position(text, found[0])
        key = f" at {found[1]}" if found[1] else ""
        raise FinnVivadoError(
            f"{where}:{line}:{col}: invalid JSON: {found[0]}{key} is not a finite number "
            f"(JSON has no NaN or Infinity); write a finite number{tail}")
    return data


#: Largest JSON file read (a FINN config of thousands of layers is under 1 MB).
MAX_JSON_BYTES = 64 * 1024 * 1024


def read_json_file(path: Union[str, os.PathLike], where: str,
                   hint: Optional[str] = None) -> Any:
    """Parse the JSON file ``path`` (see :func:`parse_json`); a missing file, a directory,
    a pipe or device, a file over 64 MB, non-UTF-8 text or a read error is a one-line
    FinnVivadoError starting with ``where`` (``hint``, e.g. the config field naming the
    file, is appended)."""
    path = Path(path)
    tail = f" ({hint})" if hint else ""
    if not path.exists():
        raise FinnVivadoError(f"{where} not found{tail}")
    if path.is_dir():
        raise FinnVivadoError(f"{where} is a directory; give a .json file{tail}")
    if not path.is_file():  # a named pipe or device would block or never end
        raise FinnVivadoError(f"{where} is not a regular file; give a .json file{tail}")
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise FinnVivadoError(f"{where} is larger than {MAX_JSON_BYTES >> 20} MB; a config "
                                  f"is a small JSON file{tail}")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FinnVivadoError(f"{where} is not UTF-8 text; give a JSON file{tail}") from None
    except OSError as exc:
        raise FinnVivadoError(f"cannot read {where}: {exc.strerror or exc}{tail}") from None
    return parse_json(text, where, hint)

