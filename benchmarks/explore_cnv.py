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

usage: python benchmarks/explore_cnv.py [--work DIR] [--build-top 6] [--skip-speedup | --speedup-only]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "py"))

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


def _run(work: Path, out: str, sweep: dict, workers: int, lines: bool = False):
    start = time.perf_counter()
    result = explore(MODELS / "cnv_1w1a.onnx", _config(work), sweep, output_dir=work / out,
                     workers=workers, listener=ConsoleProgress(lines=lines, bar=False))
    return result, time.perf_counter() - start


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
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="explore_cnv_"))
    work.mkdir(parents=True, exist_ok=True)
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
