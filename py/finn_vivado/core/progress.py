"""Progress bars for steps that loop over many nodes or samples.

Bars go to the terminal's stderr (not to the build log, which captures step output) and
are shown only when stderr is a terminal and there are at least ``MIN_ITEMS`` items.
"""

from __future__ import annotations

import sys
from typing import Iterable, Iterator, Optional, TypeVar

__all__ = ["MIN_ITEMS", "progress"]

T = TypeVar("T")

#: Loops shorter than this never show a bar.
MIN_ITEMS = 20


def _terminal_stderr():
    stream = sys.__stderr__
    try:
        return stream if stream is not None and stream.isatty() else None
    except (AttributeError, ValueError):
        return None


def progress(iterable: Iterable[T], desc: str, total: Optional[int] = None) -> Iterator[T]:
    """Iterate over ``iterable``, showing a tqdm bar labelled ``desc`` when useful.

    ``total`` defaults to ``len(iterable)`` when it has one.
    """
    if total is None and hasattr(iterable, "__len__"):
        total = len(iterable)  # type: ignore[arg-type]
    stream = _terminal_stderr()
    if stream is None or (total is not None and total < MIN_ITEMS):
        yield from iterable
        return
    from tqdm import tqdm

    yield from tqdm(iterable, desc=desc, total=total, file=stream, leave=False, dynamic_ncols=True)
