"""``explore`` for the Tcl app (finn::explore): runs the sweep in this process; one line
per finished candidate goes to stdout (the Tcl side streams it into the console), the
answer is a dict of the files written, the counts and the fronts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from finn_vivado.app.tcl_bridge.options import Options
from finn_vivado.core.errors import FinnVivadoError

__all__ = ["cmd_explore"]


def _answer(result: Any) -> dict[str, Any]:
    rows = result.rows
    fronts = {part: {"estimated": keys, "measured": result.fronts["measured"].get(part, [])}
              for part, keys in result.fronts["estimated"].items()}
    return {
        "output_dir": str(Path(result.files["page"]).parent),
        "results_json": result.files["results_json"], "results_csv": result.files["results_csv"],
        "pareto": result.files["pareto"], "page": result.files["page"],
        "candidates": len(rows), "built": sum(1 for r in rows if r["chosen"]),
        "failed": len(result.failed), "fronts": fronts,
        "folding": {r["key"]: r["folding_config"] for r in rows if r.get("folding_config")},
        "stages": {stage: result.stages[stage] for stage in ("estimate", "build")},
    }


def cmd_explore(opts: Options) -> dict[str, Any]:
    """Run a sweep: --target, --sweep, --config, --output_dir, --workers, --cluster,
    --timeout, --quiet."""
    from finn_vivado.explore.progress import ConsoleProgress
    from finn_vivado.explore.sweep import explore

    target = opts.path("target")
    if target is None:
        raise FinnVivadoError("explore: -model is required")
    workers = opts.number("workers", int)
    result = explore(target, opts.path("config"), opts.path("sweep"),
                     output_dir=opts.path("output_dir"), workers=workers,
                     cluster=opts.str("cluster") or None, timeout=opts.number("timeout"),
                     listener=ConsoleProgress(lines=not opts.flag("quiet"), bar=False))
    return _answer(result)
