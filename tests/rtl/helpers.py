"""Shared checks of a library core through its generated per-node wrapper.

:func:`check_layer_rtl` runs one parameter set: numpy golden model (the layer's
CustomOp, executed by qonnx), Verilator without stalls (outputs and the exact cycle
count the test derives), Verilator under random valid/ready stalls, ``verilator
--lint-only -Wall``, ``iverilog -g2005`` and optionally Yosys ``synth_xilinx``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp
from qonnx.util.basic import qonnx_make_model

from finn_vivado.layers import DOMAIN, make_layer_node
from finn_vivado.backends.rtl import generate_node_rtl
from finn_vivado.backends.sim import have_tool, lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.backends.sim.node import simulate_node
from finn_vivado.backends.sim.yosys import synth_check

__all__ = ["requires_tools", "layer_model", "random_values", "check_layer_rtl", "RTLCheck"]

requires_tools = pytest.mark.skipif(
    not (have_tool("verilator") and have_tool("iverilog") and have_tool("yosys")),
    reason="verilator, iverilog and yosys are installed by `make test`")


def random_values(rng, dt_name: str, shape) -> np.ndarray:
    """Random legal values of a DataType (BIPOLAR -> +-1) as int64."""
    dt = DataType[dt_name]
    if dt == DataType["BIPOLAR"]:
        return rng.choice(np.array([-1, 1], dtype=np.int64), size=shape)
    return rng.integers(int(dt.min()), int(dt.max()) + 1, size=shape, dtype=np.int64)


def layer_model(op_type: str, in_dtypes: list, n_outputs: int = 1, **attrs):
    """(model, layer) of a single hardware-layer node; inputs in0.., outputs out0.."""
    inputs = [f"in{i}" for i in range(len(in_dtypes))]
    outputs = [f"out{j}" for j in range(n_outputs)]
    node = make_layer_node(op_type, inputs, outputs, name=f"{op_type}_0", **attrs)
    layer = getCustomOp(node)
    shapes = [list(layer.get_normal_input_shape(i)) for i in range(len(inputs))]
    graph = helper.make_graph(
        [node], "rtl_check",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in zip(inputs, shapes)],
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, None) for n in outputs])
    opsets = [helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=opsets))
    for name, dt in zip(inputs, in_dtypes):
        model.set_tensor_datatype(name, DataType[dt])
    return model, getCustomOp(model.graph.node[0])


@dataclass
class RTLCheck:
    """What :func:`check_layer_rtl` measured."""

    cycles: int
    exp_cycles: int
    stalled_cycles: int
    cells: dict | None
    latency_cycles: int = -1  #: cycle of the first output beat of the plain run


def _golden(model, layer, arrays):
    """The layer's numpy model, run through its CustomOp (any batch size)."""
    context = {f"in{i}": a.astype(np.float64) for i, a in enumerate(arrays)}
    layer.execute_node(context, model.graph)
    return [context[name] for name in layer.onnx_node.output]


def _simulate(tmp_path, model, layer, arrays, golden, stall, seed):
    run = simulate_node(layer, arrays, tmp_path / "rtl", model, stall=stall, seed=seed,
                        watchdog_cycles=5000)
    for j, expected in enumerate(golden):
        np.testing.assert_array_equal(run.outputs[j].reshape(expected.shape), expected,
                                      err_msg=f"{layer.where()} output {j} (stall={stall})")
    return run


def check_layer_rtl(tmp_path, model, layer, arrays, *, cycles: int, stall=0.4, seed=0,
                    synth=False, family="xc7") -> RTLCheck:
    """Run every RTL check of one layer configuration (see the module docstring).

    ``arrays``: per input stream, an array of the normal input shape with batch 1; a
    second batch of 3 is streamed under stalls. ``cycles``: the exact cycle count of
    the first run (no stalls: deterministic), from the test's analytic model of the
    core (beats and documented latency); the driver counts the cycle that accepts the
    first input beat as cycle 1.
    """
    plain = _simulate(tmp_path, model, layer, arrays, _golden(model, layer, arrays), None, seed)
    measured, exp = plain.result.cycles, int(layer.get_exp_cycles())
    assert measured == cycles, \
        f"{layer.where()}: {measured} cycles measured, {cycles} expected (get_exp_cycles() {exp})"
    rng = np.random.default_rng(seed + 1)
    batch3 = [np.concatenate([a] + [_shuffle(rng, a) for _ in range(2)]) for a in arrays]
    # under random valid/ready stalls the cycle count follows the stall pattern, not the
    # core: only the values are checked
    stalled = _simulate(tmp_path, model, layer, batch3, _golden(model, layer, batch3), stall,
                        seed)
    gen = generate_node_rtl(layer, tmp_path / "rtl", model)
    assert lint(gen.name, gen.sources) == []
    icarus_compile(gen.name, gen.sources, out=tmp_path / "icarus.vvp")
    cells = synth_check(gen.name, gen.sources, family=family) if synth else None
    return RTLCheck(measured, exp, stalled.result.cycles, cells, plain.result.latency_cycles)


def _shuffle(rng, arr):
    flat = arr.reshape(-1).copy()
    rng.shuffle(flat)
    return flat.reshape(arr.shape)
