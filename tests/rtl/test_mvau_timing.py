"""MVAU and VVAU close 200 MHz on the xc7 delay model.

Configurations with the lane datapaths of the shared models (shapes reduced where the
lane is the same): XNOR-popcount lanes with wide SIMD and with a deep weight ROM split
over several block RAMs, LUT lanes of 2-, 3-, 6- and 8-bit operands (Booth-digit
chains, threshold search; 8 x 8 bits, split chains), a DSP lane, and a VVAU. Each is synthesised by Yosys inside
a harness that registers every stream port, and the timing estimate of the mapped
netlist (:mod:`finn_vivado.backends.synth.timing`) must reach 200 MHz both for the
paths ending in the core and for those leaving it. Synthesis results are cached.
"""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from finn_vivado.backends.sim import have_tool

from .test_mvau import mvau
from .test_vvau import vvau
from .timing_helpers import assert_fmax

pytestmark = pytest.mark.skipif(not have_tool("yosys"), reason="needs yosys")

FMAX_MHZ = 200.0

MVAU_CASES = {
    # name: (MW, MH, SIMD, PE, idt, wdt, odt, steps, extra)
    # CNV's popcount layers: 32 wide, and SIMD 8 over a 512 x 512 ROM in block RAM
    "xnor_simd32_pe8": (288, 32, 32, 8, "BIPOLAR", "BIPOLAR", "BIPOLAR", 1, {"xnor": 1}),
    "xnor_deep_rom": (512, 64, 8, 1, "BIPOLAR", "BIPOLAR", "BIPOLAR", 1,
                      {"xnor": 1, "ram_style": "block"}),
    # TFC / unsw / gtsrb: 2-bit lanes, SIMD 16, 8-bit inputs on 2-bit weights
    "int2_simd16": (64, 16, 16, 4, "INT2", "INT2", "UINT2", 3, {"resType": "lut"}),
    "uint8_int2_simd16": (64, 16, 16, 4, "UINT8", "INT2", "UINT2", 3, {"resType": "lut"}),
    # kwsmlp: 3-bit lanes (SIMD 8, threshold search) and 8-bit inputs on 3-bit weights
    # read from block RAM
    "int3_simd8_search": (128, 16, 8, 8, "INT3", "INT3", "UINT3", 7, {"resType": "lut"}),
    "uint8_int3_block": (80, 16, 10, 4, "UINT8", "INT3", "UINT3", 7,
                         {"resType": "lut", "ram_style": "block"}),
    # jettagging: 6-bit operands, 63 thresholds; a 4-bit DSP lane
    "int6_simd4_thr63": (64, 16, 4, 8, "INT6", "INT6", "UINT6", 63, {"resType": "lut"}),
    # 8-bit operands on the LUT path (five Booth digits per product: split chains)
    "int8_lut_simd4": (64, 8, 4, 2, "INT8", "INT8", "UINT3", 7, {"resType": "lut"}),
    "int4_dsp_simd8": (64, 8, 8, 2, "INT4", "INT4", "UINT2", 3, {"resType": "dsp"}),
}
VVAU_CASES = {
    # name: (C, kernel, PE, SIMD, idt, wdt, odt, steps, Dim, extra)
    "vvau_int4_k3_simd9": (8, (3, 3), 2, 9, "INT4", "INT4", "UINT4", 15, [4, 4],
                           {"resType": "lut"}),
}


def _layer(name):
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    if name in MVAU_CASES:
        mw, mh, simd, pe, idt, wdt, odt, steps, extra = MVAU_CASES[name]
        return mvau(rng, mw, mh, simd, pe, idt, wdt, odt, steps, [1], **extra)
    ch, kernel, pe, simd, idt, wdt, odt, steps, dim, extra = VVAU_CASES[name]
    return vvau(rng, ch, kernel, pe, simd, idt, wdt, odt, steps, dim, **extra)


@pytest.mark.parametrize("name", sorted(MVAU_CASES) + sorted(VVAU_CASES))
def test_mvau_fmax_estimate_reaches_200_mhz(name):
    model, layer = _layer(name)
    assert_fmax(f"mvau_{name}", model, layer, FMAX_MHZ)
