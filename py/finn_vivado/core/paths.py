"""Data directories shipped with the package: the library cores and the board files.

In a source checkout they are the top-level ``ip_repo/`` and ``boards/``; an installed
package carries copies as ``finn_vivado/ip_repo_data`` and ``finn_vivado/board_data``.
"""

from __future__ import annotations

from pathlib import Path

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["PACKAGE_DIR", "board_dir", "ip_repo_dir"]

#: the finn_vivado package directory
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _data_dir(packaged: str, checkout: str, pattern: str, what: str) -> Path:
    for candidate in (PACKAGE_DIR / packaged, PACKAGE_DIR.parents[1] / checkout):
        if candidate.is_dir() and any(candidate.glob(pattern)):
            return candidate.resolve()
    raise FinnVivadoError(
        f"{what} not found: looked in {PACKAGE_DIR / packaged} and "
        f"{PACKAGE_DIR.parents[1] / checkout}; reinstall finn-vivado (pip install -e .)")


def ip_repo_dir() -> Path:
    """The library core directory (checkout ``ip_repo/`` or package data)."""
    return _data_dir("ip_repo_data", "ip_repo", "*/*.f", "library cores")


def board_dir() -> Path:
    """The directory holding the board files (checkout ``boards/`` or package data)."""
    return _data_dir("board_data", "boards", "*.json", "board files")
