"""Print Verilator build times and simulation speed of the stream library cores.

Usage: PYTHONPATH=py python benchmarks/sim_speed.py [--words N]
Builds go to a fresh temporary cache, so the first build includes Verilator's runtime
library; the later ones reuse it (as the project's build cache does).
"""

from __future__ import annotations

import argparse
import tempfile
import time

from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim import build

CASES = [
    ("StreamingFIFO", {"WIDTH": 64, "DEPTH": 512, "RAM_STYLE": "block"}, 1, 1),
    ("StreamingFIFO", {"WIDTH": 256, "DEPTH": 2}, 1, 1),
    ("StreamingDataWidthConverter", {"IN_WIDTH": 24, "OUT_WIDTH": 32}, 1, 1),
    ("AddStreams", {"PE": 8, "A_WIDTH": 8, "A_SIGNED": 1, "B_WIDTH": 8, "B_SIGNED": 1,
                    "O_WIDTH": 9}, 2, 1),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args()
    n = args.words
    with tempfile.TemporaryDirectory() as cache:
        for core, params, n_in, n_out in CASES:
            start = time.monotonic()
            sim = build(core, core_sources(core), n_in, n_out, params=params, build_dir=cache)
            built = time.monotonic() - start
            words = [i & 0xFF for i in range(n)]
            if core == "StreamingDataWidthConverter":
                counts = [n * 24 // 32]
            else:
                counts = [n]
            for stall in (None, 0.3):
                res = sim.run([words] * n_in, counts, stall=stall)
                print(f"{core:28s} {str(params):70.70s} build {built:5.1f} s  "
                      f"stall={stall!s:4s} {res.cycles:>9d} cycles  "
                      f"{res.cycles_per_second / 1e6:6.2f} M cycles/s")


if __name__ == "__main__":
    main()
