"""MVAU core vs the MVAU layer model: values, cycles, stalls, tools, parameter checks."""

import zlib

import numpy as np
import pytest
from qonnx.core.datatype import DataType

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.layers import numerics
from finn_vivado.backends.rtl import core_sources, generate_node_rtl
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.yosys import synth_check

from .compute_helpers import (
    RTL_CACHE,
    check_compute_rtl,
    compute_model,
    random_values,
    sorted_thresholds,
    tool_checks,
)
from .helpers import requires_tools

pytestmark = requires_tools


def mvau(rng, mw, mh, simd, pe, idt, wdt, odt, steps, vectors, act=0, xnor=0,
         shared_thr=False, acc=None, **attrs):
    """(model, layer) of an MVAU with random weights and (steps > 0) thresholds."""
    weights = random_values(rng, wdt, (mw, mh))
    if xnor:
        lo, hi = 0, mw
    else:
        low, high = numerics.dot_range(weights, *numerics.dtype_range(DataType[idt]))
        lo, hi = int(low.min()), int(high.max())
    acc = acc or numerics.smallest_int_dtype(min(lo, 0), hi).name
    consts = [("w", weights, wdt)]
    if steps:
        amin, amax = numerics.dtype_range(DataType[acc])
        thr = sorted_thresholds(rng, 1 if shared_thr else mh, steps, max(lo - 1, amin),
                                min(hi + 1, amax))
        consts.append(("t", thr, acc))
    else:
        odt = odt or acc
    return compute_model(
        "MVAU", idt, consts, MW=mw, MH=mh, SIMD=simd, PE=pe, inputDataType=idt,
        weightDataType=wdt, outputDataType=odt, accDataType=acc, ActVal=act,
        binaryXnorMode=xnor, noActivation=int(steps == 0), numInputVectors=vectors, **attrs)


