"""Resource-model primitives shared by the layers' estimates (LUT, BRAM_18K, URAM, DSP).

The layers are plain Verilog; Vivado or Yosys infer the memories and multipliers from
behavioural code, steered by the ``ram_style`` / ``resType`` attributes. This module
models what that inference produces on 7-series / UltraScale+ fabric; the figures were
measured with Yosys ``synth_xilinx`` on the library cores (``benchmarks/
synth_vs_estimate.py`` compares every layer of real models with synthesis):

- **Block RAM** (``block``): RAMB18 in simple dual-port mode, aspect ratios 16K x 1,
  8K x 2, 4K x 4, 2K x 9, 1K x 18 and 512 x 36. A depth x width memory takes the best of
  ``ceil(depth/d) * ceil(width/w)`` over those ratios (a RAMB36 counts as two).
- **UltraRAM** (``ultra``): 4K x 72 blocks, ``ceil(depth/4096) * ceil(width/72)``.
  URAM cannot be initialised by the bitstream, so constant memories (weight/threshold
  ROMs) never use it unless they are runtime-writeable.
- **Distributed ROM** (``distributed`` for a constant memory): logic, one LUT6 per bit
  per 64 words of the address space (``2**ceil(log2(depth))`` words: a 144-word ROM
  costs as much as a 256-word one), F7/F8 muxes free up to 256 words, one more LUT per
  bit per further 4:1 mux level; one- and two-word ROMs are wiring.
- **Distributed RAM** (``distributed`` for a writeable memory, one write and one read
  port): per 64 words a RAM64M bank (4 LUTs hold 64 x 3), a last bank of up to 32 words
  in RAM32M (4 LUTs hold 32 x 6), and a read mux chain over the banks (one LUT per bit
  per further bank).
- ``auto`` follows Yosys' cost-based choice (the RTL passes "auto" on): a ROM goes to
  block RAM when its bits fill the RAMB18s it would need by more than
  :data:`AUTO_ROM_FILL` (Yosys weighs a RAMB18 against 1/64 LUT per ROM bit), a RAM
  when its LUT-RAM primitives exceed :data:`AUTO_RAM_LUTS` LUTs per RAMB18; otherwise
  ``distributed``.

Logic costs count LUT6s: an n-bit adder or accumulator is n LUTs (one per bit on the
carry chain), an n-bit comparison against a stored threshold n - 2 LUTs, a popcount of n
bits 2 (n - 1) LUTs, a register slice (skid buffer) of n bits n + 5 LUTs, and a
w x a LUT multiplier FINN's ``(2*ceil((w+a)/6) - 1) * (w+a)`` (ChannelwiseOp; the
MVAU/VVAU lanes' products are modelled in :mod:`finn_vivado.layers.dot_lane`).

:class:`LayerResources` (a base of every layer) adds up a layer's logic and memories
into FINN's per-layer resource dict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

__all__ = [
    "AUTO_RAM_LUTS",
    "AUTO_ROM_FILL",
    "LayerResources",
    "RESOURCE_KEYS",
    "Memory",
    "adder_luts",
    "adder_tree_luts",
    "bram18_count",
    "comparator_luts",
    "const_comparator_luts",
    "counter_luts",
    "credit_fifo_luts",
    "distributed_luts",
    "dsp_per_multiplier",
    "dwc_luts",
    "lutram_luts",
    "memory_resources",
    "multiplier_luts",
    "mux_luts",
    "popcount_luts",
    "resolve_memory_style",
    "rom_luts",
    "skid_luts",
    "uram_count",
]

#: Keys of a resource dict, in FINN's report order (efficiencies are added by the layer).
RESOURCE_KEYS = ("BRAM_18K", "LUT", "URAM", "DSP")

#: An auto ROM goes to block RAM when its bits fill the RAMB18s by more than this
#: (Yosys: a RAMB18 costs 129, logic 1/64 per ROM bit: 129 * 64 / 18432).
AUTO_ROM_FILL = 129 * 64 / 18432
#: An auto RAM goes to block RAM when it would take more LUTs of LUT RAM per RAMB18.
AUTO_RAM_LUTS = 76

_BRAM18_SHAPES = ((16384, 1), (8192, 2), (4096, 4), (2048, 9), (1024, 18), (512, 36))
_BRAM18_BITS = 18432
#: Bits of one URAM288 block, for the efficiency figures.
_URAM_BITS = 72 * 4096


@dataclass(frozen=True)
class Memory:
    """One inferred memory of a layer.

    ``style_attr`` names the node attribute that steers it (``ram_style``,
    ``ram_style_thresholds``) or is None (``fixed_style``, else ``auto``); ``copies`` identical
    memories are instantiated; ``writable`` RAMs (line buffers, runtime-writeable
    parameters) cost more as LUTRAM than ROMs and may use URAM.
    """

    name: str
    depth: int
    width: int
    style_attr: Optional[str] = "ram_style"
    copies: int = 1
    writable: bool = False
    fixed_style: Optional[str] = None

    @property
    def bits(self) -> int:
        """Stored bits in all copies."""
        return self.depth * self.width * self.copies


def bram18_count(depth: int, width: int) -> int:
    """RAMB18s for a depth x width simple-dual-port memory (best aspect ratio)."""
    if depth <= 0 or width <= 0:
        return 0
    return min(math.ceil(depth / d) * math.ceil(width / w) for d, w in _BRAM18_SHAPES)


def uram_count(depth: int, width: int) -> int:
    """URAM288 blocks (4K x 72) for a depth x width memory."""
    if depth <= 0 or width <= 0:
        return 0
    return math.ceil(depth / 4096) * math.ceil(width / 72)


def mux_luts(ways: int) -> int:
    """LUTs of one output bit of a ``ways``:1 multiplexer (a LUT6 is a 4:1 mux, F7/F8
    muxes combine four of them for free)."""
    if ways <= 1:
        return 0
    luts = math.ceil(ways / 4)
    return luts + (math.ceil(luts / 4) - 1 if luts > 4 else 0)


def rom_luts(depth: int, width: int) -> int:
    """LUTs of a depth x width ROM in logic (see module doc)."""
    if depth <= 2 or width <= 0:
        return 0  # one or two words: constants and address wiring
    words = 1 << (int(depth) - 1).bit_length()
    banks = math.ceil(words / 64)
    return width * (banks + (math.ceil(banks / 4) - 1 if banks > 4 else 0))


def _lutram_cells(depth: int, width: int) -> tuple[int, int]:
    """(LUTs in RAM64M/RAM32M primitives, banks) of a depth x width LUT RAM."""
    full, rest = divmod(int(depth), 64)
    luts = full * 4 * math.ceil(width / 3)
    if rest:
        luts += 4 * math.ceil(width / (6 if rest <= 32 else 3))
    return luts, full + (1 if rest else 0)


def lutram_luts(depth: int, width: int) -> int:
    """LUTs of a depth x width one-write one-read RAM in LUT RAM (see module doc)."""
    if depth <= 0 or width <= 0:
        return 0
    luts, banks = _lutram_cells(depth, width)
    return luts + width * (banks - 1)


def distributed_luts(depth: int, width: int, writable: bool = False) -> int:
    """LUTs of a depth x width memory in LUT RAM (``writable``) or as a logic ROM."""
    return lutram_luts(depth, width) if writable else rom_luts(depth, width)


def resolve_memory_style(style: str, depth: int, width: int, writable: bool = False) -> str:
    """The concrete style for ``style`` ("auto" resolves like Yosys, see module doc)."""
    if style != "auto":
        return style
    brams = bram18_count(depth, width)
    if brams == 0:
        return "distributed"
    if writable:
        cells = _lutram_cells(depth, width)[0]
        return "block" if cells > AUTO_RAM_LUTS * brams else "distributed"
    return "block" if depth * width > AUTO_ROM_FILL * _BRAM18_BITS * brams else "distributed"


@lru_cache(maxsize=4096)
def memory_resources(mem: Memory, style: str) -> dict[str, int]:
    """LUT, BRAM_18K and URAM of ``mem`` implemented in ``style`` (auto allowed).
    The result is cached: treat it as read-only."""
    style = resolve_memory_style(style, mem.depth, mem.width, mem.writable)
    out = {"LUT": 0, "BRAM_18K": 0, "URAM": 0}
    if style == "block":
        out["BRAM_18K"] = bram18_count(mem.depth, mem.width) * mem.copies
    elif style == "ultra":
        out["URAM"] = uram_count(mem.depth, mem.width) * mem.copies
    else:
        out["LUT"] = distributed_luts(mem.depth, mem.width, mem.writable) * mem.copies
    return out


def adder_luts(bits: int) -> int:
    """LUTs of one ``bits``-wide adder/subtractor or accumulator (carry chain)."""
    return max(int(bits), 0)


def adder_tree_luts(operands: int, bits: int) -> int:
    """LUTs summing ``operands`` values of ``bits`` bits: operands-1 adders whose width
    grows by one bit per tree level."""
    total, level, count = 0, 0, int(operands)
    while count > 1:
        pairs = count // 2
        total += pairs * adder_luts(bits + level)
        count -= pairs
        level += 1
    return total


def popcount_luts(bits: int) -> int:
    """LUTs counting the ones in ``bits`` inputs (bit-parallel adder tree)."""
    return 2 * (int(bits) - 1) if bits > 1 else 0


def comparator_luts(bits: int) -> int:
    """LUTs of one ``bits``-wide magnitude comparison against a stored value (carry
    chain; the two lowest bits fold into the chain's first LUTs)."""
    return max(int(bits) - 2, 1)


def const_comparator_luts(bits: int) -> int:
    """LUTs of one ``bits``-wide comparison against a constant (a one-word threshold
    memory folds into the logic)."""
    return max(math.ceil(2 * int(bits) / 3), 1)


def counter_luts(bits: int) -> int:
    """LUTs of a ``bits``-wide wrapping counter with its terminal-count compare."""
    return int(bits) + 1


def skid_luts(width: int) -> int:
    """LUTs of a ``width``-bit AXI-Stream register slice (finn_axis_skid): one mux
    LUT per bit plus the handshake."""
    return int(width) + 5


def credit_fifo_luts(width: int, depth: int) -> int:
    """LUTs of the output FIFO with credits of MVAU/VVAU/Thresholding
    (finn_credit_fifo): LUT RAM (RAM32M) plus pointers, fill and credit counters."""
    return (75 if depth > 8 else 43) + 4 * math.ceil(int(width) / 6)


def multiplier_luts(wbits: int, abits: int) -> int:
    """LUTs of one ``wbits`` x ``abits`` multiplication written as ``*`` and mapped to
    fabric (FINN-R's model; ChannelwiseOp's "mul"). MVAU/VVAU lanes write no
    multiplication: :mod:`finn_vivado.layers.dot_lane` models their LUT products."""
    total = wbits + abits
    return (2 * math.ceil(total / 6) - 1) * total


def dsp_per_multiplier(wbits: int, abits: int, family: str = "zynq") -> int:
    """DSP slices for one product alone in a slice: DSP48E1/E2 multiply 25 x 18 (27 x 18
    on UltraScale+); wider operands (two's complement widths) tile. MVAU/VVAU lanes put
    two products into one slice where the widths allow
    (:func:`finn_vivado.layers.dot_lane.dsp_pack`)."""
    wide = 27 if family != "zynq" else 25
    big, small = max(wbits, abits), min(wbits, abits)
    return math.ceil(big / wide) * math.ceil(small / 18)


def dwc_luts(in_bits: int, out_bits: int) -> int:
    """LUTs of a stream width converter (StreamingDataWidthConverter): a register slice
    when the widths are equal; an upsizer (slot enables, a counter and an output slice),
    a downsizer (an input slice, an output mux and a counter), or both through the
    least common multiple of the widths."""
    in_bits, out_bits = int(in_bits), int(out_bits)
    if in_bits == out_bits:
        return skid_luts(in_bits)
    lcm = math.lcm(in_bits, out_bits)
    total = 0
    if lcm != in_bits:  # upsizer in_bits -> lcm
        k = lcm // in_bits
        total += skid_luts(lcm) + (k - 1) + counter_luts(max((k - 1).bit_length(), 1)) - 2
    if lcm != out_bits:  # downsizer lcm -> out_bits
        k = lcm // out_bits
        total += skid_luts(lcm) + out_bits * mux_luts(k) + counter_luts(
            max((k - 1).bit_length(), 1))
    return total


class LayerResources:
    """Mixin of :class:`~finn_vivado.layers.base.HWLayer`: the layer's resource estimate
    from its :meth:`memories` and :meth:`logic_estimation` (the hooks a layer overrides),
    under FINN's method names too. Needs ``get_nodeattr`` (memory style attributes)."""

    def memories(self) -> list[Memory]:
        """The memories the layer's RTL infers (parameters, buffers); none by default."""
        return []

    def logic_estimation(self) -> dict[str, int]:
        """LUTs and DSPs of the layer's logic, memories excluded (hook)."""
        return {"LUT": 0, "DSP": 0}

    def memory_style(self, mem: Memory) -> str:
        """The concrete style (block/distributed/ultra) ``mem`` is implemented in."""
        style = self.get_nodeattr(mem.style_attr) if mem.style_attr else (
            mem.fixed_style or "auto")
        return resolve_memory_style(style, mem.depth, mem.width, mem.writable)

    def resource_estimates(self) -> dict[str, float]:
        """FINN's per-layer resource dict: BRAM_18K, BRAM_efficiency, LUT, URAM,
        URAM_efficiency, DSP (logic plus every memory in its selected style)."""
        logic = self.logic_estimation()
        total = {"BRAM_18K": 0, "LUT": int(logic["LUT"]), "URAM": 0, "DSP": int(logic["DSP"])}
        bits = {"BRAM_18K": 0, "URAM": 0}
        for mem in self.memories():
            use = memory_resources(mem, self.memory_style(mem))
            for key, value in use.items():
                total[key] += value
            for key in bits:
                bits[key] += mem.bits if use[key] else 0
        return {
            "BRAM_18K": total["BRAM_18K"],
            "BRAM_efficiency": _efficiency(bits["BRAM_18K"], total["BRAM_18K"], _BRAM18_BITS),
            "LUT": total["LUT"],
            "URAM": total["URAM"],
            "URAM_efficiency": _efficiency(bits["URAM"], total["URAM"], _URAM_BITS),
            "DSP": total["DSP"],
        }

    def node_res_estimation(self, fpgapart=None) -> dict[str, float]:
        """FINN's name for :meth:`resource_estimates` (``fpgapart`` is not needed)."""
        return self.resource_estimates()

    def lut_estimation(self) -> int:
        """Estimated LUTs (logic and distributed memories)."""
        return int(self.resource_estimates()["LUT"])

    def bram_estimation(self) -> int:
        """Estimated RAMB18s (a RAMB36 counts two)."""
        return int(self.resource_estimates()["BRAM_18K"])

    def uram_estimation(self) -> int:
        """Estimated URAM288 blocks."""
        return int(self.resource_estimates()["URAM"])

    def dsp_estimation(self, fpgapart=None) -> int:
        """Estimated DSP slices."""
        return int(self.resource_estimates()["DSP"])

    def bram_efficiency_estimation(self) -> float:
        """Stored bits / capacity of the estimated RAMB18s (1 when none)."""
        return float(self.resource_estimates()["BRAM_efficiency"])

    def uram_efficiency_estimation(self) -> float:
        """Stored bits / capacity of the estimated URAMs (1 when none)."""
        return float(self.resource_estimates()["URAM_efficiency"])


def _efficiency(bits: int, blocks: int, capacity: int) -> float:
    """Share of ``blocks`` memory blocks of ``capacity`` bits actually holding data."""
    return 1 if blocks == 0 else bits / (blocks * capacity)
