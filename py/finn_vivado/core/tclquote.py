"""Tcl quoting: Python values as Tcl words, lists and dicts that plain Tcl reads back exactly.

The Tcl side of finn-vivado (and Vivado's Tcl, which may lack tcllib) reads the backend's
answers with ``dict get`` / ``lindex`` only, so every value crosses the bridge as Tcl list
syntax.  :func:`tcl_word` picks the simplest safe form: a bare word, a braced word, or a
backslash-escaped word (needed for unbalanced braces, trailing backslashes and, in
one-line mode, newlines).
"""

from __future__ import annotations

import math
import re
from typing import Any, Mapping

__all__ = ["parse_tcl_list", "tcl_dict", "tcl_list", "tcl_value", "tcl_word"]

_BARE = re.compile(r"[^\s{}\[\]$\"\\;]+")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "\f": "\\f", "\0": "\\x00"}
_SPECIAL = set(" {}[]$\"\\;#")


def _braces_ok(text: str) -> bool:
    """True when ``{text}`` reads back as ``text`` (balanced braces, no backslashes)."""
    if "\\" in text:
        return False
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _escaped(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char in _SPECIAL:
            out.append("\\" + char)
        elif ord(char) < 0x20:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(char)
    return "".join(out)


def tcl_word(value: Any, one_line: bool = False) -> str:
    """``value`` (converted with ``str``) as one Tcl word that evaluates to exactly it.

    Works both as a command argument (``set x WORD``) and as a list element.  With
    ``one_line`` the result never contains a newline.
    """
    text = str(value)
    if text == "":
        return "{}"
    if _BARE.fullmatch(text) and not text.startswith("#"):
        return text
    if _braces_ok(text) and not (one_line and ("\n" in text or "\r" in text)):
        return "{" + text + "}"
    return _escaped(text)


def tcl_value(value: Any, one_line: bool = True) -> str:
    """A JSON-like Python value as Tcl text: dict -> key/value list, list -> list,
    bool -> 1/0, None -> empty, numbers as written by Python (ints exact)."""
    if isinstance(value, Mapping):
        return tcl_dict(value, one_line)
    if isinstance(value, (list, tuple)):
        return tcl_list(value, one_line)
    return tcl_word(_scalar(value), one_line)


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isinf(value):
            return "Inf" if value > 0 else "-Inf"
        if math.isnan(value):
            return "NaN"
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def tcl_list(items: Any, one_line: bool = True) -> str:
    """A Python sequence as a Tcl list (nested values converted with tcl_value)."""
    return " ".join(_element(item, one_line) for item in items)


def tcl_dict(mapping: Mapping, one_line: bool = True) -> str:
    """A Python mapping as a Tcl dict (key value key value ...)."""
    parts = []
    for key, value in mapping.items():
        parts.append(tcl_word(str(key), one_line))
        parts.append(_element(value, one_line))
    return " ".join(parts)


def _element(value: Any, one_line: bool) -> str:
    if isinstance(value, (Mapping, list, tuple)):
        return tcl_word(tcl_value(value, one_line), one_line)
    return tcl_word(_scalar(value), one_line)


def parse_tcl_list(text: str) -> list[str]:
    """Split Tcl list text into its elements (braces, quotes and backslashes honoured)."""
    items, i, n = [], 0, len(text)
    while True:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            return items
        if text[i] == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                if text[j] == "\\":
                    j += 1
                elif text[j] == "{":
                    depth += 1
                elif text[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError(f"unbalanced braces in Tcl list: {text!r}")
            items.append(text[i + 1:j - 1])
            i = j
        else:
            quoted = text[i] == '"'
            j, out = i + 1 if quoted else i, []
            while j < n and (text[j] != '"' if quoted else not text[j].isspace()):
                if text[j] == "\\" and j + 1 < n:
                    out.append(_unescape(text[j + 1]))
                    j += 2
                    continue
                out.append(text[j])
                j += 1
            items.append("".join(out))
            i = j + 1 if quoted else j


def _unescape(char: str) -> str:
    return {"n": "\n", "r": "\r", "t": "\t", "v": "\v", "f": "\f"}.get(char, char)
