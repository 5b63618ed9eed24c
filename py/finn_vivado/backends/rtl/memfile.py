"""``$readmemh`` initialisation files for weight and threshold memories.

Format (read by Verilator, Icarus, Yosys and Vivado alike): one memory word per line,
word 0 first, in hexadecimal with a fixed number of digits (``ceil(width / 4)``), no
address markers and no comments. A word packs several elements like a stream beat:
element 0 in the least significant bits, each in its DataType's bit width.

For a weight memory of a layer with PE x SIMD lanes, build the (depth, PE*SIMD)
element array in the order the core reads it and call :func:`pack_memory`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from finn_vivado.core.fsio import atomic_write
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.packing import beat_width, pack_words

__all__ = ["pack_memory", "memh_lines", "write_memh", "read_memh"]


def pack_memory(values, dt) -> tuple[list[int], int]:
    """(depth, lanes) element array -> (words, bits per word); element 0 in the LSBs."""
    arr = np.asarray(values)
    if arr.ndim != 2:
        raise FinnVivadoError(f"memory contents must be (depth, lanes); got shape "
                              f"{list(arr.shape)}")
    return pack_words(arr, dt), beat_width(dt, arr.shape[1])


def memh_lines(words, width: int) -> list[str]:
    """Words -> ``$readmemh`` lines of ``ceil(width / 4)`` hex digits."""
    digits = max(1, -(-int(width) // 4))
    limit = 1 << int(width)
    lines = []
    for index, word in enumerate(words):
        word = int(word)
        if not 0 <= word < limit:
            raise FinnVivadoError(f"memory word {index} = {word} does not fit in {width} bits")
        lines.append(format(word, f"0{digits}x"))
    return lines


def write_memh(path, words, width: int) -> Path:
    """Write a ``$readmemh`` file; returns its absolute path."""
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = memh_lines(words, width)
    atomic_write(path, "\n".join(lines) + ("\n" if lines else ""))
    return path


def read_memh(path) -> list[int]:
    """Read a ``$readmemh`` file back into ints (``//`` comments and blanks skipped)."""
    words = []
    for line in Path(path).read_text().splitlines():
        text = line.split("//", 1)[0].strip()
        if text and not text.startswith("@"):
            words.append(int(text, 16))
    return words
