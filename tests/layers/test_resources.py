"""Resource models: memory/logic primitives and how each layer follows its attributes."""

import numpy as np
import pytest

from finn_vivado.layers import make_layer_node
from finn_vivado.layers.resources import (
    Memory,
    adder_tree_luts,
    bram18_count,
    comparator_luts,
    const_comparator_luts,
    credit_fifo_luts,
    distributed_luts,
    dwc_luts,
    lutram_luts,
    memory_resources,
    mux_luts,
    popcount_luts,
    resolve_memory_style,
    rom_luts,
    skid_luts,
    uram_count,
)

from .helpers import layer_of, single_node_model

RES_KEYS = ["BRAM_18K", "BRAM_efficiency", "LUT", "URAM", "URAM_efficiency", "DSP"]


# ------------------------------------------------------------------------ primitives
@pytest.mark.parametrize("depth,width,expected", [
    (512, 36, 1), (1024, 18, 1), (16384, 1, 1), (1024, 36, 2), (9216, 64, 36),
    (12, 3072, 86), (36864, 1, 3), (2048, 9, 1), (0, 8, 0),
])
def test_bram18_count(depth, width, expected):
    assert bram18_count(depth, width) == expected


def test_uram_and_lut_memories():
    assert uram_count(4096, 72) == 1 and uram_count(4097, 73) == 4
    assert rom_luts(64, 10) == 10                  # one LUT6 ROM per bit
    assert rom_luts(2, 10) == 0                    # constants and address wiring
    assert rom_luts(256, 1) == 4                   # F7/F8 muxes are free
    assert rom_luts(1024, 1) == 19                 # 16 LUTs + 3 for the 16:1 mux tree
    assert rom_luts(144, 8) == rom_luts(256, 8)    # the whole 8-bit address space
    assert distributed_luts(64, 10) == rom_luts(64, 10)
    assert lutram_luts(32, 12) == 8                # RAM32M: 32 x 6 per 4 LUTs
    assert lutram_luts(64, 3) == 4                 # RAM64M: 64 x 3 per 4 LUTs
    assert lutram_luts(96, 3) == 4 + 4 + 3         # two banks and a 2:1 read mux per bit
    assert distributed_luts(64, 3, writable=True) == 4


def test_auto_style_follows_the_synthesis_cost():
    """auto: a ROM goes to block RAM when it fills the RAMB18s by more than ~45 %, a RAM
    when its LUT RAM would take more than 76 LUTs per RAMB18."""
    assert resolve_memory_style("auto", 64, 1000) == "distributed"
    assert resolve_memory_style("auto", 256, 36) == "block"      # 9216 bits, 1 RAMB18
    assert resolve_memory_style("auto", 1024, 8) == "distributed"  # 8192 bits: 44 %
    assert resolve_memory_style("auto", 144, 512) == "distributed"
    assert resolve_memory_style("auto", 288, 512) == "block"
    assert resolve_memory_style("auto", 72, 32, writable=True) == "distributed"
    assert resolve_memory_style("auto", 127, 32, writable=True) == "block"
    assert resolve_memory_style("ultra", 8, 8) == "ultra"
    mem = Memory("w", 1024, 36)
    assert memory_resources(mem, "block") == {"LUT": 0, "BRAM_18K": 2, "URAM": 0}
    assert memory_resources(mem, "ultra") == {"LUT": 0, "BRAM_18K": 0, "URAM": 1}
    assert memory_resources(Memory("w", 1024, 36, copies=3), "block")["BRAM_18K"] == 6


def test_logic_primitives():
    assert adder_tree_luts(1, 8) == 0
    assert adder_tree_luts(2, 8) == 8
    assert adder_tree_luts(4, 8) == 2 * 8 + 9
    assert popcount_luts(1) == 0 and popcount_luts(49) == 96
    assert comparator_luts(10) == 8 and const_comparator_luts(15) == 10
    assert mux_luts(1) == 0 and mux_luts(4) == 1 and mux_luts(8) == 2 and mux_luts(32) == 9
    assert skid_luts(16) == 21
    assert credit_fifo_luts(16, 16) == 75 + 12 and credit_fifo_luts(49, 8) == 43 + 36


