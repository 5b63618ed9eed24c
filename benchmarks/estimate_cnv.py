"""Benchmark: estimate-only build of CNV-w1a1 for 10,000 fps at 10 ns on xc7z020clg400-1.

Runs ``finn-vivado build DIR --steps estimate`` as a subprocess (whole process: Python
start-up, imports, front end, folding, reports) several times and prints the median wall
time, the time per step, the start-up/import share, and the estimated figures; then the
same build with mvau_wwidth_max=80.

usage: python benchmarks/estimate_cnv.py [--model PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = REPO.parent / "shared" / "models" / "generated" / "cnv_1w1a.onnx"
CONFIG = {"synth_clk_period_ns": 10.0, "target_fps": 10000, "fpga_part": "xc7z020clg400-1",
          "generate_outputs": ["estimate_reports"]}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "py"), env.get("PYTHONPATH")]))
    return env


def _cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _timed(cmd: list[str], cpu: list[float] | None = None) -> float:
    """Wall time of running ``cmd``; its CPU time (user + system) is appended to ``cpu``."""
    start, cpu_start = time.perf_counter(), _cpu()
    subprocess.run(cmd, check=True, env=_env(), stdout=subprocess.DEVNULL)
    if cpu is not None:
        cpu.append(_cpu() - cpu_start)
    return time.perf_counter() - start


def _build_dir(root: Path, model: Path, **extra) -> Path:
    build = root / ("build_" + "_".join(f"{k}{v}" for k, v in extra.items()) if extra else "build")
    build.mkdir()
    shutil.copy(model, build / "model.onnx")
    (build / "dataflow_build_config.json").write_text(json.dumps({**CONFIG, **extra}))
    return build


def _build_cmd(build: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "finn_vivado.app.cli", "build", str(build), "--steps", "estimate",
            "-o", str(out)]


def _figures(out: Path) -> str:
    report = out / "report"
    perf = json.loads((report / "estimate_network_performance.json").read_text())
    total = json.loads((report / "estimate_layer_resources.json").read_text())["total"]
    fit = json.loads((report / "estimate_fit.json").read_text())
    folding = json.loads((report / "auto_folding.json").read_text())
    lines = [f"  estimated {perf['estimated_throughput_fps']:,.0f} fps (bottleneck "
             f"{perf['max_cycles_node_name']}, {perf['max_cycles']:,} cycles), latency "
             f"{perf['estimated_latency_ns'] / 1e3:,.1f} us",
             f"  {total['LUT']:,.0f} LUT, {total['BRAM_18K']:,.0f} BRAM_18K, "
             f"{total['DSP']:,.0f} DSP; fits {fit['fpga_part']}: {fit['fits']} "
             f"(LUT {fit['resources']['LUT']['utilization_pct']}%, BRAM_18K "
             f"{fit['resources']['BRAM_18K']['utilization_pct']}%)"]
    lines += [f"  note: {m}" for m in folding["messages"]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.model.is_file():
        print(f"model not found: {args.model} (use --model)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build, out = _build_dir(root, args.model), root / "out"
        cpu: list[float] = []
        times = [_timed(_build_cmd(build, out), cpu) for _ in range(args.runs)]
        startup = _timed([sys.executable, "-c", "pass"])
        imports = _timed([sys.executable, "-c", "import finn_vivado.app.cli, finn_vivado.build, "
                          "finn_vivado.flow.steps.frontend, finn_vivado.flow.steps.folding, "
                          "finn_vivado.flow.steps.estimate"])
        steps = json.loads((out / "time_per_step.json").read_text())
        print(f"estimate-only build of {args.model.name}: target 10,000 fps, 10 ns, "
              f"xc7z020clg400-1 (mvau_wwidth_max=36)")
        print(f"  process wall time over {args.runs} runs: median {statistics.median(times):.2f} s"
              f" (min {min(times):.2f}, max {max(times):.2f}); CPU time median "
              f"{statistics.median(cpu):.2f} s; load average {os.getloadavg()[0]:.2f}")
        print(f"  python start-up {startup:.2f} s, imports {imports - startup:.2f} s, steps "
              f"{sum(steps.values()):.2f} s, rest (model load/save, logging) "
              f"{statistics.median(times) - imports - sum(steps.values()):.2f} s")
        for name, sec in steps.items():
            print(f"    {name:36s} {sec:6.3f} s")
        print(_figures(out))
        wide, out80 = _build_dir(root, args.model, mvau_wwidth_max=80), root / "out80"
        elapsed = _timed(_build_cmd(wide, out80))
        print(f"same with mvau_wwidth_max=80 ({elapsed:.2f} s):")
        print(_figures(out80))
    return 0


if __name__ == "__main__":
    sys.exit(main())
