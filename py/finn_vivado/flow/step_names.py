"""Names of the build steps: FINN's default order, the estimate-only prefix and FINN's
old aliases.

Kept apart from :mod:`finn_vivado.flow.registry` (which imports every step) so that the
configuration can check step names without importing the steps.
"""

from __future__ import annotations

from typing import Any, Callable, Union

from finn_vivado.core.errors import FinnVivadoError

__all__ = [
    "STEP_ALIASES",
    "STEP_NAMES_DEFAULT",
    "STEP_NAMES_ESTIMATE_ONLY",
    "Step",
    "canonical_step_name",
    "known_step_names",
    "step_display_name",
]

#: A step: ``(model, cfg) -> model``.
Step = Callable[[Any, Any], Any]

#: The default flow, in order (FINN's default_build_dataflow_steps).
STEP_NAMES_DEFAULT: tuple[str, ...] = (
    "step_qonnx_to_finn",
    "step_tidy_up",
    "step_streamline",
    "step_convert_to_hw",
    "step_create_dataflow_partition",
    "step_specialize_layers",
    "step_target_fps_parallelization",
    "step_apply_folding_config",
    "step_minimize_bit_width",
    "step_generate_estimate_reports",
    "step_hw_codegen",
    "step_hw_ipgen",
    "step_set_fifo_depths",
    "step_create_stitched_ip",
    "step_measure_rtlsim_performance",
    "step_out_of_context_synthesis",
    "step_synthesize_bitfile",
    "step_make_pynq_driver",
    "step_deployment_package",
)

#: Estimate-only flow (FINN's estimate_only_dataflow_steps): no code generation.
STEP_NAMES_ESTIMATE_ONLY: tuple[str, ...] = STEP_NAMES_DEFAULT[
    : STEP_NAMES_DEFAULT.index("step_generate_estimate_reports") + 1
]

#: Old FINN step names, accepted everywhere a step name is.
STEP_ALIASES: dict[str, str] = {
    "step_convert_to_hls": "step_convert_to_hw",
    "step_hls_codegen": "step_hw_codegen",
    "step_hls_ipgen": "step_hw_ipgen",
}


def known_step_names() -> list[str]:
    """All step names accepted in a config: the built-in steps plus the FINN aliases."""
    return list(STEP_NAMES_DEFAULT) + list(STEP_ALIASES)


def canonical_step_name(name: str) -> str:
    """Map an alias to its current name; raise FinnVivadoError for unknown names."""
    name = STEP_ALIASES.get(name, name)
    if name not in STEP_NAMES_DEFAULT:
        raise FinnVivadoError(
            f"unknown step {name!r}. Known steps: {', '.join(known_step_names())}. "
            "A custom step must be passed as a Python callable (model, cfg) -> model."
        )
    return name


def step_display_name(step: Union[str, Step]) -> str:
    """The name a step is reported and saved under (a custom callable's __name__)."""
    if isinstance(step, str):
        return canonical_step_name(step)
    name = getattr(step, "__name__", None) or getattr(getattr(step, "func", None), "__name__", None)
    return name or type(step).__name__
