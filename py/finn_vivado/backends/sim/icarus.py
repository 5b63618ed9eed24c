"""Icarus Verilog: ``iverilog -g2005`` compile check and optional ``vvp`` run."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.templating import verilog_literal

from finn_vivado.backends.sim.tools import find_iverilog

__all__ = ["icarus_compile", "icarus_run"]


def icarus_compile(top: str, sources, params: dict | None = None, out=None,
                   include_dirs=()) -> Path:
    """Compile ``top`` with ``iverilog -g2005``; returns the ``.vvp`` file.

    ``params`` override top-level parameters; ``out`` is the output path (default: a
    temporary file). Raises :class:`FinnVivadoError` with Icarus's first error.
    """
    tool = find_iverilog()
    out = Path(out) if out else Path(tempfile.mkdtemp(prefix="finn-iverilog-")) / f"{top}.vvp"
    cmd = [str(tool.path), "-g2005", "-o", str(out), "-s", top,
           *[f"-P{top}.{k}={verilog_literal(v)}" for k, v in sorted((params or {}).items())],
           *[f"-I{d}" for d in include_dirs], *[str(Path(s).resolve()) for s in sources]]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=tool.environ())
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        errors = [ln for ln in lines if "error" in ln.lower()] or lines or ["no output"]
        raise FinnVivadoError(f"iverilog -g2005 could not compile {top}: {errors[0].strip()}")
    return out


def icarus_run(vvp_file, args=(), timeout: float = 600.0, cwd=None) -> str:
    """Run a compiled design with ``vvp``; returns its standard output."""
    tool = find_iverilog()
    cmd = [str(tool.helpers["vvp"]), "-n", str(vvp_file), *[str(a) for a in args]]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=cwd,
                              env=tool.environ())
    except subprocess.TimeoutExpired:
        raise FinnVivadoError(f"vvp {vvp_file}: no finish within {timeout:.0f} s") from None
    if proc.returncode != 0:
        raise FinnVivadoError(f"vvp {vvp_file} failed (exit {proc.returncode}): "
                              f"{(proc.stderr or proc.stdout).strip()[:300]}")
    return proc.stdout
