"""Harness of the compute-core tests (MVAU, VVAU, Thresholding).

One configuration = one single-node model with constant weights / thresholds. The
layer's numpy model (its CustomOp's ``execute_node``) is the golden reference; the
generated wrapper runs in Verilator without stalls (outputs, and cycles against
``get_exp_cycles()``) and with a batch of 3 under random valid/ready stalls, and the
same batch runs in Icarus under random stalls (testbench ``templates/stream_tb.v.j2``).
The RTL of a configuration is written to a fixed directory under the tool cache, so
an unchanged configuration reuses its Verilator build on the next run (memory files
are read at simulation start, so new contents need no rebuild).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp
from qonnx.util.basic import qonnx_make_model

from finn_vivado.layers import DOMAIN, make_layer_node
from finn_vivado.backends.rtl import generate_node_rtl
from finn_vivado.backends.sim import build, lint, pack_hex, unpack_words
from finn_vivado.backends.sim.icarus import icarus_compile, icarus_run
from finn_vivado.core.packing import padded_width, read_hex, write_hex
from finn_vivado.backends.sim.tools import cache_root
from finn_vivado.core.templating import render

__all__ = ["RTL_CACHE", "ComputeRun", "compute_model", "random_values", "sorted_thresholds",
           "check_compute_rtl", "tool_checks"]

RTL_CACHE = cache_root() / "test-rtl"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def random_values(rng, dt_name: str, shape) -> np.ndarray:
    """Random legal values of a DataType (BIPOLAR -> +-1) as int64."""
    dt = DataType[dt_name]
    if dt == DataType["BIPOLAR"]:
        return rng.choice(np.array([-1, 1], dtype=np.int64), size=shape)
    return rng.integers(int(dt.min()), int(dt.max()) + 1, size=shape, dtype=np.int64)


def sorted_thresholds(rng, rows: int, steps: int, lo: int, hi: int) -> np.ndarray:
    """(rows, steps) ascending integer thresholds drawn from [lo, hi]."""
    return np.sort(rng.integers(lo, hi + 1, size=(rows, steps)), axis=1)


def compute_model(op_type: str, stream_dt: str, consts: list, **attrs):
    """(model, layer): one node with stream input ``in0`` (batch 1) and constant
    inputs ``consts`` = [(name, array, DataType name), ...] in input order."""
    names = ["in0"] + [name for name, _, _ in consts]
    node = make_layer_node(op_type, names, ["out0"], name=f"{op_type}_0", **attrs)
    shape = list(getCustomOp(node).get_normal_input_shape(0))
    graph = helper.make_graph(
        [node], "compute_check",
        [helper.make_tensor_value_info("in0", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("out0", TensorProto.FLOAT, None)])
    opsets = [helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=opsets))
    model.set_tensor_datatype("in0", DataType[stream_dt])
    for name, value, dt in consts:
        model.set_initializer(name, np.asarray(value, dtype=np.float32))
        model.set_tensor_datatype(name, DataType[dt])
    return model, getCustomOp(model.graph.node[0])


def _golden(model, layer, x) -> np.ndarray:
    context = {"in0": x.astype(np.float64)}
    for name in layer.onnx_node.input[1:]:
        context[name] = model.get_initializer(name)
    layer.execute_node(context, model.graph)
    return context["out0"]


def _frames(layer, x) -> int:
    """Number of frames (normal input shapes) in ``x``."""
    return x.size // int(np.prod(layer.get_normal_input_shape(0)))


def _words(layer, x, to_stream):
    folded = to_stream(layer, x) if to_stream else x
    folded = np.asarray(folded).reshape((-1, layer.get_folded_input_shape(0)[-1]))
    return pack_hex(folded, layer.get_input_datatype(0))


def _compare(layer, words, golden, what):
    shape = (len(words), layer.get_folded_output_shape(0)[-1])
    got = unpack_words(words, layer.get_output_datatype(0), shape)
    np.testing.assert_array_equal(got.reshape(golden.shape), golden,
                                  err_msg=f"{layer.where()}: RTL != numpy ({what})")


def _run(sim, model, layer, x, to_stream, stall, seed):
    """Stream ``x`` (batch on axis 0) through the simulator and compare with the golden."""
    golden = _golden(model, layer, x)
    count = layer.get_number_output_values(0) * _frames(layer, x)
    res = sim.run([_words(layer, x, to_stream)], [count], stall=stall, seed=seed,
                  watchdog_cycles=5000)
    res.check(layer.where())
    _compare(layer, res.outputs[0], golden, f"Verilator, stall={stall}")
    return res


def icarus_stream(gen, layer, words, count, work: Path, stall=(30, 50), seed=1) -> list:
    """Run the wrapper in Icarus with random stalls (percent of cycles); output words."""
    work.mkdir(parents=True, exist_ok=True)
    in_file, out_file = write_hex(work / "in.hex", words), work / "out.hex"
    tb = work / "stream_tb.v"
    tb.write_text(render(
        TEMPLATES, "stream_tb.v.j2", top=gen.name, n_in=len(words), n_out=count,
        in_width=padded_width(layer.get_instream_width(0)),
        out_width=padded_width(layer.get_outstream_width(0)), in_file=in_file,
        out_file=out_file, stall_in=stall[0], stall_out=stall[1], seed=seed,
        timeout=100 * (len(words) + count) + 1000))
    vvp = icarus_compile("stream_tb", list(gen.sources) + [tb], out=work / "tb.vvp")
    icarus_run(vvp, cwd=gen.data_dir)   # where the wrapper's $readmemh file names resolve
    return read_hex(out_file)


#: most cycles a compute core's pipeline adds to the first frame
PIPELINE_FILL = 48


@dataclass
class ComputeRun:
    """What :func:`check_compute_rtl` measured."""

    cycles: int           #: cycles of one frame without stalls
    exp_cycles: int       #: the layer's get_exp_cycles()
    stalled_cycles: int   #: cycles of three frames under stalls
    compile_seconds: float
    gen: object           #: the NodeRTL (wrapper, sources)
    latency_cycles: int = -1  #: cycle of the first output beat of one frame, no stalls


def _check_full_rate_timing(layer, plain, exp: int, latency: int | None) -> None:
    """Exact cycle counts of one frame without stalls (deterministic: no random stalls).

    The analytic model: a frame of ``exp`` = folds x vectors cycles yields ``n_out``
    output beats, one every ``exp / n_out`` cycles (the synapse folds of one output
    beat: SF for MVAU/VVAU, 1 for Thresholding), so the last output leaves exactly
    ``exp - exp / n_out`` cycles after the first. The driver counts the cycle in which
    the first input beat is accepted as cycle 1; an output whose last input beat was
    accepted in cycle k leaves in cycle k + the pipeline latency. With the core's
    documented ``latency`` the first output and the total are pinned too."""
    n_out = layer.get_number_output_values(0)
    assert exp % n_out == 0, f"{layer.where()}: {exp} cycles for {n_out} output beats"
    interval = exp // n_out
    assert plain.cycles - plain.latency_cycles == exp - interval, \
        (f"{layer.where()}: outputs from cycle {plain.latency_cycles} to {plain.cycles}, "
         f"expected {n_out} beats every {interval} cycles")
    if latency is not None:
        assert plain.latency_cycles == interval + latency, \
            f"{layer.where()}: first output in cycle {plain.latency_cycles}, documented " \
            f"latency {latency} after the {interval} cycles of its input"
        assert plain.cycles == exp + latency, \
            f"{layer.where()}: {plain.cycles} cycles, expected {exp} + latency {latency}"


def check_compute_rtl(key: str, model, layer, rng, to_stream=None, stall=(0.3, 0.5),
                      seed=0, latency: int | None = None) -> ComputeRun:
    """Golden vs Verilator (no stalls, exact cycles; then batch 3 under stalls) and vs
    Icarus (batch 3 under stalls) for one configuration. ``key`` names its RTL
    directory; ``to_stream`` reorders the layer input into the stream's beat order when
    that differs from a plain reshape; ``latency``: the core's documented pipeline
    latency (None where it is an implementation detail: MVAU/VVAU lanes)."""
    gen = generate_node_rtl(layer, RTL_CACHE / key, model)
    sim = build(gen.name, gen.sources, 1, 1)
    idt = layer.get_input_datatype(0).name
    shape = tuple(layer.get_normal_input_shape(0))
    x1 = random_values(rng, idt, shape)
    plain = _run(sim, model, layer, x1, to_stream, None, seed)
    exp = int(layer.get_exp_cycles())
    _check_full_rate_timing(layer, plain, exp, latency)
    x3 = random_values(rng, idt, (3 * shape[0],) + shape[1:])
    # full rate: each further frame costs exactly get_exp_cycles(); the first one
    # also fills the pipeline (a threshold search takes 2 cycles per count bit)
    steady = _run(sim, model, layer, x3, to_stream, None, seed).cycles - plain.cycles
    assert steady == 2 * exp, \
        f"{layer.where()}: 2 more frames took {steady} cycles, get_exp_cycles() = {exp}"
    # without a documented latency, the first frame's fill is bounded only
    assert exp <= plain.cycles <= exp + PIPELINE_FILL, \
        f"{layer.where()}: {plain.cycles} cycles measured, get_exp_cycles() = {exp}"
    # under random valid/ready stalls the cycle count follows the stall pattern, not the
    # core: only the values are checked
    stalled = _run(sim, model, layer, x3, to_stream, stall, seed)
    count = layer.get_number_output_values(0) * _frames(layer, x3)
    words = icarus_stream(gen, layer, _words(layer, x3, to_stream), count,
                          RTL_CACHE / key / "icarus")
    _compare(layer, words, _golden(model, layer, x3), "Icarus, random stalls")
    return ComputeRun(plain.cycles, exp, stalled.cycles, sim.compile_seconds, gen,
                      plain.latency_cycles)


def tool_checks(gen, tmp_path) -> None:
    """``verilator --lint-only -Wall`` clean and ``iverilog -g2005`` compiles."""
    assert lint(gen.name, gen.sources) == []
    icarus_compile(gen.name, gen.sources, out=tmp_path / "icarus.vvp")
