"""Simulate one hardware-layer node in Verilator: arrays in, arrays out.

The node's wrapper is generated (:func:`finn_vivado.backends.rtl.generate_node_rtl`), its input
arrays are packed into stream words in the folded shape, and the output words are
unpacked back into arrays of the normal output shape. This is the building block of
node-by-node rtlsim.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from finn_vivado.core.errors import FinnVivadoError

from finn_vivado.core.packing import pack_hex, unpack_words
from finn_vivado.backends.sim.verilator import SimResult, simulate
from finn_vivado.backends.rtl import generate_node_rtl

__all__ = ["NodeSim", "simulate_node"]


@dataclass
class NodeSim:
    """Outputs (normal shape, int64 values) and the measurements of one node run."""

    outputs: list
    result: SimResult
    wrapper: Path


def _batch_of(layer, arrays) -> int:
    batches = set()
    for i, arr in enumerate(arrays):
        per = int(np.prod(layer.get_normal_input_shape(i)[1:]))
        arr = np.asarray(arr)
        if arr.size % per:
            raise FinnVivadoError(f"{layer.where()}: input {i} has {arr.size} values, not a "
                                  f"multiple of {per} (one sample)")
        batches.add(arr.size // per)
    if len(batches) != 1:
        raise FinnVivadoError(f"{layer.where()}: inputs hold different batch sizes "
                              f"{sorted(batches)}")
    return batches.pop()


def simulate_node(layer, arrays, work_dir, model=None, stall=None, seed: int = 0,
                  watchdog_cycles: int = 100_000, timeout_cycles: int | None = None,
                  build_dir=None) -> NodeSim:
    """Run ``arrays`` (one per input stream, any batch size) through the node's RTL.

    Raises :class:`FinnVivadoError` naming the stalled stream if the run does not
    complete.
    """
    gen = generate_node_rtl(layer, Path(work_dir), model)
    batch = _batch_of(layer, arrays)
    words = []
    for i, arr in enumerate(arrays):
        folded = np.asarray(arr).reshape((batch,) + tuple(layer.get_folded_input_shape(i))[1:])
        words.append(pack_hex(folded, layer.get_input_datatype(i)))
    n_out = len(gen.spec.outputs)
    counts = [layer.get_number_output_values(j) * batch for j in range(n_out)]
    res = simulate(gen.name, gen.sources, words, counts, stall=stall, seed=seed,
                   watchdog_cycles=watchdog_cycles, timeout_cycles=timeout_cycles,
                   build_dir=build_dir, data_dir=gen.data_dir).check(layer.where())
    outputs = []
    for j in range(n_out):
        folded = (batch,) + tuple(layer.get_folded_output_shape(j))[1:]
        values = unpack_words(res.outputs[j], layer.get_output_datatype(j), folded)
        outputs.append(values.reshape((batch,) + tuple(layer.get_normal_output_shape(j))[1:]))
    return NodeSim(outputs, res, gen.wrapper)
