"""A small PNG reader for screenshot checks (8-bit RGB/RGBA, not interlaced)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np

__all__ = ["read_png"]


def _chunks(data: bytes):
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        yield kind, data[pos + 8:pos + 8 + length]
        pos += 12 + length


def _paeth_row(line: bytearray, prior: bytes, bpp: int) -> None:
    for i in range(len(line)):
        a = line[i - bpp] if i >= bpp else 0
        b = prior[i]
        c = prior[i - bpp] if i >= bpp else 0
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
        line[i] = (line[i] + pred) & 0xFF


def _avg_row(line: bytearray, prior: bytes, bpp: int) -> None:
    for i in range(len(line)):
        a = line[i - bpp] if i >= bpp else 0
        line[i] = (line[i] + ((a + prior[i]) >> 1)) & 0xFF


def read_png(path: Path, max_rows: int | None = None) -> np.ndarray:
    """The image as an (rows, width, 3) uint8 RGB array; only the first ``max_rows`` rows
    are decoded when given (PNG rows depend only on the rows above them)."""
    data = Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG file"
    header, idat = None, bytearray()
    for kind, body in _chunks(data):
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    rows = height if max_rows is None else min(height, max_rows)
    raw = zlib.decompressobj().decompress(bytes(idat), rows * (stride + 1))
    out = np.zeros((rows, stride), dtype=np.uint8)
    prior = np.zeros(stride, dtype=np.uint8)
    for r in range(rows):
        kind, line = raw[r * (stride + 1)], raw[r * (stride + 1) + 1:(r + 1) * (stride + 1)]
        cur = np.frombuffer(line, dtype=np.uint8)
        if kind == 0:
            row = cur.copy()
        elif kind == 1:  # Sub: running sum per channel
            row = (np.cumsum(cur.reshape(-1, bpp), axis=0, dtype=np.uint32) & 0xFF)
            row = row.astype(np.uint8).reshape(-1)
        elif kind == 2:
            row = cur + prior
        else:
            buf = bytearray(line)
            (_avg_row if kind == 3 else _paeth_row)(buf, prior.tobytes(), bpp)
            row = np.frombuffer(bytes(buf), dtype=np.uint8)
        out[r] = row
        prior = row
    return out.reshape(rows, width, bpp)[:, :, :3]
