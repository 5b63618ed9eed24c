"""Where the candidates run: Dask distributed.

:class:`Engine` gives a Dask ``Client``: by default on an embedded ``LocalCluster``
(worker processes started in-process, one single-threaded worker per core, nothing to
set up); with ``cluster="tcp://HOST:8786"`` on a running cluster (``dask scheduler`` and
``dask worker`` processes, see the README). The cluster is started only when a task is
submitted, so a sweep whose results are all cached starts nothing.

Each candidate is one task keyed by its content key. When a worker dies, the scheduler
runs its tasks again on the other workers (up to ``allowed-failures`` times); a task
that still does not finish, or raises, comes back as a ``failed: ...`` result.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Callable, Iterator, Mapping, Optional, Sequence

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["Engine"]

#: extra runs of a task that raised (a build failing is a result, not an exception)
TASK_RETRIES = 1
CONNECT_TIMEOUT_S = 20
#: how long a sweep waits for the first worker of a running cluster
WORKER_WAIT_S = 60


class Engine:
    """A Dask client, started on first use; close it with :meth:`close` (or ``with``)."""

    def __init__(self, cluster: Optional[str] = None, workers: Optional[int] = None) -> None:
        if workers is not None and workers < 1:
            raise FinnVivadoError(f"workers must be at least 1, got {workers}")
        self.address = cluster
        self.workers = workers or os.cpu_count() or 1
        self._client: Any = None
        self._local: Any = None

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def started(self) -> bool:
        return self._client is not None

    def _start(self) -> Any:
        from distributed import Client, LocalCluster

        if self.address:
            try:
                self._client = Client(self.address, timeout=CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError) as exc:
                raise FinnVivadoError(
                    f"cannot connect to the Dask scheduler at {self.address}: {exc}; start "
                    "it with 'dask scheduler' (and workers with 'dask worker ADDRESS')") from None
            try:
                self._client.wait_for_workers(1, timeout=WORKER_WAIT_S)
            except TimeoutError:
                self.close()
                raise FinnVivadoError(
                    f"the Dask scheduler at {self.address} has no workers (waited "
                    f"{WORKER_WAIT_S} s); start some with 'dask worker {self.address}'") from None
        else:
            self._local = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                       processes=True, dashboard_address=None,
                                       memory_limit=0, silence_logs=logging.ERROR)
            self._client = Client(self._local)
        return self._client

    def worker_count(self) -> int:
        """Workers of the cluster (0 before it started)."""
        if self._client is None:
            return 0
        return len(self._client.scheduler_info().get("workers", {}))

    def describe(self) -> str:
        what = (f"Dask cluster {self.address}" if self.address
                else f"local Dask cluster, {self.workers} worker process(es)")
        return what if self.started else f"{what} (not started: every result was cached)"

    def run(self, fn: Callable[[Mapping[str, Any]], dict], jobs: Sequence[Mapping[str, Any]],
            keys: Sequence[str]) -> Iterator[tuple[int, dict]]:
        """Run ``fn(job)`` for every job as a task; yields (job index, result) as tasks
        finish. A task that raised or whose workers kept dying yields a failed result."""
        if not jobs:
            return
        from distributed import as_completed

        client = self._client or self._start()
        futures = {client.submit(fn, job, key=key, retries=TASK_RETRIES, pure=False): i
                   for i, (job, key) in enumerate(zip(jobs, keys))}
        for future in as_completed(list(futures)):
            index = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - reported as the candidate's status
                line = " ".join(str(exc).split()) or "no message"
                result = {"status": f"failed: {type(exc).__name__}: {line}",
                          "exit_status": None, "figures": {}, "cached": False}
            future.release()
            yield index, result

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._local is not None:
            self._local.close()
            self._local = None
