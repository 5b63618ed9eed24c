"""The base of a sweep: the model file and its build config, as ``finn-vivado build``
reads them (a FINN build directory, or an .onnx file with ``--config``).

The config comes back as a dict of the fields the user gave, paths made absolute, minus
the fields the explorer sets per stage (output_dir, steps, outputs, verification) and
``ip_repo`` (each candidate installs its IP into its own build directory). The
verification input (and expected output) default to ``input.npy`` (and
``expected_output.npy``) next to the config when those files exist.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.config import BuildConfig, read_config_file
from finn_vivado.flow.runner import CONFIG_FILE, FOLDING_FILE, MODEL_FILE

__all__ = ["Base", "load_base"]

#: fields the explorer sets itself for each stage
STAGE_FIELDS = ("output_dir", "ip_repo", "steps", "start_step", "stop_step",
                "generate_outputs", "verify_steps")


@dataclass
class Base:
    """Model file, base config (dict, absolute paths) and the sweep's output_dir."""

    model: Path
    config: dict[str, Any]
    output_dir: Path

    @property
    def explore_dir(self) -> Path:
        return self.output_dir / "explore"

    def verify_input(self) -> Optional[str]:
        path = self.config.get("verify_input_npy")
        return path if path and os.path.isfile(path) else None


def _read(target: Path, config: Optional[Union[str, os.PathLike]]) -> tuple:
    """(model, raw config, base dir, default output dir) of a build dir or model file."""
    if target.is_dir():
        model = target / MODEL_FILE
        if not model.is_file():
            raise FinnVivadoError(f"model file not found: {model}; a build directory holds "
                                  "model.onnx and dataflow_build_config.json")
        raw = read_config_file(Path(config) if config else target / CONFIG_FILE)
        if not raw.get("folding_config_file") and (target / FOLDING_FILE).is_file():
            raw["folding_config_file"] = FOLDING_FILE
        return model, raw, target, target / f"output_{target.name}"
    if not target.is_file():
        raise FinnVivadoError(f"model file not found: {target}")
    raw = read_config_file(config) if config else {}
    base = Path(config).resolve().parent if config else Path.cwd()
    return target, raw, base, Path.cwd() / f"output_{target.stem}"


def load_base(target: Union[str, os.PathLike], config: Optional[Union[str, os.PathLike]] = None,
              output_dir: Optional[Union[str, os.PathLike]] = None) -> Base:
    """Read the model and config of ``target`` (see the module doc)."""
    model, raw, base_dir, default_out = _read(Path(target).resolve(), config)
    cfg = BuildConfig.from_dict(raw, base_dir=base_dir)
    resolved = cfg.to_dict()
    out = Path(output_dir) if output_dir else (Path(cfg.output_dir) if raw.get("output_dir")
                                               else default_out)
    fields = {k: resolved[k] for k in raw if k in resolved and k not in STAGE_FIELDS}
    for name, default in (("verify_input_npy", "input.npy"),
                          ("verify_expected_output_npy", "expected_output.npy")):
        if name not in fields and (base_dir / default).is_file():
            fields[name] = str(base_dir / default)
    return Base(model=model, config=fields, output_dir=out.resolve())
