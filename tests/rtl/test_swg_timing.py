"""ConvolutionInputGenerator closes 200 MHz on the xc7 delay model.

Representative configurations (CNV's distributed-RAM layer, depthwise with block RAM and
stride, a dilated 1-D window, the parallel window) are synthesised by Yosys inside a
harness that registers every stream port, and the timing estimate of the mapped netlist
(:mod:`finn_vivado.backends.synth.timing`) must reach 200 MHz both for the paths ending
in the core and for those leaving it. Synthesis results are cached.
"""

from __future__ import annotations

import pytest

from finn_vivado.backends.sim import have_tool

from .compute_helpers import compute_model
from .timing_helpers import assert_fmax

pytestmark = pytest.mark.skipif(not have_tool("yosys"), reason="needs yosys")

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
    assert_fmax(f"swg_{name}", model, layer, FMAX_MHZ)
