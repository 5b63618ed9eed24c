"""RTL generation API: registry, specs, wrapper text, init files, file lists."""

import sys
import types

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import (MemInit, RTLSpec, Stream, core_sources, dtype_params,
                                      generate_node_rtl, ip_repo_dir, library_modules,
                                      pack_memory, read_memh, render_wrapper, rtl_generator,
                                      rtl_op_types, rtl_spec, verilog_name, write_memh)
from finn_vivado.backends.sim import have_tool, lint
from finn_vivado.layers import LAYERS, HWLayer

from .helpers import layer_model
from .test_channelwise_op import channelwise
from .test_convolution_input_generator import swg
from .test_fmpadding import fmpadding
from .test_global_acc_pool import gap
from .test_label_select import label_select
from .test_mvau import mvau
from .test_pixel_shuffle import pixel_shuffle
from .test_pool import pool
from .test_streaming_fifo import fifo
from .test_streaming_maxpool import maxpool
from .test_thresholding import thresholding
from .test_upsample import upsample
from .test_vvau import vvau

#: op type -> (model, layer) of a small legal instance, from the per-layer test helpers
INSTANCES = {
    "MVAU": lambda rng: mvau(rng, 8, 6, 2, 3, "INT4", "UINT3", "UINT3", 3, [1, 3], act=1),
    "VVAU": lambda rng: vvau(rng, 4, (3, 3), 2, 1, "INT4", "INT4", "UINT5", 31, [3, 3]),
    "Thresholding": lambda rng: thresholding(rng, 6, 2, "UINT8", "UINT8", "UINT8", 255,
                                             [1, 2, 2]),
    "ChannelwiseOp": lambda rng: channelwise(rng, "add", 6, 2, "INT4", "INT3", [1, 3, 3]),
    "StreamingMaxPool": lambda rng: maxpool([4, 4], [2, 2], 2, 1, "INT4"),
    "Pool": lambda rng: pool(4, 1, [2, 2], "MaxPool", [3, 2], "INT4"),
    "GlobalAccPool": lambda rng: gap(4, 1, [1, 4, 4], "INT4"),
    "LabelSelect": lambda rng: label_select(10, 1, 1, "INT8"),
    "ConvolutionInputGenerator": lambda rng: swg([6, 5], [3, 3], [1, 1], [1, 1], 4, 2, "INT4"),
    "FMPadding": lambda rng: fmpadding([4, 5], [1, 2, 0, 1], 4, 2, "INT4"),
    "StreamingFIFO": lambda rng: fifo("UINT8", 2, 4, 64),
    "StreamingDataWidthConverter": lambda rng: layer_model(
        "StreamingDataWidthConverter", ["INT5"], shape=[1, 6, 6], inWidth=30, outWidth=10,
        dataType="INT5"),
    "AddStreams": lambda rng: layer_model("AddStreams", ["INT4", "INT4"], NumChannels=4, PE=2,
                                          inputDataTypes=["INT4", "INT4"]),
    "DuplicateStreams": lambda rng: layer_model("DuplicateStreams", ["INT3"], n_outputs=3,
                                                NumChannels=6, PE=3, NumOutputStreams=3,
                                                inputDataType="INT3"),
    "StreamingConcat": lambda rng: layer_model(
        "StreamingConcat", ["UINT4", "INT3"], ChannelsPerStream=[4, 2], SIMD=2,
        inputDataTypes=["UINT4", "INT3"], numInputVectors=[1, 2, 2]),
    "StreamingSplit": lambda rng: layer_model(
        "StreamingSplit", ["INT3"], n_outputs=3, ChannelsPerStream=[4, 2, 6], SIMD=2,
        inputDataType="INT3", numInputVectors=[1, 2, 2]),
    "Upsample": lambda rng: upsample([2, 3], [4, 6], 4, 2, "INT4"),
    "PixelShuffle": lambda rng: pixel_shuffle([2, 3], [2, 3], 4, 2, "INT4"),
}


def test_every_layer_has_a_generator_and_a_library_core():
    assert rtl_op_types() == sorted(LAYERS)
    for op_type, cls in LAYERS.items():
        assert callable(rtl_generator(op_type)), op_type
        core = cls.__dict__.get("RTL_CORE")
        assert core, f"{op_type} does not declare RTL_CORE"
        assert (ip_repo_dir() / core).is_dir() and core in library_modules(), op_type
        assert core_sources(core)[-1].name == f"{core}.v"


@pytest.mark.parametrize("op_type", sorted(INSTANCES))
def test_generator_instantiates_the_layers_core(op_type):
    model, layer = INSTANCES[op_type](np.random.default_rng(0))
    spec = rtl_spec(layer, model)
    assert spec.core == type(layer).RTL_CORE == LAYERS[op_type].RTL_CORE


def test_missing_generator_names_the_expected_module(monkeypatch):
    class Demo(HWLayer):
        RTL_CORE = "Demo"

    Demo.__module__ = "finn_vivado.layers.demo_layer"
    monkeypatch.setitem(LAYERS, "Demo", Demo)
    assert "Demo" not in rtl_op_types()
    with pytest.raises(FinnVivadoError, match=r"N0 \(Demo\): no RTL generator for op type "
                       r"Demo: expected a function rtl_spec\(layer, model=None\) in "
                       r"finn_vivado\.backends\.rtl\.cores\.demo_layer \(.*cores/demo_layer\.py\)"):
        rtl_generator("Demo", "N0 (Demo)")
    stub = types.ModuleType("finn_vivado.backends.rtl.cores.demo_layer")
    monkeypatch.setitem(sys.modules, stub.__name__, stub)
    with pytest.raises(FinnVivadoError, match="expected a function rtl_spec"):
        rtl_generator("Demo")
    with pytest.raises(FinnVivadoError, match="not a hardware layer"):
        rtl_generator("Nope")


