"""Benchmark: build every network of the brevitas corpus and verify it bit-exact.

Each network of tests/data/corpus (exported by make_corpus.py) is built from its ONNX file to
the stitched RTL with automatic folding and FIFO sizing; the stitched design is simulated on
the network's saved input (4 samples) and its output compared with ``np.array_equal`` to
qonnx execution of the *input* model, computed here independently of the build.

Prints one line per network (result, build seconds, max cycles of the slowest layer, the
cycles per frame measured at full speed in the FIFO-sizing simulation of the stitched design,
LUT estimate) and ``N passed, M failed``. A failing build prints the first line of its error.

usage: python benchmarks/corpus.py [--only NAME[,NAME]] [--keep DIR] [--jobs N] [--corpus DIR]

``--corpus DIR`` runs another corpus of the same layout (make_corpus.py --seed N --out DIR
writes one with other weights, statistics and inputs).
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
CORPUS = REPO / "tests" / "data" / "corpus"


def golden(onnx_file: Path, x):
    """qonnx execution of the source model, one sample at a time."""
    import numpy as np
    from qonnx.core.modelwrapper import ModelWrapper
    from qonnx.core.onnx_exec import execute_onnx
    from qonnx.transformation.infer_shapes import InferShapes

    model = ModelWrapper(str(onnx_file)).transform(InferShapes())
    iname, oname = model.graph.input[0].name, model.graph.output[0].name
    shape = model.get_tensor_shape(iname)
    outs = [execute_onnx(model, {iname: s.reshape(shape).astype(np.float32)})[oname]
            for s in x]
    return np.stack(outs)


def mismatch_flags(got, want):
    """Per element (flat): differs exactly for integer-valued outputs; for float outputs (a
    software tail rescales the last layer) by more than float32 summation noise (1e-5
    relative), which is far below one output quantum. None when the sizes differ."""
    import numpy as np

    g, w = np.asarray(got, np.float64).ravel(), np.asarray(want, np.float64).ravel()
    if g.size != w.size:
        return None
    if np.all(w == np.round(w)):
        return g != w
    return np.abs(g - w) > 1e-5 * np.abs(w) + 1e-7 * np.abs(w).max()


def mismatches(got, want) -> int:
    """Number of differing elements (:func:`mismatch_flags`); -1 when the sizes differ."""
    flags = mismatch_flags(got, want)
    return -1 if flags is None else int(flags.sum())


def _real_mismatches(onnx_file: Path, x, got, want, row: dict) -> int:
    """Differing elements that a float64 evaluation of the source model does not explain
    (a float32 rounding tie in the reference; noted in the row)."""
    import numpy as np
    from qonnx.core.modelwrapper import ModelWrapper

    from finn_vivado.flow.verify import compare_to_source

    report = compare_to_source(got, want, ModelWrapper(str(onnx_file)), x)
    if report is None:
        return -1
    strict = mismatch_flags(got, want)
    ties = np.zeros(strict.size, dtype=bool)
    ties[report.ties] = True
    if ties.any():
        row["ties"] = int(ties.sum())
    return int((strict & ~ties).sum())


def build_and_check(name: str, out: Path, corpus: Path = CORPUS) -> dict:
    import numpy as np

    import finn_vivado
    from finn_vivado.core.errors import FinnVivadoError

    onnx_file = corpus / f"{name}.onnx"
    inp = corpus / f"{name}_input.npy"
    cfg = {"output_dir": str(out), "synth_clk_period_ns": 10.0, "board": "Pynq-Z1",
           "target_fps": 100_000, "verify_input_npy": str(inp),
           "verify_steps": ["stitched_ip_rtlsim"],
           "generate_outputs": ["estimate_reports", "stitched_ip"]}
    start = time.perf_counter()
    row = {"name": name, "result": "FAIL", "seconds": 0.0, "cycles": "-", "lut": "-"}
    log = io.StringIO()
    try:
        with contextlib.redirect_stdout(log):
            finn_vivado.build(str(onnx_file), cfg)
    except FinnVivadoError as err:
        row["error"] = str(err).splitlines()[0][:160]
    except Exception as err:  # noqa: BLE001 - a benchmark reports every failure
        row["error"] = f"internal error: {type(err).__name__}: {err}"[:160]
    row["seconds"] = time.perf_counter() - start
    produced = sorted((out / "verification_output").glob("stitched_ip_rtlsim_*.npy"))
    if "error" not in row and not produced:
        row["error"] = "no stitched_ip_rtlsim output written"
    if produced:
        got = np.load(produced[0])
        want = golden(onnx_file, np.load(inp))
        bad = mismatches(got, want)
        if bad > 0:
            bad = _real_mismatches(onnx_file, np.load(inp), got, want, row)
        row["result"] = "PASS" if bad == 0 and "error" not in row else "FAIL"
        if bad:
            row.setdefault("error", f"{bad} of {want.size} output elements differ")
    report = out / "report" / "estimate_network_performance.json"
    if report.is_file():
        perf = json.loads(report.read_text())
        row["cycles"] = perf.get("max_cycles", "-")
    sizing = out / "report" / "fifo_sizing.json"
    if sizing.is_file():  # measured in the stitched FIFO-sizing simulation, full speed
        row["stable"] = json.loads(sizing.read_text()).get("stable_cycles_per_frame", "-")
    res = out / "report" / "estimate_layer_resources.json"
    if res.is_file():
        row["lut"] = round(json.loads(res.read_text()).get("total", {}).get("LUT", 0))
    return row


def _one(args) -> dict:
    name, keep, corpus = args
    if keep:
        return build_and_check(name, Path(keep) / name, corpus)
    with tempfile.TemporaryDirectory(prefix=f"corpus_{name}_") as tmp:
        return build_and_check(name, Path(tmp), corpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated network names")
    ap.add_argument("--keep", help="keep the build directories under DIR")
    ap.add_argument("--jobs", type=int, default=1, help="networks built in parallel")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="directory of the networks")
    args = ap.parse_args()
    names = sorted(p.stem for p in args.corpus.glob("*.onnx"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    passed = failed = 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for row in pool.map(_one, [(n, args.keep, args.corpus) for n in names]):
            ok = row["result"] == "PASS"
            passed, failed = passed + ok, failed + (not ok)
            stable = row.get("stable", "-")
            stable = f"{stable:.0f}" if isinstance(stable, (int, float)) else stable
            print(f"{row['name']:24s} {row['result']:4s} {row['seconds']:7.1f} s  "
                  f"max_cycles {row['cycles']!s:>7}  measured {stable:>7}  "
                  f"LUT {row['lut']!s:>7}"
                  + (f"  ({row['ties']} float32 ties of the reference)" if row.get("ties")
                     else "")
                  + ("" if ok else f"  {row.get('error', '')}"), flush=True)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
