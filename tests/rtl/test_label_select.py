"""LabelSelect core vs the layer model: top-K order, ties, cycles, stalls, tools."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim import lint
from finn_vivado.backends.sim.icarus import icarus_compile
from finn_vivado.backends.sim.yosys import synth_check

from .helpers import requires_tools
from .movement_helpers import check_movement_rtl, compute_model, random_values, tool_checks

pytestmark = requires_tools


def label_select(labels, pe, k, dt, vectors=(1,)):
    return compute_model("LabelSelect", dt, [], Labels=labels, PE=pe, K=k, inputDataType=dt,
                         numInputVectors=list(vectors))


def few_values(rng, shape):
    """Inputs with many ties: values drawn from {-2, 0, 3}."""
    return rng.choice(np.array([-2, 0, 3], dtype=np.int64), size=shape)


CASES = {
    # name: (Labels, PE, K, DataType, numInputVectors, input generator)
    "top1": (10, 1, 1, "INT8", (1,), None),
    "ties_uint2": (12, 2, 3, "UINT2", (1,), None),
    "ties_signed_few_values": (16, 4, 5, "INT4", (1,), few_values),
    "k_is_labels_bipolar": (6, 3, 6, "BIPOLAR", (1,), None),
    "vectors_k_above_beats": (8, 4, 5, "UINT3", (1, 3), None),
    "wide_int16": (100, 4, 5, "INT16", (1,), None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_label_select_matches_model(name):
    labels, pe, k, dt, vectors, draw = CASES[name]
    model, layer = label_select(labels, pe, k, dt, vectors)
    # the layer's model: input beats, then the K results one per cycle
    check_movement_rtl(f"label_select_{name}", model, layer, np.random.default_rng(len(name)),
                       make_input=draw, seed=len(name), cycles=layer.get_exp_cycles())


def test_label_select_all_equal_gives_first_indices():
    """Every value equal: the K lowest indices, in order."""
    model, layer = label_select(9, 3, 4, "INT4")
    check_movement_rtl("label_select_equal", model, layer, np.random.default_rng(0),
                       make_input=lambda rng, shape: np.full(shape, -3, np.int64),
                       cycles=layer.get_exp_cycles())


def test_label_select_tools(tmp_path):
    model, layer = label_select(20, 2, 3, "INT8")
    run = check_movement_rtl("label_select_tools", model, layer, np.random.default_rng(5),
                             cycles=layer.get_exp_cycles())
    tool_checks(run.gen, tmp_path)
    synth_check(run.gen.name, run.gen.sources)


@pytest.mark.parametrize("params,message", [
    ({"PE": 3}, "PE_must_divide_LABELS"),
    ({"K": 11}, "K_must_not_exceed_LABELS"),
    ({"OUT_WIDTH": 3}, "OUT_WIDTH_cannot_hold_every_index"),
])
def test_label_select_rejects_illegal_parameters(params, message):
    base = {"LABELS": 10, "PE": 2, "K": 2, "IN_WIDTH": 4, "OUT_WIDTH": 4}
    base.update(params)
    sources = core_sources("LabelSelect")
    with pytest.raises(FinnVivadoError, match=message):
        icarus_compile("LabelSelect", sources, base)
    assert any(message in line for line in lint("LabelSelect", sources, base))


def test_label_select_random_ties_many_vectors():
    """Random tie patterns over many vectors under stalls."""
    model, layer = label_select(24, 3, 4, "UINT2", (1, 8))
    rng = np.random.default_rng(11)
    check_movement_rtl("label_select_many", model, layer, rng,
                       make_input=lambda r, s: random_values(r, "UINT2", s), frames=4,
                       cycles=layer.get_exp_cycles())
