"""ConvolutionInputGenerator core vs the layer model: values, cycles, stalls, tools."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.rtl.cores.convolution_input_generator import (
    swg_output_to_stream,
    swg_stream_to_output,
)
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.backends.sim.yosys import synth_check

from .helpers import requires_tools
from .movement_helpers import check_movement_rtl, compute_model, tool_checks

pytestmark = requires_tools


def swg(ifm, k, stride, dil, ch, simd, idt, odt=None, pw=0, dw=0, **attrs):
    ofm = [(i - d * (kk - 1) - 1) // s + 1 for i, kk, s, d in zip(ifm, k, stride, dil)]
    return compute_model("ConvolutionInputGenerator", idt, [], ConvKernelDim=k,
                         IFMChannels=ch, IFMDim=ifm, OFMDim=ofm, SIMD=simd, Stride=stride,
                         Dilation=dil, inputDataType=idt, outputDataType=odt or idt,
                         parallel_window=pw, depthwise=dw, **attrs)


CASES = {
    # name: (IFMDim, kernel, stride, dilation, C, SIMD, idt, odt, extra attributes)
    "3x3_nonsquare": ([6, 5], [3, 3], [1, 1], [1, 1], 4, 2, "INT4", None, {}),
    "3x2_stride21": ([7, 6], [3, 2], [2, 1], [1, 1], 3, 1, "UINT2", None, {}),
    "dilated_widened": ([9, 8], [3, 3], [1, 1], [2, 2], 2, 2, "INT3", "INT5", {}),
    "stride2_block_ram": ([11, 10], [3, 3], [2, 2], [1, 1], 4, 1, "INT8", None,
                          {"ram_style": "block"}),
    "1d_row_bipolar": ([1, 12], [1, 3], [1, 2], [1, 1], 4, 4, "BIPOLAR", None, {}),
    "1d_column_dilated": ([10, 1], [3, 1], [1, 1], [2, 1], 2, 1, "INT8", None, {}),
    "1x1_stride2": ([8, 7], [1, 1], [2, 2], [1, 1], 2, 1, "UINT4", None, {}),
    "kernel_is_image": ([4, 4], [4, 4], [1, 1], [1, 1], 3, 3, "UINT3", "INT4", {}),
    "depthwise": ([6, 6], [3, 3], [1, 1], [1, 1], 4, 2, "INT4", None, {"dw": 1}),
    "depthwise_1d_stride": ([1, 11], [1, 3], [1, 2], [1, 2], 6, 2, "INT2", None, {"dw": 1}),
    "parallel_strided_dilated": ([7, 9], [3, 3], [2, 1], [1, 2], 2, 2, "BIPOLAR", None,
                                 {"pw": 1}),
    "parallel_1d": ([1, 10], [1, 4], [1, 1], [1, 1], 3, 3, "INT4", None, {"pw": 1}),
    "large_16x16": ([16, 16], [3, 3], [1, 1], [1, 1], 8, 4, "INT4", None, {}),
    # sweep: SIMD 1 / a middle divisor / C against overlapping (k3 s2), non-overlapping
    # (k2 s2), skipping (k2 s3, k1 s2) and dilated windows, square / non-square / 1-D
    # images, element widths 1 / 2 / 4 / 8; depthwise with SIMD < C (channel folds)
    "k3s2_simd_c_uint8": ([9, 7], [3, 3], [2, 2], [1, 1], 3, 3, "UINT8", None, {}),
    "k2s2_simd_mid": ([8, 6], [2, 2], [2, 2], [1, 1], 6, 2, "INT2", None, {}),
    "k2s3_skip_bipolar": ([8, 8], [2, 2], [3, 3], [1, 1], 4, 1, "BIPOLAR", None, {}),
    "k1s2_1d_row": ([1, 9], [1, 1], [1, 2], [1, 1], 4, 2, "INT8", None, {}),
    "k3s2_1d_column_simd_c": ([9, 1], [3, 1], [2, 1], [1, 1], 6, 6, "UINT2", None, {}),
    "k3s2_dilated_nonsquare": ([11, 8], [3, 2], [2, 2], [2, 3], 4, 2, "INT4", None, {}),
    "dw_8x8x16_k3s2_simd8": ([8, 8], [3, 3], [2, 2], [1, 1], 16, 8, "UINT8", None,
                             {"dw": 1}),
    "dw_8x8x16_k3s2_simd2": ([8, 8], [3, 3], [2, 2], [1, 1], 16, 2, "INT4", None,
                             {"dw": 1}),
    "dw_k2s2_simd1_nonsquare": ([6, 4], [2, 2], [2, 2], [1, 1], 4, 1, "UINT2", None,
                                {"dw": 1}),
    "dw_k3s2_simd_c_bipolar": ([7, 7], [3, 3], [2, 2], [1, 1], 8, 8, "BIPOLAR", None,
                               {"dw": 1}),
    "dw_dilated_column": ([9, 1], [3, 1], [1, 1], [3, 1], 6, 3, "INT8", None, {"dw": 1}),
    "dw_k1s2_simd_mid": ([5, 6], [1, 1], [2, 2], [1, 1], 8, 4, "INT3", None, {"dw": 1}),
    "parallel_k2s2_nonoverlap": ([6, 8], [2, 2], [2, 2], [1, 1], 3, 3, "UINT8", None,
                                 {"pw": 1}),
    "parallel_k3s2_dw": ([7, 6], [3, 3], [2, 2], [1, 1], 4, 4, "INT2", None,
                         {"pw": 1, "dw": 1}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_swg_matches_model(name):
    ifm, k, stride, dil, ch, simd, idt, odt, extra = CASES[name]
    model, layer = swg(ifm, k, stride, dil, ch, simd, idt, odt, **extra)
    rng = np.random.default_rng(len(name))
    # exactly the layer's cycle model (its first windows' fill included)
    check_movement_rtl(f"swg_{name}", model, layer, rng, out_to_stream=swg_output_to_stream,
                       seed=len(name), cycles=layer.get_exp_cycles())


def test_depthwise_stream_order_round_trip():
    _, layer = swg([5, 4], [2, 3], [1, 1], [1, 1], 6, 2, "INT4", dw=1)
    y = np.arange(4 * 2 * 36).reshape(1, 4, 2, 36)
    stream = swg_output_to_stream(layer, y)
    assert stream.shape == (1, 4, 2, 18, 2)
    # beat 1 of a pixel: channel fold 0 at kernel position 1 (channels 0, 1)
    assert list(stream[0, 0, 0, 1]) == [6, 7]
    np.testing.assert_array_equal(swg_stream_to_output(layer, stream), y)


def test_swg_full_rate_and_tools(tmp_path):
    """One output beat per cycle in steady state; lint, Icarus and Yosys pass."""
    model, layer = swg([12, 12], [3, 3], [1, 1], [1, 1], 2, 1, "INT4")
    run = check_movement_rtl("swg_rate", model, layer, np.random.default_rng(1), frames=2,
                             cycles=layer.get_exp_cycles())
    beats = layer.get_number_output_values()
    assert run.cycles <= beats + 3 * 12 * 2  # the first window's rows, nothing more
    tool_checks(run.gen, tmp_path)


@pytest.mark.parametrize("extra,ramb36", [({}, 1), ({"PARALLEL_WINDOW": 1, "SIMD": 64}, 8)])
def test_swg_line_buffers_infer_block_ram(extra, ramb36):
    """A CNV-sized layer: the line buffer(s) map to block RAM, no DSPs."""
    params = {"IFM_H": 32, "IFM_W": 32, "CHANNELS": 64, "SIMD": 8, "K_H": 3, "K_W": 3,
              "IN_WIDTH": 4, "IN_SIGNED": 1, "OUT_WIDTH": 4, "OUT_SIGNED": 1,
              "RAM_STYLE": "block", **extra}
    cells = synth_check("ConvolutionInputGenerator", core_sources("ConvolutionInputGenerator"),
                        params)
    assert cells["RAMB36"] == ramb36 and cells["DSP48"] == 0


@pytest.mark.parametrize("params,message", [
    ({"SIMD": 3}, "SIMD_must_divide_CHANNELS"),
    ({"K_H": 5}, "dilated_kernel_larger_than_image"),
    ({"PARALLEL_WINDOW": 1}, "PARALLEL_WINDOW_needs_SIMD_equal_CHANNELS"),
    ({"BUF_DEPTH": 5}, "BUF_DEPTH_below_window_span"),
    ({"IN_SIGNED": 1, "OUT_SIGNED": 0}, "output_type_cannot_hold"),
    ({"RAM_STYLE": "bram"}, "RAM_STYLE_must_be"),
])
def test_swg_rejects_illegal_parameters(params, message):
    base = {"IFM_H": 4, "IFM_W": 4, "CHANNELS": 2, "SIMD": 1, "K_H": 3, "K_W": 3,
            "IN_WIDTH": 4, "OUT_WIDTH": 4}
    base.update(params)
    sources = core_sources("ConvolutionInputGenerator")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("ConvolutionInputGenerator", sources, base)
    assert any(message in line for line in lint("ConvolutionInputGenerator", sources, base))
