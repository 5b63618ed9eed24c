"""VVAU core vs the VVAU layer model: values, cycles, stalls, tools, stream order."""

import zlib

import numpy as np
import pytest
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics
from finn_vivado.backends.rtl import core_sources, generate_node_rtl
from finn_vivado.backends.rtl.cores.vvau import (
    depthwise_from_stream,
    depthwise_to_stream,
    vvau_input_to_stream,
    vvau_stream_to_input,
)
from finn_vivado.backends.sim import lint, pack_hex, simulate, unpack_words

from .compute_helpers import check_compute_rtl, compute_model, random_values, \
    sorted_thresholds, tool_checks
from .helpers import requires_tools

pytestmark = requires_tools


def vvau(rng, ch, kernel, pe, simd, idt, wdt, odt, steps, dim, act=0, shared_thr=False,
         **attrs):
    """(model, layer) of a VVAU with random weights and (steps > 0) thresholds."""
    k = int(np.prod(kernel))
    weights = random_values(rng, wdt, (ch, 1) + tuple(kernel))
    low, high = numerics.dot_range(weights.reshape(ch, k).T,
                                   *numerics.dtype_range(DataType[idt]))
    lo, hi = int(low.min()), int(high.max())
    acc = numerics.smallest_int_dtype(min(lo, 0), hi).name
    consts = [("w", weights, wdt)]
    if steps:
        thr = sorted_thresholds(rng, 1 if shared_thr else ch, steps, lo - 1, hi + 1)
        thr = np.clip(thr, *numerics.dtype_range(DataType[acc]))
        consts.append(("t", thr, acc))
    return compute_model(
        "VVAU", idt, consts, Channels=ch, Kernel=list(kernel), PE=pe, SIMD=simd, Dim=dim,
        inputDataType=idt, weightDataType=wdt, outputDataType=odt or acc, accDataType=acc,
        ActVal=act, noActivation=int(steps == 0), **attrs)


CASES = {
    # name: (C, kernel, PE, SIMD, idt, wdt, odt, steps, Dim, extra)
    "int4_int4_thr31_pe2": (4, (3, 3), 2, 1, "INT4", "INT4", "UINT5", 31, [3, 3], {}),
    "uint3_int2_noact_simd3": (6, (3, 3), 3, 3, "UINT3", "INT2", None, 0, [2, 2],
                               {"ram_style": "distributed", "resType": "lut"}),
    "bipolar_int3_full_par": (4, (1, 3), 4, 3, "BIPOLAR", "INT3", "BIPOLAR", 1, [1, 5],
                              {"shared_thr": True}),
    "int8_int8_noact_dsp": (8, (2, 2), 1, 2, "INT8", "INT8", None, 0, [2, 3],
                            {"ram_style": "block", "resType": "dsp"}),
    # sweep: PE / SIMD 1, a middle divisor and full; k3 / k2x1 / 1-D k5; widths 1-8;
    # 255 thresholds (8-bit output)
    "uint8_int4_thr255_pe1_simd1": (4, (3, 3), 1, 1, "UINT8", "INT4", "UINT8", 255, [2, 2],
                                    {}),
    "int2_int2_noact_full_par": (8, (3, 3), 8, 9, "INT2", "INT2", None, 0, [2, 3], {}),
    "bipolar_int4_k2x1_pe_mid": (6, (2, 1), 3, 1, "BIPOLAR", "INT4", "INT3", 7, [3, 1],
                                 {"act": -4}),
    "int8_int8_1d_k5_simd_k": (2, (1, 5), 1, 5, "INT8", "INT8", None, 0, [1, 4], {}),
    "uint4_int8_thr255_pe_mid": (16, (3, 3), 4, 3, "UINT4", "INT8", "INT8", 255, [1, 2],
                                 {"act": -128}),
    # lanes: DSP slices with two products each (odd SIMD; 2-bit operands with the
    # operand registers) and Booth-digit LUT chains
    "int4_int4_dsp_pairs_simd3": (4, (3, 3), 2, 3, "INT4", "INT4", None, 0, [2, 2],
                                  {"resType": "dsp"}),
    "uint2_int2_dsp_pairs_thr3": (4, (3, 3), 4, 9, "UINT2", "INT2", "UINT2", 3, [2, 2],
                                  {"resType": "dsp"}),
    "int5_uint3_lut_pe4": (8, (1, 3), 4, 3, "INT5", "UINT3", None, 0, [1, 3],
                           {"resType": "lut"}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_vvau_matches_model(tmp_path, name):
    ch, kernel, pe, simd, idt, wdt, odt, steps, dim, extra = CASES[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    model, layer = vvau(rng, ch, kernel, pe, simd, idt, wdt, odt, steps, dim, **extra)
    run = check_compute_rtl(f"vvau-{name}", model, layer, rng, to_stream=vvau_input_to_stream,
                            seed=len(name))
    tool_checks(run.gen, tmp_path)


def test_vvau_stream_order_round_trips():
    """Beat order: channel fold outer, kernel fold inner; element s*PE + p."""
    rng = np.random.default_rng(3)
    _, layer = vvau(rng, 4, (1, 3), 2, 1, "INT4", "INT4", None, 0, [1, 1])
    x = np.arange(12).reshape(1, 1, 1, 12)  # (k, c): value = k*4 + c
    beats = vvau_input_to_stream(layer, x)
    assert beats.shape == (1, 1, 1, 6, 2)
    assert beats.reshape(6, 2).tolist() == [[0, 1], [4, 5], [8, 9], [2, 3], [6, 7], [10, 11]]
    np.testing.assert_array_equal(vvau_stream_to_input(layer, beats), x)


@pytest.mark.parametrize("params,message", [
    ({"KERNEL": 9, "SIMD": 2}, "ERROR_VVAU_SIMD_must_divide_KERNEL"),
    ({"CHANNELS": 6, "PE": 4}, "ERROR_VVAU_PE_must_divide_CHANNELS"),
    ({"W_BIPOLAR": 1, "W_WIDTH": 3}, "BIPOLAR_operands_must_be_1_bit"),
])
def test_vvau_rejects_illegal_parameters(params, message):
    errors = lint("VVAU", core_sources("VVAU"), params)
    assert any(message in line for line in errors), errors


def test_depthwise_window_generator_feeds_the_vvau_order(tmp_path):
    """ConvolutionInputGenerator with depthwise=1 emits exactly the beat order the VVAU
    core consumes (depthwise_to_stream of the numpy windows), not a plain reshape."""
    model, layer = compute_model(
        "ConvolutionInputGenerator", "UINT4", [], ConvKernelDim=[3, 3], IFMChannels=8,
        IFMDim=[5, 5], OFMDim=[3, 3], SIMD=2, inputDataType="UINT4", depthwise=1)
    x = random_values(np.random.default_rng(0), "UINT4", (1, 5, 5, 8))
    context = {"in0": x.astype(np.float64)}
    layer.execute_node(context, model.graph)
    gen = generate_node_rtl(layer, tmp_path, model)
    count = layer.get_number_output_values()
    res = simulate(gen.name, gen.sources, [pack_hex(x.reshape(-1, 2), "UINT4")], [count])
    beats = unpack_words(res.check().outputs[0], DataType["UINT4"], (count, 2))
    expected = depthwise_to_stream(context["out0"].reshape(9, 72), 9, 8, pe=2)
    np.testing.assert_array_equal(beats, expected.reshape(-1, 2))
    np.testing.assert_array_equal(depthwise_from_stream(beats.reshape(9, 36, 2), 9, 8, 2),
                                  context["out0"].reshape(9, 72))
