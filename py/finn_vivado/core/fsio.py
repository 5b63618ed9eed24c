"""Atomic file writes, output-directory locks and file-system errors as user errors.

Every file a build writes goes through :func:`atomic_write` (or one of its wrappers): the
data goes to a temporary file in the same directory (``.<name>.<pid>.<random>.finntmp``),
is flushed and fsynced, and then renamed over the target.  An interrupted or failed write
therefore leaves the previous file or none, never a truncated one.  Temporary files left
by a killed process are removed by :func:`remove_stray_temps` on the next run.

File-system failures the user can fix (disk full, no permission, read-only file system,
a file where a directory is needed, a name too long) become :class:`FinnVivadoError`
naming the path (:func:`user_os_errors`, :func:`os_error_message`).
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Union

from finn_vivado.core.errors import FinnVivadoError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = [
    "TEMP_SUFFIX",
    "atomic_copy",
    "atomic_open",
    "atomic_save_model",
    "atomic_write",
    "atomic_write_json",
    "atomic_write_npy",
    "directory_lock",
    "fsync_dir",
    "os_error_message",
    "remove_stray_temps",
    "user_os_errors",
]

TEMP_SUFFIX = ".finntmp"
#: our temporary files and directories: ``.<name>.<...>.finntmp`` and ``.<name>.<pid>.tmp``
_STRAY = re.compile(r"^\..+(\.finntmp|\.[0-9]+\.tmp)$")
PathLike = Union[str, "os.PathLike[str]"]

#: errno -> what to tell the user
_USER_ERRNOS = {
    errno.ENOSPC: "no space left on the device; free some space or choose another directory",
    errno.EDQUOT: "disk quota exceeded; free some space or choose another directory",
    errno.EACCES: "permission denied; choose a directory you can write to or fix its permissions",
    errno.EPERM: "operation not permitted; choose a directory you can write to",
    errno.EROFS: "read-only file system; choose a writable directory",
    errno.ENOTDIR: "a path component is a file, not a directory; choose another path",
    errno.EISDIR: "is a directory where a file is needed; choose another path",
    errno.ENAMETOOLONG: "file name too long; choose a shorter path",
    errno.EEXIST: "already exists and is not a directory; choose another path",
    errno.ELOOP: "too many levels of symbolic links; check the path",
    errno.EMFILE: "too many open files; raise the limit (ulimit -n) and retry",
    errno.EFBIG: "file too large for the file system",
    errno.EIO: "input/output error on the device; check the disk",
    errno.ENOENT: "no such file or directory",
}

_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}


def _short(path: Any, limit: int = 200) -> str:
    text = os.fsdecode(path) if path is not None else "?"
    return text if len(text) <= limit else f"{text[:90]}...{text[-90:]} ({len(text)} characters)"


def os_error_message(exc: OSError) -> Optional[str]:
    """One line naming the path and the cause for a user-fixable OSError, else None."""
    reason = _USER_ERRNOS.get(exc.errno or -1)
    if reason is None:
        return None
    where = exc.filename if exc.filename is not None else exc.filename2
    if exc.errno in _WRITE_ERRNOS and exc.filename2 is not None:
        where = exc.filename2  # a copy: the destination is the file that could not grow
    return f"cannot write or read {_short(where)}: {reason}"


@contextmanager
def user_os_errors() -> Iterator[None]:
    """Turn user-fixable OSErrors raised inside the block into FinnVivadoError."""
    try:
        yield
    except OSError as exc:
        message = os_error_message(exc)
        if message is None:
            raise
        raise FinnVivadoError(message) from None


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name[:120]}.{os.getpid()}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")


def fsync_dir(path: Path) -> None:
    """Make a rename or new entry in ``path`` durable (where the platform allows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_open(path: PathLike, mode: str = "w", encoding: Optional[str] = "utf-8",
                newline: Optional[str] = None) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success fsync and rename it to ``path``.

    On any exception the temporary file is removed and ``path`` is left as it was.
    User-fixable OSErrors become FinnVivadoError naming the path.
    """
    path = Path(path)
    binary = "b" in mode
    with user_os_errors():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _temp_path(path)
        handle = open(tmp, mode, encoding=None if binary else encoding,
                      newline=None if binary else newline)
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            message = os_error_message(exc)
            if message is not None:
                if exc.filename is None or Path(os.fsdecode(exc.filename)) == tmp:
                    message = (f"cannot write {_short(path)}: "
                               f"{_USER_ERRNOS[exc.errno]}")  # name the target, not the temp
                raise FinnVivadoError(message) from None
        raise
    fsync_dir(path.parent)


def atomic_write(path: PathLike, data: Union[str, bytes], encoding: str = "utf-8") -> Path:
    """Write text or bytes to ``path`` atomically; returns the path."""
    mode = "wb" if isinstance(data, (bytes, bytearray, memoryview)) else "w"
    with atomic_open(path, mode, encoding=encoding, newline="\n") as handle:
        handle.write(data)
    return Path(path)


def atomic_write_json(path: PathLike, data: Any, **dump_args: Any) -> Path:
    """``json.dumps(data, indent=2)`` plus a newline, written atomically."""
    dump_args.setdefault("indent", 2)
    return atomic_write(path, json.dumps(data, **dump_args) + "\n")


def atomic_write_npy(path: PathLike, array: Any) -> Path:
    """``numpy.save`` to ``path`` (which should end in .npy), atomically."""
    import numpy as np

    with atomic_open(path, "wb") as handle:
        np.save(handle, array, allow_pickle=False)
    return Path(path)


def atomic_save_model(model: Any, path: PathLike) -> Path:
    """Save a ModelWrapper or onnx.ModelProto to ``path`` atomically."""
    proto = getattr(model, "model", model)
    return atomic_write(path, proto.SerializeToString())


def atomic_copy(src: PathLike, dst: PathLike) -> Path:
    """Copy the contents of ``src`` to ``dst`` atomically."""
    with user_os_errors(), open(src, "rb") as source:
        with atomic_open(dst, "wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)
    return Path(dst)


def remove_stray_temps(root: PathLike) -> list[Path]:
    """Delete temporary files of interrupted atomic writes under ``root``; returns them.

    Call only while holding the lock of ``root`` (no other writer is active then).
    """
    removed = []
    root = Path(root)
    if not root.is_dir():
        return removed
    for dirpath, dirs, files in os.walk(root):
        for name in [d for d in dirs if _STRAY.match(d)]:
            shutil.rmtree(Path(dirpath) / name, ignore_errors=True)
            removed.append(Path(dirpath) / name)
            dirs.remove(name)
        for name in files:
            if _STRAY.match(name):
                path = Path(dirpath) / name
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    pass
    return removed


class _Locked(FinnVivadoError):
    pass


@contextmanager
def directory_lock(directory: PathLike, lock_name: str, what: str) -> Iterator[None]:
    """Hold an exclusive, non-blocking lock on ``directory/lock_name`` for the block.

    Another process holding it raises FinnVivadoError naming its pid and ``what``
    (e.g. "build").  The lock is released when the process ends, also when killed.
    """
    directory = Path(directory)
    path = directory / lock_name
    with user_os_errors():
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                try:
                    other = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                except OSError:
                    other = "?"
                raise _Locked(
                    f"another {what} (pid {other}) is using {directory}; wait for it to finish "
                    "or choose another output directory") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)
