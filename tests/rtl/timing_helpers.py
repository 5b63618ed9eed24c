"""Timing estimate of one node's core inside a harness that registers every stream port.

The harness (``templates/registered_harness.v.j2``) makes the core's paths start and end at
flip-flops, as in a stitched design; Yosys maps it for xc7 and the timing estimate of
:mod:`finn_vivado.backends.synth.timing` must reach ``fmax_mhz`` both for the paths ending
in the core and for those leaving it. Synthesis results are cached.
"""

from __future__ import annotations

from pathlib import Path

from finn_vivado.backends.rtl import generate_node_rtl
from finn_vivado.backends.sim.yosys import synth_hierarchy
from finn_vivado.backends.synth import timing
from finn_vivado.core.packing import padded_width
from finn_vivado.core.templating import render

from .compute_helpers import RTL_CACHE

TEMPLATES = Path(__file__).resolve().parent / "templates"
HARNESS = "timing_harness"


def assert_fmax(name: str, model, layer, fmax_mhz: float) -> None:
    """Synthesise ``layer`` (named ``name`` in the cache) and check every block's fmax."""
    out = RTL_CACHE / f"timing_{name}"
    gen = generate_node_rtl(layer, out, model)
    harness = out / f"{HARNESS}.v"
    harness.write_text(render(
        TEMPLATES, "registered_harness.v.j2", top=HARNESS, dut=gen.name,
        in_width=padded_width(layer.get_instream_width()),
        out_width=padded_width(layer.get_outstream_width())))
    result = synth_hierarchy(HARNESS, list(gen.sources) + [harness], family="xc7",
                             analysis=timing.netlist_analysis(HARNESS, "xc7"))
    blocks = result.analysis["blocks"]
    assert gen.name in blocks, sorted(blocks)  # paths ending in the core
    for block, path in blocks.items():  # the core's and the harness registers'
        fmax = 1000.0 / path["delay_ns"]
        assert fmax >= fmax_mhz, (f"{name}: {fmax:.1f} MHz in {block or HARNESS}: "
                                  f"{path['start']} -> {path['end']} "
                                  f"({' > '.join(path['cells'])})")
