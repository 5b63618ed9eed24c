"""Shared pieces of the MVAU, VVAU and Thresholding RTL generators (and the memory
file names of every generator with memories, :func:`file_stem`).

Threshold memories (MVAU, VVAU and Thresholding alike) hold one word per channel
fold ``nf`` (``C/PE`` words); threshold ``i`` of channel ``nf*PE + p`` is element
``p*N + i`` of word ``nf`` (element 0 in the least significant bits), each element
a two's complement (or unsigned) integer of the compare width. A threshold tensor
with a single row is shared by all channels and is repeated for each.

Activation parameters of the cores: ``NO_ACT`` (1: pass the accumulator),
``N_STEPS`` (thresholds per channel), ``ACT_VAL`` (offset added to the count) and
``OUT_WIDTH`` (bits per output element). A BIPOLAR output is the count itself
(one threshold; bit 1 = +1), so ``ACT_VAL`` is 0 and ``OUT_WIDTH`` 1. MVAU and VVAU
describe their accumulator by ``ACC_WIDTH`` / ``ACC_SIGNED`` (:func:`accumulator_params`),
also the width of their threshold elements.
"""

from __future__ import annotations

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.layers import numerics

from finn_vivado.backends.rtl.memfile import pack_memory
from finn_vivado.backends.rtl.params import verilog_name
from finn_vivado.backends.rtl.spec import MemInit

__all__ = [
    "int_dtype",
    "check_internal_memory",
    "initializer_of",
    "threshold_matrix",
    "threshold_memory",
    "search_memories",
    "threshold_inits",
    "activation_params",
    "accumulator_params",
    "file_stem",
]


def int_dtype(bits: int, signed: bool):
    """The qonnx DataType INT<bits> / UINT<bits> (BINARY for 1-bit unsigned)."""
    if not signed and bits == 1:
        return DataType["BINARY"]
    return DataType[f"{'INT' if signed else 'UINT'}{int(bits)}"]


def check_internal_memory(layer) -> None:
    """The cores hold weights in ROMs: reject streamed or runtime-writeable weights."""
    attrs = layer.get_nodeattr_types()
    if "mem_mode" in attrs and layer.get_nodeattr("mem_mode") == "external":
        raise layer.illegal("mem_mode", "external", "the RTL core keeps its weights in an "
                            "internal ROM", ["internal_embedded", "internal_decoupled"])
    if "runtime_writeable_weights" in attrs and layer.get_nodeattr("runtime_writeable_weights"):
        raise layer.illegal("runtime_writeable_weights", 1, "the RTL core's weight and "
                            "threshold memories are ROMs initialised at configuration", [0])


def initializer_of(layer, model, ind: int, what: str) -> np.ndarray:
    """The constant input ``ind`` of the layer's node (user error when absent)."""
    value = layer.initializer(model, ind)
    if value is None:
        name = layer.onnx_node.input[ind] if len(layer.onnx_node.input) > ind else "?"
        raise layer.error(f"RTL generation needs the {what} tensor {name} as an "
                          "initializer; pass the model to the generator")
    return np.asarray(value)


def threshold_matrix(layer, thresholds, channels: int) -> np.ndarray:
    """Thresholds as int64 (channels, N); a single row is repeated for every channel."""
    thr = numerics.as_int(thresholds, f"{layer.where()}: thresholds")
    if thr.ndim == 1:
        thr = thr.reshape(1, -1)
    if thr.shape[0] == 1 and channels > 1:
        thr = np.repeat(thr, channels, axis=0)
    if thr.shape[0] != channels or thr.shape[1] < 1:
        raise layer.error(f"threshold tensor has shape {list(thr.shape)}; expected "
                          f"[{channels}, N] or [1, N] with N >= 1 for RTL generation")
    return thr


