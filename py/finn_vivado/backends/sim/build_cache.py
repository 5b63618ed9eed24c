"""Content-addressed build directories for simulator builds.

A build is identified by a hash of everything that affects it (tool, flags, source
contents, template text). It is made in a temporary directory next to the cache and
renamed into place, so concurrent builds never see a half-finished one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["build_key", "cached_build", "publish_build", "scratch_dir"]


def build_key(*parts, files=()) -> str:
    """A hex digest over ``parts`` (str()-ed) and the names and contents of ``files``."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode())
        digest.update(b"\0")
    for path in files:
        path = Path(path)
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def cached_build(cache_dir: Path, name: str, marker: str) -> Path | None:
    """The finished build directory ``cache_dir/name`` if it holds ``marker``."""
    final = Path(cache_dir) / name
    return final if (final / marker).exists() else None


def scratch_dir(cache_dir: Path, name: str) -> Path:
    """A fresh temporary directory in ``cache_dir`` for building ``name``."""
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".tmp-{name}-", dir=cache_dir))


def publish_build(scratch: Path, cache_dir: Path, name: str) -> Path:
    """Move a finished scratch build to ``cache_dir/name`` (atomic); keeps an existing one."""
    final = Path(cache_dir) / name
    try:
        os.rename(scratch, final)
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)  # another process published it first
    return final
