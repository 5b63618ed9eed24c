"""Stream packing: folded numpy arrays <-> AXI-Stream words (FINN's convention).

A folded array's last axis holds the elements of one beat; all other axes are
flattened in C order into the beat sequence. Element 0 of a beat sits in the least
significant bits, each element takes its DataType's bit width (two's complement for
signed types; BIPOLAR +1 -> 1, -1 -> 0) and TDATA is zero-padded to a multiple of
8 bits. Words are Python ints (any width); hex lines are the words in hexadecimal,
most significant digit first, with a fixed number of digits (the padded width / 4).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.errors import FinnVivadoError

__all__ = [
    "padded_width",
    "beat_width",
    "encode_elements",
    "decode_elements",
    "pack_words",
    "unpack_words",
    "pack_hex",
    "unpack_hex",
    "words_to_hex",
    "hex_to_words",
    "write_hex",
    "read_hex",
]

_MAX_ELEMENT_BITS = 62
_CHUNK = 1 << 16  # beats converted per numpy pass


def padded_width(bits: int) -> int:
    """``bits`` rounded up to a multiple of 8 (AXI-Stream TDATA width)."""
    return -(-int(bits) // 8) * 8


def _dtype(dt):
    if isinstance(dt, str):
        try:
            return DataType[dt]
        except (KeyError, AttributeError, ValueError, AssertionError):
            raise FinnVivadoError(f"packing: {dt!r} is not a qonnx DataType name; "
                                  "use e.g. INT4, UINT8, BIPOLAR") from None
    return dt


def _bits(dt) -> int:
    bits = dt.bitwidth()
    if not dt.is_integer() or bits > _MAX_ELEMENT_BITS:
        raise FinnVivadoError(f"packing: DataType {dt.name} cannot be streamed; streams "
                              f"carry integer types of at most {_MAX_ELEMENT_BITS} bits")
    return bits


def beat_width(dt, elems_per_beat: int) -> int:
    """Significant TDATA bits of a beat of ``elems_per_beat`` elements of ``dt``."""
    return _bits(_dtype(dt)) * int(elems_per_beat)


def encode_elements(values, dt) -> np.ndarray:
    """Values -> unsigned element codes (uint64) of ``dt``'s bit width; checks the range."""
    dt = _dtype(dt)
    bits = _bits(dt)
    arr = np.asarray(values)
    ints = np.rint(arr).astype(np.int64) if arr.dtype.kind == "f" else arr.astype(np.int64)
    if arr.dtype.kind == "f" and not np.array_equal(ints, arr):
        raise FinnVivadoError(f"packing: values are not integers; {dt.name} streams "
                              "carry integers")
    if ints.size and not np.all(dt.allowed(ints)):
        lo, hi = int(ints.min()), int(ints.max())
        raise FinnVivadoError(f"packing: values in [{lo}, {hi}] are outside {dt.name}")
    if dt == DataType["BIPOLAR"]:
        return (ints > 0).astype(np.uint64)
    return (ints & ((1 << bits) - 1)).astype(np.uint64)


def decode_elements(codes, dt) -> np.ndarray:
    """Unsigned element codes -> values (int64) of ``dt``."""
    dt = _dtype(dt)
    bits = _bits(dt)
    codes = np.asarray(codes, dtype=np.uint64).astype(np.int64)
    if dt == DataType["BIPOLAR"]:
        return 2 * codes - 1
    if dt.signed():
        return np.where(codes >= (1 << (bits - 1)), codes - (1 << bits), codes)
    return codes


def _beats_to_bytes(codes: np.ndarray, bits: int) -> np.ndarray:
    """(beats, E) element codes -> (beats, padded/8) bytes, least significant first."""
    shifts = np.arange(bits, dtype=np.uint64)
    bitmat = ((codes[..., None] >> shifts) & np.uint64(1)).astype(np.uint8)
    flat = bitmat.reshape(codes.shape[0], -1)
    pad = padded_width(flat.shape[1]) - flat.shape[1]
    if pad:
        flat = np.concatenate([flat, np.zeros((flat.shape[0], pad), np.uint8)], axis=1)
    return np.packbits(flat, axis=1, bitorder="little")