def test_spec_from_attributes():
    _, layer = layer_model("AddStreams", ["INT4", "BIPOLAR"], NumChannels=6, PE=3,
                           inputDataTypes=["INT4", "BIPOLAR"])
    spec = rtl_spec(layer)
    assert spec.core == "AddStreams"
    assert spec.params == {"PE": 3, "A_WIDTH": 4, "A_SIGNED": 1, "A_BIPOLAR": 0,
                           "B_WIDTH": 1, "B_SIGNED": 0, "B_BIPOLAR": 1, "O_WIDTH": 5,
                           "A_MUL": 1, "B_MUL": 1}
    assert [s.width for s in spec.inputs] == [12, 3] and spec.outputs[0].width == 15
    _, fifo = layer_model("StreamingFIFO", ["UINT8"], depth=64, ram_style="block",
                          folded_shape=[1, 4, 2], normal_shape=[1, 8], dataType="UINT8")
    assert rtl_spec(fifo.onnx_node).params == {"WIDTH": 16, "DEPTH": 64, "RAM_STYLE": "block"}


def test_spec_validates_the_layer():
    _, layer = layer_model("StreamingFIFO", ["UINT8"], depth=1, folded_shape=[1, 4, 2],
                           normal_shape=[1, 8], dataType="UINT8")
    with pytest.raises(FinnVivadoError, match="StreamingFIFO_0 .StreamingFIFO.: attribute depth"):
        rtl_spec(layer)


def test_dtype_params():
    from qonnx.core.datatype import DataType

    assert dtype_params(DataType["TERNARY"], "W_") == {"W_WIDTH": 2, "W_SIGNED": 1,
                                                       "W_BIPOLAR": 0}
    assert dtype_params(DataType["UINT3"], "") == {"WIDTH": 3, "SIGNED": 0, "BIPOLAR": 0}


def test_memh_files(tmp_path):
    words, width = pack_memory(np.array([[1, -1, 0], [-2, 1, 1]]), "INT2")
    assert width == 6 and words == [0b001101, 0b010110]
    path = write_memh(tmp_path / "w.dat", words, width)
    assert path.read_text() == "0d\n16\n" and read_memh(path) == words
    with pytest.raises(FinnVivadoError, match="does not fit in 6 bits"):
        write_memh(tmp_path / "x.dat", [64], 6)


def test_wrapper_with_packed_inputs_and_init_file(tmp_path):
    """A generic spec: packed inputs, a string parameter with an init file path."""
    spec = RTLSpec("Demo", {"N": 2}, [Stream("s_axis_0", 5), Stream("s_axis_1", 5)],
                   [Stream("m_axis_0", 16)], in_packed="s_axis",
                   mem_inits=[MemInit("INIT_FILE", "demo.dat", [1, 2], 4)])
    text = render_wrapper(spec, "demo_0")
    assert "wire [9:0] core_s_axis_tdata;" in text
    assert "assign core_s_axis_tdata[5 +: 5] = s_axis_1_tdata[4:0];" in text
    assert "assign m_axis_0_tdata = core_m_axis_0_tdata;" in text
    with pytest.raises(FinnVivadoError, match="not a Verilog identifier"):
        render_wrapper(spec, "1demo")
    mixed = RTLSpec("Demo", {}, [Stream("s_axis_0", 5), Stream("s_axis_1", 6)],
                    [Stream("m_axis_0", 8)], in_packed="s_axis")
    text = render_wrapper(mixed, "demo_1")  # each packed stream after the previous ones
    assert "wire [10:0] core_s_axis_tdata;" in text
    assert "assign core_s_axis_tdata[5 +: 6] = s_axis_1_tdata[5:0];" in text


def test_generate_node_rtl_files(tmp_path):
    _, layer = layer_model("DuplicateStreams", ["INT3"], n_outputs=3, NumChannels=6, PE=3,
                           NumOutputStreams=3, inputDataType="INT3")
    gen = generate_node_rtl(layer, tmp_path)
    assert gen.name == "DuplicateStreams_0" and gen.wrapper == tmp_path / "DuplicateStreams_0.v"
    assert gen.file_list.read_text().splitlines()[-1] == str(gen.wrapper)
    text = gen.wrapper.read_text()
    assert "input  wire [15:0] s_axis_0_tdata" in text and "m_axis_2_tready" in text
    assert text.rstrip().endswith("`default_nettype wire")
    if have_tool("verilator"):
        assert lint(gen.name, gen.sources) == []
    with pytest.raises(FinnVivadoError, match="equals a library module name"):
        generate_node_rtl(layer, tmp_path, name="StreamingFIFO")
    assert verilog_name("Conv/0.weight") == "Conv_0_weight" and verilog_name("0x") == "n_0x"


@pytest.mark.skipif(not have_tool("verilator"), reason="verilator is installed by `make test`")
@pytest.mark.parametrize("core", ["StreamingFIFO", "StreamingDataWidthConverter",
                                  "AddStreams", "DuplicateStreams"])
def test_core_defaults_are_lint_clean(core):
    assert lint(core, core_sources(core)) == []


def test_core_files_follow_the_conventions():
    for core in ("StreamingFIFO", "StreamingDataWidthConverter", "AddStreams",
                 "DuplicateStreams", "common"):
        for path in (ip_repo_dir() / core / "hdl").glob("*.v"):
            text = path.read_text()
            assert text.count("\nmodule ") == 1 and f"module {path.stem} " in text
            assert "`default_nettype none" in text
            assert text.rstrip().endswith("`default_nettype wire")
            for line in text.splitlines():
                if line.strip().startswith("parameter"):
                    assert "//" in line, f"{path.name}: uncommented parameter: {line}"
