import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.fsio import (TEMP_SUFFIX, atomic_copy, atomic_open, atomic_write,
                                   atomic_write_json, atomic_write_npy, directory_lock,
                                   os_error_message, remove_stray_temps, user_os_errors)

REPO = Path(__file__).resolve().parents[2]


def test_atomic_write_replaces_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "sub" / "a.json"
    atomic_write_json(path, {"a": 1})
    atomic_write_json(path, {"a": 2})
    assert json.loads(path.read_text()) == {"a": 2}
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.json"]
    atomic_write(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"


def test_failed_write_keeps_the_previous_file(tmp_path):
    path = tmp_path / "a.txt"
    atomic_write(path, "good\n")
    with pytest.raises(RuntimeError):
        with atomic_open(path) as handle:
            handle.write("half")
            raise RuntimeError("killed mid-write")
    assert path.read_text() == "good\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_new_files_get_the_umask_mode(tmp_path):
    path = atomic_write(tmp_path / "m.txt", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_npy_and_copy(tmp_path):
    data = np.arange(12, dtype=np.int16).reshape(3, 4)
    atomic_write_npy(tmp_path / "d.npy", data)
    assert np.array_equal(np.load(tmp_path / "d.npy"), data)
    atomic_copy(tmp_path / "d.npy", tmp_path / "e.npy")
    assert (tmp_path / "e.npy").read_bytes() == (tmp_path / "d.npy").read_bytes()


def test_write_under_a_file_names_the_path(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(FinnVivadoError, match=str(tmp_path / "f")):
        atomic_write(tmp_path / "f" / "g.txt", "y")


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "no space left"), (errno.EACCES, "permission denied"),
    (errno.EROFS, "read-only"), (errno.ENOTDIR, "not a directory"),
    (errno.ENAMETOOLONG, "too long"), (errno.EDQUOT, "quota"),
])
def test_user_os_errors_name_path_and_cause(code, words):
    exc = OSError(code, os.strerror(code), "/some/where/file.json")
    message = os_error_message(exc)
    assert "/some/where/file.json" in message and words in message
    with pytest.raises(FinnVivadoError, match=words):
        with user_os_errors():
            raise exc


def test_other_os_errors_stay_internal():
    assert os_error_message(OSError(errno.EINVAL, "bad", "x")) is None
    with pytest.raises(OSError):
        with user_os_errors():
            raise OSError(errno.EINVAL, "bad", "x")


def test_long_paths_are_shortened_in_messages():
    message = os_error_message(OSError(errno.ENAMETOOLONG, "long", "a" * 100_000))
    assert len(message) < 400 and "100000 characters" in message


def test_remove_stray_temps_removes_only_ours(tmp_path):
    ours = [tmp_path / f".a.json.123.0badf00d{TEMP_SUFFIX}", tmp_path / "x" / ".b.tcl.77.tmp"]
    theirs = [tmp_path / "notes.tmp", tmp_path / ".hidden", tmp_path / "x" / "y.finntmp.txt"]
    stage = tmp_path / f".driver.abc{TEMP_SUFFIX}"
    (stage / "inner").mkdir(parents=True)
    for path in ours + theirs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("1")
    removed = remove_stray_temps(tmp_path)
    assert sorted(removed) == sorted(ours + [stage])
    assert all(p.exists() for p in theirs) and not stage.exists()


def test_directory_lock_names_the_holder(tmp_path):
    code = ("import sys; from finn_vivado.core.fsio import directory_lock\n"
            "with directory_lock(sys.argv[1], '.lock', 'build'): pass\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "py")}
    with directory_lock(tmp_path, ".lock", "build"):
        held = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                              text=True, env=env)
    assert held.returncode != 0
    assert f"another build (pid {os.getpid()}) is using {tmp_path}" in held.stderr
    free = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, env=env)
    assert free.returncode == 0, free.stderr
