"""Views of one candidate's row: its estimated and measured figures, and the flat record
of ``results.csv``.

A row holds ``key``, ``label``, ``point`` (the swept values), ``part``, ``directory``,
the stage results ``estimate`` and ``build`` (``status``, ``figures``, ``output_dir``,
``seconds``, ``cached``; None when the stage did not run) and the flags ``chosen``,
``on_estimated_front`` and ``on_measured_front``.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from finn_vivado.explore.figures import RESOURCES

__all__ = ["CSV_FIXED", "csv_record", "estimated", "measured"]


def _ok(row: Mapping[str, Any], stage: str) -> Optional[dict]:
    result = row.get(stage)
    if not result or result.get("status") != "ok":
        return None
    return result.get("figures") or None


def estimated(row: Mapping[str, Any]) -> Optional[dict]:
    """The stage-1 figures of a row (None when the estimate failed or did not run)."""
    return _ok(row, "estimate")


def measured(row: Mapping[str, Any]) -> Optional[dict]:
    """The stage-2 figures of a built row: rtlsim throughput and latency, synthesised
    resources; a figure the build did not produce (e.g. no synthesis) is the estimate's
    (``estimated_figures`` names those)."""
    build, estimate = _ok(row, "build"), estimated(row)
    if build is None or estimate is None or "throughput_fps" not in build:
        return None
    merged = {**estimate, **build}
    merged["estimated_figures"] = [name for name in (*RESOURCES, "latency_ns")
                                   if name not in build]
    return merged


#: the columns of results.csv before the swept keys' columns
CSV_FIXED = ("key", "part", "estimate_status", "est_fps", "est_latency_ns", "est_LUT",
             "est_BRAM_18K", "est_URAM", "est_DSP", "est_fits", "chosen", "on_estimated_front",
             "build_status", "verified", "rtlsim_fps", "rtlsim_latency_ns", "synth_LUT",
             "synth_FF", "synth_BRAM_18K", "synth_URAM", "synth_DSP", "fmax_mhz", "fits",
             "on_measured_front", "estimate_seconds", "build_seconds", "estimate_dir",
             "build_dir")


def _stage_columns(row: Mapping[str, Any], stage: str) -> dict[str, Any]:
    result = row.get(stage) or {}
    return {f"{stage}_status": result.get("status", ""),
            f"{stage}_seconds": result.get("seconds", ""),
            f"{stage}_dir": result.get("output_dir", "")}


def csv_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The flat record of one row (columns :data:`CSV_FIXED` plus the swept keys)."""
    est = (row.get("estimate") or {}).get("figures") or {}
    built = (row.get("build") or {}).get("figures") or {}
    record: dict[str, Any] = {"key": row["key"], "part": row["part"], **row["point"]}
    record.update(_stage_columns(row, "estimate"))
    record.update(_stage_columns(row, "build"))
    record.update({"est_fps": est.get("throughput_fps"), "est_latency_ns": est.get("latency_ns"),
                   "est_fits": est.get("fits"), "chosen": row["chosen"],
                   "on_estimated_front": row["on_estimated_front"],
                   "on_measured_front": row["on_measured_front"],
                   "verified": built.get("verified"), "rtlsim_fps": built.get("throughput_fps"),
                   "rtlsim_latency_ns": built.get("latency_ns"), "synth_FF": built.get("FF"),
                   "fmax_mhz": built.get("fmax_mhz"), "fits": built.get("fits")})
    for name in RESOURCES:
        record[f"est_{name}"] = est.get(name)
        record[f"synth_{name}"] = built.get(name)
    return {k: ("" if v is None else v) for k, v in record.items()}
