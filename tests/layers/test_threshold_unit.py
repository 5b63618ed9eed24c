"""The threshold-unit choice (finn_vivado.layers.threshold_unit)."""

import pytest

from finn_vivado.layers.resources import memory_resources, resolve_memory_style
from finn_vivado.layers.threshold_unit import SEARCH_LOGIC_DEPTH, search_stages, threshold_unit


def _style(mem):
    return resolve_memory_style(mem.fixed_style or "auto", mem.depth, mem.width)


def _unit(steps, bits=9, pe=1, folds=3, obits=8, **kw):
    return threshold_unit(steps, bits, pe, folds, obits, None, _style, **kw)


@pytest.mark.parametrize("steps,stages", [(1, 1), (2, 2), (3, 2), (4, 3), (7, 3), (8, 4),
                                          (255, 8), (256, 9)])
def test_search_stages_hold_every_count(steps, stages):
    assert search_stages(steps) == stages
    assert (1 << stages) > steps >= (1 << (stages - 1))


def test_many_steps_take_the_search_with_one_rom_per_stage_and_lane():
    unit = _unit(255, pe=4)
    assert unit.search
    assert [m.depth for m in unit.memories] == [3 << j for j in range(8)]
    assert all(m.copies == 4 and m.width == 9 for m in unit.memories)
    small = [m for m in unit.memories if m.depth <= SEARCH_LOGIC_DEPTH]
    assert small and all(m.fixed_style == "distributed" for m in small)
    parallel = _unit(255, pe=4, force="parallel")
    assert unit.luts * 10 < parallel.luts


def test_few_steps_keep_the_parallel_compare():
    assert not _unit(1, bits=4, folds=4).search
    assert not _unit(3, bits=6, folds=1).search


def test_runtime_writeable_thresholds_keep_one_writable_memory():
    unit = _unit(255, writable=True)
    assert not unit.search
    assert [m.writable for m in unit.memories] == [True]

