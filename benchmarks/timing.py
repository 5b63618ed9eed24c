"""Benchmark: the timing estimate (fmax without Vivado) of every shared model.

For each shared model (the list of tests/frontend/test_shared_models.py, folded as the
stitched tests fold it: the model's folding config or target fps; FIFO depths as
configured, no FIFO-sizing simulation unless --fifo-sizing) this builds ONNX -> stitched
RTL -> step_out_of_context_synthesis (Yosys ``synth_xilinx``, hierarchy kept, and the
timing estimate of finn_vivado.backends.synth.timing) for

- Pynq-Z1 (xc7z020clg400-1, the xc7 delay model) and
- ZCU104 (xczu7ev-ffvc1156-2-e, the xcup delay model: -1 figures, so conservative
  for this -2 part),

and prints per model and part the estimated fmax, the logic levels (on the critical
path and the most on any path), the layer of the critical path and the path itself
(start, end, cell types), the three slowest layers, then a table of all of them.

Synthesis results are cached (~/.cache/finn-vivado/yosys): a repeated run only builds.
A cold run takes about an hour on two cores (cnv models: several minutes each).

usage: python benchmarks/timing.py [--only NAME ...] [--board Pynq-Z1|ZCU104]
                                   [--jobs N] [--fifo-sizing] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "py"))
MODELS = REPO.parent / "shared" / "models"
FOLDINGS = MODELS / "finn_examples" / "bnn_pynq_folding"

#: name: (model, folding config or target fps), as tests/stitch_helpers.py folds them
CASES = {
    "finn_tfc_w1a1": ("finn_tfc_w1a1/model.onnx", MODELS / "finn_tfc_w1a1/folding_config.json"),
    "TFC_1W1A": ("zoo/TFC_1W1A.onnx", FOLDINGS / "tfc-w1a1_folding_config.json"),
    "TFC_2W2A": ("zoo/TFC_2W2A.onnx", 200_000),
    "unsw_nb15": ("zoo/unsw_nb15-mlp-w2a2.onnx", 1_000_000),
    "kwsmlp": ("zoo/kwsmlp_w3a3.onnx", 200_000),
    "jettagging": ("zoo/qkeras_jettagging.onnx", 1_000_000),
    "gtsrb": ("zoo/gtsrb_12x12_w2a3_c12x24x36.onnx", 20_000),
    "cnv_1w1a": ("generated/cnv_1w1a.onnx", FOLDINGS / "cnv-w1a1_folding_config.json"),
    "cnv_2w2a": ("generated/cnv_2w2a.onnx", 2_000),
    "tfc_2w2a": ("generated/tfc_2w2a.onnx", 1_000_000),
    "tfc_digits_w2a2": ("generated/tfc_digits_w2a2.onnx", 1_000_000),
}
BOARDS = ("Pynq-Z1", "ZCU104")


def _config(name: str, board: str, out: Path, fifo_sizing: bool) -> dict:
    _, folding = CASES[name]
    cfg = {"output_dir": str(out), "board": board, "auto_fifo_depths": fifo_sizing,
           "generate_outputs": ["estimate_reports", "stitched_ip", "out_of_context_synth"],
           "stop_step": "step_out_of_context_synthesis"}
    if isinstance(folding, Path):
        cfg["folding_config_file"] = str(folding)
    else:
        cfg["target_fps"] = folding
    return cfg


def build_one(job: tuple) -> dict:
    """Build and synthesise one (model, board); the reports' timing fields (or the error)."""
    import finn_vivado

    name, board, root, fifo_sizing = job
    out = Path(root) / f"{name}-{board}"
    start = time.perf_counter()
    log = io.StringIO()
    try:
        with contextlib.redirect_stdout(log):
            finn_vivado.build(str(MODELS / CASES[name][0]),
                              _config(name, board, out, fifo_sizing))
    except Exception as exc:  # a failed build is a row of the table, not the end of it
        return {"name": name, "board": board, "error": str(exc).splitlines()[0][:160]}
    ooc = json.loads((out / "report" / "ooc_synth_and_timing.json").read_text())
    layers = json.loads((out / "report" / "post_synth_resources.json").read_text())
    return {"name": name, "board": board, "ooc": ooc, "wall": time.perf_counter() - start,
            "layers": {k: v for k, v in layers.items() if k != "total"}}


def _print_one(row: dict) -> None:
    if "error" in row:
        print(f"\n== {row['name']} on {row['board']}: build failed: {row['error']}")
        return
    ooc, path = row["ooc"], row["ooc"].get("critical_path") or {}
    cached = " (synthesis cached)" if ooc.get("cached") else ""
    print(f"\n== {row['name']} on {row['board']} ({ooc['part']}, {ooc['family']} model): "
          f"fmax estimate {ooc.get('fmax_estimate_mhz', 0):.1f} MHz, critical path "
          f"{path.get('delay_ns', 0):.2f} ns with {path.get('levels')} logic levels, max "
          f"{ooc.get('max_logic_levels')} levels; {ooc['LUT']} LUT, {ooc['FF']} FF; "
          f"build + synthesis {row['wall']:.0f} s{cached}")
    print(f"   worst layer {path.get('layer')} (path starts in {path.get('start_layer')}):")
    print(f"   {path.get('start')} -> {path.get('end')}")
    print(f"   {compress(path.get('cells', []))}")
    slow = sorted((v["fmax_estimate_mhz"], v["max_logic_levels"], k)
                  for k, v in row["layers"].items() if v.get("fmax_estimate_mhz"))[:3]
    print("   slowest layers: " + ", ".join(f"{k} {f:.1f} MHz ({lv} levels)"
                                           for f, lv, k in slow))


def compress(cells: list) -> str:
    """Cell types of a path, repeats folded: FDRE > LUT2 > CARRY4 x3 > FDRE."""
    groups: list = []
    for cell in cells:
        if groups and groups[-1][0] == cell:
            groups[-1][1] += 1
        else:
            groups.append([cell, 1])
    return " > ".join(c if n == 1 else f"{c} x{n}" for c, n in groups)


def _table(rows: list) -> None:
    print(f"\n{'model':<16} {'board':<8} {'fmax est':>9} {'levels':>6} {'max lv':>6} "
          f"{'delay ns':>8}  {'worst layer':<32} critical path")
    for row in rows:
        if "error" in row:
            print(f"{row['name']:<16} {row['board']:<8} {'failed':>9}  {row['error'][:90]}")
            continue
        ooc, path = row["ooc"], row["ooc"].get("critical_path") or {}
        summary = compress(path.get("cells", []))
        print(f"{row['name']:<16} {row['board']:<8} {ooc.get('fmax_estimate_mhz', 0):>9.1f} "
              f"{path.get('levels', 0):>6} {ooc.get('max_logic_levels', 0):>6} "
              f"{path.get('delay_ns', 0):>8.2f}  {str(path.get('layer')):<32} {summary}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(CASES))
    parser.add_argument("--board", choices=BOARDS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--fifo-sizing", action="store_true",
                        help="size FIFOs by simulation (the build default)")
    parser.add_argument("--keep", type=Path, help="build directory to keep")
    args = parser.parse_args(argv)
    names = args.only or list(CASES)
    boards = [args.board] if args.board else list(BOARDS)
    with tempfile.TemporaryDirectory(prefix="timing-") as tmp:
        root = args.keep or Path(tmp)
        jobs = [(n, b, str(root), args.fifo_sizing) for n in names for b in boards]
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            rows = list(pool.map(build_one, jobs))
    for row in rows:
        _print_one(row)
    _table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
