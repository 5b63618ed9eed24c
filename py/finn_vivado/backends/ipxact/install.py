"""Installing an accelerator IP into a Vivado IP repository, atomically and locked.

:func:`install_ip` copies an accelerator directory (``accelerator.json``, its HDL and
memory files) into ``<repo>/<name>_v<version>/`` with a fresh ``component.xml`` and GUI
file. Vivado must never see a half-written core, and two builds into one repository
must both end correctly:

- everything happens under an exclusive ``flock`` on ``<repo>/.finn-ip-repo.lock``
  (a second build waits for the first);
- the new core is built and fsync'ed in a staging directory next to the repository
  (``<parent>/.<repo>.finn-staging/``, same filesystem; ``<repo>/.finn-staging/`` if the
  parent is not writable), outside the tree Vivado scans;
- it then takes the place of the old core in one step: Linux ``renameat2`` with
  ``RENAME_EXCHANGE`` swaps the two directories atomically, the old one is deleted
  afterwards. Where that is not available the old core is renamed aside first; if
  the process dies between the two renames, the next install into the repository
  (or :func:`recover_repo`) puts the old core back.

So a SIGKILL at any point leaves either the old or the new core whole in the repository.

The installed IP is relocatable: every file it needs is inside its directory, named
relative to its component.xml (UG1118 "Outputs from IP Packager": "The associated files
of the custom IP are relative to the IP-XACT XML file"), and the HDL names its
``$readmemh`` files by bare file name, found through the IP's file set. Files are
copied byte for byte; a file that names an absolute path is refused
(:func:`absolute_paths_in`), so the IP repository can be copied to another machine.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

try:
    import fcntl
except ImportError:  # Windows: msvcrt byte-range locks instead
    fcntl = None
    import msvcrt

from lxml import etree

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.fsio import fsync_dir, os_error_message
from finn_vivado.backends.stitched.accel import ACCEL_FILE, load_accelerator, write_accelerator_json
from finn_vivado.backends.ipxact.accelerator import accelerator_component, package_accelerator
from finn_vivado.backends.ipxact.component import check_vlnv
from finn_vivado.backends.ipxact.writer import COMPONENT_FILE, write_component

__all__ = [
    "DEFAULT_REPO",
    "LOCK_FILE",
    "absolute_paths_in",
    "config_ip_repo",
    "install_dir_name",
    "install_ip",
    "install_stitched_ip",
    "recover_repo",
    "repo_lock",
]

#: IP repository under output_dir used when the config names none
DEFAULT_REPO = "ip_repo"

LOCK_FILE = ".finn-ip-repo.lock"
_NEW, _OLD = ".new.", ".old."
#: test hook: called with the name of each install phase (never set in normal use)
_phase_hook: Optional[Callable[[str], None]] = None


def _phase(name: str) -> None:
    if _phase_hook is not None:
        _phase_hook(name)


def install_dir_name(vlnv: str) -> str:
    """Directory of an IP inside the repository: ``<name>_v<version>``."""
    _, _, name, version = check_vlnv(vlnv)
    return f"{name}_v{version.replace('.', '_')}"


@contextmanager
def repo_lock(repo: Path) -> Iterator[None]:
    """Hold the repository's install lock (blocking; says so when it has to wait)."""
    path = repo / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if fcntl is None:  # Windows: byte-range lock, retried
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    continue
        else:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"Waiting for another build installing into {repo} ...", flush=True)
                fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _staging_root(repo: Path) -> Path:
    outside = repo.parent / f".{repo.name}.finn-staging"
    try:
        outside.mkdir(exist_ok=True)
        if outside.stat().st_dev == repo.stat().st_dev:
            return outside
        outside.rmdir()
    except OSError:
        pass
    inside = repo / ".finn-staging"
    inside.mkdir(exist_ok=True)
    return inside


def _exchange(a: Path, b: Path) -> bool:
    """Swap directories ``a`` and ``b`` atomically; False if the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError):
        return False
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def recover_repo(repo: Union[str, Path]) -> None:
    """Undo an install killed half-way (call with the lock held, or let install_ip do it):
    put back an old core that was renamed aside, delete leftover staging directories."""
    repo = Path(repo).resolve()
    for root in (repo.parent / f".{repo.name}.finn-staging", repo / ".finn-staging"):
        if not root.is_dir():
            continue
        for entry in sorted(root.iterdir()):
            target = repo / entry.name.split(_OLD)[0]
            if _OLD in entry.name and not target.exists():
                os.rename(entry, target)
                print(f"Restored {target} (an earlier install was interrupted)", flush=True)
            else:
                shutil.rmtree(entry, ignore_errors=True)
        fsync_dir(repo)


def absolute_paths_in(path: Path, roots=()) -> list[str]:
    """Absolute paths a text file names: ``roots`` (e.g. the build directory) and any
    quoted string starting with ``/`` (an HDL string parameter or ``$readmemh`` name)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return []
    found = [str(r) for r in roots if str(r) and str(r) in text]
    found += re.findall(r'"(/[^"\n]*)"', text)
    return found


def _copy_synced(src: Path, dst: Path, build_dir: Path) -> None:
    if src.suffix in (".v", ".sv", ".vh"):
        named = absolute_paths_in(src, {build_dir, build_dir.resolve()})
        if named:
            raise FinnVivadoError(f"{src} names the absolute path {named[0]}; an installed IP "
                                  "must reference its files relatively (regenerate it)")
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    with open(dst, "rb+") as fh:
        os.fsync(fh.fileno())


