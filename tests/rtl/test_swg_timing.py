"""ConvolutionInputGenerator closes 200 MHz on the xc7 delay model.

Representative configurations (CNV's distributed-RAM layer, depthwise with block RAM and
stride, a dilated 1-D window, the parallel window) are synthesised by Yosys inside a
harness that registers every stream port, and the timing estimate of the mapped netlist
(:mod:`finn_vivado.backends.synth.timing`) must reach 200 MHz both for the paths ending
in the core and for those leaving it. Synthesis results are cached.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finn_vivado.backends.rtl import generate_node_rtl
from finn_vivado.backends.sim import have_tool
from finn_vivado.backends.sim.yosys import synth_hierarchy
from finn_vivado.backends.synth import timing
from finn_vivado.core.packing import padded_width
from finn_vivado.core.templating import render

from .compute_helpers import RTL_CACHE, compute_model

pytestmark = pytest.mark.skipif(not have_tool("yosys"), reason="needs yosys")

TEMPLATES = Path(__file__).resolve().parent / "templates"
HARNESS = "swg_timing_harness"
FMAX_MHZ = 200.0

CASES = {
    # name: (IFMDim, kernel, stride, dilation, C, SIMD, DataType, extra attributes)
    "cnv_conv2_distributed": ([30, 30], [3, 3], [1, 1], [1, 1], 64, 32, "BIPOLAR",
                              {"ram_style": "distributed"}),
    "depthwise_s2_block": ([32, 32], [3, 3], [2, 2], [1, 1], 64, 4, "INT4",
                           {"depthwise": 1, "ram_style": "block"}),
    "dilated_1d": ([1, 256], [1, 5], [1, 1], [1, 2], 16, 2, "INT8", {}),
    "parallel_window": ([16, 16], [3, 3], [1, 1], [1, 1], 8, 8, "UINT4",
                        {"parallel_window": 1}),
}


def _layer(ifm, k, stride, dil, ch, simd, dt, extra):
    ofm = [(i - d * (kk - 1) - 1) // s + 1 for i, kk, s, d in zip(ifm, k, stride, dil)]
    return compute_model("ConvolutionInputGenerator", dt, [], ConvKernelDim=k,
                         IFMChannels=ch, IFMDim=ifm, OFMDim=ofm, SIMD=simd, Stride=stride,
                         Dilation=dil, inputDataType=dt, outputDataType=dt, **extra)


@pytest.mark.parametrize("name", sorted(CASES))
def test_swg_fmax_estimate_reaches_200_mhz(name):
    model, layer = _layer(*CASES[name])
    out = RTL_CACHE / f"swg_timing_{name}"
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
        assert fmax >= FMAX_MHZ, (f"{name}: {fmax:.1f} MHz in {block or HARNESS}: "
                                  f"{path['start']} -> {path['end']} "
                                  f"({' > '.join(path['cells'])})")
