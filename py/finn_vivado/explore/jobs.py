"""The job of one candidate for one stage: the build config each stage runs with.

- ``estimate`` (stage 1): the estimate-only steps, no verification;
- ``build`` (stage 2): the full flow for the sweep's ``build_outputs`` (by default stitched
  IP, rtlsim performance and out-of-context synthesis), verified by stitched rtlsim
  against the model when a verification input is known.

Folding policies become the ``"Defaults"`` block of the candidate's folding config (on
top of the base config's folding file, when it names one).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.explore.base import Base
from finn_vivado.explore.candidates import Candidate
from finn_vivado.explore.spec import SweepSpec
from finn_vivado.flow.step_names import STEP_NAMES_ESTIMATE_ONLY

__all__ = ["STAGES", "candidate_dir", "make_job"]

STAGES = ("estimate", "build")
#: frames of the rtlsim throughput measurement unless the config sets rtlsim_batch_size
RTLSIM_FRAMES = 10


def candidate_dir(base: Base, key: str) -> Path:
    return base.explore_dir / "candidates" / key


def _folding(cand: Candidate) -> Optional[dict]:
    if not cand.policies:
        return None
    data: dict[str, Any] = {}
    path = cand.config.get("folding_config_file")
    if path:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise FinnVivadoError(f"folding config {path}: cannot read it ({exc})") from None
    defaults = dict(data.get("Defaults") or {})
    defaults.update(cand.policies)
    return {**data, "Defaults": defaults}


def _stage_config(base: Base, cand: Candidate, spec: SweepSpec, stage: str) -> tuple:
    """(build config dict, cache settings) of ``cand`` for ``stage``."""
    config = dict(cand.config)
    if stage == "estimate":
        config.update(steps=list(STEP_NAMES_ESTIMATE_ONLY), generate_outputs=["estimate_reports"],
                      verify_steps=[])
        return config, {"stage": stage}
    verify = base.verify_input() is not None and "stitched_ip" in spec.build_outputs
    config.update(generate_outputs=list(spec.build_outputs),
                  verify_steps=["stitched_ip_rtlsim"] if verify else [])
    config.setdefault("rtlsim_batch_size", RTLSIM_FRAMES)
    settings = {"stage": stage, "outputs": list(spec.build_outputs), "verify": verify,
                "rtlsim_batch_size": config["rtlsim_batch_size"]}
    return config, settings


def make_job(base: Base, cand: Candidate, spec: SweepSpec, stage: str,
             timeout: Optional[float]) -> dict[str, Any]:
    """The job dict :func:`finn_vivado.explore.tasks.run_job` takes."""
    config, settings = _stage_config(base, cand, spec, stage)
    return {"key": cand.key, "stage": stage, "directory": str(candidate_dir(base, cand.key)),
            "model": str(base.model), "config": config, "folding": _folding(cand),
            "settings": settings, "timeout": timeout}