CASES = {
    # name: (MW, MH, SIMD, PE, idt, wdt, odt, steps, vectors, extra)
    "int4_uint3_thr3_act1": (8, 6, 2, 3, "INT4", "UINT3", "UINT3", 3, [1, 3], {"act": 1}),
    "xnor_bipolar_out_shared": (40, 8, 20, 2, "BIPOLAR", "BIPOLAR", "BIPOLAR", 1, [1, 2, 2],
                                {"xnor": 1, "shared_thr": True}),
    "bipolar_int4_noact_lut": (12, 8, 4, 4, "BIPOLAR", "INT4", None, 0, [2],
                               {"ram_style": "distributed", "resType": "lut"}),
    "uint8_int8_acc32_dsp": (3, 2, 1, 1, "UINT8", "INT8", "INT32", 0, [1, 2, 2],
                             {"acc": "INT32", "ram_style": "block", "resType": "dsp"}),
    "uint2_bipolar_sf1_nf12": (8, 12, 8, 1, "UINT2", "BIPOLAR", "INT4", 7, [1, 20],
                               {"act": -4}),
    "binary_int2_buffered": (6, 4, 3, 2, "BINARY", "INT2", "BINARY", 1, [1, 4], {}),
    "bipolar_bipolar_nonxnor_par": (4, 4, 4, 4, "BIPOLAR", "BIPOLAR", "INT2", 2, [1, 5],
                                    {"act": -1, "ram_style": "ultra"}),
    "int8_int8_64x32": (64, 32, 32, 4, "INT8", "INT8", "UINT5", 31, [1, 4],
                        {"ram_style_thresholds": "distributed"}),
    # popcount lanes: 6 levels with registers after levels 2 and 4; 3 levels, one
    # register; a single agreement bit (no levels), accumulator out
    "xnor_simd64_pe3_thr3": (128, 6, 64, 3, "BIPOLAR", "BIPOLAR", "UINT2", 3, [1, 2],
                             {"xnor": 1}),
    "xnor_simd8_pe4": (16, 8, 8, 4, "BIPOLAR", "BIPOLAR", "BIPOLAR", 1, [2, 2], {"xnor": 1}),
    "xnor_simd1_noact": (3, 4, 1, 2, "BIPOLAR", "BIPOLAR", None, 0, [1, 3], {"xnor": 1}),
    # sweep: SIMD / PE 1, a middle divisor and full; widths 1/2/4/8; 255 thresholds
    # (8-bit output); an accumulator wider than needed
    "uint8_int8_thr255_mid": (16, 6, 4, 2, "UINT8", "INT8", "UINT8", 255, [1, 3], {}),
    "int2_int4_simd1_pe1": (6, 3, 1, 1, "INT2", "INT4", None, 0, [1, 4], {}),
    "int4_bipolar_full_par_thr15": (8, 6, 8, 6, "INT4", "BIPOLAR", "INT4", 15, [1, 2],
                                    {"act": -8}),
    "uint4_int2_acc24": (9, 4, 3, 4, "UINT4", "INT2", "INT24", 0, [1, 3], {"acc": "INT24"}),
    "int8_uint8_thr255_pe1_simd_c": (6, 2, 6, 1, "INT8", "UINT8", "INT8", 255, [1, 2],
                                     {"act": -128}),
    # lanes (finn_dot_lane): DSP slices with two products each (a borrow-corrected low
    # field and an odd SIMD's lone element; an unsigned low field; 8 x 2 bits under a
    # tree register) and Booth-digit LUT chains (2-bit and 8-bit: split chains)
    "int4_int4_dsp_pairs_simd5": (10, 4, 5, 2, "INT4", "INT4", None, 0, [1, 3],
                                  {"resType": "dsp"}),
    "uint4_int3_dsp_pairs_thr3": (16, 8, 8, 4, "UINT4", "INT3", "UINT2", 3, [1, 2],
                                  {"resType": "dsp"}),
    "uint8_int2_dsp_pairs_simd20": (40, 2, 20, 1, "UINT8", "INT2", None, 0, [1, 2],
                                    {"resType": "dsp"}),
    "int2_uint2_lut_simd16": (32, 4, 16, 2, "INT2", "UINT2", None, 0, [1, 2],
                              {"resType": "lut"}),
    "int8_int8_lut_simd3": (9, 6, 3, 3, "INT8", "INT8", None, 0, [1, 2], {"resType": "lut"}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_mvau_matches_model(tmp_path, name):
    mw, mh, simd, pe, idt, wdt, odt, steps, vectors, extra = CASES[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    model, layer = mvau(rng, mw, mh, simd, pe, idt, wdt, odt, steps, vectors, **extra)
    run = check_compute_rtl(f"mvau-{name}", model, layer, rng, seed=len(name))
    tool_checks(run.gen, tmp_path)


def test_mvau_synthesises_with_yosys():
    """A 64x16 INT8 layer (PE=2, SIMD=4) maps its weights to block RAM and its 8
    multipliers to DSPs."""
    rng = np.random.default_rng(7)
    model, layer = mvau(rng, 64, 16, 4, 2, "INT8", "INT8", "UINT2", 3, [1],
                        ram_style="block", resType="dsp")
    gen = generate_node_rtl(layer, RTL_CACHE / "mvau-yosys", model)
    cells = synth_check(gen.name, gen.sources)
    assert cells["RAMB18"] + cells["RAMB36"] >= 1
    assert cells["DSP48"] == 8


@pytest.mark.parametrize("params,message", [
    ({"MW": 6, "SIMD": 4}, "ERROR_MVAU_SIMD_must_divide_MW"),
    ({"MH": 6, "PE": 4}, "ERROR_MVAU_PE_must_divide_MH"),
    ({"XNOR": 1}, "XNOR_needs_BIPOLAR"),
    ({"IN_BIPOLAR": 1, "IN_WIDTH": 2}, "BIPOLAR_operands_must_be_1_bit"),
    ({"RAM_STYLE": "huge"}, "RAM_STYLE_must_be"),
    ({"RES_TYPE": "alm"}, "RES_TYPE_must_be"),
    ({"N_STEPS": 7, "OUT_WIDTH": 2}, "OUT_WIDTH_must_hold_the_count"),
])
def test_mvau_rejects_illegal_parameters(params, message):
    errors = lint("MVAU", core_sources("MVAU"), params)
    assert any(message in line for line in errors), errors


def test_mvau_generator_rejects_unsupported_memory_modes():
    rng = np.random.default_rng(1)
    model, layer = mvau(rng, 4, 4, 1, 1, "INT2", "INT2", "UINT2", 3, [1],
                        mem_mode="external")
    with pytest.raises(FinnVivadoError, match="mem_mode"):
        generate_node_rtl(layer, RTL_CACHE / "mvau-bad", model)
    model, layer = mvau(rng, 4, 4, 1, 1, "INT2", "INT2", "UINT2", 3, [1], acc="INT8",
                        runtime_writeable_weights=1)
    with pytest.raises(FinnVivadoError, match="runtime_writeable_weights"):
        generate_node_rtl(layer, RTL_CACHE / "mvau-bad", model)


def test_mvau_needs_the_weights():
    rng = np.random.default_rng(2)
    model, layer = mvau(rng, 4, 4, 1, 1, "INT2", "INT2", "UINT2", 3, [1], acc="INT8")
    with pytest.raises(FinnVivadoError, match="initializer"):
        generate_node_rtl(layer, RTL_CACHE / "mvau-bad", None)


def test_mvau_memory_file_layout():
    """Weight word nf*SF + sf holds W[sf*SIMD + s, nf*PE + p] at element p*SIMD + s;
    threshold word nf holds threshold i of channel nf*PE + p at element p*N + i."""
    weights = np.arange(24).reshape(4, 6) % 7 - 3           # MW=4, MH=6, INT3
    thr = np.array([[-5, 1], [0, 2], [-1, 3], [2, 4], [-6, 0], [1, 5]])
    model, layer = compute_model(
        "MVAU", "INT2", [("w", weights, "INT3"), ("t", thr, "INT8")], MW=4, MH=6, SIMD=2,
        PE=3, inputDataType="INT2", weightDataType="INT3", outputDataType="UINT2",
        accDataType="INT8")
    gen = generate_node_rtl(layer, RTL_CACHE / "mvau-layout", model)
    wfile, tfile = gen.mem_files
    words = [int(line, 16) for line in wfile.read_text().split()]
    assert len(words) == 4 and all(len(line) == 5 for line in wfile.read_text().split())
    for nf in range(2):
        for sf in range(2):
            for p in range(3):
                for s in range(2):
                    code = (words[nf * 2 + sf] >> ((p * 2 + s) * 3)) & 7
                    value = code - 8 if code >= 4 else code
                    assert value == weights[sf * 2 + s, nf * 3 + p]
    twords = [int(line, 16) for line in tfile.read_text().split()]
    for nf in range(2):
        for p in range(3):
            for i in range(2):
                code = (twords[nf] >> ((p * 2 + i) * 8)) & 255
                assert code - 256 * (code >= 128) == thr[nf * 3 + p, i]
