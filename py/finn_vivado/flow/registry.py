"""The step registry: every built-in step name mapped to its function.

A step is a function ``(model, cfg) -> model`` (FINN's contract): it reads the
:class:`~finn_vivado.flow.config.BuildConfig`, calls the transforms and backends with
explicit arguments, writes its outputs under ``cfg.output_dir`` and returns the model.
A step whose output product is not in ``generate_outputs`` returns the model unchanged.
Steps live in :mod:`finn_vivado.flow.steps`; a custom step is any callable with the same
signature and is used as it is.
"""

from __future__ import annotations

from typing import Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.step_names import (
    STEP_ALIASES,
    STEP_NAMES_DEFAULT,
    STEP_NAMES_ESTIMATE_ONLY,
    Step,
    canonical_step_name,
    known_step_names,
    step_display_name,
)
from finn_vivado.flow.steps import estimate, fifo, folding, frontend, hw, package, rtlsim, stitch, synth

__all__ = [
    "STEP_ALIASES",
    "STEP_NAMES_DEFAULT",
    "STEP_NAMES_ESTIMATE_ONLY",
    "STEP_TABLE",
    "Step",
    "canonical_step_name",
    "known_step_names",
    "resolve_step",
    "step_display_name",
]

#: Step name -> function, in the default order (FINN's build_dataflow_step_lookup).
STEP_TABLE: dict[str, Step] = {
    "step_qonnx_to_finn": frontend.step_qonnx_to_finn,
    "step_tidy_up": frontend.step_tidy_up,
    "step_streamline": frontend.step_streamline,
    "step_convert_to_hw": frontend.step_convert_to_hw,
    "step_create_dataflow_partition": frontend.step_create_dataflow_partition,
    "step_specialize_layers": frontend.step_specialize_layers,
    "step_target_fps_parallelization": folding.step_target_fps_parallelization,
    "step_apply_folding_config": folding.step_apply_folding_config,
    "step_minimize_bit_width": folding.step_minimize_bit_width,
    "step_generate_estimate_reports": estimate.step_generate_estimate_reports,
    "step_hw_codegen": hw.step_hw_codegen,
    "step_hw_ipgen": hw.step_hw_ipgen,
    "step_set_fifo_depths": fifo.step_set_fifo_depths,
    "step_create_stitched_ip": stitch.step_create_stitched_ip,
    "step_measure_rtlsim_performance": rtlsim.step_measure_rtlsim_performance,
    "step_out_of_context_synthesis": synth.step_out_of_context_synthesis,
    "step_synthesize_bitfile": synth.step_synthesize_bitfile,
    "step_make_pynq_driver": package.step_make_pynq_driver,
    "step_deployment_package": package.step_deployment_package,
}


def resolve_step(step: Union[str, Step]) -> tuple[str, Step]:
    """Return ``(name, function)`` for a step name, alias or custom callable."""
    if isinstance(step, str):
        name = canonical_step_name(step)
        return name, STEP_TABLE[name]
    if callable(step):
        return step_display_name(step), step
    raise FinnVivadoError(
        f"a step must be a step name or a callable (model, cfg) -> model, got {step!r}"
    )
