"""The dot-product lane of MVAU and VVAU (``finn_dot_lane``): which datapath a layer's
lanes take and what one lane costs. The rules mirror the core's elaboration-time
choices (its parameters are the layer's DataTypes and resType), so estimate and
hardware agree; the figures were calibrated against Yosys ``synth_xilinx`` on the core
(``benchmarks/mvau_lanes.py`` prints both).

- **popcount** (both operands BIPOLAR): XNOR (or agreement) bits and a popcount.
- **dsp** (resType "dsp", or "auto" with both operands of at least 4 bits; never with a
  BIPOLAR or 1-bit operand): the products in DSP48E1/E2 slices, two per slice when the
  widths allow (:func:`dsp_pack`: e.g. any operands of 4 bits and below, 5 x 5 or
  8 x 4 bits): the pre-adder packs two elements of one operand into a field pair, the B
  port two of the other (a signed low field borrows one from the high field, which the
  slice gets as ``n0 - sign``: a few LUTs), and the middle field of the product is the
  sum of the two products. A lone last element (odd SIMD) takes a slice of its own.
  The adder tree sums the slices' fields (half as many leaves as products) in LUTs;
  with one product per slice, the adders with a product as an operand go into the
  slices' post-adders.
- **lut** (everything else): no multiplication in the RTL. The operand with fewer
  partial-product bits is recoded in radix-4 Booth digits (a BIPOLAR operand is one
  digit +-1); each digit selects 0, +-v or +-2v of the other operand and is added into
  a carry chain, its logic merged with the adder's (one LUT per sum bit). The digits of
  :func:`chain_length` products share one chain (only the chain's first addition needs
  more: a LUT per bit for one of its digit products, two when the two have more than
  six inputs), the chains feed a balanced adder tree.

Every adder is one LUT per sum bit, as wide as its sums (:func:`sum_bits`; Yosys maps
it to a CARRY4 chain); the accumulator is built only when a lane accumulates several
beats (more than one fold).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from qonnx.core.datatype import DataType

from finn_vivado.layers.resources import dsp_per_multiplier, popcount_luts

__all__ = ["DSP_A_BITS", "DSP_B_BITS", "DspPack", "LaneCost", "Operand", "chain_length",
           "signed_bits", "sum_bits",
           "dsp_pack", "lane_cost", "lane_path", "tree_luts"]

#: Multiplier port widths the packing plans for: DSP48E1's 25 x 18 (the pre-adder's
#: result is 25 bits); DSP48E2 (27 x 18) runs the same RTL.
DSP_A_BITS = 25
DSP_B_BITS = 18


@dataclass(frozen=True)
class Operand:
    """One operand type of a lane: raw bits, two's complement or not, BIPOLAR."""

    bits: int
    signed: bool
    bipolar: bool = False

    @classmethod
    def of(cls, dt: DataType) -> "Operand":
        """The operand of a qonnx DataType."""
        if dt == DataType["BIPOLAR"]:
            return cls(1, False, True)
        return cls(dt.bitwidth(), bool(dt.signed()))

    @property
    def decoded(self) -> int:
        """Bits of an element as a two's complement number (the core's XB / WB)."""
        return 2 if self.bipolar else self.bits + (0 if self.signed else 1)

    @property
    def lo(self) -> int:
        """Smallest element value."""
        if self.bipolar:
            return -1
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def hi(self) -> int:
        """Largest element value."""
        if self.bipolar:
            return 1
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1


def signed_bits(lo: int, hi: int) -> int:
    """Bits of the narrowest two's complement type holding [lo, hi]."""
    return max(max(-lo - 1, hi).bit_length() + 1, 1)


def sum_bits(terms: int, x: Operand, w: Operand, simd: int) -> int:
    """Bits the core gives a sum of ``terms`` products (less one: the carry a LUT lane
    leaves to the accumulator); from the decoded widths when a lane of ``simd`` elements
    has ranges too large for the core's integer arithmetic."""
    if x.decoded + w.decoded + (simd - 1).bit_length() > 28:
        return x.decoded + w.decoded + (terms - 1).bit_length()
    pmin, pmax = _products(x, w)
    return signed_bits(terms * pmin - 1, terms * pmax)


def lane_path(x: Operand, w: Operand, res_type: str) -> str:
    """"popcount", "dsp" or "lut": the datapath finn_dot_lane elaborates for inputs
    ``x``, weights ``w`` and RES_TYPE ``res_type`` ("auto", "lut" or "dsp")."""
    if x.bipolar and w.bipolar:
        return "popcount"
    low = min(x.bits, w.bits)
    if not (x.bipolar or w.bipolar) and low >= 2 and (
            res_type == "dsp" or (res_type == "auto" and low >= 4)):
        return "dsp"
    return "lut"


