"""The files of a sweep, under ``<output_dir>/explore/``:

- ``results.json``: the sweep, the base config, the stages (candidates, run, cached,
  failed, seconds) and every candidate's row (config point, estimate, measured figures,
  status, build directories);
- ``results.csv``: one line per candidate (:data:`finn_vivado.explore.rows.CSV_FIXED`
  and the swept keys);
- ``pareto.json``: per part, the estimated and the measured front (keys and figures);
- ``folding/<key>.json``: the folding of every chosen candidate (its build's
  ``final_hw_config.json``, else its estimate's), usable as ``folding_config_file``;
- ``index.html``: the page with the fronts plotted (:mod:`finn_vivado.explore.page`).

Every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from finn_vivado.core.fsio import atomic_write, atomic_write_json
from finn_vivado.core.version import __version__
from finn_vivado.explore.base import Base
from finn_vivado.explore.page import write_page
from finn_vivado.explore.pareto import OBJECTIVES
from finn_vivado.explore.rows import CSV_FIXED, csv_record, estimated, measured
from finn_vivado.explore.spec import SweepSpec

__all__ = ["write_outputs"]


def _csv_text(rows: Sequence[Mapping[str, Any]], keys: Sequence[str]) -> str:
    columns = [CSV_FIXED[0], *keys, *CSV_FIXED[1:]]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(csv_record(row))
    return buffer.getvalue()


def _pareto(rows: Sequence[Mapping[str, Any]], fronts: Mapping[str, Mapping[str, list]]) -> dict:
    by_key = {row["key"]: row for row in rows}
    view = {"estimated": estimated, "measured": measured}
    parts: dict[str, Any] = {}
    for kind, per_part in fronts.items():
        for part, keys in per_part.items():
            entry = parts.setdefault(part, {"estimated": [], "measured": []})
            entry[kind] = [{"key": k, "label": by_key[k]["label"], "point": by_key[k]["point"],
                            "figures": view[kind](by_key[k])} for k in keys]
    return {"objectives": [{"figure": name, "goal": "max" if d > 0 else "min"}
                           for name, d in OBJECTIVES],
            "note": "per part, over the candidates that fit it", "parts": parts}


def _foldings(rows: Sequence[dict], folder: Path) -> None:
    for row in rows:
        if not row["chosen"]:
            continue
        figures = measured(row) or estimated(row) or {}
        source = Path(figures.get("folding_config", ""))
        if source.is_file():
            target = folder / f"{row['key']}.json"
            atomic_write(target, source.read_text(encoding="utf-8"))
            row["folding_config"] = str(target)


def write_outputs(base: Base, spec: SweepSpec, rows: list[dict],
                  fronts: Mapping[str, Mapping[str, list]], stages: Mapping[str, Any]) -> dict:
    """Write every output file; returns {name: path}."""
    folder = base.explore_dir
    _foldings(rows, folder / "folding")
    files = {"results_json": folder / "results.json", "results_csv": folder / "results.csv",
             "pareto": folder / "pareto.json", "page": folder / "index.html"}
    summary = {"finn_vivado": __version__, "model": str(base.model), "sweep": spec.to_dict(),
               "base_config": base.config, "stages": dict(stages), "candidates": rows}
    atomic_write_json(files["results_json"], summary, indent=2, default=str)
    atomic_write(files["results_csv"], _csv_text(rows, spec.keys))
    atomic_write_json(files["pareto"], _pareto(rows, fronts), indent=2, default=str)
    write_page(files["page"], base, spec, rows, stages)
    return {name: str(path) for name, path in files.items()}


def read_results(folder: Path) -> dict[str, Any]:
    """The results.json of an explore folder."""
    return json.loads((Path(folder) / "results.json").read_text(encoding="utf-8"))
