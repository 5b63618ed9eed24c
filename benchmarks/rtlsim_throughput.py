"""Benchmark: stitched-RTL throughput, simulation speed and compile times.

For each model (finn_tfc_w1a1 with its folding_config.json, unsw_nb15-mlp-w2a2 folded for
1 M fps, cnv_1w1a with the finn-examples folding) this builds ONNX -> stitched RTL with
automatic FIFO sizing, measures rtlsim performance and prints:

- stable rtlsim throughput / analytic throughput (fclk / max_cycles), target >= 0.97;
- stitched simulation speed in cycles/s (wall clock of the simulation loop, and per CPU
  second, which does not depend on what else runs on the machine);
- wall time of ONNX -> stitched RTL split into RTL generation (front end, codegen,
  lint, stitching), Verilator C++ builds and FIFO-sizing simulation, and without the
  builds; the FIFO bits chosen and at the throttled peaks (FINN's sizing);
- for cnv_1w1a also ONNX -> stitched RTL with the FIFO depths given (the previous
  build's final_hw_config.json as folding config: no simulation), and the Verilator
  build of that design on its own.

usage: python benchmarks/rtlsim_throughput.py [--only tfc|unsw|cnv] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "py"))
MODELS = REPO.parent / "shared" / "models"

CASES = {
    "tfc": ("finn_tfc_w1a1/model.onnx", {"folding_config_file": str(
        MODELS / "finn_tfc_w1a1" / "folding_config.json")}),
    "unsw": ("zoo/unsw_nb15-mlp-w2a2.onnx", {"target_fps": 1_000_000}),
    "cnv": ("generated/cnv_1w1a.onnx", {"folding_config_file": str(
        MODELS / "finn_examples" / "bnn_pynq_folding" / "cnv-w1a1_folding_config.json")}),
}
STITCH_STEPS = ("step_hw_codegen", "step_hw_ipgen", "step_set_fifo_depths",
                "step_create_stitched_ip")


def _cpu_children() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _build(model: Path, out: Path, **extra) -> float:
    import finn_vivado

    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "generate_outputs": ["estimate_reports", "stitched_ip", "rtlsim_performance"],
           "stop_step": "step_create_stitched_ip", **extra}
    start = time.perf_counter()
    finn_vivado.build(str(model), cfg)
    return time.perf_counter() - start


def _json(path: Path) -> dict:
    return json.loads(path.read_text()) if path.is_file() else {}


def _stitched_times(out: Path, wall: float) -> dict:
    steps = _json(out / "time_per_step.json")
    sizing = _json(out / "report" / "fifo_sizing.json")
    builds = sizing.get("compile_seconds", 0.0)
    sims = sizing.get("sim_seconds", 0.0)
    return {"wall": wall, "builds": builds, "sizing_sim": sims,
            "generation": wall - builds - sims, "steps": steps, "sizing": sizing}


def _perf(out: Path) -> tuple[dict, float]:
    """(rtlsim_performance figures + simulation speed, Verilator build seconds)."""
    from finn_vivado.backends.sim.stitched import StitchedSim, measure_performance, random_frames
    from finn_vivado.backends.stitched.design import StitchedDesign

    start = time.perf_counter()
    sim = StitchedSim(StitchedDesign.load(out / "stitched_ip"))
    build = time.perf_counter() - start
    perf = measure_performance(sim, 8)
    frames = max(4, -(-1_000_000 // sim.design.max_cycles))  # about a million cycles
    words = random_frames(sim.design, frames)
    cpu = _cpu_children()
    run = sim.run(words, frames).check()
    cpu = _cpu_children() - cpu
    perf["speed_wall"] = run.sim_cycles / run.sim_seconds
    perf["speed_cpu"] = run.sim_cycles / cpu
    perf["speed_cycles"] = run.sim_cycles
    return perf, build


def _report(name: str, t: dict, perf: dict) -> None:
    ratio = perf["stable_throughput[images/s]"] / perf["analytic_throughput[images/s]"]
    print(f"\n== {name}")
    print(f"  stable rtlsim throughput   {perf['stable_throughput[images/s]']:>12,.1f} images/s")
    print(f"  analytic (fclk/max_cycles) {perf['analytic_throughput[images/s]']:>12,.1f} images/s"
          f"  (max_cycles {perf['max_cycles']:,}, {perf['max_cycles_node_name']})")
    print(f"  ratio                      {ratio:12.4f}   {'OK' if ratio >= 0.97 else 'BELOW 0.97'}")
    print(f"  latency {perf['latency_cycles']:,} cycles, N={perf['N']}, "
          f"{perf['cycles']:,} cycles for N frames")
    print(f"  simulation speed           {perf['speed_wall']:>12,.0f} cycles/s (wall clock, "
          f"{perf['speed_cycles']:,} cycles), {perf['speed_cpu']:,.0f} cycles per CPU second "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    sizing = t["sizing"]
    print(f"  ONNX -> stitched RTL       {t['wall']:8.1f} s wall = {t['generation']:.1f} s "
          f"generation + {t['builds']:.1f} s Verilator builds + {t['sizing_sim']:.1f} s "
          f"FIFO-sizing simulation ({sizing.get('trials', 0)} trials in "
          f"{len(sizing.get('rounds', []))} rounds)")
    print(f"  ... without the builds     {t['wall'] - t['builds']:8.1f} s")
    bits = sizing.get("fifo_bits", {})
    if bits:
        print(f"  FIFO bits                  {bits['chosen']:,} chosen (at the throttled "
              f"peaks, FINN's sizing: {bits['peaks']:,}; searched "
              f"{', '.join(sizing.get('searched', [])) or 'none'})")
    print(f"  FIFO depths                {sizing.get('depths')}")


def run(name: str, root: Path) -> dict:
    rel, extra = CASES[name]
    out = root / name
    t = _stitched_times(out, _build(MODELS / rel, out, **extra))
    perf, _ = _perf(out)
    _report(name, t, perf)
    if name == "cnv":
        fixed = root / "cnv_fixed"
        wall = _build(MODELS / rel, fixed, auto_fifo_depths=False,
                      folding_config_file=str(out / "final_hw_config.json"))
        perf2, build = _perf(fixed)
        steps = _json(fixed / "time_per_step.json")
        print(f"  with FIFO depths given:    {wall:8.1f} s wall ONNX -> stitched RTL "
              f"(no Verilator run; codegen+lint+stitch "
              f"{sum(steps.get(s, 0.0) for s in STITCH_STEPS):.1f} s), then Verilator C++ "
              f"build {build:.1f} s; ratio "
              f"{perf2['stable_throughput[images/s]'] / perf2['analytic_throughput[images/s]']:.4f}")
    return {"times": t, "perf": perf}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CASES))
    parser.add_argument("--keep", type=Path, help="keep the build directories here")
    args = parser.parse_args()
    names = [args.only] if args.only else list(CASES)
    with tempfile.TemporaryDirectory(prefix="rtlsim-bench-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        for name in names:
            run(name, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
