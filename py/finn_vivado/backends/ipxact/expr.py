"""Constant expressions of Verilog module headers (parameter defaults, port ranges).

:func:`parse_expr` reads the subset used in headers: decimal numbers (also sized
``8'd5`` / ``4'hF`` / ``2'b10`` literals), parameter names, parentheses, unary
``- + !``, ``** * / % + -``, comparisons, ``&& ||``, ``?:`` and ``$clog2(x)``.
An :class:`Expr` can then be

- evaluated with integer parameter values (Verilog semantics: ``/`` truncates),
- written as a Vivado IP-XACT dependency (``spirit:decode(id('MODELPARAM_VALUE.X'))``
  terms joined by ``+ - * /``, the operators Vivado-written component.xml files use), or
- written as a Tcl ``expr`` body (for the update procedures of the GUI file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Mapping, Union

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["Expr", "parse_expr"]

_TOKEN = re.compile(r"""\s*(?:
    (?P<num>\d+\s*'\s*[sS]?[dDhHbBoO]\s*[0-9a-fA-F_xXzZ]+|'[dDhHbBoO][0-9a-fA-F_]+|\d[\d_]*)
  | (?P<call>\$clog2)
  | (?P<name>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<op>\*\*|==|!=|<=|>=|&&|\|\||[-+*/%()<>?:!])
)""", re.VERBOSE)
_BASES = {"d": 10, "h": 16, "b": 2, "o": 8}
_BINARY = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
_XPATH_OPS = {"+", "-", "*", "/"}
_TCL_OPS = {"||", "&&", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "**"}

Node = Union[tuple, int, str]


def _number(text: str) -> int:
    text = text.replace("_", "").replace(" ", "")
    if "'" not in text:
        return int(text)
    digits = text.split("'", 1)[1].lstrip("sS")
    base, value = _BASES[digits[0].lower()], digits[1:]
    if re.search(r"[xXzZ]", value):
        raise ValueError(f"literal {text} has x/z bits")
    return int(value, base)


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(text):
        if not text[pos:].strip():
            break
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise ValueError(f"unexpected text {text[pos:].strip()!r}")
        kind = match.lastgroup
        out.append((kind, match.group(kind)))
        pos = match.end()
    return out


class _Parser:
    """Recursive descent over the token list; nodes are nested tuples."""

    def __init__(self, text: str):
        self.toks = _tokens(text)
        self.pos = 0

    def peek(self) -> str:
        return self.toks[self.pos][1] if self.pos < len(self.toks) else ""

    def take(self, value: str = "") -> tuple[str, str]:
        if self.pos >= len(self.toks) or (value and self.toks[self.pos][1] != value):
            raise ValueError(f"expected {value or 'more'} at token {self.pos}")
        self.pos += 1
        return self.toks[self.pos - 1]

    def parse(self) -> Node:
        node = self.cond()
        if self.pos != len(self.toks):
            raise ValueError(f"unexpected {self.peek()!r}")
        return node

    def cond(self) -> Node:
        test = self.binary(0)
        if self.peek() != "?":
            return test
        self.take("?")
        yes = self.cond()
        self.take(":")
        return ("?:", test, yes, self.cond())

    def binary(self, level: int) -> Node:
        if level == len(_BINARY):
            return self.power()
        node = self.binary(level + 1)
        while self.peek() in _BINARY[level] and self.toks[self.pos][0] == "op":
            op = self.take()[1]
            node = (op, node, self.binary(level + 1))
        return node

    def power(self) -> Node:
        node = self.unary()
        if self.peek() == "**":
            self.take()
            return ("**", node, self.power())
        return node

    def unary(self) -> Node:
        if self.peek() in ("-", "+", "!") and self.toks[self.pos][0] == "op":
            op = self.take()[1]
            return ("u" + op, self.unary())
        return self.primary()

    def primary(self) -> Node:
        kind, text = self.take()
        if kind == "num":
            return _number(text)
        if kind == "name":
            return text
        if kind == "call":
            self.take("(")
            arg = self.cond()
            self.take(")")
            return ("clog2", arg)
        if text == "(":
            node = self.cond()
            self.take(")")
            return node
        raise ValueError(f"unexpected {text!r}")


def _clog2(value: int) -> int:
    return 0 if value <= 1 else (value - 1).bit_length()


def _div(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError("division by zero")
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


_EVAL: dict[str, Callable[[int, int], int]] = {
    "||": lambda a, b: int(bool(a) or bool(b)), "&&": lambda a, b: int(bool(a) and bool(b)),
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": _div, "%": lambda a, b: a - _div(a, b) * b, "**": lambda a, b: a ** b,
}


@dataclass(frozen=True)
class Expr:
    """A parsed constant expression; ``text`` is the Verilog source."""

    text: str
    tree: Node

    @property
    def names(self) -> list[str]:
        """Parameter names used, in order of first use."""
        out: list[str] = []

        def walk(node: Node) -> None:
            if isinstance(node, str):
                if node not in out:
                    out.append(node)
            elif isinstance(node, tuple):
                for child in node[1:]:
                    walk(child)
        walk(self.tree)
        return out

    @property
    def is_constant(self) -> bool:
        """True if the expression uses no parameter."""
        return not self.names

    def value(self, env: Mapping[str, int]) -> int:
        """The value for integer parameter values ``env``."""
        def ev(node: Node) -> int:
            if isinstance(node, int):
                return node
            if isinstance(node, str):
                if node not in env:
                    raise KeyError(node)
                return int(env[node])
            op = node[0]
            if op == "?:":
                return ev(node[2]) if ev(node[1]) else ev(node[3])
            if op == "clog2":
                return _clog2(ev(node[1]))
            if op[0] == "u":
                arg = ev(node[1])
                return {"u-": -arg, "u+": arg, "u!": int(not arg)}[op]
            return _EVAL[op](ev(node[1]), ev(node[2]))
        return ev(self.tree)

    def xpath(self, ref: Callable[[str], str]) -> str:
        """Vivado dependency text; ``ref(name)`` gives a parameter's reference.

        Raises ValueError for operators outside ``+ - * /``.
        """
        return _emit(self.tree, ref, _XPATH_OPS, "xpath")

    def tcl(self, ref: Callable[[str], str]) -> str:
        """Tcl ``expr`` text (all operators but ``$clog2``)."""
        return _emit(self.tree, ref, _TCL_OPS, "tcl")


def _emit(node: Node, ref: Callable[[str], str], ops: set, lang: str) -> str:
    if isinstance(node, int):
        return str(node)
    if isinstance(node, str):
        return ref(node)
    op = node[0]
    if op == "?:" and lang == "tcl":
        parts = [_emit(n, ref, ops, lang) for n in node[1:]]
        return f"({parts[0]} ? {parts[1]} : {parts[2]})"
    if op in ("u-", "u+") or (op == "u!" and lang == "tcl"):
        return f"({op[1]}{_emit(node[1], ref, ops, lang)})"
    if op not in ops:
        raise ValueError(f"operator {op!r} is not supported in a {lang} expression")
    return f"({_emit(node[1], ref, ops, lang)} {op} {_emit(node[2], ref, ops, lang)})"


def parse_expr(text: str, where: str = "") -> Expr:
    """Parse a Verilog constant expression; errors name ``where`` (file, parameter)."""
    try:
        return Expr(text.strip(), _Parser(text).parse())
    except ValueError as exc:
        raise FinnVivadoError(f"{where or 'expression'}: cannot read Verilog expression "
                              f"{text.strip()!r}: {exc}") from None
