"""Thresholding core vs the Thresholding layer model: values, cycles, stalls, tools."""

import math
import zlib
from types import SimpleNamespace

import numpy as np
import pytest
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics
from finn_vivado.backends.rtl import core_sources, generate_node_rtl
from finn_vivado.backends.rtl.codegen import codegen_node, lint_nodes
from finn_vivado.backends.rtl.cores.thresholding import compare_type
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.yosys import synth_check

from .compute_helpers import RTL_CACHE, check_compute_rtl, compute_model, random_values, \
    sorted_thresholds, tool_checks
from .helpers import requires_tools

pytestmark = requires_tools


def thresholding(rng, ch, pe, idt, tdt, odt, steps, vectors, act=0, shared_thr=False,
                 **attrs):
    """(model, layer) of a Thresholding layer with random thresholds of ``tdt``."""
    tmin, tmax = numerics.dtype_range(DataType[tdt])
    thr = sorted_thresholds(rng, 1 if shared_thr else ch, steps, tmin, tmax)
    return compute_model(
        "Thresholding", idt, [("t", thr, tdt)], NumChannels=ch, PE=pe, numSteps=steps,
        inputDataType=idt, weightDataType=tdt, outputDataType=odt, ActVal=act,
        numInputVectors=vectors, **attrs)


def documented_latency(layer) -> int:
    """The pipeline latency Thresholding.v documents: 3 cycles, 4 for N_STEPS > 15
    (thresholds compared in parallel); 2*clog2(N_STEPS+1) + 3 with the search unit."""
    steps = layer.get_nodeattr("numSteps")
    if layer.threshold_unit().search:
        return 2 * math.ceil(math.log2(steps + 1)) + 3
    return 4 if steps > 15 else 3