def _products(a: Operand, b: Operand) -> tuple[int, int]:
    corners = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
    return min(corners), max(corners)


def _field(pmin: int, pmax: int, lmin: int, lmax: int) -> int:
    """The core's dsp_field: the smallest K holding sums of two products in [pmin, pmax]
    and the cross product [lmin, lmax] below them."""
    for k in range(2, 30):
        low_fits = (lmin >= -(1 << (k - 1)) and lmax < (1 << (k - 1))) if lmin < 0 \
            else lmax < (1 << k)
        if 2 * pmin >= -(1 << (k - 1)) and 2 * pmax < (1 << (k - 1)) and low_fits:
            return k
    return 30


@dataclass(frozen=True)
class DspPack:
    """How finn_dot_lane uses a DSP slice: ``pairs`` (two products per slice), the field
    width ``k`` and whether the B port's high field needs the borrow correction
    (``borrow``: a subtraction of ``top_bits`` bits per slice)."""

    pairs: bool
    k: int = 0
    borrow: bool = False
    top_bits: int = 0


def dsp_pack(x: Operand, w: Operand) -> DspPack:
    """The core's packing choice for inputs ``x`` and weights ``w`` (see module doc)."""
    if x.decoded + w.decoded > 24:
        return DspPack(False)
    n_is_x = x.decoded < w.decoded or (x.decoded == w.decoded and not x.signed and w.signed)
    n, v = (x, w) if n_is_x else (w, x)
    pmin, pmax = _products(x, w)
    k_n = _field(pmin, pmax, pmin, pmax)
    k_v = _field(pmin, pmax, *_products(v, v))
    fit_n = n.decoded + n.signed + k_n <= DSP_B_BITS and v.decoded + k_n + 1 <= DSP_A_BITS
    fit_v = n.decoded + v.signed + k_v <= DSP_B_BITS and v.decoded + k_v + 1 <= DSP_A_BITS
    low_n = not (n.signed and not v.signed and fit_v)  # B's low field from n
    borrow = n.signed if low_n else v.signed
    fits = fit_n if low_n else fit_v
    if not fits:
        return DspPack(False)
    return DspPack(True, k_n if low_n else k_v, borrow, n.decoded + int(borrow))


def chain_length(simd: int, digits: int) -> int:
    """Products per carry chain of the LUT datapath: two for one-digit products (one
    addition in series); otherwise one (up to three digits: at most two additions in
    series, which closes 200 MHz on xc7 after the operand registers)."""
    return 2 if simd >= 2 and digits == 1 else 1


def tree_luts(leaves: int, bits: int, cap: int, extra: int = 0,
              leaf_adders: bool = True) -> int:
    """LUTs of the core's balanced adder tree over ``leaves`` values of ``bits`` bits:
    each adder as wide as its sums (at most ``cap`` bits), plus ``extra`` LUTs per
    adder. ``leaf_adders=False``: the adders with a leaf as one operand cost nothing
    (a DSP slice's post-adder adds them, when the leaves are its products)."""
    depth = max(int(leaves) - 1, 0).bit_length()
    span = 1 << depth  # leaves padded to a power of two, left-packed
    total = 0
    for level in range(depth):  # adders over subtrees of 2 << level leaves
        size = 1 << level  # leaves under each operand
        for first in range(0, span, 2 * size):
            left = min(max(leaves - first, 0), size)
            right = min(max(leaves - first - size, 0), size)
            if left and right and (leaf_adders or (left > 1 and right > 1)):
                total += min(bits + level + 1, cap) + extra
    return total


@dataclass(frozen=True)
class LaneCost:
    """One lane: its datapath, LUTs (products, tree and accumulator) and DSP slices."""

    path: str
    luts: int
    dsps: int


def _booth(x: Operand, w: Operand) -> tuple[Operand, Operand, int]:
    """(recoded operand r, multiplicand m, digits per product) as the core chooses."""
    dx, dw = (x.decoded + 1) // 2, (w.decoded + 1) // 2
    if x.bipolar or w.bipolar:
        recode_x = x.bipolar
    else:
        recode_x = dx * (w.decoded + 1) < dw * (x.decoded + 1)
    r, m = (x, w) if recode_x else (w, x)
    return r, m, 1 if r.bipolar else (r.decoded + 1) // 2


