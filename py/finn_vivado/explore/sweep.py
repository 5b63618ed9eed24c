"""``explore``: the two-stage design-space exploration of one model.

1. Stage 1 estimates every candidate of the sweep (estimate-only builds, cheap).
2. Stage 2 builds the ``build_top`` best candidates of the estimated Pareto fronts (per
   part) to stitched RTL, verifies them by stitched rtlsim, measures their rtlsim
   throughput and synthesises them; the fronts are then recomputed from the measured
   figures.

Candidates run as tasks of a Dask cluster (:mod:`finn_vivado.explore.engine`); finished
candidates are found by their content key and not run again, so a re-run, an
interrupted run or a larger sweep only runs what is missing. Outputs go to
``<output_dir>/explore/`` (:mod:`finn_vivado.explore.outputs`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Union

from finn_vivado.explore.base import Base, load_base
from finn_vivado.explore.candidates import Candidate, make_candidates
from finn_vivado.explore.engine import Engine
from finn_vivado.explore.jobs import candidate_dir, make_job
from finn_vivado.explore.outputs import write_outputs
from finn_vivado.explore.pareto import front_per_part, select_top
from finn_vivado.explore.rows import estimated, measured
from finn_vivado.explore.spec import SweepSpec, load_sweep
from finn_vivado.explore.tasks import cached_result, run_job

__all__ = ["ExploreResult", "explore"]

#: callback(event, stage, row, done, total): event is "start", "result" or "end"
Listener = Callable[[str, str, Optional[dict], int, int], None]


@dataclass
class ExploreResult:
    """What a sweep did: one row per candidate, the fronts and the files written."""

    rows: list[dict[str, Any]]
    fronts: dict[str, dict[str, list[str]]]
    files: dict[str, str]
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    engine: str = ""

    def summary_lines(self) -> list[str]:
        """What the console prints at the end: stages, fronts, files."""
        lines = []
        for stage in ("estimate", "build"):
            st = self.stages.get(stage, {})
            lines.append(f"{stage}: {st.get('candidates', 0)} candidate(s), {st.get('ran', 0)} "
                         f"run, {st.get('cached', 0)} cached, {st.get('failed', 0)} failed, "
                         f"{st.get('seconds', 0):.1f} s")
        for kind, per_part in self.fronts.items():
            for part, keys in per_part.items():
                lines.append(f"{kind} front on {part}: {len(keys)} candidate(s)")
        lines += [f"Engine: {self.engine}", f"Results: {self.files['results_json']}",
                  f"Page: {self.files['page']}"]
        return lines

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.rows for stage in ("estimate", "build")
                if r.get(stage) and r[stage]["status"] != "ok"]


def _row(cand: Candidate, base: Base) -> dict[str, Any]:
    return {"key": cand.key, "label": cand.label, "point": cand.point, "part": cand.part,
            "directory": str(candidate_dir(base, cand.key)), "estimate": None, "build": None,
            "chosen": False, "on_estimated_front": False, "on_measured_front": False}


def _run_stage(stage: str, rows: list[dict], cands: dict[str, Candidate], base: Base,
               spec: SweepSpec, engine: Engine, timeout: Optional[float],
               listener: Listener) -> dict[str, Any]:
    """Run ``stage`` for ``rows``: cached results first, the others as tasks."""
    start = time.monotonic()
    jobs = [make_job(base, cands[r["key"]], spec, stage, timeout) for r in rows]
    todo, done = [], 0
    listener("start", stage, None, 0, len(rows))
    for row, job in zip(rows, jobs):
        cached = cached_result(Path(job["directory"]), stage, job["settings"])
        if cached is None:
            todo.append((row, job))
            continue
        row[stage] = {**cached, "cached": True}
        done += 1
        listener("result", stage, row, done, len(rows))
    keys = [f"{stage}-{job['key']}" for _, job in todo]
    for index, result in engine.run(run_job, [job for _, job in todo], keys):
        row = todo[index][0]
        row[stage] = {"output_dir": str(Path(row["directory"]) / stage), **result}
        done += 1
        listener("result", stage, row, done, len(rows))
    listener("end", stage, None, done, len(rows))
    failed = sum(1 for r in rows if r[stage]["status"] != "ok")
    return {"candidates": len(rows), "ran": len(todo), "cached": len(rows) - len(todo),
            "failed": failed, "seconds": round(time.monotonic() - start, 3)}


def _mark(rows: list[dict], fronts: Mapping[str, list[str]], flag: str) -> None:
    keys = {key for front in fronts.values() for key in front}
    for row in rows:
        row[flag] = row["key"] in keys


def _built(base: Base, cand: Candidate, spec: SweepSpec) -> bool:
    """True when the candidate's stage-2 result is cached (built by an earlier sweep)."""
    job = make_job(base, cand, spec, "build", None)
    return cached_result(Path(job["directory"]), "build", job["settings"]) is not None


def _quiet(event: str, stage: str, row: Optional[dict], done: int, total: int) -> None:
    return None


def explore(model: Union[str, Path], config: Optional[Union[str, Path]] = None,
            sweep: Union[None, str, Path, Mapping[str, Any], SweepSpec] = None, *,
            output_dir: Optional[Union[str, Path]] = None, workers: Optional[int] = None,
            cluster: Optional[str] = None, timeout: Optional[float] = None,
            listener: Optional[Listener] = None) -> ExploreResult:
    """Explore the design space of ``model`` (an .onnx file with ``config``, or a FINN
    build directory) over the sweep spec ``sweep``; see the module doc and the README.

    ``workers``: worker processes of the embedded local cluster (default: the cores);
    ``cluster``: address of a running Dask scheduler instead; ``timeout``: seconds one
    candidate's build may take; ``listener``: progress callback.
    """
    base = load_base(model, config, output_dir)
    spec = load_sweep(sweep)
    cands = {c.key: c for c in make_candidates(base.model, base.config, spec)}
    rows = [_row(c, base) for c in cands.values()]
    listener = listener or _quiet
    stages: dict[str, Any] = {}
    with Engine(cluster=cluster, workers=workers) as engine:
        stages["estimate"] = _run_stage("estimate", rows, cands, base, spec, engine, timeout,
                                        listener)
        fronts = {"estimated": front_per_part(rows, estimated)}
        _mark(rows, fronts["estimated"], "on_estimated_front")
        built_before = {r["key"] for r in rows if _built(base, cands[r["key"]], spec)}
        chosen = set(select_top(rows, estimated, spec.build_top, prefer=built_before))
        for row in rows:
            row["chosen"] = row["key"] in chosen
        built = [r for r in rows if r["chosen"]]
        stages["build"] = _run_stage("build", built, cands, base, spec, engine, timeout,
                                     listener)
        stages["workers"] = engine.worker_count() if engine.started else 0
        description = engine.describe()
    fronts["measured"] = front_per_part(built, measured)
    _mark(rows, fronts["measured"], "on_measured_front")
    files = write_outputs(base, spec, rows, fronts, stages)
    return ExploreResult(rows=rows, fronts=fronts, files=files, stages=stages,
                         engine=description)
