"""The deployment package of a build: everything to copy to the board, in one folder and
one zip file (FINN's ``step_deployment_package``, :mod:`finn_vivado.flow.steps.package`).

``<output_dir>/deploy/`` holds (FINN's layout)

- ``bitfile/``: the ``*.bit``, ``*.hwh`` and ``*.xclbin`` files of ``<output_dir>/bitfile``
  (written by step_synthesize_bitfile when Vivado ran),
- ``driver/``: a copy of ``<output_dir>/driver`` (step_make_pynq_driver), including its
  ``runtime_weights/`` when the driver step wrote them; ``<output_dir>/runtime_weights``
  is copied to ``driver/runtime_weights`` too when it exists.

``<output_dir>/deploy.zip`` holds the same files with paths relative to ``deploy/``
(``bitfile/...``, ``driver/...``), like FINN's ``make_archive(..., "zip", deploy)``:
``unzip deploy.zip -d <dir>`` on the board gives ``<dir>/driver/driver.py``.

Without a bitfile the package still holds the driver (the step then warns what is
missing and how to make it).  Both are built in a temporary directory next to their
final place and renamed into it, so a failed step leaves no half-written package.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from finn_vivado.core.fsio import TEMP_SUFFIX
from finn_vivado.core.errors import FinnVivadoError

__all__ = ["BITFILE_PATTERNS", "DEPLOY_DIR", "ZIP_FILE", "make_deployment_package"]

DEPLOY_DIR = "deploy"
ZIP_FILE = "deploy.zip"
#: Files of <output_dir>/bitfile that go to the board.
BITFILE_PATTERNS = ("*.bit", "*.hwh", "*.xclbin")


def _bitfiles(out: Path) -> list[Path]:
    folder = out / "bitfile"
    return sorted({p for pattern in BITFILE_PATTERNS for p in folder.glob(pattern) if p.is_file()})


def _fill(stage: Path, out: Path, bitfiles: list[Path]) -> None:
    """Copy the package contents into the empty folder ``stage``."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(out / "driver", stage / "driver", ignore=skip)
    weights = out / "runtime_weights"
    if weights.is_dir():
        shutil.copytree(weights, stage / "driver" / "runtime_weights", dirs_exist_ok=True,
                        ignore=skip)
    (stage / "bitfile").mkdir()
    for path in bitfiles:
        shutil.copy2(path, stage / "bitfile" / path.name)


def _zip(folder: Path, target: Path) -> None:
    """Zip ``folder``'s contents (paths relative to it) into ``target``, deterministically."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            arcname = path.relative_to(folder).as_posix()
            archive.write(path, arcname + ("/" if path.is_dir() else ""))


def _replace_dir(new: Path, final: Path) -> None:
    """Move ``new`` to ``final``, replacing an earlier package (renamed away first)."""
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=".deploy-old-", dir=final.parent))
        os.replace(final, old / final.name)
    os.replace(new, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def make_deployment_package(output_dir: Any) -> dict[str, Any]:
    """Build ``deploy/`` and ``deploy.zip`` in ``output_dir``; returns their paths, the
    packaged bitfiles and whether the bitfile was present."""
    out = Path(output_dir)
    if not (out / "driver").is_dir():
        raise FinnVivadoError(
            f"step_deployment_package: no driver in {out / 'driver'}; add 'pynq_driver' to "
            "generate_outputs (step_make_pynq_driver writes it) and run that step first")
    bitfiles = _bitfiles(out)
    work = Path(tempfile.mkdtemp(prefix=".deploy.", suffix=TEMP_SUFFIX, dir=out))
    try:
        stage = work / DEPLOY_DIR
        stage.mkdir()
        _fill(stage, out, bitfiles)
        _zip(stage, work / ZIP_FILE)
        os.replace(work / ZIP_FILE, out / ZIP_FILE)
        _replace_dir(stage, out / DEPLOY_DIR)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"deploy_dir": out / DEPLOY_DIR, "zip": out / ZIP_FILE,
            "bitfiles": [p.name for p in bitfiles], "has_bitfile": bool(bitfiles)}