def _bytes_to_beats(raw: np.ndarray, bits: int, elems: int) -> np.ndarray:
    """(beats, nbytes) bytes (least significant first) -> (beats, E) element codes."""
    flat = np.unpackbits(raw, axis=1, bitorder="little")[:, : bits * elems]
    bitmat = flat.reshape(raw.shape[0], elems, bits).astype(np.uint64)
    weights = np.left_shift(np.uint64(1), np.arange(bits, dtype=np.uint64))
    return (bitmat * weights).sum(axis=-1, dtype=np.uint64)


def _folded_codes(values, dt) -> tuple[np.ndarray, int]:
    arr = np.asarray(values)
    if arr.ndim < 1 or arr.shape[-1] < 1:
        raise FinnVivadoError(f"packing: array of shape {list(arr.shape)} has no beat axis; "
                              "pass the folded shape (..., elements per beat)")
    codes = encode_elements(arr, dt).reshape(-1, arr.shape[-1])
    return codes, _bits(_dtype(dt))


def _byte_chunks(values, dt):
    codes, bits = _folded_codes(values, dt)
    for start in range(0, codes.shape[0], _CHUNK):
        yield _beats_to_bytes(codes[start:start + _CHUNK], bits)


def pack_words(values, dt) -> list[int]:
    """Folded array (last axis = elements per beat) -> one int per beat."""
    words: list[int] = []
    for chunk in _byte_chunks(values, dt):
        words.extend(int.from_bytes(row.tobytes(), "little") for row in chunk)
    return words


def pack_hex(values, dt) -> list[str]:
    """Folded array -> one hex line per beat (padded width / 4 digits)."""
    lines: list[str] = []
    for chunk in _byte_chunks(values, dt):
        lines.extend(row[::-1].tobytes().hex() for row in chunk)
    return lines


def _check_shape(folded_shape, count: int) -> tuple[int, ...]:
    shape = tuple(int(s) for s in folded_shape)
    beats = int(np.prod(shape[:-1])) if len(shape) > 1 else 1
    if count != beats:
        raise FinnVivadoError(f"unpacking: got {count} words; folded shape {list(shape)} "
                              f"needs {beats}")
    return shape


def unpack_words(words, dt, folded_shape) -> np.ndarray:
    """Words (ints) -> int64 values of ``folded_shape`` (inverse of :func:`pack_words`)."""
    dt = _dtype(dt)
    shape = _check_shape(folded_shape, len(words))
    bits, elems = _bits(dt), shape[-1]
    nbytes = padded_width(bits * elems) // 8
    mask = (1 << (nbytes * 8)) - 1
    raw = b"".join((int(w) & mask).to_bytes(nbytes, "little") for w in words)
    codes = _bytes_to_beats(np.frombuffer(raw, np.uint8).reshape(len(words), nbytes),
                            bits, elems)
    return decode_elements(codes, dt).reshape(shape)


def unpack_hex(lines, dt, folded_shape) -> np.ndarray:
    """Hex lines -> int64 values of ``folded_shape`` (inverse of :func:`pack_hex`)."""
    return unpack_words(hex_to_words(lines), dt, folded_shape)


def words_to_hex(words, width: int) -> list[str]:
    """Ints -> hex lines of ``padded_width(width) / 4`` digits."""
    digits = padded_width(width) // 4
    return [format(int(w), f"0{digits}x") for w in words]


def hex_to_words(lines) -> list[int]:
    """Hex lines -> ints (blank lines and ``//`` comments are skipped)."""
    words = []
    for line in lines:
        text = line.split("//", 1)[0].strip()
        if text:
            words.append(int(text, 16))
    return words


def write_hex(path, lines) -> Path:
    """Write hex lines (or ints, as minimal hex) to ``path``, one per line."""
    path = Path(path)
    text = "\n".join(line if isinstance(line, str) else format(int(line), "x")
                     for line in lines)
    path.write_text(text + "\n" if text else "")
    return path


def read_hex(path) -> list[int]:
    """Read a file of hex lines into ints."""
    return hex_to_words(Path(path).read_text().splitlines())