def threshold_memory(thr: np.ndarray, pe: int, dt, filename: str) -> MemInit:
    """The threshold ROM contents (C/PE words of PE*N elements of ``dt``)."""
    channels, steps = thr.shape
    rows = thr.reshape(channels // pe, pe * steps)
    words, width = pack_memory(rows, dt)
    return MemInit("THRESH_FILE", filename, words, width)


def search_memories(thr: np.ndarray, pe: int, dt, stem: str) -> list[MemInit]:
    """The stage ROMs of the search unit (``finn_thresh_search``) for ``thr``
    (channels, N), each row sorted: ROM (lane p, stage j) holds, at word
    ``fold * 2**j + q``, threshold ``c - 1`` of channel ``fold*PE + p`` for the candidate
    count ``c = (q << (K-j)) | (1 << (K-1-j))`` (0 where c > N), K = bit_length(N).
    All files share the prefix ``<stem>_thresholds`` (parameter THRESH_FILE)."""
    thr = np.sort(thr, axis=1)
    channels, steps = thr.shape
    stages = max(steps.bit_length(), 1)
    lanes = thr.reshape(channels // pe, pe, steps)   # fold, lane, step
    mems = []
    for p in range(pe):
        for j in range(stages):
            cand = (np.arange(1 << j) << (stages - j)) | (1 << (stages - 1 - j))
            valid = cand <= steps
            rows = np.where(valid[None, :], lanes[:, p, np.minimum(cand, steps) - 1], 0)
            words, width = pack_memory(rows.reshape(-1, 1), dt)
            suffix = f"_p{p:04x}_s{j:x}.dat"
            mems.append(MemInit("THRESH_FILE", f"{stem}_thresholds{suffix}", words, width,
                                suffix=suffix))
    return mems


def threshold_inits(layer, thr: np.ndarray, pe: int, dt, bits: int) -> tuple[list, dict]:
    """(memory files, {SEARCH, BLOCK_STAGES}) of the layer's threshold unit for ``thr``
    (channels, N) as elements of ``dt``, compared on ``bits`` bits: the unit
    ``layer.threshold_unit`` picks (:mod:`finn_vivado.layers.threshold_unit`), its stage
    ROMs in block RAM where the layer's memory style says so (the estimate's choice)."""
    stem = file_stem(layer)
    unit = layer.threshold_unit(bits)
    if not unit.search:
        return ([threshold_memory(thr, pe, dt, f"{stem}_thresholds.dat")],
                {"SEARCH": 0, "BLOCK_STAGES": 0})
    block = sum(1 << j for j, mem in enumerate(unit.memories)
                if layer.memory_style(mem) in ("block", "ultra"))
    return search_memories(thr, pe, dt, stem), {"SEARCH": 1, "BLOCK_STAGES": block}


def activation_params(layer, steps: int) -> dict:
    """NO_ACT / N_STEPS / ACT_VAL / OUT_WIDTH for a layer with ``steps`` thresholds
    per channel (0 = no activation)."""
    odt = layer.get_output_datatype()
    if steps == 0:
        return {"NO_ACT": 1, "N_STEPS": 1, "ACT_VAL": 0, "OUT_WIDTH": int(odt.bitwidth())}
    if odt == DataType["BIPOLAR"]:
        return {"NO_ACT": 0, "N_STEPS": steps, "ACT_VAL": 0, "OUT_WIDTH": 1}
    return {"NO_ACT": 0, "N_STEPS": steps, "ACT_VAL": int(layer.get_nodeattr("ActVal")),
            "OUT_WIDTH": int(odt.bitwidth())}


def accumulator_params(layer) -> tuple[dict, object]:
    """({ACC_WIDTH, ACC_SIGNED}, DataType of the threshold elements) of MVAU / VVAU."""
    acc = layer.datatype("accDataType")
    if acc == DataType["BIPOLAR"]:
        raise layer.illegal("accDataType", "BIPOLAR", "an accumulator counts or sums",
                            "INT<n> / UINT<n> holding every accumulator value")
    signed = bool(acc.signed())
    width = max(int(acc.bitwidth()), 2)
    return {"ACC_WIDTH": width, "ACC_SIGNED": int(signed)}, int_dtype(width, signed)


def file_stem(layer) -> str:
    """Prefix of a node's memory files: the node name as an identifier."""
    return verilog_name(layer.onnx_node.name or layer.onnx_node.op_type)
