"""The folding steps, FINN's names, each ``(model, cfg) -> model``.

- ``step_target_fps_parallelization``: automatic folding for ``target_fps``
  (:func:`finn_vivado.transforms.autofold.auto_fold`);
- ``step_apply_folding_config``: ``folding_config_file``
  (:func:`finn_vivado.transforms.folding.apply_folding_config`);
- ``step_minimize_bit_width``: :func:`finn_vivado.transforms.bitwidth.minimize_bit_width`.

:func:`target_part` is the target device of a build config with its capacities (the
board file's when a board is set), also used by the estimate step's fit check.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.core.boards import PartInfo
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.verify import verify_step
from finn_vivado.transforms.autofold import auto_fold, part_resources
from finn_vivado.transforms.bitwidth import minimize_bit_width
from finn_vivado.transforms.folding import apply_folding_config, write_hw_config
from finn_vivado.transforms.folding_rules import tie_depthwise_windows

__all__ = [
    "step_apply_folding_config",
    "step_minimize_bit_width",
    "step_target_fps_parallelization",
    "target_part",
]

#: the folding transforms' logger (the build log names it; kept from before the steps moved)
log = logging.getLogger("finn_vivado.transforms.folding")


def target_part(cfg: BuildConfig) -> PartInfo:
    """The target device and its capacities: the board file's resources when a board
    is set and its part is used, else the part table of :mod:`finn_vivado.core.boards`."""
    board = cfg.board_info()
    return part_resources(cfg.resolve_fpga_part(), board)


def step_target_fps_parallelization(model: Any, cfg: BuildConfig) -> Any:
    """Fold every layer for cfg.target_fps within the part (no-op without target_fps).

    Writes auto_folding_config.json (FINN's name) and report/auto_folding.json; when the
    target cannot be met, the log names the binding layer and constraint.
    """
    if cfg.target_fps is None:
        return model
    if cfg.minimize_bit_width:
        minimize_bit_width(model)  # fold with the widths the hardware will have
    result = auto_fold(model, target_part(cfg), cfg.target_fps, cfg.synth_clk_period_ns,
                       cfg.mvau_wwidth_max, two_pass=cfg.folding_two_pass_relaxation)
    tie_depthwise_windows(model)
    out = Path(cfg.output_dir)
    write_hw_config(model, out / "auto_folding_config.json")
    report = out / "report" / "auto_folding.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_json(report, result.to_dict())
    print(f"Auto-folding for {result.target_fps:g} fps ({result.target_cycles:,} cycles/frame):"
          f" estimated {result.estimated_fps:,.1f} fps, bottleneck "
          f"{result.max_cycles_node_name} ({result.max_cycles:,} cycles)")
    for line in result.messages():
        log.warning("target_fps=%g not met: %s", cfg.target_fps, line)
    return model


def step_apply_folding_config(model: Any, cfg: BuildConfig) -> Any:
    """Apply cfg.folding_config_file (if any), then verify ``folded_hls_cppsim``."""
    if cfg.folding_config_file:
        model = apply_folding_config(model, cfg.folding_config_file)
    tie_depthwise_windows(model)
    verify_step(model, cfg, "folded_hls_cppsim")
    return model


def step_minimize_bit_width(model: Any, cfg: BuildConfig) -> Any:
    """Shrink weight, threshold and accumulator DataTypes to what the values need
    (when cfg.minimize_bit_width, the default)."""
    if cfg.minimize_bit_width:
        for change in minimize_bit_width(model):
            log.info("minimize_bit_width: %s", change)
    return model
