"""Packing of integer tensors into the byte layout of the accelerator's DMA buffers.

This module is copied verbatim into every generated ``driver/`` directory and needs
only numpy (no finn-vivado, no qonnx), so it runs on the board.

Layout (the accelerator's AXI-Stream convention, DESIGN §5): a *folded* array's last
axis holds the elements of one stream beat; all other axes are flattened in C order
into the beat sequence.  Element 0 of a beat sits in the least significant bits and
every element takes its type's bit width (two's complement for signed types;
BIPOLAR +1 -> 1, -1 -> 0).  The beat's TDATA is zero-padded to whole bytes, and in
memory each beat occupies ``beat_bytes`` bytes (the DMA word, at least the TDATA
bytes), least significant byte first.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np

__all__ = [
    "ElementType",
    "element_type",
    "stream_bytes",
    "encode",
    "decode",
    "pack_beats",
    "unpack_beats",
]

#: widest element a stream carries (codes are handled as 64-bit integers)
MAX_BITS = 62
_FIXED = {"BIPOLAR": (1, False, True), "BINARY": (1, False, False),
          "TERNARY": (2, True, False)}
_NAME = re.compile(r"^(U?)INT([0-9]+)$")


class ElementType(NamedTuple):
    """An integer element type of a stream (a qonnx DataType name)."""

    name: str
    bits: int
    signed: bool
    bipolar: bool

    @property
    def min(self) -> int:
        if self.bipolar or self.name == "TERNARY":
            return -1
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        if self.bipolar or self.name == "TERNARY":
            return 1
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1


def element_type(name: str) -> ElementType:
    """The ElementType of a DataType name: BIPOLAR, BINARY, TERNARY, INTn, UINTn."""
    if name in _FIXED:
        return ElementType(name, *_FIXED[name])
    match = _NAME.match(str(name))
    bits = int(match.group(2)) if match else 0
    if not 1 <= bits <= MAX_BITS:
        raise ValueError(f"{name!r} is not an integer stream type of 1..{MAX_BITS} bits; "
                         "streams carry BIPOLAR, BINARY, TERNARY, INTn or UINTn elements")
    return ElementType(name, bits, match.group(1) == "", False)


def stream_bytes(dt: ElementType, elems: int) -> int:
    """Bytes of a beat of ``elems`` elements: TDATA padded to a multiple of 8 bits."""
    return -(-dt.bits * int(elems) // 8)


def _code_dtype(bits: int) -> type:
    """The narrowest unsigned numpy type holding ``bits``-bit codes."""
    return next(t for t in (np.uint8, np.uint16, np.uint32, np.uint64)
                if np.dtype(t).itemsize * 8 >= bits)


def encode(values, dt: ElementType) -> np.ndarray:
    """Values -> unsigned element codes (the narrowest unsigned type holding them);
    checks they are integers of ``dt``."""
    arr = np.asarray(values)
    ints = arr.astype(np.int64)
    if arr.dtype.kind == "f" and not np.array_equal(ints, arr):
        raise ValueError(f"input values are not integers; a {dt.name} stream carries integers")
    low, high = (int(ints.min()), int(ints.max())) if ints.size else (0, 0)
    if low < dt.min or high > dt.max or (dt.bipolar and np.any(ints == 0)):
        allowed = "-1, +1" if dt.bipolar else f"{dt.min}..{dt.max}"
        raise ValueError(f"input values in [{low}, {high}] are not all {dt.name} "
                         f"(allowed: {allowed})")
    if dt.bipolar:
        return (ints > 0).astype(np.uint8)
    return (ints & ((1 << dt.bits) - 1)).astype(_code_dtype(dt.bits))


def decode(codes, dt: ElementType) -> np.ndarray:
    """Unsigned element codes -> int64 values of ``dt``."""
    codes = np.asarray(codes, dtype=np.uint64).astype(np.int64)
    if dt.bipolar:
        return 2 * codes - 1
    if dt.signed:
        return np.where(codes >= (1 << (dt.bits - 1)), codes - (1 << dt.bits), codes)
    return codes


def _codes_to_bytes(codes: np.ndarray, bits: int) -> np.ndarray:
    """(beats, E) codes -> (beats, ceil(E*bits/8)) bytes, least significant first."""
    beats, elems = codes.shape
    if bits in (8, 16, 32):  # whole bytes per element: a little-endian view
        return codes.astype(f"<u{bits // 8}").view(np.uint8).reshape(beats, -1)
    if bits < 8:  # the low ``bits`` bits of each code byte
        bitmat = np.unpackbits(codes.astype(np.uint8).ravel(),
                               bitorder="little").reshape(-1, 8)[:, :bits]
    else:
        shifts = np.arange(bits, dtype=np.uint64)
        bitmat = ((codes.astype(np.uint64)[:, :, None] >> shifts) & np.uint64(1)).astype(np.uint8)
    return np.packbits(bitmat.reshape(beats, elems * bits), axis=1, bitorder="little")


def _bytes_to_codes(raw: np.ndarray, bits: int, elems: int) -> np.ndarray:
    """(beats, >= ceil(E*bits/8)) bytes -> (beats, E) codes (inverse of the above)."""
    beats = raw.shape[0]
    if bits in (8, 16, 32):
        used = np.ascontiguousarray(raw[:, : elems * bits // 8])
        return used.view(f"<u{bits // 8}").reshape(beats, elems).astype(np.uint64)
    flat = np.unpackbits(raw, axis=1, bitorder="little")[:, : elems * bits]
    bitmat = flat.reshape(beats, elems, bits)
    if bits < 8:
        return np.packbits(bitmat, axis=2, bitorder="little")[:, :, 0].astype(np.uint64)
    weights = np.left_shift(np.uint64(1), np.arange(bits, dtype=np.uint64))
    return (bitmat.astype(np.uint64) * weights).sum(axis=-1, dtype=np.uint64)


def pack_beats(folded, dt: ElementType, beat_bytes: int) -> np.ndarray:
    """Folded values (..., E) -> uint8 array (..., beat_bytes), the DMA buffer layout."""
    arr = np.asarray(folded)
    if arr.ndim < 1 or arr.shape[-1] < 1:
        raise ValueError(f"array of shape {arr.shape} has no beat axis; pass the folded shape")
    elems = arr.shape[-1]
    used = stream_bytes(dt, elems)
    if beat_bytes < used:
        raise ValueError(f"a beat of {elems} x {dt.name} needs {used} bytes, more than "
                         f"the {beat_bytes}-byte DMA word")
    codes = encode(arr, dt).reshape(-1, elems)
    shape = arr.shape[:-1] + (int(beat_bytes),)
    if beat_bytes in (1, 2, 4, 8) and elems * dt.bits <= 64:  # a beat fits one machine word
        word = np.zeros(codes.shape[0], dtype=np.uint64)
        for i in range(elems):
            word |= codes[:, i].astype(np.uint64) << np.uint64(i * dt.bits)
        return word.astype(f"<u{beat_bytes}").view(np.uint8).reshape(shape)
    packed = _codes_to_bytes(codes, dt.bits)
    if used == beat_bytes:
        return packed.reshape(shape)
    out = np.zeros((codes.shape[0], int(beat_bytes)), dtype=np.uint8)
    out[:, :used] = packed
    return out.reshape(shape)


def unpack_beats(packed, dt: ElementType, elems: int) -> np.ndarray:
    """uint8 array (..., beat_bytes) -> int64 values (..., elems); padding is ignored."""
    raw = np.asarray(packed, dtype=np.uint8)
    used = stream_bytes(dt, elems)
    if raw.ndim < 1 or raw.shape[-1] < used:
        raise ValueError(f"packed array of shape {raw.shape} has fewer than the {used} bytes "
                         f"per beat that {elems} x {dt.name} need")
    flat = raw.reshape(-1, raw.shape[-1])[:, :used]
    values = decode(_bytes_to_codes(flat, dt.bits, int(elems)), dt)
    return values.reshape(raw.shape[:-1] + (int(elems),))