def _old_revision(target: Path) -> int:
    path = target / COMPONENT_FILE
    if not path.is_file():
        return 0
    try:
        found = etree.parse(str(path)).find(".//{http://www.xilinx.com}coreRevision")
        return int(found.text) if found is not None else 0
    except (etree.XMLSyntaxError, ValueError, TypeError):
        return 0


def _check_owner(target: Path, vlnv: str) -> None:
    path = target / ACCEL_FILE
    if target.exists() and not path.is_file():
        raise FinnVivadoError(f"{target} exists and is not an IP installed by finn-vivado; "
                              "choose another ip_name / ip_version or move it away")
    if path.is_file():
        old = load_accelerator(path).vlnv
        if old.split(":")[:2] != vlnv.split(":")[:2]:
            raise FinnVivadoError(f"{target} holds IP {old}, not {vlnv}; choose another ip_name "
                                  "or ip_version, or remove it")


def _stage(src: Path, stage: Path, vlnv: str, revision: int) -> None:
    """Build the complete new core in ``stage`` (component.xml written last)."""
    acc = load_accelerator(src)
    rel = []
    for f in acc.files:
        name = os.path.relpath(f, acc.ip_dir).replace(os.sep, "/")
        if name.startswith("../"):
            raise FinnVivadoError(f"{acc.path}: file {f} is outside {acc.ip_dir}; it cannot be "
                                  "installed with the IP")
        _copy_synced(f, stage / name, src)
        rel.append(name)
    write_accelerator_json(stage, vlnv=vlnv, top_module=acc.top_module, freq_hz=acc.freq_hz,
                           streams=acc.streams, lites=acc.lites, files=rel,
                           fpga_part=acc.fpga_part, clock_port=acc.clock_port,
                           reset_port=acc.reset_port, generator="finn-vivado install_ip")
    with open(stage / ACCEL_FILE, "rb+") as fh:
        os.fsync(fh.fileno())
    write_component(stage, accelerator_component(stage, vlnv, revision))
    for path in sorted({p.parent for p in stage.rglob("*")} | {stage}, reverse=True):
        fsync_dir(path)


def _swap_in(stage: Path, target: Path, staging: Path) -> None:
    if not target.exists():
        os.rename(stage, target)
    elif _exchange(stage, target):
        _phase("swapped")
        shutil.rmtree(stage)          # now holds the old core
    else:
        aside = staging / f"{target.name}{_OLD}{uuid.uuid4().hex[:8]}"
        os.rename(target, aside)
        _phase("aside")
        os.rename(stage, target)
        shutil.rmtree(aside)
    fsync_dir(target.parent)


def install_ip(src_dir: Union[str, Path], repo: Union[str, Path],
               vlnv: Optional[str] = None) -> Path:
    """Install the accelerator in ``src_dir`` into IP repository ``repo`` (created if
    missing) as ``vlnv`` (default: the VLNV in its accelerator.json); replaces an
    earlier install of the same name and version. Returns the installed directory."""
    src = Path(src_dir).absolute()
    vlnv = vlnv or load_accelerator(src).vlnv
    check_vlnv(vlnv)
    repo = Path(repo).absolute()
    try:
        repo.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = os_error_message(exc) or exc.strerror
        raise FinnVivadoError(f"IP repository {repo} cannot be created: {reason}") from None
    repo = repo.resolve()
    target = repo / install_dir_name(vlnv)
    with repo_lock(repo):
        _phase("locked")
        recover_repo(repo)
        _check_owner(target, vlnv)
        staging = _staging_root(repo)
        stage = staging / f"{target.name}{_NEW}{uuid.uuid4().hex[:8]}"
        try:
            stage.mkdir()
            _stage(src, stage, vlnv, _old_revision(target) + 1)
            _phase("staged")
            _swap_in(stage, target, staging)
        except OSError as exc:
            reason = os_error_message(exc)
            if reason is None:
                raise
            raise FinnVivadoError(f"cannot install {vlnv} into the IP repository {repo} "
                                  f"({reason}); the repository is unchanged") from None
        finally:
            shutil.rmtree(stage, ignore_errors=True)
            try:
                staging.rmdir()  # only when empty
            except OSError:
                pass
        _phase("installed")
    print(f"Installed IP {vlnv} into {target}", flush=True)
    return target


def config_ip_repo(ip_repo: Optional[Union[str, Path]], output_dir: Union[str, Path]) -> Path:
    """The IP repository of a build: ``ip_repo`` (the config's), else
    ``<output_dir>/ip_repo``."""
    return Path(ip_repo) if ip_repo else Path(output_dir) / DEFAULT_REPO


def install_stitched_ip(stitched_dir: Union[str, Path], vlnv: str,
                        repo: Union[str, Path]) -> Path:
    """What step_create_stitched_ip does with its output: component.xml and GUI file into
    ``stitched_dir`` (Vivado scripts add it to the IP repositories), then install the
    IP into ``repo`` (a build's: :func:`config_ip_repo`) as ``vlnv``
    (``vendor:library:name:version``). Returns the installed directory."""
    package_accelerator(stitched_dir, vlnv)
    return install_ip(stitched_dir, repo, vlnv)
