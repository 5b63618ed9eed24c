"""Harness of the data-movement core tests (sliding window, padding, pooling, top-K,
channelwise ops).

One configuration = one single-node model (stream input ``in0``, constant inputs as
initializers; :func:`compute_model`). The layer's numpy model run through its CustomOp
is the golden reference; the generated wrapper runs in Verilator without stalls
(outputs, and the exact cycle count the test derives) and with a batch of frames under
random valid/ready stalls. RTL goes to a fixed directory per configuration under the
tool cache, so unchanged configurations reuse their Verilator builds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from finn_vivado.backends.rtl import generate_node_rtl
from finn_vivado.backends.sim import build, pack_hex, unpack_words

from .compute_helpers import RTL_CACHE, compute_model, random_values, tool_checks

__all__ = ["MoveRun", "check_movement_rtl", "compute_model", "random_values", "tool_checks"]


@dataclass
class MoveRun:
    """What :func:`check_movement_rtl` measured."""

    cycles: int          #: cycles of one frame without stalls (to the last output)
    exp_cycles: int      #: the layer's get_exp_cycles()
    frames_cycles: int   #: cycles of the stalled batch
    gen: object          #: the NodeRTL (wrapper, sources)
    latency_cycles: int = -1  #: cycle of the first output beat of the plain run


def _golden(model, layer, x) -> np.ndarray:
    context = {"in0": x.astype(np.float64)}
    for name in layer.onnx_node.input[1:]:
        context[name] = model.get_initializer(name)
    layer.execute_node(context, model.graph)
    return context[layer.onnx_node.output[0]]


def _run(sim, model, layer, x, out_to_stream, stall, seed):
    golden = _golden(model, layer, x)
    frames = x.shape[0] // layer.get_normal_input_shape(0)[0]
    count = layer.get_number_output_values(0) * frames
    folded = x.reshape((-1, layer.get_folded_input_shape(0)[-1]))
    res = sim.run([pack_hex(folded, layer.get_input_datatype(0))], [count], stall=stall,
                  seed=seed, watchdog_cycles=5000)
    res.check(layer.where())
    expected = out_to_stream(layer, golden) if out_to_stream else golden
    per_beat = layer.get_folded_output_shape(0)[-1]
    got = unpack_words(res.outputs[0], layer.get_output_datatype(0), (count, per_beat))
    np.testing.assert_array_equal(got.reshape(-1), np.asarray(expected).reshape(-1),
                                  err_msg=f"{layer.where()}: RTL != numpy (stall={stall})")
    return res


def check_movement_rtl(key: str, model, layer, rng, make_input=None, out_to_stream=None,
                       stall=(0.3, 0.5), seed=0, frames=3, *, cycles: int) -> MoveRun:
    """Golden vs Verilator for one configuration: one frame without stalls (values, and
    exactly ``cycles`` cycles: no stalls, so the count is deterministic; the test
    derives it from its analytic model of the core, the driver counting the cycle that
    accepts the first input beat as cycle 1), then ``frames`` frames back to back
    under stalls. ``make_input(rng, shape)`` draws the input (default:
    uniform over the input DataType); ``out_to_stream`` maps the layer output to the
    core's beat order when that differs from a plain reshape."""
    gen = generate_node_rtl(layer, RTL_CACHE / key, model)
    sim = build(gen.name, gen.sources, 1, 1)
    shape = tuple(layer.get_normal_input_shape(0))
    idt = layer.get_input_datatype(0).name
    draw = make_input or (lambda r, s: random_values(r, idt, s))
    plain = _run(sim, model, layer, draw(rng, shape), out_to_stream, None, seed)
    exp = int(layer.get_exp_cycles())
    assert plain.cycles == cycles, \
        f"{layer.where()}: {plain.cycles} cycles measured, {cycles} expected " \
        f"(get_exp_cycles() {exp})"
    batch = draw(rng, (frames * shape[0],) + shape[1:])
    # under random valid/ready stalls the cycle count follows the stall pattern, not the
    # core: only the values are checked
    stalled = _run(sim, model, layer, batch, out_to_stream, stall, seed)
    return MoveRun(plain.cycles, exp, stalled.cycles, gen, plain.latency_cycles)
