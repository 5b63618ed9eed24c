"""Reading the header of a Verilog-2005 module: its ``#( parameter ... )`` list with the
comment of every parameter, and its ANSI port list.

Only the header is read (the body is never parsed), so any module written in the
house style (one declaration per line, a ``//`` comment after each parameter, or on
the line(s) before it) is understood. ``parameter A = 1, B = 2`` and
``input wire a, b`` (names sharing a declaration) work too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact.expr import Expr, parse_expr

__all__ = ["HdlParam", "HdlPort", "ModuleHeader", "parse_module"]

_PARAM = re.compile(
    r"^(?:(?P<kw>parameter|localparam)\s+)?(?P<type>integer|real|string|signed)?\s*"
    r"(?P<range>\[[^\]]*\])?\s*(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<value>.+)$", re.S)
_PORT = re.compile(
    r"^(?:(?P<dir>input|output|inout)\s+)?(?:(?:wire|reg|logic|tri)\s+)?(?:signed\s+)?"
    r"(?:\[(?P<msb>[^:\]]+):(?P<lsb>[^\]]+)\]\s*)?(?P<name>[A-Za-z_]\w*)$", re.S)


@dataclass(frozen=True)
class HdlParam:
    """A parameter of the module header."""

    name: str
    default: str          #: default value as written (``4``, ``"auto"``, ``A * B``)
    comment: str          #: the parameter's comment (empty if none)
    range: str = ""       #: packed range as written (``[8*11-1:0]``) or ""

    @property
    def is_string(self) -> bool:
        """True for a string default (``"auto"``)."""
        return self.default.startswith('"')

    @property
    def string_value(self) -> str:
        """The default of a string parameter without its quotes."""
        return self.default[1:-1]


@dataclass(frozen=True)
class HdlPort:
    """A port of the module header; ``msb``/``lsb`` are None for a scalar."""

    name: str
    direction: str                 #: "in", "out" or "inout"
    msb: Optional[Expr] = None
    lsb: Optional[Expr] = None

    @property
    def is_vector(self) -> bool:
        return self.msb is not None


@dataclass(frozen=True)
class ModuleHeader:
    """Name, parameters and ports of a module."""

    name: str
    path: Path
    params: tuple
    ports: tuple

    def param(self, name: str) -> HdlParam:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def port(self, name: str) -> HdlPort:
        for p in self.ports:
            if p.name == name:
                return p
        raise KeyError(name)


def _mask(text: str) -> tuple[str, set]:
    """``text`` with comments and string contents blanked (same length, newlines kept),
    and the start indices of its ``//`` comments."""
    out, starts, i, n = list(text), set(), 0, len(text)
    while i < n:
        if text.startswith("//", i):
            starts.add(i)
            end = text.find("\n", i)
            end = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif text[i] == '"':
            end = i + 1
            while end < n and text[end] not in '"\n':
                end += 2 if text[end] == "\\" else 1
            i += 1
        else:
            i += 1
            continue
        for k in range(i, min(end, n)):
            if out[k] != "\n":
                out[k] = " "
        i = end + (1 if end < n and text[end] == '"' else 0)
    return "".join(out), starts


def _balanced(masked: str, start: int) -> int:
    """Index of the parenthesis closing the one at ``start``."""
    depth = 0
    for i in range(start, len(masked)):
        if masked[i] == "(":
            depth += 1
        elif masked[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced parentheses")


def _items(text: str, masked: str, starts: set) -> list[tuple[str, str]]:
    """Split a declaration list at top-level commas: (code, comment) per item.

    An item's comment is the ``//`` comment on the line where it ends (after its
    comma, or after the last item), else the comment(s) on the lines before it.
    """
    items: list[list] = []   # [code, trailing comment, comments before]
    code, before, depth, last_end_line, line, i = [], [], 0, -1, 0, 0
    while i < len(text):
        if i in starts:
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            comment = text[i + 2:end].strip()
            if not "".join(code).strip() and items and line == last_end_line:
                items[-1][1] = items[-1][1] or comment   # after the comma on its line
            else:
                before.append(comment)
            i = end
            continue
        if masked[i] in "([{":
            depth += 1
        elif masked[i] in ")]}":
            depth -= 1
        if masked[i] == "," and depth == 0:
            items.append(["".join(code), "", before])
            code, before, last_end_line = [], [], line
        else:
            code.append(text[i])
        line += text[i] == "\n"
        i += 1
    if "".join(code).strip():
        items.append(["".join(code), "", before])
    return [(c.strip(), t or " ".join(b).strip()) for c, t, b in items]


def _span(text: str, masked: str, starts: set, begin: int, end: int) -> tuple:
    return text[begin:end], masked[begin:end], {s - begin for s in starts if begin <= s < end}


def _strip_block_comments(code: str) -> str:
    return re.sub(r"/\*.*?\*/", " ", code, flags=re.S).strip()


def _params(text: str, masked: str, starts: set, where: str) -> tuple:
    out, kw = [], "parameter"
    for code, comment in _items(text, masked, starts):
        match = _PARAM.match(_strip_block_comments(code))
        if match is None:
            raise FinnVivadoError(f"{where}: cannot read parameter declaration {code!r}")
        kw = match.group("kw") or kw
        if kw == "localparam":
            continue
        out.append(HdlParam(match.group("name"), " ".join(match.group("value").split()),
                            comment, match.group("range") or ""))
    return tuple(out)


def _ports(text: str, masked: str, starts: set, where: str) -> tuple:
    out, direction, msb, lsb = [], "", None, None
    for code, _ in _items(text, masked, starts):
        match = _PORT.match(" ".join(_strip_block_comments(code).split()))
        if match is None:
            raise FinnVivadoError(f"{where}: cannot read port declaration {code!r} (only "
                                  "ANSI port lists are supported)")
        if match.group("dir"):
            direction = {"input": "in", "output": "out", "inout": "inout"}[match.group("dir")]
            msb = parse_expr(match.group("msb"), where) if match.group("msb") else None
            lsb = parse_expr(match.group("lsb"), where) if match.group("lsb") else None
        elif not direction:
            raise FinnVivadoError(f"{where}: port {match.group('name')} has no direction "
                                  "(only ANSI port lists are supported)")
        out.append(HdlPort(match.group("name"), direction, msb, lsb))
    return tuple(out)


def parse_module(path: Union[str, Path], module: Optional[str] = None) -> ModuleHeader:
    """Read the header of ``module`` (default: the first module) in Verilog file ``path``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FinnVivadoError(f"cannot read Verilog file {path}: {exc}") from None
    masked, starts = _mask(text)
    pattern = r"\bmodule\s+(" + (re.escape(module) if module else r"[A-Za-z_]\w*") + r")\b"
    found = re.search(pattern, masked)
    if found is None:
        raise FinnVivadoError(f"{path}: no module {module or ''} found".replace("  ", " "))
    name, where = found.group(1), f"{path} (module {found.group(1)})"
    pos, params = found.end(), ()
    try:
        hash_at = re.compile(r"\s*#\s*\(").match(masked, pos)
        if hash_at:
            close = _balanced(masked, hash_at.end() - 1)
            params = _params(*_span(text, masked, starts, hash_at.end(), close), where)
            pos = close + 1
        open_at = re.compile(r"\s*\(").match(masked, pos)
        if open_at is None:
            raise ValueError("no port list")
        close = _balanced(masked, open_at.end() - 1)
    except ValueError as exc:
        raise FinnVivadoError(f"{where}: cannot read the module header: {exc}") from None
    ports = _ports(*_span(text, masked, starts, open_at.end(), close), where)
    return ModuleHeader(name, path, params, ports)
