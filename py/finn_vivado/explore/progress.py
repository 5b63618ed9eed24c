"""Console progress of a sweep: a bar per stage on a terminal (stderr) and, above it or
without a terminal, one line per finished candidate (stdout)."""

from __future__ import annotations

import sys
import time
from typing import Any, Mapping, Optional

from finn_vivado.backends.report.charts import fmt

__all__ = ["ConsoleProgress", "candidate_line"]

BAR_WIDTH = 30


def candidate_line(stage: str, row: Mapping[str, Any], done: int, total: int) -> str:
    """``[estimate 3/40] target_fps=1000 ...: ok, 1,250 fps, 3,190 LUT, ... (2.1 s)``."""
    result = row[stage]
    head = f"[{stage} {done}/{total}] {row['label']} [{row['key']}]: "
    if result["status"] != "ok":
        return head + result["status"]
    fig = result.get("figures") or {}
    parts = [f"{fmt(fig[k], 0)} {unit}" for k, unit in
             (("throughput_fps", "fps"), ("LUT", "LUT"), ("BRAM_18K", "BRAM_18K"), ("DSP", "DSP"))
             if fig.get(k) is not None]
    if stage == "estimate" and fig.get("fits") is False:
        parts.append("does not fit")
    if fig.get("verified") is not None:
        parts.append("verified" if fig["verified"] else "verification FAIL")
    when = "cached" if result.get("cached") else f"{result.get('seconds', 0):.1f} s"
    return head + "ok, " + ", ".join(parts) + f" ({when})"


class ConsoleProgress:
    """Listener for :func:`finn_vivado.explore.sweep.explore`: per stage a bar on stderr
    (when it is a terminal, redrawn in place) and one line per candidate on stdout."""

    def __init__(self, lines: bool = True, bar: Optional[bool] = None) -> None:
        self.lines = lines
        self.use_bar = _is_terminal(sys.stderr) if bar is None else bar
        self._drawn = False
        self._start = time.monotonic()

    def __call__(self, event: str, stage: str, row: Optional[Mapping[str, Any]], done: int,
                 total: int) -> None:
        if event == "start":
            print(f"Stage {stage}: {total} candidate(s)", flush=True)
            self._start = time.monotonic()
            self._draw(stage, 0, total)
        elif event == "result" and row is not None:
            if self.lines:
                self._clear()
                print(candidate_line(stage, row, done, total), flush=True)
            self._draw(stage, done, total)
        elif event == "end":
            self._clear()

    def _draw(self, stage: str, done: int, total: int) -> None:
        if not self.use_bar or not total:
            return
        filled = BAR_WIDTH * done // total
        elapsed = time.monotonic() - self._start
        sys.stderr.write(f"\r{stage} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                         f"{done}/{total} {elapsed:.0f} s")
        sys.stderr.flush()
        self._drawn = True

    def _clear(self) -> None:
        if self._drawn:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self._drawn = False


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
