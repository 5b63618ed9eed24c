"""Console progress of a sweep: a bar per stage on a terminal (stderr) and, above it or
without a terminal, one line per finished candidate (stdout)."""

from __future__ import annotations

import sys
from typing import Any, Mapping, Optional

from finn_vivado.backends.report.charts import fmt

__all__ = ["ConsoleProgress", "candidate_line"]


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
    """Listener for :func:`finn_vivado.explore.sweep.explore`."""

    def __init__(self, lines: bool = True, bar: Optional[bool] = None) -> None:
        self.lines = lines
        self.use_bar = sys.stderr.isatty() if bar is None else bar
        self._bar: Any = None

    def __call__(self, event: str, stage: str, row: Optional[Mapping[str, Any]], done: int,
                 total: int) -> None:
        if event == "start":
            print(f"Stage {stage}: {total} candidate(s)", flush=True)
            if self.use_bar and total:
                from tqdm import tqdm

                self._bar = tqdm(total=total, desc=stage, file=sys.stderr, dynamic_ncols=True)
        elif event == "result" and row is not None:
            self._result(stage, row, done, total)
        elif event == "end" and self._bar is not None:
            self._bar.close()
            self._bar = None

    def _result(self, stage: str, row: Mapping[str, Any], done: int, total: int) -> None:
        if self.lines:
            line = candidate_line(stage, row, done, total)
            if self._bar is not None:
                self._bar.write(line, file=sys.stdout)
            else:
                print(line, flush=True)
        if self._bar is not None:
            self._bar.update(1)
