"""Rendering of the Vivado Tcl scripts (and the Alveo link files) from the Jinja2 template
files in ``templates/``: undefined variables are errors, and values enter Tcl only through
the ``tcl_quote`` (one word) and ``tcl_list`` filters, so paths and names with spaces,
brackets, semicolons or ``$`` are passed literally."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Union

from finn_vivado.core.fsio import atomic_write
from finn_vivado.core import templating
from finn_vivado.core.version import __version__

__all__ = ["TEMPLATE_DIR", "render", "write_rendered"]

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context`` (plus ``version``)."""
    context.setdefault("version", __version__)
    return templating.render(TEMPLATE_DIR, template, **context)


def write_rendered(path: Union[str, os.PathLike], template: str, **context: Any) -> Path:
    """Render ``template`` into ``path`` (parent directories are created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, render(template, **context))
    return path
