"""Benchmark: hardware quality of 8-bit activations (the threshold search unit).

1. unsw_nb15-mlp-w2a2 exactly as in ../shared/models/zoo (its first activation is
   8-bit: 255 thresholds per channel), target_fps 1,000,000 at 10 ns on Pynq-Z1:
   auto-folding, stitched RTL, stitched rtlsim of 64 random inputs (the file's own
   input, then random +/-1 vectors) compared with qonnx execution of the ONNX file,
   and Yosys synthesis of the stitched design. Prints the estimated fps, the fit, the
   estimated and synthesised LUT/BRAM, the fmax estimate and whether rtlsim is bit-exact.
2. A standalone Thresholding with 255 steps (UINT8 in, PE 1, 3 channels) synthesised
   with Yosys for each ram_style.

Acceptance printed at the end: >= 1,000,000 fps estimated, fits the part, <= 15,000 LUT
synthesised, bit-exact; the Thresholding <= 300 LUT.

usage: python benchmarks/hardware_quality.py [--keep DIR] [--samples N]
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
sys.path.insert(0, str(REPO / "benchmarks"))
ZOO = REPO.parent / "shared" / "models" / "zoo"
MODEL = ZOO / "unsw_nb15-mlp-w2a2.onnx"


def _inputs(out: Path, samples: int) -> Path:
    import numpy as np

    first = np.load(ZOO / "unsw_nb15-mlp-w2a2_input.npy").astype(np.float32)
    rng = np.random.default_rng(2026)
    rest = rng.choice([-1.0, 1.0], size=(samples - 1, first.shape[-1])).astype(np.float32)
    path = out / "verify_input.npy"
    out.mkdir(parents=True, exist_ok=True)
    np.save(path, np.concatenate([first.reshape(1, -1), rest]))
    return path


def unsw(out: Path, samples: int) -> dict:
    import numpy as np

    import finn_vivado
    from corpus import golden, mismatches

    inp = _inputs(out, samples)
    cfg = {"output_dir": str(out / "build"), "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "target_fps": 1_000_000, "verify_input_npy": str(inp),
           "verify_steps": ["stitched_ip_rtlsim"],
           "generate_outputs": ["estimate_reports", "stitched_ip", "out_of_context_synth"],
           "stop_step": "step_out_of_context_synthesis"}
    start = time.perf_counter()
    finn_vivado.build(str(MODEL), cfg)
    wall = time.perf_counter() - start
    rep = out / "build" / "report"
    perf = json.loads((rep / "estimate_network_performance.json").read_text())
    fit = json.loads((rep / "estimate_fit.json").read_text())
    est = json.loads((rep / "estimate_layer_resources.json").read_text())["total"]
    ooc = json.loads((rep / "ooc_synth_and_timing.json").read_text())
    got = np.load(sorted((out / "build" / "verification_output").glob(
        "stitched_ip_rtlsim_*.npy"))[0])
    bad = mismatches(got, golden(MODEL, np.load(inp)))
    return {"fps": perf["estimated_throughput_fps"], "fit": fit, "est": est, "ooc": ooc,
            "bad": bad, "samples": samples, "wall": wall}


def thresholding() -> dict:
    """Yosys cells of the 255-step Thresholding for each ram_style."""
    import numpy as np
    from qonnx.core.datatype import DataType

    sys.path.insert(0, str(REPO / "tests"))
    from rtl.compute_helpers import RTL_CACHE
    from rtl.test_thresholding import thresholding as make

    from finn_vivado.backends.rtl import generate_node_rtl
    from finn_vivado.backends.sim.yosys import synth_check

    rows = {}
    for style in ("auto", "distributed", "block"):
        model, layer = make(np.random.default_rng(5), 3, 1, "UINT8", "UINT8", "UINT8", 255,
                            [1, 4], ram_style=style)
        gen = generate_node_rtl(layer, RTL_CACHE / f"bench-thr-255-{style}", model)
        cells = synth_check(gen.name, gen.sources)
        rows[style] = (cells, layer.resource_estimates(), DataType["UINT8"].bitwidth())
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="directory to build in and keep")
    parser.add_argument("--samples", type=int, default=64, help="rtlsim inputs (default 64)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hwq-") as tmp:
        out = args.keep or Path(tmp)
        u = unsw(out, args.samples)
    fit, ooc, est = u["fit"], u["ooc"], u["est"]
    lut_cap = fit["resources"]["LUT"]["available"]
    print("\n== unsw_nb15-mlp-w2a2, target 1,000,000 fps, 10 ns, Pynq-Z1 (xc7z020)")
    print(f"   estimated {u['fps']:,.0f} fps; estimate {est['LUT']:,.0f} LUT, "
          f"{est['BRAM_18K']:.0f} BRAM_18K; fits {fit['fpga_part']}: {fit['fits']} "
          f"(LUT capacity {lut_cap:,})")
    print(f"   Yosys {ooc['tool_version']}: {ooc['LUT']:,} LUT ({ooc['LUTRAM']} as memory), "
          f"{ooc['FF']:,} FF, {ooc['BRAM_18K']} RAMB18 + {ooc['BRAM_36K']} RAMB36, "
          f"{ooc['DSP']} DSP; fmax estimate {ooc.get('fmax_estimate_mhz', '-')} MHz")
    print(f"   stitched rtlsim vs qonnx on {u['samples']} inputs: "
          f"{'bit-exact' if u['bad'] == 0 else str(u['bad']) + ' outputs differ'}; "
          f"build {u['wall']:.0f} s")
    print("\n== Thresholding, 255 steps, UINT8 in, PE 1, 3 channels (Yosys synth_xilinx)")
    thr = thresholding()
    for style, (cells, res, _) in thr.items():
        print(f"   ram_style {style:12s} {cells['LUT']:4d} LUT ({cells['LUTRAM']} as memory), "
              f"{cells['FF']:4d} FF, {cells['BRAM_18K'] + 2 * cells['BRAM_36K']} RAMB18; "
              f"estimate {res['LUT']:.0f} LUT, {res['BRAM_18K']:.0f} BRAM_18K")
    checks = {
        "unsw >= 1,000,000 fps estimated": u["fps"] >= 1_000_000,
        "unsw fits the part": bool(fit["fits"]),
        "unsw <= 15,000 LUT synthesised": ooc["LUT"] <= 15_000,
        "unsw stitched rtlsim bit-exact": u["bad"] == 0,
        "Thresholding 255 steps <= 300 LUT": all(c["LUT"] <= 300 for c, _, _ in thr.values()),
    }
    print()
    for what, ok in checks.items():
        print(f"   {'ok  ' if ok else 'FAIL'} {what}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
