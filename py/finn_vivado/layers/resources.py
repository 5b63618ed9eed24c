"""Resource-model primitives shared by the layers' estimates (LUT, BRAM_18K, URAM, DSP).

The layers are plain Verilog; Vivado or Yosys infer the memories and multipliers from
behavioural code, steered by the ``ram_style`` / ``resType`` attributes. This module
models what that inference produces on 7-series / UltraScale+ fabric:

- **Block RAM** (``block``): RAMB18 in simple dual-port mode, aspect ratios 16K x 1,
  8K x 2, 4K x 4, 2K x 9, 1K x 18 and 512 x 36. A depth x width memory takes the best of
  ``ceil(depth/d) * ceil(width/w)`` over those ratios (a RAMB36 counts as two).
- **UltraRAM** (``ultra``): 4K x 72 blocks, ``ceil(depth/4096) * ceil(width/72)``.
  URAM cannot be initialised by the bitstream, so constant memories (weight/threshold
  ROMs) never use it unless they are runtime-writeable.
- **Distributed** (``distributed``): a ROM is one LUT6 per bit per 64 words (64 x 1 ROM),
  with F7/F8 muxes free up to 256 words and one LUT per bit per further 4:1 mux level; a
  writeable RAM with one write and one read port uses RAM32M (4 LUTs hold 32 x 6) up to
  32 words and RAM64M (4 LUTs hold 64 x 3) per 64 words beyond.
- **Shift registers** (FIFOs up to 32 deep): one SRLC32E LUT per bit per 32 words.
- ``auto`` resolves deterministically (the RTL emits the same choice as an explicit
  ``(* ram_style *)`` / ``(* rom_style *)`` attribute, so estimate and synthesis agree):
  ``block`` when the memory has more than 64 words and at least :data:`AUTO_BLOCK_BITS`
  bits, otherwise ``distributed``.

Logic costs count LUT6s: an n-bit adder or accumulator is n LUTs (one per bit on the
carry chain), an n-bit comparison n/2 LUTs (two bits per LUT on the carry chain), and a
w x a LUT multiplier FINN's ``(2*ceil((w+a)/6) - 1) * (w+a)``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

__all__ = [
    "AUTO_BLOCK_BITS",
    "RESOURCE_KEYS",
    "Memory",
    "adder_luts",
    "adder_tree_luts",
    "bram18_count",
    "comparator_luts",
    "distributed_luts",
    "dsp_per_multiplier",
    "dwc_luts",
    "memory_resources",
    "multiplier_luts",
    "popcount_luts",
    "resolve_memory_style",
    "srl_luts",
    "uram_count",
]

#: Keys of a resource dict, in FINN's report order (efficiencies are added by the layer).
RESOURCE_KEYS = ("BRAM_18K", "LUT", "URAM", "DSP")

#: Memories with more words than 64 and at least this many bits go to block RAM on auto.
AUTO_BLOCK_BITS = 8192

_BRAM18_SHAPES = ((16384, 1), (8192, 2), (4096, 4), (2048, 9), (1024, 18), (512, 36))


@dataclass(frozen=True)
class Memory:
    """One inferred memory of a layer.

    ``style_attr`` names the node attribute that steers it (``ram_style``,
    ``ram_style_thresholds``) or is None (always ``auto``); ``copies`` identical
    memories are instantiated; ``writable`` RAMs (line buffers, runtime-writeable
    parameters) cost more as LUTRAM than ROMs and may use URAM.
    """

    name: str
    depth: int
    width: int
    style_attr: Optional[str] = "ram_style"
    copies: int = 1
    writable: bool = False

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


def _mux_luts(words: int, width: int, per_lut: int) -> int:
    """LUTs muxing ``ceil(words/per_lut)`` LUT-RAM banks; F7/F8 muxes cover four banks."""
    banks = math.ceil(words / per_lut)
    if banks <= 4:
        return 0
    return width * (math.ceil(banks / 4) - 1)


def distributed_luts(depth: int, width: int, writable: bool = False) -> int:
    """LUTs of a depth x width memory in distributed RAM (``writable``) or LUT ROM."""
    if depth <= 0 or width <= 0 or (depth == 1 and not writable):
        return 0  # a one-word ROM is constant wiring
    if not writable:
        return width * math.ceil(depth / 64) + _mux_luts(depth, width, 64)
    if depth <= 32:
        return 4 * math.ceil(width / 6)
    return 4 * math.ceil(width / 3) * math.ceil(depth / 64) + _mux_luts(depth, width, 64)


def srl_luts(depth: int, width: int) -> int:
    """LUTs of a depth x width shift register built from SRLC32E primitives."""
    if depth <= 0 or width <= 0:
        return 0
    return width * math.ceil(depth / 32)


def resolve_memory_style(style: str, depth: int, width: int) -> str:
    """The concrete style for ``style`` ("auto" resolves by size, see module doc)."""
    if style != "auto":
        return style
    if depth > 64 and depth * width >= AUTO_BLOCK_BITS:
        return "block"
    return "distributed"


@lru_cache(maxsize=4096)
def memory_resources(mem: Memory, style: str) -> dict[str, int]:
    """LUT, BRAM_18K and URAM of ``mem`` implemented in ``style`` (auto allowed).
    The result is cached: treat it as read-only."""
    style = resolve_memory_style(style, mem.depth, mem.width)
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
    """LUTs counting the ones in ``bits`` inputs (XNOR folded into the first level):
    6:3 compressors in the first level, then an adder tree of 3-bit partial counts."""
    if bits <= 1:
        return int(bits)
    groups = math.ceil(bits / 6)
    return 3 * groups + adder_tree_luts(groups, 3)


def comparator_luts(bits: int) -> int:
    """LUTs of one ``bits``-wide magnitude comparison (two bits per LUT on the carry)."""
    return math.ceil(max(int(bits), 1) / 2)


def multiplier_luts(wbits: int, abits: int) -> int:
    """LUTs of one ``wbits`` x ``abits`` multiplier in fabric (FINN-R's model)."""
    total = wbits + abits
    return (2 * math.ceil(total / 6) - 1) * total


def dsp_per_multiplier(wbits: int, abits: int, family: str = "zynq") -> int:
    """DSP slices for one multiplier: DSP48E1/E2 multiply 25 x 18 (27 x 18 on
    UltraScale+); wider operands tile."""
    wide = 27 if family != "zynq" else 25
    big, small = max(wbits, abits), min(wbits, abits)
    return math.ceil(big / wide) * math.ceil(small / 18)


def dwc_luts(in_bits: int, out_bits: int) -> int:
    """LUTs of a stream width converter: a shift register as wide as lcm(in, out)
    (the larger width when one divides the other) plus an 8-LUT beat counter; 0 when
    the widths are equal."""
    if in_bits == out_bits:
        return 0
    return math.lcm(int(in_bits), int(out_bits)) + 8
