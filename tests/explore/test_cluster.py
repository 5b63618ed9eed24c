"""The sweep on a real multi-process Dask cluster started here as a user starts one on
several machines (``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1);
one worker is killed while it builds a candidate: its candidates run again on the other
worker and every candidate finishes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from finn_vivado.explore.local_processes import dask_command, local_processes

from .helpers import digits_setup, results, write_sweep

@pytest.fixture()
def cluster(tmp_path):
    if not dask_command().exists():
        pytest.skip("the dask command is not installed next to this Python")
    with local_processes(tmp_path, workers=2) as procs:
        yield procs.address, [procs.scheduler, *procs.workers]


def _running_builds(out: Path) -> list[Path]:
    return list((out / "explore" / "candidates").glob("*/*.pid"))


def test_sweep_survives_a_killed_worker(tmp_path, cluster):
    address, procs = cluster
    model, config = digits_setup(tmp_path)
    spec = write_sweep(tmp_path, "sweep.json", {
        "target_fps": [10000, 20000, 50000, 100000, 200000, 500000], "build_top": 1,
        "build_outputs": ["stitched_ip", "rtlsim_performance"]})
    out = tmp_path / "out"
    sweep = subprocess.Popen(
        [sys.executable, "-m", "finn_vivado.app.cli", "explore", str(model), "-c", str(config),
         "--sweep", str(spec), "-o", str(out), "--cluster", address],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while len(_running_builds(out)) < 2 and time.monotonic() < deadline and sweep.poll() is None:
        time.sleep(0.1)
    assert len(_running_builds(out)) == 2, "the two workers did not both start a candidate"
    os.killpg(procs[1].pid, signal.SIGKILL)  # worker w0, its nanny and worker process
    stdout, stderr = sweep.communicate(timeout=600)
    assert sweep.returncode == 0, stderr
    data = results(out)
    rows = data["candidates"]
    assert len(rows) == 6
    assert [r["estimate"]["status"] for r in rows] == ["ok"] * 6, stdout
    built = [r for r in rows if r["chosen"]]
    assert len(built) == 1 and built[0]["build"]["status"] == "ok"
    assert built[0]["build"]["figures"]["verified"] is True
    assert not _running_builds(out)


def test_a_cluster_without_workers_is_a_clear_error(tmp_path, monkeypatch):
    if not dask_command().exists():
        pytest.skip("the dask command is not installed next to this Python")
    from finn_vivado.core.errors import FinnVivadoError
    from finn_vivado.explore import engine

    monkeypatch.setattr(engine, "WORKER_WAIT_S", 2)
    with local_processes(tmp_path, workers=0) as procs:
        with engine.Engine(cluster=procs.address) as eng:
            with pytest.raises(FinnVivadoError, match="has no workers"):
                list(eng.run(len, [{"a": 1}], ["k"]))
