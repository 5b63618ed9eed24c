"""Candidates of a sweep and their content keys.

A candidate is the base build config with one point of the sweep applied. Its *content
key* is a hash of everything its results depend on: the model's bytes, the effective
config (every field, files named by the config replaced by the hash of their contents;
output_dir and the stage-specific fields left out), the folding policies, the
finn-vivado version and the versions of the tools a build runs (Verilator, Yosys, and
Vivado when on PATH). Equal keys mean equal results, so a finished candidate is never
built twice, whatever the sweep it came from.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

from finn_vivado.backends.sim.tools import find_verilator, find_yosys
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.version import __version__
from finn_vivado.explore.spec import POLICY_AXES, SweepSpec
from finn_vivado.flow.config import BuildConfig, merge_overrides

__all__ = ["Candidate", "file_hash", "make_candidates", "tool_versions"]

#: config fields that do not change a candidate's hardware or figures
_VOLATILE = ("output_dir", "verbose", "enable_build_pdb_debug", "steps", "start_step",
             "stop_step", "generate_outputs", "verify_steps", "save_intermediate_models")
#: config fields naming input files (hashed by content)
_FILE_FIELDS = ("folding_config_file", "specialize_layers_config_file", "verify_input_npy",
                "verify_expected_output_npy", "vitis_floorplan_file")
KEY_CHARS = 16


@dataclass
class Candidate:
    """One point of the sweep: its key, swept values, build config and part."""

    key: str
    point: dict[str, Any]
    config: dict[str, Any]          # build config fields (JSON values, absolute paths)
    policies: dict[str, str] = field(default_factory=dict)
    part: str = ""

    @property
    def label(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.point.items()) or "base config"


def file_hash(path: Any) -> Optional[str]:
    """SHA-256 of a file's bytes, or None when it does not exist."""
    if path is None or not os.path.isfile(path):
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _version_of(finder: Any) -> str:
    try:
        return finder().version
    except FinnVivadoError:
        return "missing"


@lru_cache(maxsize=None)
def _tool_versions() -> tuple[tuple[str, str], ...]:
    vivado = shutil.which("vivado")
    return (("verilator", _version_of(find_verilator)), ("yosys", _version_of(find_yosys)),
            ("vivado", os.path.realpath(vivado) if vivado else "missing"))


def tool_versions() -> dict[str, str]:
    """Versions of the tools a build runs (part of every content key)."""
    return dict(_tool_versions())


def _normalised(cfg: BuildConfig) -> dict[str, Any]:
    data = cfg.to_dict()
    for name in _VOLATILE:
        data.pop(name, None)
    for name in _FILE_FIELDS:
        data[name] = file_hash(data.get(name))
    board = data.get("board")
    if isinstance(board, str) and board.endswith(".json"):
        data["board"] = file_hash(board)
    return data


def content_key(model_hash: str, cfg: BuildConfig, policies: Mapping[str, str],
                tools: Mapping[str, str]) -> str:
    """The content key of one candidate (hex, :data:`KEY_CHARS` characters)."""
    payload = {"model": model_hash, "config": _normalised(cfg), "policies": dict(policies),
               "finn_vivado": __version__, "tools": dict(tools)}
    text = json.dumps(payload, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:KEY_CHARS]


def _candidate(base: Mapping[str, Any], point: Mapping[str, Any], model_hash: str,
               tools: Mapping[str, str]) -> Candidate:
    values = {k: v for k, v in point.items() if k not in POLICY_AXES}
    policies = {k: v for k, v in point.items() if k in POLICY_AXES}
    raw = merge_overrides(base, values)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cfg = BuildConfig.from_dict(raw)
        part = cfg.resolve_fpga_part()
    except FinnVivadoError as exc:
        where = " ".join(f"{k}={v}" for k, v in point.items())
        raise FinnVivadoError(f"sweep candidate {where}: {exc}") from None
    return Candidate(key=content_key(model_hash, cfg, policies, tools), point=dict(point),
                     config=raw, policies=policies, part=part)


def make_candidates(model: Path, base: Mapping[str, Any], spec: SweepSpec) -> list[Candidate]:
    """Every candidate of ``spec`` on the base config ``base`` (absolute paths), in the
    spec's order; points giving the same content key are kept once."""
    model_hash = file_hash(model)
    if model_hash is None:
        raise FinnVivadoError(f"model file not found: {model}")
    tools = tool_versions()
    out: dict[str, Candidate] = {}
    for point in spec.points():
        cand = _candidate(base, point, model_hash, tools)
        out.setdefault(cand.key, cand)
    return list(out.values())