def test_width_converter_follows_its_rtl_structure():
    assert dwc_luts(16, 16) == skid_luts(16)                       # a register slice
    assert dwc_luts(64, 32) == skid_luts(64) + 32 * mux_luts(2) + 2  # downsizer
    assert dwc_luts(16, 32) == skid_luts(32) + 1                     # upsizer
    assert dwc_luts(16, 24) == dwc_luts(16, 48) + dwc_luts(48, 24)   # up, then down


# ---------------------------------------------------------------------------- layers
def _mvau(**attrs):
    rng = np.random.default_rng(0)
    defaults = dict(MW=64, MH=32, PE=4, SIMD=8, inputDataType="INT4", weightDataType="INT4",
                    outputDataType="INT32", accDataType="INT14", noActivation=1)
    defaults.update(attrs)
    node = make_layer_node("MVAU", ["x", "w"], ["y"], name="MVAU_0", **defaults)
    w = rng.integers(-8, 8, size=(64, 32))
    return layer_of(single_node_model(node, {"x": ((1, 64), "INT4")}, {"w": (w, "INT4")}))


def test_mvau_report_keys_and_efficiency():
    res = _mvau(ram_style="block").node_res_estimation("xc7z020clg400-1")
    assert list(res) == RES_KEYS
    # weights: 64 words x 128 bits -> 4 RAMB18 (512 x 36) holding 8192 bits
    assert res["BRAM_18K"] == 4
    assert res["BRAM_efficiency"] == pytest.approx(64 * 32 * 4 / (4 * 18432))


def test_mvau_follows_ram_style_res_type_and_mem_mode():
    block = _mvau(ram_style="block").resource_estimates()
    dist = _mvau(ram_style="distributed").resource_estimates()
    assert block["BRAM_18K"] > 0 and dist["BRAM_18K"] == 0
    assert dist["LUT"] - block["LUT"] == 128  # 64-deep ROM: one LUT per weight bit
    lut = _mvau(resType="lut").resource_estimates()
    dsp = _mvau(resType="dsp").resource_estimates()
    # two 4-bit products per DSP slice: 4 slices per PE of SIMD 8
    assert lut["DSP"] == 0 and dsp["DSP"] == 4 * 4 and dsp["LUT"] < lut["LUT"]
    assert _mvau(resType="auto").resolved_res_type() == "dsp"  # 4-bit x 4-bit
    ext = _mvau(mem_mode="external", ram_style="block").resource_estimates()
    assert ext["BRAM_18K"] == 0 and ext["LUT"] == block["LUT"]
    ultra = _mvau(ram_style="ultra").resource_estimates()
    assert ultra["URAM"] == 2 and ultra["BRAM_18K"] == 0  # 128 bits wide: two 72-bit URAMs


def test_mvau_lanes_scale_with_parallelism():
    small = _mvau(PE=1, SIMD=1, ram_style="block", resType="lut")
    big = _mvau(PE=8, SIMD=16, ram_style="block", resType="lut")
    assert big._lane_luts() > 10 * small._lane_luts()  # SIMD multipliers and their sum
    lanes = big.lut_estimation() - big._control_luts()
    assert lanes >= 8 * big._lane_luts()  # PE lanes (plus the input buffer memory)


def test_mvau_xnor_is_cheaper_than_multipliers():
    rng = np.random.default_rng(1)
    node = make_layer_node("MVAU", ["x", "w"], ["y"], name="MVAU_0", MW=64, MH=32, PE=4,
                           SIMD=8, inputDataType="BIPOLAR", weightDataType="BIPOLAR",
                           outputDataType="UINT7", accDataType="UINT7", noActivation=1,
                           binaryXnorMode=1, ram_style="block", resType="dsp")
    w = rng.choice([-1, 1], size=(64, 32))
    inst = layer_of(single_node_model(node, {"x": ((1, 64), "BIPOLAR")}, {"w": (w, "BIPOLAR")}))
    res = inst.resource_estimates()
    assert res["DSP"] == 0 and res["LUT"] < _mvau(ram_style="block").lut_estimation()


