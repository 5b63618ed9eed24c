"""A real multi-process Dask cluster on this machine, started as on several machines:
a ``dask scheduler`` process and ``dask worker`` processes, each in a session of its own
(so one can be killed with everything it started).  Used to try ``--cluster`` without
other machines, by the cluster test and the exploration benchmark."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["LocalProcesses", "dask_command", "local_processes", "stop_process"]


def dask_command() -> Path:
    """The ``dask`` command installed next to this Python."""
    return Path(sys.executable).parent / "dask"


def stop_process(proc: subprocess.Popen) -> None:
    """SIGTERM the process's session, SIGKILL it after 20 s."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@dataclass
class LocalProcesses:
    """The scheduler's address and the processes (scheduler first, then the workers)."""

    address: str
    scheduler: subprocess.Popen
    workers: list = field(default_factory=list)


def _start(args: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen([str(dask_command()), *args], stdout=log.open("w"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def local_processes(log_dir: Path, workers: int = 2,
                    wait_s: float = 60) -> Iterator[LocalProcesses]:
    """Start a scheduler on 127.0.0.1 and ``workers`` single-threaded workers (logs in
    ``log_dir``), wait until the workers joined, and stop them all at the end."""
    if not dask_command().exists():
        raise FinnVivadoError(f"the dask command is not installed ({dask_command()})")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    found = LocalProcesses(address, _start(["scheduler", "--host", "127.0.0.1", "--port",
                                            str(port), "--no-dashboard"],
                                           log_dir / "scheduler.log"))
    try:
        time.sleep(1.0)
        for i in range(workers):
            found.workers.append(_start(
                ["worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                 "--name", f"w{i}", "--memory-limit", "0"], log_dir / f"worker{i}.log"))
        if workers:
            from distributed import Client

            with Client(address, timeout=wait_s) as client:
                client.wait_for_workers(workers, timeout=wait_s)
        yield found
    finally:
        for proc in reversed([found.scheduler, *found.workers]):
            stop_process(proc)
