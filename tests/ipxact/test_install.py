"""install_ip: the accelerator lands in the IP repository whole, even when the build is
killed (SIGKILL) half-way, and two builds into one repository both end correctly."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact import install_ip, recover_repo
from finn_vivado.backends.stitched.accel import load_accelerator

from .helpers import NS, check_ip_dir, make_standin

PY = str(Path(__file__).resolve().parents[2] / "py")
RUNNER = '''
import sys, time
sys.path.insert(0, {py!r})
from finn_vivado.backends.ipxact import install as inst
def hook(phase):
    print("PHASE", phase, time.time(), flush=True)
    if phase == {stop!r}:
        time.sleep(120)
    if phase == "staged":
        time.sleep({hold!r})
inst._phase_hook = hook
if {fallback!r}:
    inst._exchange = lambda a, b: False
inst.install_ip({src!r}, {repo!r})
print("DONE", flush=True)
'''


def installed_marker(target: Path) -> str:
    """Which stand-in (its marker) is installed at ``target``; checks it is whole."""
    check_ip_dir(target)
    acc = load_accelerator(target)
    rom = (target / "hdl" / "acc_rom.dat").read_bytes()
    top = (target / "hdl" / "acc_top.v").read_text()
    marker = top.split(":", 1)[0].lstrip("/ ")
    assert set(rom.decode().split()) == {marker * 8}, "memory file is from another version"
    assert '.INIT_FILE("acc_rom.dat")' in top and str(target) not in top
    assert acc.vlnv == "test.org:finn:acc:1.0"
    return marker


def runner(src: Path, repo: Path, stop: str = "", fallback: bool = False,
           hold: float = 0.0) -> subprocess.Popen:
    """An install in a subprocess; it sleeps forever at phase ``stop`` and ``hold`` seconds
    once staged (to make concurrent installs overlap)."""
    code = RUNNER.format(py=PY, stop=stop, fallback=fallback, src=str(src), repo=str(repo),
                         hold=hold)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill_at(proc: subprocess.Popen, phase: str) -> None:
    for line in proc.stdout:
        if line.split()[:2] == ["PHASE", phase]:
            break
    else:
        pytest.fail(f"installer ended before phase {phase}: {proc.stderr.read()}")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.fixture
def sources(tmp_path):
    """Two versions of one accelerator (markers A and B) and a repo holding A."""
    a = make_standin(tmp_path / "a" / "stitched_ip", "A", data_bytes=4 << 20)
    b = make_standin(tmp_path / "b" / "stitched_ip", "B", data_bytes=4 << 20)
    repo = tmp_path / "repo"
    target = install_ip(a, repo)
    return a, b, repo, target


def test_install_and_reinstall(tmp_path):
    a = make_standin(tmp_path / "a", "A")
    repo = tmp_path / "deep" / "repo"
    target = install_ip(a, repo)
    assert target == repo / "acc_v1_0" and installed_marker(target) == "A"
    assert sorted(p.name for p in repo.iterdir()) == [".finn-ip-repo.lock", "acc_v1_0"]
    assert not (tmp_path / "deep" / ".repo.finn-staging").exists()
    b = make_standin(tmp_path / "b", "B")
    assert install_ip(b, repo) == target and installed_marker(target) == "B"
    revision = etree.parse(str(target / "component.xml")).findtext(".//xilinx:coreRevision",
                                                                   namespaces=NS)
    assert revision == "2"
    other = install_ip(b, repo, "test.org:finn:acc:2.0")
    assert other.name == "acc_v2_0" and load_accelerator(other).vlnv.endswith(":2.0")
    with pytest.raises(FinnVivadoError, match="holds IP test.org:finn:acc:1.0, not"):
        install_ip(a, repo, "someone.else:lib:acc:1.0")
    (repo / "acc_v3_0").mkdir()
    with pytest.raises(FinnVivadoError, match="is not an IP installed by finn-vivado"):
        install_ip(a, repo, "test.org:finn:acc:3.0")


@pytest.mark.parametrize("phase, fallback, expect", [
    ("locked", False, "A"),
    ("staged", False, "A"),     # new core complete in staging, not yet swapped
    ("swapped", False, "B"),    # swapped in, old one not yet deleted
    ("staged", True, "A"),
    ("aside", True, "A"),       # no atomic exchange: old core renamed aside, then killed
])
def test_sigkill_leaves_a_whole_core(sources, phase, fallback, expect):
    a, b, repo, target = sources
    kill_at(runner(b, repo, stop=phase, fallback=fallback), phase)
    if phase == "aside":
        assert not target.exists()
        recover_repo(repo)       # what the next install does first
    assert installed_marker(target) == expect
    assert installed_marker(install_ip(b, repo)) == "B"
    assert not (repo.parent / ".repo.finn-staging").exists()


def _phase_times(src: Path, repo: Path) -> dict:
    """Seconds from start to each phase of one undisturbed install."""
    start = time.time()
    out, err = runner(src, repo).communicate(timeout=300)
    assert "DONE" in out, err
    return {ln.split()[1]: float(ln.split()[2]) - start for ln in out.splitlines()
            if ln.startswith("PHASE")}


def test_sigkill_at_random_times(sources):
    """Kills spread over the whole install (copy, fsync, swap): always a whole core."""
    a, b, repo, target = sources
    times = _phase_times(b, repo)
    span = times["installed"] - times["locked"]
    rng = random.Random(5)
    mid_install = 0
    for i in range(10):
        src, new = (a, "A") if i % 2 == 0 else (b, "B")
        old = installed_marker(target)
        proc = runner(src, repo)
        assert proc.stdout.readline().split()[:2] == ["PHASE", "locked"]
        time.sleep((i + rng.random()) / 10 * span)
        proc.kill()
        out, _ = proc.communicate()
        mid_install += "PHASE installed" not in out
        assert installed_marker(target) in (old, new)
    assert mid_install >= 3, "the kills should hit the install itself"
    assert installed_marker(install_ip(a, repo)) == "A"


def test_two_concurrent_builds_both_succeed(sources):
    a, b, repo, target = sources
    procs = [runner(b, repo, hold=1.0), runner(a, repo, hold=1.0), runner(b, repo, hold=1.0)]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert "DONE" in out
    assert installed_marker(target) in ("A", "B")
    revision = etree.parse(str(target / "component.xml")).findtext(".//xilinx:coreRevision",
                                                                   namespaces=NS)
    assert revision == "4"   # the first install, then three, one after the other
    assert any("Waiting for another build" in out for out, _ in results)


def test_install_stitched_ip_uses_the_config(tmp_path):
    from types import SimpleNamespace

    from finn_vivado.backends.ipxact import config_ip_repo, install_stitched_ip
    from finn_vivado.flow.steps.stitch import config_vlnv

    ip = make_standin(tmp_path / "out" / "stitched_ip", "A")
    cfg = SimpleNamespace(ip_repo=None, output_dir=str(tmp_path / "out"), ip_vendor="me.org",
                          ip_library="nets", ip_name="acc", ip_version="1.0")
    target = install_stitched_ip(ip, config_vlnv(cfg), config_ip_repo(cfg.ip_repo, cfg.output_dir))
    assert target == tmp_path / "out" / "ip_repo" / "acc_v1_0"
    check_ip_dir(ip)                       # packaged in place too
    assert load_accelerator(target).vlnv == "me.org:nets:acc:1.0"
    cfg.ip_repo = str(tmp_path / "user_repo")
    assert install_stitched_ip(ip, config_vlnv(cfg),
                               config_ip_repo(cfg.ip_repo, cfg.output_dir)) \
        == tmp_path / "user_repo" / "acc_v1_0"


def test_install_refuses_hdl_naming_an_absolute_path(tmp_path):
    """An HDL file naming an absolute path (an old build's ``$readmemh`` parameter) would
    break the installed IP once copied: the install stops instead of copying it."""
    a = make_standin(tmp_path / "a", "A")
    top = a / "hdl" / "acc_top.v"
    top.write_text(top.read_text().replace('"acc_rom.dat"', f'"{a / "hdl" / "acc_rom.dat"}"'))
    with pytest.raises(FinnVivadoError, match="acc_top.v names the absolute path /"):
        install_ip(a, tmp_path / "repo")
    assert not (tmp_path / "repo" / "acc_v1_0").exists()
