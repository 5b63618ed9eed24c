"""Named build steps: the registry, FINN's aliases and the default step lists.

A step is a function ``(model, cfg) -> model``.  Built-in steps are looked up by name in
``STEP_TABLE`` ("module:function", imported on first use, so this module stays light and
a step whose module is missing gives a clear error instead of an ImportError).  A custom
step is any callable with that signature; it is used as-is.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Union

from finn_vivado.core.errors import FinnVivadoError

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

#: Step name -> "module:function" implementing it.
STEP_TABLE: dict[str, str] = {
    "step_qonnx_to_finn": "finn_vivado.frontend:step_qonnx_to_finn",
    "step_tidy_up": "finn_vivado.frontend:step_tidy_up",
    "step_streamline": "finn_vivado.frontend:step_streamline",
    "step_convert_to_hw": "finn_vivado.frontend:step_convert_to_hw",
    "step_create_dataflow_partition": "finn_vivado.frontend:step_create_dataflow_partition",
    "step_specialize_layers": "finn_vivado.frontend:step_specialize_layers",
    "step_target_fps_parallelization": "finn_vivado.transforms.folding:step_target_fps_parallelization",
    "step_apply_folding_config": "finn_vivado.transforms.folding:step_apply_folding_config",
    "step_minimize_bit_width": "finn_vivado.transforms.folding:step_minimize_bit_width",
    "step_generate_estimate_reports": "finn_vivado.transforms.estimate:step_generate_estimate_reports",
    "step_hw_codegen": "finn_vivado.backends.rtl.codegen:step_hw_codegen",
    "step_hw_ipgen": "finn_vivado.backends.rtl.codegen:step_hw_ipgen",
    "step_set_fifo_depths": "finn_vivado.backends.sim.fifo_sizing:step_set_fifo_depths",
    "step_create_stitched_ip": "finn_vivado.backends.stitched.top:step_create_stitched_ip",
    "step_measure_rtlsim_performance": "finn_vivado.backends.sim.stitched:step_measure_rtlsim_performance",
    "step_out_of_context_synthesis": "finn_vivado.backends.synth:step_out_of_context_synthesis",
    "step_synthesize_bitfile": "finn_vivado.backends.vivado:step_synthesize_bitfile",
    "step_make_pynq_driver": "finn_vivado.backends.driver:step_make_pynq_driver",
    "step_deployment_package": "finn_vivado.backends.deploy:step_deployment_package",
}


def known_step_names() -> list[str]:
    """All step names accepted in a config: the registry's plus the FINN aliases."""
    return list(STEP_TABLE) + list(STEP_ALIASES)


def canonical_step_name(name: str) -> str:
    """Map an alias to its current name; raise FinnVivadoError for unknown names."""
    name = STEP_ALIASES.get(name, name)
    if name not in STEP_TABLE:
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


def _import_target(name: str, target: str) -> Step:
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if not (module_name == missing or module_name.startswith(missing + ".")):
            raise  # a dependency of an existing module is missing: a real bug
        raise FinnVivadoError(
            f"step {name} is not available in this version of finn-vivado "
            f"(module {module_name} is not installed); remove it from 'steps' or "
            "use stop_step to end the build before it"
        ) from None
    fn = getattr(module, attr, None)
    if not callable(fn):
        raise FinnVivadoError(
            f"step {name} is not available in this version of finn-vivado "
            f"({module_name} has no function {attr}); remove it from 'steps' or "
            "use stop_step to end the build before it"
        )
    return fn


#: steps that only produce one output product (DataflowOutputType value)
STEP_OUTPUT: dict[str, str] = {
    "step_create_stitched_ip": "stitched_ip",
    "step_measure_rtlsim_performance": "rtlsim_performance",
    "step_out_of_context_synthesis": "out_of_context_synth",
    "step_synthesize_bitfile": "bitfile",
    "step_make_pynq_driver": "pynq_driver",
    "step_deployment_package": "deployment_package",
}


def _skipped(name: str, output: str) -> Step:
    def skip(model, cfg):
        print(f"{name}: skipped ({output!r} is not in generate_outputs)")
        return model

    skip.__name__ = name
    return skip


def resolve_build_step(step: Union[str, Step], wanted_outputs) -> tuple[str, Step]:
    """Like :func:`resolve_step`, but a step of an output product that is not requested and
    not available in this version becomes a no-op instead of an error."""
    try:
        return resolve_step(step)
    except FinnVivadoError:
        name = canonical_step_name(step) if isinstance(step, str) else None
        output = STEP_OUTPUT.get(name or "")
        if output is None or output in wanted_outputs:
            raise
        return name, _skipped(name, output)


def resolve_step(step: Union[str, Step]) -> tuple[str, Step]:
    """Return ``(name, function)`` for a step name, alias or custom callable."""
    if isinstance(step, str):
        name = canonical_step_name(step)
        return name, _import_target(name, STEP_TABLE[name])
    if callable(step):
        return step_display_name(step), step
    raise FinnVivadoError(
        f"a step must be a step name or a callable (model, cfg) -> model, got {step!r}"
    )
