import functools
import sys
import types

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


def test_table_targets_are_module_function_strings():
    for name, target in STEP_TABLE.items():
        module, _, function = target.partition(":")
        assert module.startswith("finn_vivado.") and function == name


def test_frontend_steps_live_in_frontend():
    for name in DESIGN_ORDER[:6]:
        assert STEP_TABLE[name] == f"finn_vivado.frontend:{name}"


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


def test_resolve_name_and_alias_imports_lazily(monkeypatch):
    module = types.ModuleType("fv_fake_steps")
    module.step_convert_to_hw = lambda model, cfg: model
    monkeypatch.setitem(sys.modules, "fv_fake_steps", module)
    monkeypatch.setitem(STEP_TABLE, "step_convert_to_hw", "fv_fake_steps:step_convert_to_hw")
    name, fn = resolve_step("step_convert_to_hls")
    assert name == "step_convert_to_hw" and fn is module.step_convert_to_hw


def test_missing_module_is_not_available(monkeypatch):
    monkeypatch.setitem(STEP_TABLE, "step_hw_ipgen", "finn_vivado.no_such_module:step_hw_ipgen")
    with pytest.raises(FinnVivadoError) as err:
        resolve_step("step_hls_ipgen")
    assert "step step_hw_ipgen is not available in this version of finn-vivado" in str(err.value)
    assert err.value.__suppress_context__


def test_missing_function_is_not_available(monkeypatch):
    monkeypatch.setitem(STEP_TABLE, "step_hw_codegen", "finn_vivado.core.errors:step_hw_codegen")
    with pytest.raises(FinnVivadoError, match="step step_hw_codegen is not available"):
        resolve_step("step_hw_codegen")


def test_broken_dependency_is_not_hidden(monkeypatch, tmp_path):
    (tmp_path / "fv_broken_step_module.py").write_text("import fv_dependency_that_is_missing\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(STEP_TABLE, "step_tidy_up", "fv_broken_step_module:step_tidy_up")
    with pytest.raises(ModuleNotFoundError, match="fv_dependency_that_is_missing"):
        resolve_step("step_tidy_up")


@pytest.mark.parametrize("name", DESIGN_ORDER)
def test_every_step_resolves_or_says_not_available(name):
    try:
        resolved_name, fn = resolve_step(name)
    except FinnVivadoError as exc:
        assert "not available in this version" in str(exc)
    else:
        assert resolved_name == name and callable(fn)

