import functools
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.registry import (
    STEP_ALIASES,
    STEP_NAMES_DEFAULT,
    STEP_NAMES_ESTIMATE_ONLY,
    STEP_TABLE,
    canonical_step_name,
    resolve_step,
)

DESIGN_ORDER = [
    "step_qonnx_to_finn", "step_tidy_up", "step_streamline", "step_convert_to_hw",
    "step_create_dataflow_partition", "step_specialize_layers",
    "step_target_fps_parallelization", "step_apply_folding_config", "step_minimize_bit_width",
    "step_generate_estimate_reports", "step_hw_codegen", "step_hw_ipgen",
    "step_set_fifo_depths", "step_create_stitched_ip", "step_measure_rtlsim_performance",
    "step_out_of_context_synthesis", "step_synthesize_bitfile", "step_make_pynq_driver",
    "step_deployment_package",
]


def test_default_lists():
    assert list(STEP_NAMES_DEFAULT) == DESIGN_ORDER
    assert list(STEP_NAMES_ESTIMATE_ONLY) == DESIGN_ORDER[:10]
    assert STEP_NAMES_ESTIMATE_ONLY[-1] == "step_generate_estimate_reports"
    assert set(STEP_TABLE) == set(DESIGN_ORDER)


def test_table_holds_the_step_functions_of_the_flow_layer():
    for name, fn in STEP_TABLE.items():
        assert callable(fn) and fn.__name__ == name
        assert fn.__module__.startswith("finn_vivado.flow.steps.")


def test_frontend_steps_live_in_the_frontend_step_module():
    for name in DESIGN_ORDER[:6]:
        assert STEP_TABLE[name].__module__ == "finn_vivado.flow.steps.frontend"


def test_aliases():
    assert canonical_step_name("step_convert_to_hls") == "step_convert_to_hw"
    assert canonical_step_name("step_hls_codegen") == "step_hw_codegen"
    assert canonical_step_name("step_hls_ipgen") == "step_hw_ipgen"
    assert set(STEP_ALIASES.values()) <= set(STEP_TABLE)


def test_unknown_step_lists_known_names():
    with pytest.raises(FinnVivadoError) as err:
        canonical_step_name("step_make_coffee")
    message = str(err.value)
    assert "'step_make_coffee'" in message
    assert "step_tidy_up" in message and "step_hls_codegen" in message


def test_resolve_callable():
    def my_step(model, cfg):
        return model

    assert resolve_step(my_step) == ("my_step", my_step)
    partial = functools.partial(my_step)
    assert resolve_step(partial) == ("my_step", partial)
    with pytest.raises(FinnVivadoError, match="step name or a callable"):
        resolve_step(42)


def test_resolve_name_and_alias_give_the_table_entry(monkeypatch):
    def step_convert_to_hw(model, cfg):
        return model

    monkeypatch.setitem(STEP_TABLE, "step_convert_to_hw", step_convert_to_hw)
    assert resolve_step("step_convert_to_hls") == ("step_convert_to_hw", step_convert_to_hw)


@pytest.mark.parametrize("name", DESIGN_ORDER)
def test_every_step_resolves(name):
    resolved_name, fn = resolve_step(name)
    assert resolved_name == name and fn is STEP_TABLE[name]
