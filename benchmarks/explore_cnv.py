"""Benchmark: design-space exploration of CNV-w1a1 on xc7z020 at 10 ns (finn-vivado explore).

Sweep: 10 targets from 1,000 to 20,000 fps x mvau_wwidth_max 36/72 x ram_style auto/block
= 40 candidates; stage 2 builds the 6 best of the estimated Pareto front to stitched RTL,
verifies them by stitched rtlsim against the model, measures rtlsim throughput and
synthesises them (Yosys; Vivado when on PATH). Runs on the embedded local Dask cluster.

Prints:
1. stage 1 (estimates only) on 1 worker and on 2 workers: wall time, candidates/s, the
   speed-up of 2 workers over 1;
2. the full sweep (stage 2 added; estimates reused from the cache): wall time;
3. the same sweep again (everything cached) and a sweep with 4 more candidates (only
   those run);
4. the estimated front next to the measured one.

With ``--on-cluster``, the whole sweep (stage 1 and stage 2) runs instead on a real
multi-process Dask cluster started here as on several machines (``dask scheduler`` and two
``dask worker`` processes); ``--kill-worker`` kills one worker (SIGKILL) once stage 2 has
started building, and the run shows every candidate finishing on the other worker.

usage: python benchmarks/explore_cnv.py [--work DIR] [--build-top 6] [--skip-speedup | --speedup-only]
       python benchmarks/explore_cnv.py --on-cluster [--kill-worker] [--work DIR] [--build-top 6]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "py"))

from finn_vivado.explore.local_processes import local_processes  # noqa: E402
from finn_vivado.explore.progress import ConsoleProgress  # noqa: E402
from finn_vivado.explore.sweep import explore  # noqa: E402

MODELS = REPO.parent / "shared" / "models" / "generated"
TARGETS = [1000, 2000, 3000, 4000, 5000, 6000, 8000, 10000, 15000, 20000]
SWEEP = {"target_fps": TARGETS, "mvau_wwidth_max": [36, 72], "ram_style": ["auto", "block"]}


def _config(work: Path) -> Path:
    path = work / "cnv_config.json"
    path.write_text(json.dumps({
        "fpga_part": "xc7z020clg400-1", "synth_clk_period_ns": 10.0,
        "verify_input_npy": str(MODELS / "cnv_1w1a_input.npy"),
        "verify_expected_output_npy": str(MODELS / "cnv_1w1a_expected_output_torch.npy")}))
    return path


def _run(work: Path, out: str, sweep: dict, workers: int, lines: bool = False,
         cluster: str | None = None):
    start = time.perf_counter()
    result = explore(MODELS / "cnv_1w1a.onnx", _config(work), sweep, output_dir=work / out,
                     workers=None if cluster else workers, cluster=cluster,
                     listener=ConsoleProgress(lines=lines, bar=False))
    return result, time.perf_counter() - start


def _kill_when_building(out: Path, worker: subprocess.Popen, done: threading.Event) -> None:
    """SIGKILL ``worker`` (its whole process group) once a stage-2 build is running."""
    candidates = out / "explore" / "candidates"
    while not done.is_set():
        if any(p.name.startswith("build") for p in candidates.glob("*/*.pid")):
            time.sleep(20)  # well into the build
            os.killpg(worker.pid, signal.SIGKILL)
            print(f"killed worker pid {worker.pid} during stage 2", flush=True)
            return
        time.sleep(1)


def _on_cluster(work: Path, build_top: int, kill: bool) -> None:
    done = threading.Event()
    with local_processes(work, workers=2) as procs:
        try:
            if kill:
                threading.Thread(target=_kill_when_building,
                                 args=(work / "cluster", procs.workers[0], done),
                                 daemon=True).start()
            sweep = {**SWEEP, "build_top": build_top}
            result, seconds = _run(work, "cluster", sweep, 2, lines=True,
                                   cluster=procs.address)
        finally:
            done.set()
    statuses = [(r.get("build") or {}).get("status") for r in result.rows if r.get("build")]
    print(f"cluster sweep ({procs.address}, 2 dask worker processes): {seconds:.1f} s wall; "
          f"{_stage_line(result, 'estimate')}; {_stage_line(result, 'build')}")
    print(f"stage-2 statuses: {statuses}")
    _fronts(result)


def _stage_line(result, stage: str) -> str:
    st = result.stages[stage]
    return (f"{stage}: {st['candidates']} candidates, {st['ran']} run, {st['cached']} cached, "
            f"{st['failed']} failed, {st['seconds']:.1f} s")


def _speedup(work: Path) -> None:
    sweep = {**SWEEP, "build_top": 0}
    one, t1 = _run(work, "w1", sweep, 1)
    two, t2 = _run(work, "w2", sweep, 2)
    n = one.stages["estimate"]["candidates"]
    print(f"stage 1, {n} estimate-only candidates:")
    print(f"  1 worker : {t1:7.1f} s wall ({n / t1:.2f} candidates/s)")
    print(f"  2 workers: {t2:7.1f} s wall ({n / t2:.2f} candidates/s)")
    print(f"  speed-up of 2 workers over 1: {t1 / t2:.2f}x")


def _fmt(value) -> str:
    return "-" if value is None else f"{value:,.0f}"


def _fronts(result) -> None:
    rows = {r["key"]: r for r in result.rows}
    for part, keys in result.fronts["estimated"].items():
        print(f"estimated front on {part} ({len(keys)} candidates), built ones with measured "
              "figures (rtlsim fps, Yosys/Vivado resources):")
        print(f"  {'candidate':<46} {'est fps':>8} {'est LUT':>8} {'est BRAM':>8} | "
              f"{'rtl fps':>8} {'syn LUT':>8} {'syn BRAM':>8} {'syn DSP':>7} verified front")
        for key in sorted(keys, key=lambda k: rows[k]["estimate"]["figures"]["throughput_fps"]):
            _front_row(rows[key], key in result.fronts["measured"].get(part, []))
        extra = [k for k in result.fronts["measured"].get(part, []) if k not in keys]
        for key in extra:
            _front_row(rows[key], True)


def _front_row(row, on_measured: bool) -> None:
    est = row["estimate"]["figures"]
    built = (row.get("build") or {}).get("figures") or {}
    status = (row.get("build") or {}).get("status", "")
    print(f"  {row['label']:<46} {_fmt(est['throughput_fps']):>8} {_fmt(est['LUT']):>8} "
          f"{_fmt(est['BRAM_18K']):>8} | {_fmt(built.get('throughput_fps')):>8} "
          f"{_fmt(built.get('LUT')):>8} {_fmt(built.get('BRAM_18K')):>8} "
          f"{_fmt(built.get('DSP')):>7} {str(built.get('verified', '')):>8} "
          f"{'M' if on_measured else ''} {status if status not in ('', 'ok') else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="work directory (default: a temporary one)")
    parser.add_argument("--build-top", type=int, default=6)
    parser.add_argument("--skip-speedup", action="store_true")
    parser.add_argument("--speedup-only", action="store_true",
                        help="only the stage-1 timing on 1 and 2 workers")
    parser.add_argument("--on-cluster", action="store_true",
                        help="run the sweep on a dask scheduler + 2 dask worker processes")
    parser.add_argument("--kill-worker", action="store_true",
                        help="with --on-cluster: SIGKILL one worker during stage 2")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="explore_cnv_"))
    work.mkdir(parents=True, exist_ok=True)
    if args.on_cluster:
        _on_cluster(work, args.build_top, args.kill_worker)
        return 0
    for sub in ("w1", "w2"):
        if not args.skip_speedup:
            shutil.rmtree(work / sub, ignore_errors=True)
    if not args.skip_speedup:
        _speedup(work)
    if args.speedup_only:
        return 0
    sweep = {**SWEEP, "build_top": args.build_top}
    full, t_full = _run(work, "w2", sweep, 2, lines=True)
    print(f"full sweep (2 workers): {t_full:.1f} s wall; {_stage_line(full, 'estimate')}; "
          f"{_stage_line(full, 'build')}")
    again, t_again = _run(work, "w2", sweep, 2)
    print(f"re-run: {t_again:.1f} s wall; {_stage_line(again, 'estimate')}; "
          f"{_stage_line(again, 'build')}")
    bigger = {**sweep, "target_fps": TARGETS + [7000]}
    more, t_more = _run(work, "w2", bigger, 2)
    print(f"4 candidates added: {t_more:.1f} s wall; {_stage_line(more, 'estimate')}; "
          f"{_stage_line(more, 'build')}")
    _fronts(full)
    print(f"page: {full.files['page']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
