"""The multi-threshold unit of Thresholding, MVAU and VVAU: which of the two RTL units a
layer gets, and what it costs. The RTL generators and the estimates both ask
:func:`threshold_unit`, so hardware and model always agree.

- **parallel** (``finn_thresh_act``): every lane compares its value with all T
  thresholds of its channel at once and counts the hits. Thresholds: one memory of
  folds words x PE*T*bits. Logic per lane: T comparators and a T-bit popcount (a
  comparison against a constant when there is a single fold).
- **search** (``finn_thresh_search``): a pipelined binary search over the sorted
  thresholds, one stage per count bit, K = bit_length(T) stages. Stage j of each lane
  reads one threshold from its own ROM of folds * 2**j words x bits; ROMs of at most
  :data:`SEARCH_LOGIC_DEPTH` words are logic, larger ones follow the style attribute.
  Logic per lane: K comparators, the existence checks and the ActVal adder.

The search wins from a few steps on (8-bit activations: 8 comparators instead of 255);
:func:`threshold_unit` picks the cheaper by LUTs plus :data:`BRAM_LUTS` per RAMB18 and
:data:`FF_LUTS` per pipeline flip-flop of the search (2 per stage for value, fold and
decided bits).
"""

from __future__ import annotations

from dataclasses import dataclass

from finn_vivado.layers.resources import (
    Memory,
    adder_luts,
    comparator_luts,
    const_comparator_luts,
    memory_resources,
    popcount_luts,
)

__all__ = ["BRAM_LUTS", "FF_LUTS", "SEARCH_LOGIC_DEPTH", "ThresholdUnit", "search_stages", "threshold_unit"]

#: Stage ROMs of at most this many words are logic (the rule of finn_thresh_search).
SEARCH_LOGIC_DEPTH = 64
#: LUTs a RAMB18 is worth when the two units are compared.
BRAM_LUTS = 64
#: LUTs a flip-flop is worth then (a slice has twice as many flip-flops as LUTs).
FF_LUTS = 0.5


def search_stages(steps: int) -> int:
    """Pipeline stages of the search unit: bits of a count 0..steps."""
    return max(int(steps).bit_length(), 1)


@dataclass(frozen=True)
class ThresholdUnit:
    """The chosen unit of one layer: ``search`` or not, its memories and its LUTs."""

    search: bool
    memories: tuple   #: :class:`~finn_vivado.layers.resources.Memory` objects
    luts: int         #: logic LUTs of all lanes, memories excluded
    ffs: int = 0      #: pipeline flip-flops of all lanes (weighs in the choice only)


def _parallel(steps: int, bits: int, pe: int, folds: int, style_attr) -> ThresholdUnit:
    compare = const_comparator_luts if folds == 1 else comparator_luts
    per_lane = steps * compare(bits) + popcount_luts(steps)
    mem = Memory("thresholds", folds, pe * steps * bits, style_attr)
    return ThresholdUnit(False, (mem,), pe * per_lane)


def _search(steps: int, bits: int, pe: int, folds: int, obits: int,
            style_attr) -> ThresholdUnit:
    stages = search_stages(steps)
    mems = []
    for j in range(stages):
        depth = folds << j
        logic = depth <= SEARCH_LOGIC_DEPTH
        mems.append(Memory(f"thresholds stage {j}", depth, bits,
                           None if logic else style_attr, copies=pe,
                           fixed_style="distributed" if logic else None))
    per_lane = stages * (comparator_luts(bits) + 1) + adder_luts(obits)
    fold_bits = max((folds - 1).bit_length(), 1)
    ffs = 2 * stages * (bits + fold_bits + stages) + obits
    return ThresholdUnit(True, tuple(mems), pe * per_lane, pe * ffs)


def _weighted(unit: ThresholdUnit, style_of) -> float:
    total = unit.luts + FF_LUTS * unit.ffs
    for mem in unit.memories:
        use = memory_resources(mem, style_of(mem))
        total += use["LUT"] + BRAM_LUTS * (use["BRAM_18K"] + 2 * use["URAM"])
    return total


def threshold_unit(steps: int, bits: int, pe: int, folds: int, obits: int,
                   style_attr, style_of, writable: bool = False,
                   force: str | None = None) -> ThresholdUnit:
    """The cheaper unit for ``steps`` thresholds of ``bits`` bits on ``pe`` lanes with
    ``folds`` channel folds and ``obits``-bit outputs. ``style_attr``: the node attribute
    steering the threshold memory; ``style_of(mem)``: the layer's concrete style of a
    memory. Runtime-writeable thresholds keep the parallel unit's single memory.
    ``force`` ("search" / "parallel") overrides the choice."""
    parallel = _parallel(steps, bits, pe, folds, style_attr)
    if writable:
        return ThresholdUnit(False, tuple(Memory(m.name, m.depth, m.width, m.style_attr,
                                                 writable=True) for m in parallel.memories),
                             parallel.luts)
    search = _search(steps, bits, pe, folds, obits, style_attr)
    if force:
        return search if force == "search" else parallel
    return search if _weighted(search, style_of) < _weighted(parallel, style_of) else parallel
