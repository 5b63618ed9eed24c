"""Content-addressed build directories for simulator builds.

A build is identified by a hash of everything that affects it (tool, flags, source
contents, template text). It is made in a temporary directory next to the cache and
renamed into place, so concurrent builds never see a half-finished one.

The cache is bounded: after each new build, the least recently used builds are removed
until the cache directory holds at most ``FINN_VIVADO_CACHE_GB`` gigabytes (default 10;
0 keeps nothing but the newest build).  Scratch directories of killed builds older than
a day are removed too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

__all__ = ["build_key", "cache_budget_bytes", "cached_build", "evict", "publish_build",
           "scratch_dir"]

CACHE_GB_ENV = "FINN_VIVADO_CACHE_GB"
DEFAULT_CACHE_GB = 10.0
_SCRATCH = ".tmp-"
_STALE_SCRATCH_S = 24 * 3600


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
    if not (final / marker).exists():
        return None
    try:
        os.utime(final)  # recently used: evicted last
    except OSError:
        pass
    return final


def scratch_dir(cache_dir: Path, name: str) -> Path:
    """A fresh temporary directory in ``cache_dir`` for building ``name``."""
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{_SCRATCH}{name}-", dir=cache_dir))


def publish_build(scratch: Path, cache_dir: Path, name: str) -> Path:
    """Move a finished scratch build to ``cache_dir/name`` (atomic); keeps an existing one."""
    final = Path(cache_dir) / name
    try:
        os.rename(scratch, final)
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)  # another process published it first
    evict(Path(cache_dir), keep=final)
    return final


def cache_budget_bytes() -> int:
    """The cache size limit from ``FINN_VIVADO_CACHE_GB`` (default 10 GB)."""
    text = os.environ.get(CACHE_GB_ENV, "")
    try:
        gigabytes = float(text) if text else DEFAULT_CACHE_GB
    except ValueError:
        gigabytes = DEFAULT_CACHE_GB
    if not gigabytes >= 0:  # NaN or negative
        gigabytes = DEFAULT_CACHE_GB
    return int(min(gigabytes, 1e6) * 1e9)


def _size(path: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total


def evict(cache_dir: Path, keep: Path | None = None, budget: int | None = None) -> list[Path]:
    """Remove least recently used builds of ``cache_dir`` beyond ``budget`` bytes (and
    stale scratch directories); never ``keep``.  Returns the removed directories."""
    budget = cache_budget_bytes() if budget is None else budget
    now, removed, entries = time.time(), [], []
    try:
        children = list(Path(cache_dir).iterdir())
    except OSError:
        return removed
    for child in children:
        try:
            if not child.is_dir() or child.is_symlink():
                continue
            mtime = child.stat().st_mtime
        except OSError:
            continue
        if child.name.startswith(_SCRATCH):
            if now - mtime > _STALE_SCRATCH_S:
                shutil.rmtree(child, ignore_errors=True)
                removed.append(child)
            continue
        entries.append((mtime, child, _size(child)))
    total = sum(size for *_, size in entries)
    for _, child, size in sorted(entries, key=lambda e: e[0]):
        if total <= budget:
            break
        if keep is not None and child == keep:
            continue
        shutil.rmtree(child, ignore_errors=True)
        removed.append(child)
        total -= size
    return removed
