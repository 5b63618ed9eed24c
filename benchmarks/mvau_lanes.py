"""Benchmark: the MVAU/VVAU dot-product lane per datapath against a plain shift-add lane.

For weights and inputs of the same width (2..8 bits, both signed), SIMD 8 and an
accumulator as wide as the lane's sum, Yosys ``synth_xilinx -family xc7`` (and
``xcup``) of

- ``finn_dot_lane`` with RES_TYPE "lut" (IN_REG 0, as MVAU/VVAU instantiate it),
- ``finn_dot_lane`` with RES_TYPE "dsp" (IN_REG 1),
- ``benchmarks/shift_add_lane.v``, the reference: every product adds, for each set bit
  of the narrower operand, the other operand shifted there (same pipeline),

printing LUT, FF and DSP per lane and per product, the timing estimate of the netlist
(fmax from the delay model of ``finn_vivado.backends.synth.timing``) and the layers'
estimate (``finn_vivado.layers.dot_lane.lane_cost``). Then the acceptance checks:

- lut path: no DSP, and per-lane LUTs at most the shift-add reference's;
- dsp path: at most 0.5 DSP per product at 4 bits and below;
- estimate: LUTs within 25 % (or 24 LUTs) of Yosys, DSPs equal (the DSP lanes' LUTs on
  xc7 only: Yosys 0.23 packs no registers, pre- or post-adders into DSP48E2).

Results are cached (~/.cache/finn-vivado/yosys); a cold run takes a few minutes.

usage: python benchmarks/mvau_lanes.py [--simd 8] [--bits 2 8] [--families xc7 xcup]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "py"))

from finn_vivado.backends.rtl import core_sources  # noqa: E402
from finn_vivado.backends.sim.yosys import synth_hierarchy  # noqa: E402
from finn_vivado.backends.synth.timing import netlist_analysis  # noqa: E402
from finn_vivado.layers.dot_lane import Operand, lane_cost, sum_bits  # noqa: E402

REFERENCE = Path(__file__).resolve().parent / "shift_add_lane.v"
LANE = next(Path(s) for s in core_sources("MVAU") if Path(s).stem == "finn_dot_lane")
TOLERANCE = (0.25, 24)
#: Yosys 0.23 maps only the multiplier into DSP48E2 (xcup): the slices' registers,
#: pre-adders and post-adders stay in fabric there, so the DSP lanes' LUT estimate (the
#: packed mapping, as on xc7) is checked on xc7 only; xcup's figures are printed.
ESTIMATE_FAMILIES = ("xc7",)


def _synth(top: str, source: Path, params: dict, family: str) -> dict:
    result = synth_hierarchy(top, [source], family, params,
                             analysis=netlist_analysis(top, family))
    counts = {key: result.total[key] for key in ("LUT", "FF", "DSP")}
    path = (result.analysis or {}).get("critical_path")
    counts["fmax"] = round(1000.0 / path["delay_ns"]) if path else None
    return counts


def measure(bits: int, simd: int, family: str) -> dict:
    """Yosys figures and estimates of the three lanes for ``bits``-bit signed operands."""
    op = Operand(bits, True)
    acc = sum_bits(simd, op, op, simd)
    base = dict(SIMD=simd, IN_WIDTH=bits, IN_SIGNED=1, W_WIDTH=bits, W_SIGNED=1,
                ACC_WIDTH=acc)
    rows = {"ref": _synth("shift_add_lane", REFERENCE, base, family)}
    for res, in_reg in (("lut", 0), ("dsp", 1)):
        params = dict(base, IN_BIPOLAR=0, W_BIPOLAR=0, XNOR=0, IN_REG=in_reg, TREE_STEP=2,
                      RES_TYPE=res)
        rows[res] = _synth("finn_dot_lane", LANE, params, family)
        cost = lane_cost(simd, op, op, acc, res)
        rows[res]["est_lut"], rows[res]["est_dsp"] = cost.luts, cost.dsps
    return rows


def _fmt(value, width=5) -> str:
    return f"{'-' if value is None else value:>{width}}"


def _table(results: dict, simd: int, family: str) -> None:
    print(f"\nYosys synth_xilinx -family {family}, SIMD {simd}, signed operands "
          "(LUT/FF/DSP per lane; per product in brackets; fmax estimate in MHz)")
    print(f"{'bits':>4} | {'shift-add ref':>22} | {'lut path':>30} | {'dsp path':>34}")
    print(f"{'':>4} | {'LUT':>5} {'FF':>4} {'DSP':>3} {'MHz':>5} | "
          f"{'LUT':>11} {'FF':>4} {'DSP':>3} {'MHz':>4} {'est':>4} | "
          f"{'LUT':>5} {'FF':>4} {'DSP':>9} {'MHz':>4} {'est':>8}")
    for bits, rows in results.items():
        ref, lut, dsp = rows["ref"], rows["lut"], rows["dsp"]
        print(f"{bits:>4} | {ref['LUT']:>5} {ref['FF']:>4} {ref['DSP']:>3} "
              f"{_fmt(ref['fmax'])} | {lut['LUT']:>4} ({lut['LUT'] / simd:4.1f}) "
              f"{lut['FF']:>4} {lut['DSP']:>3} {_fmt(lut['fmax'], 4)} {lut['est_lut']:>4} | "
              f"{dsp['LUT']:>5} {dsp['FF']:>4} {dsp['DSP']:>3} ({dsp['DSP'] / simd:.2f}) "
              f"{_fmt(dsp['fmax'], 4)} {dsp['est_lut']:>4}/{dsp['est_dsp']:<3}")


def _close(est: int, real: int) -> bool:
    return abs(est - real) <= max(TOLERANCE[0] * real, TOLERANCE[1])


def _checks(results: dict, simd: int, family: str) -> list[str]:
    failed = []
    for bits, rows in results.items():
        lut, dsp, ref = rows["lut"], rows["dsp"], rows["ref"]
        checks = {
            "lut path has no DSP": lut["DSP"] == 0,
            "lut path LUT <= shift-add reference": lut["LUT"] <= ref["LUT"],
            "lut estimate within 25 %": _close(lut["est_lut"], lut["LUT"]),
            "dsp count as estimated": dsp["DSP"] == dsp["est_dsp"],
        }
        if family in ESTIMATE_FAMILIES:
            checks["dsp estimate within 25 %"] = _close(dsp["est_lut"], dsp["LUT"])
        if bits <= 4:
            checks["dsp path <= 0.5 DSP per product"] = dsp["DSP"] <= 0.5 * simd
        failed += [f"{family} {bits} bits: {name}" for name, ok in checks.items() if not ok]
    return failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simd", type=int, default=8)
    parser.add_argument("--bits", type=int, nargs=2, default=(2, 8), metavar=("LO", "HI"))
    parser.add_argument("--families", nargs="+", default=["xc7", "xcup"])
    args = parser.parse_args()
    failed = []
    for family in args.families:
        results = {bits: measure(bits, args.simd, family)
                   for bits in range(args.bits[0], args.bits[1] + 1)}
        _table(results, args.simd, family)
        failed += _checks(results, args.simd, family)
    print("\nacceptance: lut path LUT <= shift-add reference and no DSP; dsp path <= 0.5 "
          "DSP per product at <= 4 bits; estimates within 25 % (or 24 LUTs), DSPs equal "
          f"(dsp path LUTs: {', '.join(ESTIMATE_FAMILIES)})")
    print("all checks pass" if not failed else "FAILED:\n  " + "\n  ".join(failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
