"""Benchmark: resource estimate vs Yosys synthesis, per layer.

For each model (finn_tfc_w1a1 with its folding_config.json, cnv_1w1a with the
finn-examples folding) this builds ONNX -> stitched RTL (FIFO depths as configured, no
FIFO-sizing simulation), runs step_out_of_context_synthesis (Yosys ``synth_xilinx``
for the xc7z020, hierarchy kept) and prints, per layer, the LUT and BRAM (RAMB18 units)
estimate next to what synthesis produced, their ratio and whether the estimate is within
tolerance, and the timing estimate of the netlist (fmax without Vivado: maximum logic
levels, estimated fmax, the layer of the critical path and its cells, and every layer's
own fmax estimate and logic levels). Tolerance of the resource estimates: |synthesis - estimate| <= max(25 % of the estimate, 24 LUTs) for LUTs, and
<= max(25 %, 0.5 RAMB18) for BRAM (the absolute allowance covers layers of a few LUTs
such as depth-2 FIFOs and width converters). Layers outside are marked MISS.

Synthesis results are cached (~/.cache/finn-vivado/yosys): a repeated run is instant;
a cold run takes about a minute for tfc and several minutes for cnv on two cores.

usage: python benchmarks/synth_vs_estimate.py [--only tfc|cnv] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "py"))
MODELS = REPO.parent / "shared" / "models"

CASES = {
    "tfc": ("finn_tfc_w1a1/model.onnx", MODELS / "finn_tfc_w1a1" / "folding_config.json"),
    "cnv": ("generated/cnv_1w1a.onnx",
            MODELS / "finn_examples" / "bnn_pynq_folding" / "cnv-w1a1_folding_config.json"),
}


def _build(name: str, root: Path) -> Path:
    import finn_vivado

    rel, folding = CASES[name]
    out = root / name
    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "folding_config_file": str(folding), "auto_fifo_depths": False,
           "generate_outputs": ["estimate_reports", "stitched_ip", "out_of_context_synth"],
           "stop_step": "step_out_of_context_synthesis"}
    finn_vivado.build(str(MODELS / rel), cfg)
    return out


def _report(name: str, out: Path, wall: float) -> int:
    from finn_vivado.backends.synth import format_table

    ooc = json.loads((out / "report" / "ooc_synth_and_timing.json").read_text())
    comparison = json.loads((out / "report" / "estimate_vs_synth.json").read_text())
    cached = " (cached)" if ooc.get("cached") else ""
    print(f"\n== {name}: {ooc['tool']} {ooc['tool_version']} synth_xilinx -family "
          f"{ooc['family']} ({ooc['part']}), synthesis {ooc['synth_seconds']:.1f} s{cached}, "
          f"build + synthesis {wall:.1f} s wall")
    print(f"   total: {ooc['LUT']} LUT ({ooc['LUTRAM']} as memory), {ooc['FF']} FF, "
          f"{ooc['BRAM_36K']} RAMB36 + {ooc['BRAM_18K']} RAMB18, {ooc['DSP']} DSP, "
          f"{ooc['Carry']} CARRY")
    print(format_table(comparison))
    _print_timing(ooc, json.loads((out / "report" / "post_synth_resources.json").read_text()))
    return sum(not all(r["within_25pct"].values()) for r in comparison["layers"])


def _print_timing(ooc: dict, layers: dict) -> None:
    """The timing estimate (no timing engine in Yosys: the delay model over its netlist)."""
    path = ooc.get("critical_path")
    if not path:
        print("   no timing estimate (no delay model for this family)")
        return
    print(f"\nTiming estimate ({ooc['timing_model']['family']} delay model): fmax "
          f"{ooc['fmax_estimate_mhz']:.1f} MHz, critical path {path['delay_ns']:.2f} ns with "
          f"{path['levels']} logic levels in {path['layer']} (starts in {path['start_layer']}), "
          f"max {ooc['max_logic_levels']} logic levels")
    print(f"   {path['start']} -> {path['end']}: {' > '.join(path['cells'])}")
    print(f"   {'layer':<34} {'max levels':>10} {'fmax est MHz':>12}")
    for name, values in layers.items():
        if name != "total" and values.get("fmax_estimate_mhz") is not None:
            mark = "  <- critical" if name == path["layer"] else ""
            print(f"   {name:<34} {values['max_logic_levels']:>10} "
                  f"{values['fmax_estimate_mhz']:>12.1f}{mark}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CASES))
    parser.add_argument("--keep", type=Path, help="build directory to keep")
    args = parser.parse_args(argv)
    names = [args.only] if args.only else list(CASES)
    with tempfile.TemporaryDirectory(prefix="synth-vs-est-") as tmp:
        root = args.keep or Path(tmp)
        misses = 0
        for name in names:
            start = time.perf_counter()
            out = _build(name, root)
            misses += _report(name, out, time.perf_counter() - start)
    print(f"\n{misses} layers outside the tolerance in total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
