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

from finn_vivado.core.fsio import atomic_write
from finn_vivado.core import data_packing as dp
from finn_vivado.core.errors import FinnVivadoError

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


def padded_width(bits: int) -> int:
    """``bits`` rounded up to a multiple of 8 (AXI-Stream TDATA width)."""
    return -(-int(bits) // 8) * 8


def _etype(dt) -> dp.ElementType:
    """The driver's element type of a qonnx DataType (or its name)."""
    name = dt if isinstance(dt, str) else getattr(dt, "name", str(dt))
    try:
        if not isinstance(dt, str) and not dt.is_integer():
            raise ValueError
        return dp.element_type(name)
    except (ValueError, AttributeError):
        raise FinnVivadoError(f"packing: {name!r} cannot be streamed; streams carry integer "
                              f"DataTypes of at most {dp.MAX_BITS} bits, e.g. INT4, UINT8, "
                              "BIPOLAR") from None


def _checked(fn, *args):
    try:
        return fn(*args)
    except ValueError as err:
        raise FinnVivadoError(f"packing: {err}") from None


def beat_width(dt, elems_per_beat: int) -> int:
    """Significant TDATA bits of a beat of ``elems_per_beat`` elements of ``dt``."""
    return _etype(dt).bits * int(elems_per_beat)


def encode_elements(values, dt) -> np.ndarray:
    """Values -> unsigned element codes of ``dt``'s bit width; checks the range."""
    return _checked(dp.encode, values, _etype(dt))


def decode_elements(codes, dt) -> np.ndarray:
    """Unsigned element codes -> values (int64) of ``dt``."""
    return dp.decode(codes, _etype(dt))


def _packed(values, dt) -> np.ndarray:
    """Folded array -> (beats, TDATA bytes) uint8, least significant byte first."""
    arr = np.asarray(values)
    et = _etype(dt)
    if arr.ndim < 1 or arr.shape[-1] < 1:
        raise FinnVivadoError(f"packing: array of shape {list(arr.shape)} has no beat axis; "
                              "pass the folded shape (..., elements per beat)")
    nbytes = dp.stream_bytes(et, arr.shape[-1])
    return _checked(dp.pack_beats, arr, et, nbytes).reshape(-1, nbytes)


def pack_words(values, dt) -> list[int]:
    """Folded array (last axis = elements per beat) -> one int per beat."""
    return [int.from_bytes(row.tobytes(), "little") for row in _packed(values, dt)]


def pack_hex(values, dt) -> list[str]:
    """Folded array -> one hex line per beat (padded width / 4 digits)."""
    return [row[::-1].tobytes().hex() for row in _packed(values, dt)]


def _check_shape(folded_shape, count: int) -> tuple[int, ...]:
    shape = tuple(int(s) for s in folded_shape)
    beats = int(np.prod(shape[:-1])) if len(shape) > 1 else 1
    if count != beats:
        raise FinnVivadoError(f"unpacking: got {count} words; folded shape {list(shape)} "
                              f"needs {beats}")
    return shape


def unpack_words(words, dt, folded_shape) -> np.ndarray:
    """Words (ints) -> int64 values of ``folded_shape`` (inverse of :func:`pack_words`)."""
    et = _etype(dt)
    shape = _check_shape(folded_shape, len(words))
    nbytes = dp.stream_bytes(et, shape[-1])
    mask = (1 << (nbytes * 8)) - 1
    raw = b"".join((int(w) & mask).to_bytes(nbytes, "little") for w in words)
    beats = np.frombuffer(raw, np.uint8).reshape(len(words), nbytes)
    return dp.unpack_beats(beats, et, shape[-1]).reshape(shape)


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
    atomic_write(path, text + "\n" if text else "")
    return path


def read_hex(path) -> list[int]:
    """Read a file of hex lines into ints."""
    return hex_to_words(Path(path).read_text().splitlines())