CASES = {
    # name: (C, PE, idt, threshold dt, odt, steps, vectors, extra)
    "uint8_255_steps": (6, 2, "UINT8", "UINT8", "UINT8", 255, [1, 2, 2], {}),
    "int4_clipped_thr": (4, 4, "INT4", "INT6", "INT2", 3, [1, 5], {"act": -2}),
    "bipolar_in_out_shared": (8, 1, "BIPOLAR", "INT2", "BIPOLAR", 1, [1, 3],
                              {"shared_thr": True}),
    "int8_binary_block": (3, 3, "INT8", "INT8", "BINARY", 1, [1, 10], {"ram_style": "block"}),
    "uint4_15_act1_distributed": (16, 4, "UINT4", "UINT5", "UINT5", 15, [1, 3, 3],
                                  {"ram_style": "distributed", "act": 1}),
    # sweep: PE 1 / middle / C; 255 steps (8-bit output) on 10-bit inputs; widths 1-8
    "uint10_255_int8_pe_mid": (8, 2, "UINT10", "UINT10", "INT8", 255, [1, 3],
                               {"act": -128, "ram_style": "distributed"}),
    "int10_255_uint8_pe_c": (4, 4, "INT10", "INT11", "UINT8", 255, [1, 2, 2], {}),
    "uint10_255_pe1": (3, 1, "UINT10", "UINT10", "UINT8", 255, [1, 4], {}),
    "int2_pe_c_uint2": (12, 12, "INT2", "INT3", "UINT2", 3, [1, 6], {}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_thresholding_matches_model(tmp_path, name):
    ch, pe, idt, tdt, odt, steps, vectors, extra = CASES[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    model, layer = thresholding(rng, ch, pe, idt, tdt, odt, steps, vectors, **extra)
    run = check_compute_rtl(f"thr-{name}", model, layer, rng, seed=len(name),
                            latency=documented_latency(layer))
    tool_checks(run.gen, tmp_path)


@pytest.mark.parametrize("dt,thr,width,signed", [
    ("UINT8", [[0, 5, 255]], 8, False),
    ("UINT8", [[0, 300, 1000]], 9, False),     # clipped to 256
    ("INT4", [[-100, 0, 100]], 5, True),       # clipped to [-8, 8]
    ("BIPOLAR", [[0]], 2, True),
    ("INT8", [[-128, 127]], 8, True),
])
def test_compare_type_clips_to_the_input_range(dt, thr, width, signed):
    clipped, got_width, got_signed = compare_type(DataType[dt], np.array(thr))
    assert (got_width, got_signed) == (width, signed)
    lo, hi = numerics.dtype_range(DataType[dt])
    assert clipped.min() >= lo and clipped.max() <= hi + 1


def test_thresholding_synthesises_with_yosys():
    rng = np.random.default_rng(5)
    model, layer = thresholding(rng, 16, 4, "UINT8", "UINT8", "UINT2", 3, [1],
                                ram_style="distributed")
    gen = generate_node_rtl(layer, RTL_CACHE / "thr-yosys", model)
    cells = synth_check(gen.name, gen.sources)
    assert cells["LUT"] > 0 and cells["DSP48"] == 0


@pytest.mark.parametrize("params,message", [
    ({"NUM_CH": 6, "PE": 4}, "ERROR_Thresholding_PE_must_divide_NUM_CH"),
    ({"IN_WIDTH": 8, "CMP_WIDTH": 8, "CMP_SIGNED": 1}, "cannot_hold_the_inputs"),
    ({"IN_SIGNED": 1, "CMP_SIGNED": 0}, "cannot_hold_the_inputs"),
])
def test_thresholding_rejects_illegal_parameters(params, message):
    errors = lint("Thresholding", core_sources("Thresholding"), params)
    assert any(message in line for line in errors), errors


def test_design_lint_with_an_8bit_thresholding_after_a_default_fifo_mvau(tmp_path):
    """One multi-top ``verilator --lint-only -Wall`` over the generated wrappers (as
    step_hw_ipgen runs it) is clean for an MVAU whose output FIFO takes the default
    parameters next to a 255-step, 8-bit-output Thresholding (resnet8: Verilator gave
    the Thresholding's FIFO copy the pointer width of the default one)."""
    rng = np.random.default_rng(11)
    weights = random_values(rng, "INT2", (4, 4))
    mvau_model, mvau_layer = compute_model(
        "MVAU", "INT2", [("w", weights, "INT2")], MW=4, MH=4, SIMD=1, PE=1,
        inputDataType="INT2", weightDataType="INT2", outputDataType="INT8",
        accDataType="INT8", noActivation=1, numInputVectors=[1])
    thr_model, thr_layer = thresholding(rng, 16, 1, "UINT6", "UINT6", "INT8", 255, [1, 4],
                                        act=-128, ram_style="distributed")
    nodes = []
    for model, layer in ((mvau_model, mvau_layer), (thr_model, thr_layer)):
        codegen_node(model, layer.onnx_node, tmp_path / "hw")
        nodes.append(layer.onnx_node)
    design = SimpleNamespace(graph=SimpleNamespace(node=nodes))
    assert lint_nodes(design, tmp_path / "lint.log") == []


SEARCH_CASES = {
    # name: (C, PE, idt, threshold dt, odt, steps, vectors, extra); the search unit
    # forced, to sweep the step counts around powers of two (candidates beyond the last
    # threshold), one fold, shared thresholds, BIPOLAR in and out, both ROM styles
    "s1_bipolar_out": (4, 2, "INT4", "INT4", "BIPOLAR", 1, [1, 3], {}),
    "s1_bipolar_in": (8, 2, "BIPOLAR", "INT2", "BINARY", 1, [1, 3], {}),
    "s2_one_fold": (3, 3, "UINT3", "UINT3", "UINT2", 2, [1, 4], {}),
    "s3_act_neg_pe1": (6, 1, "INT5", "INT6", "INT2", 3, [1, 2], {"act": -2}),
    "s4": (8, 4, "UINT6", "UINT6", "UINT3", 4, [1, 3], {}),
    "s7_block": (4, 2, "INT8", "INT8", "UINT3", 7, [1, 2], {"ram_style": "block"}),
    "s8_shared": (5, 5, "UINT4", "UINT5", "UINT4", 8, [1, 3], {"shared_thr": True}),
    "s100_int_out": (6, 3, "INT9", "INT9", "INT8", 100, [1, 2], {"act": -50}),
    "s255_block_pe1": (3, 1, "UINT8", "UINT8", "UINT8", 255, [1, 4], {"ram_style": "block"}),
}


@pytest.mark.parametrize("name", list(SEARCH_CASES))
def test_threshold_search_matches_model(monkeypatch, tmp_path, name):
    ch, pe, idt, tdt, odt, steps, vectors, extra = SEARCH_CASES[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    model, layer = thresholding(rng, ch, pe, idt, tdt, odt, steps, vectors, **extra)
    unit = type(layer).threshold_unit
    monkeypatch.setattr(type(layer), "threshold_unit",
                        lambda self, bits=None, force=None: unit(self, bits, "search"))
    run = check_compute_rtl(f"thr-search-{name}", model, layer, rng, seed=len(name),
                            latency=documented_latency(layer))
    assert run.gen.spec.params["SEARCH"] == 1
    if name == "s100_int_out":
        tool_checks(run.gen, tmp_path)


def test_parallel_unit_with_many_steps_matches_model(monkeypatch):
    name = "parallel_255"
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    model, layer = thresholding(rng, 4, 2, "UINT8", "UINT8", "UINT8", 255, [1, 2])
    unit = type(layer).threshold_unit
    monkeypatch.setattr(type(layer), "threshold_unit",
                        lambda self, bits=None, force=None: unit(self, bits, "parallel"))
    run = check_compute_rtl(f"thr-{name}", model, layer, rng, latency=documented_latency(layer))
    assert run.gen.spec.params["SEARCH"] == 0


@pytest.mark.parametrize("style,max_bram", [("auto", 0), ("distributed", 0), ("block", 4)])
def test_8bit_thresholding_synthesises_to_a_few_hundred_luts(style, max_bram):
    """255 steps on UINT8, PE 1, 3 channels: the search unit, at most 300 LUTs (was
    ~4,100 with every threshold compared in parallel); the estimate within 25 %."""
    rng = np.random.default_rng(5)
    model, layer = thresholding(rng, 3, 1, "UINT8", "UINT8", "UINT8", 255, [1, 4],
                                ram_style=style)
    gen = generate_node_rtl(layer, RTL_CACHE / f"thr-255-{style}", model)
    assert gen.spec.params["SEARCH"] == 1
    cells = synth_check(gen.name, gen.sources)
    assert cells["LUT"] <= 300 and cells["DSP48"] == 0, cells
    assert cells["BRAM_18K"] + 2 * cells["BRAM_36K"] <= max_bram
    estimate = layer.resource_estimates()
    assert abs(cells["LUT"] - estimate["LUT"]) <= 0.25 * estimate["LUT"], (cells, estimate)
    assert cells["BRAM_18K"] + 2 * cells["BRAM_36K"] == estimate["BRAM_18K"]
