"""Rendering of the Vivado Tcl scripts (and the Alveo link files) from the Jinja2 template
files in ``templates/``: undefined variables are errors, and values enter Tcl only through
the ``tcl_quote`` (one word) and ``tcl_list`` filters, so paths and names with spaces,
brackets, semicolons or ``$`` are passed literally."""

from __future__ import annotations

import os
import shlex
from functools import lru_cache
from pathlib import Path
from typing import Any, Union

import jinja2

from .. import __version__
from ..tclquote import tcl_list, tcl_word

__all__ = ["TEMPLATE_DIR", "render", "write_rendered"]

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def _tcl_quote(value: Any) -> str:
    return tcl_word(value, one_line=True)


def _tcl_list(values: Any) -> str:
    return tcl_word(tcl_list(list(values)), one_line=True)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["tcl_quote"] = _tcl_quote
    env.filters["tcl_list"] = _tcl_list
    env.filters["sh_quote"] = lambda value: shlex.quote(str(value))
    env.filters["comment"] = lambda value: " ".join(str(value).split())
    return env


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context`` (plus ``version``)."""
    context.setdefault("version", __version__)
    return _environment().get_template(template).render(**context)


def write_rendered(path: Union[str, os.PathLike], template: str, **context: Any) -> Path:
    """Render ``template`` into ``path`` (parent directories are created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(template, **context), encoding="utf-8")
    return path