def _digit(value: int, digit: int) -> int:
    """Radix-4 Booth digit ``digit`` of ``value``: -2 b[2d+1] + b[2d] + b[2d-1]."""
    def bit(i):
        return (value >> i) & 1 if i >= 0 else 0
    return -2 * bit(2 * digit + 1) + bit(2 * digit) + bit(2 * digit - 1)


def _variable(op: Operand, positions) -> set:
    """The distinct variable bits among ``positions`` of an element (sign extension
    repeats the sign bit; an unsigned element is zero above its bits)."""
    if op.bipolar:
        return {0}
    if op.signed:
        return {min(b, op.bits - 1) for b in positions if b >= 0}
    return {b for b in positions if 0 <= b < op.bits}


def _digit_bit_inputs(r: Operand, m: Operand, digit: int, bit: int, tag: str) -> set:
    """The inputs of bit ``bit`` of digit ``digit``'s product (tagged by element)."""
    if r.bipolar:
        return {(tag, "r", 0), *((tag, "m", b) for b in _variable(m, [bit]))}
    twos = any(abs(_digit(v, digit)) == 2 for v in range(r.lo, r.hi + 1))
    recoded = _variable(r, (2 * digit + 1, 2 * digit, 2 * digit - 1))
    multiplicand = _variable(m, (bit, bit - 1) if twos else (bit,))
    return {(tag, "r", b) for b in recoded} | {(tag, "m", b) for b in multiplicand}


def _wide_bits(r: Operand, m: Operand, digits: int, bits: int) -> int:
    """Bits of a chain's first addition whose sum has more than six inputs (two LUTs):
    digit 1 of the first element into its digit 0, or the next element's digit 0."""
    count = 0
    for i in range(bits):
        if digits > 1:
            inputs = (_digit_bit_inputs(r, m, 0, i + 2, "a")
                      | _digit_bit_inputs(r, m, 1, i, "a"))
        else:
            inputs = _digit_bit_inputs(r, m, 0, i, "a") | _digit_bit_inputs(r, m, 0, i, "b")
        count += (len(inputs) > 6) + (len(inputs) > 7)
    return count


def _lut_products(simd: int, x: Operand, w: Operand, cap: int) -> tuple[int, int, int]:
    """(LUTs of the carry chains, chains, chain sum bits) of the LUT datapath: the
    first addition of a chain adds two digit products (one of them gets a LUT of its
    own, and a sum bit a second LUT when its two digit bits have more than six inputs);
    every later digit merges into its adder's LUTs."""
    r, m, digits = _booth(x, w)
    chain = chain_length(simd, digits)
    chains = math.ceil(simd / chain)
    width = min(sum_bits(chain, x, w, simd), cap)
    single = r.bipolar or r.bits == 1 and not r.signed  # digits +-1 / 0..1: no 2v
    qbits = min(m.decoded + (0 if single else 1), width)
    luts = 0
    for i in range(chains):
        steps = min(chain, simd - i * chain) * digits
        if steps == 1:
            luts += qbits
        for t in range(1, steps):
            adder = width - 2 * (t % digits)
            if adder > 0:
                luts += adder
                if t == 1:
                    luts += min(qbits, adder) + _wide_bits(r, m, digits, adder)
    return luts, chains, width


def lane_cost(simd: int, x: Operand, w: Operand, acc_bits: int, res_type: str,
              accumulate: bool = True) -> LaneCost:
    """LUTs and DSPs of one finn_dot_lane of ``simd`` elements (inputs ``x``, weights
    ``w``, accumulator ``acc_bits``); ``accumulate``: more than one fold per output (the
    accumulator adder exists)."""
    path = lane_path(x, w, res_type)
    acc = acc_bits if accumulate else 0
    if path == "popcount":
        return LaneCost(path, simd + popcount_luts(simd) + acc, 0)
    cap = min(sum_bits(simd, x, w, simd), acc_bits)
    if path == "dsp":
        pack = dsp_pack(x, w)
        if pack.pairs:
            slices = math.ceil(simd / 2)
            borrow = slices * pack.top_bits if pack.borrow else 0
            return LaneCost(path, borrow + tree_luts(slices, min(pack.k, cap), cap) + acc,
                            slices)
        tiles = dsp_per_multiplier(x.decoded, w.decoded)
        tree = tree_luts(simd, min(sum_bits(1, x, w, simd), cap), cap, leaf_adders=False)
        return LaneCost(path, tree + acc, simd * tiles)
    products, chains, width = _lut_products(simd, x, w, cap)
    return LaneCost(path, products + tree_luts(chains, width, cap, 1) + acc, 0)
