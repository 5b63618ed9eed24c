"""Rendering of generated text (Verilog, C++, Tcl, scripts) from Jinja2 template files.

Templates live in a ``templates/`` directory next to the code that renders them.
Undefined variables are errors (StrictUndefined); block tags on their own lines leave
no blank lines behind (trim_blocks, lstrip_blocks).
"""

from __future__ import annotations

import shlex
from functools import lru_cache
from pathlib import Path

import jinja2

from finn_vivado.core.tclquote import tcl_list, tcl_word

__all__ = ["render", "template_text", "tcl_quote", "verilog_literal"]


def tcl_quote(value) -> str:
    """``value`` as one Tcl word (on one line) that evaluates to exactly it."""
    return tcl_word(value, one_line=True)


def tcl_list_word(values) -> str:
    """A sequence as one Tcl word holding a proper Tcl list."""
    return tcl_word(tcl_list(list(values)), one_line=True)


def verilog_literal(value) -> str:
    """A Python parameter value as a Verilog literal: ints as decimal (non-negative ints
    beyond 32-bit integers as sized hex, e.g. packed per-input fields), strings quoted."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        if value >= 2 ** 31:
            return f"'h{value:x}"
        return str(value) if value >= 0 else f"-{-value}"
    text = str(value)
    if any(c in text for c in '"\\\n'):
        raise ValueError(f"string parameter {text!r} holds a quote, backslash or newline")
    return f'"{text}"'


@lru_cache(maxsize=None)
def _environment(directory: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["tcl_quote"] = tcl_quote
    env.filters["tcl_list"] = tcl_list_word
    env.filters["sh_quote"] = lambda value: shlex.quote(str(value))
    env.filters["comment"] = lambda value: " ".join(str(value).split())
    env.filters["verilog_literal"] = verilog_literal
    return env


def render(directory, template: str, **context) -> str:
    """Render file ``template`` from ``directory`` with ``context``."""
    return _environment(str(Path(directory).resolve())).get_template(template).render(**context)


def template_text(directory, name: str) -> str:
    """The raw text of a template (e.g. for build-cache keys)."""
    return (Path(directory) / name).read_text()