def test_trial_does_not_change_the_node():
    inst = _mvau(PE=4, SIMD=8)
    with inst.trial(PE=32, SIMD=64, ram_style="distributed"):
        fast = inst.get_exp_cycles()
        assert inst.get_nodeattr("PE") == 32
    assert fast == 1 and inst.get_exp_cycles() == 8 * 8
    assert inst.get_nodeattr("PE") == 4


def test_thresholding_memory_follows_ram_style():
    rng = np.random.default_rng(2)
    thr = np.sort(rng.integers(-100, 100, size=(64, 15)), axis=1)
    node = make_layer_node("Thresholding", ["x", "t"], ["y"], name="Thresholding_0",
                           NumChannels=64, PE=1, numSteps=15, inputDataType="INT8",
                           outputDataType="UINT4", weightDataType="INT8", ram_style="block")
    inst = layer_of(single_node_model(node, {"x": ((1, 64), "INT8")}, {"t": (thr, "INT8")}))
    # the search unit: stage ROMs of 64 (logic), 128, 256 and 512 words x 8 bits
    assert inst.threshold_unit().search
    assert inst.bram_estimation() == 3
    parallel = inst.threshold_unit(force="parallel")  # 64 words x 120 bits: 4 RAMB18
    assert [inst.memory_style(m) for m in parallel.memories] == ["block"]
    inst.set_nodeattr("ram_style", "distributed")
    assert inst.bram_estimation() == 0 and inst.lut_estimation() > 120
    assert inst.get_op_and_param_counts() == {"param_threshold_8b": 64 * 15}


def test_swg_buffer_follows_folding_and_style():
    node = make_layer_node("ConvolutionInputGenerator", ["x"], ["y"], name="SWG_0",
                           ConvKernelDim=[3, 3], IFMChannels=64, IFMDim=[32, 32],
                           OFMDim=[30, 30], SIMD=8, inputDataType="UINT4",
                           ram_style="block")
    inst = layer_of(single_node_model(node, {"x": ((1, 32, 32, 64), "UINT4")}))
    assert inst.buffer_depth() == (2 * 32 + 3) * 8
    mem = inst.memories()[0]
    # the core's buffer: the span plus the next row's step (3 pixels x 8 folds)
    assert (mem.depth, mem.width, mem.writable) == (536 + 24, 32, True)
    assert inst.rtl_buffer_depth() == mem.depth
    assert inst.bram_estimation() == 2  # 560 x 32 -> two 512 x 36
    inst.set_nodeattr("ram_style", "distributed")
    assert inst.bram_estimation() == 0
    inst.set_nodeattr("SIMD", 64)
    inst.set_nodeattr("parallel_window", 1)
    line = inst.memories()[0]
    assert (line.copies, line.depth, line.width) == (2, 29, 256)


def test_fifo_is_a_register_slice_or_a_memory_in_its_style():
    def fifo(depth, style):
        node = make_layer_node("StreamingFIFO", ["x"], ["y"], name="FIFO_0", depth=depth,
                               folded_shape=[1, 16, 4], normal_shape=[1, 64],
                               dataType="INT8", ram_style=style)
        return layer_of(single_node_model(node, {"x": ((1, 64), "INT8")}))

    assert fifo(2, "auto").resource_estimates()["LUT"] == skid_luts(32)
    small = fifo(32, "auto").resource_estimates()  # 31 beats in LUT RAM, 5-bit pointers
    assert small["BRAM_18K"] == 0 and small["LUT"] == lutram_luts(31, 32) + 16 + 5 * 5
    assert fifo(2048, "block").bram_estimation() == 4  # 64 Kib
    assert fifo(2048, "ultra").uram_estimation() == 1


def test_every_layer_has_a_resource_estimate():
    from finn_vivado.layers import LAYERS
    from finn_vivado.layers.base import HWLayer

    for op_type, cls in LAYERS.items():
        assert cls.logic_estimation is not HWLayer.logic_estimation, op_type
