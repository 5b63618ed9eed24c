"""``outputs_match`` (the build's verification comparison) against near misses.

Its contract (flow/verify.py): exact when the expected output is integer-valued (labels,
hardware integers), 1e-5 relative for float outputs, where the tolerance of an element is
1e-5 of its own magnitude plus 1e-5 of the largest expected magnitude; a shape mismatch
and a NaN on either side always fail. Every near miss below is one a loose comparison
(say ``np.allclose(rtol=.05, atol=1)``) would accept.
"""

import numpy as np
import pytest

from finn_vivado.flow.verify import outputs_match

REL = 1e-5  # the float tolerance outputs_match documents


def _ints():
    return np.random.default_rng(11).integers(-128, 128, size=(3, 1, 10)).astype(np.float32)


def _floats():
    return np.random.default_rng(12).normal(0, 3, size=(3, 1, 10)).astype(np.float32)


def _labels():
    return np.array([[7], [2], [1], [0], [4], [1]], dtype=np.int64)


@pytest.mark.parametrize("make", [_ints, _floats, _labels])
def test_exact_copies_match(make):
    e = make()
    assert outputs_match(e.copy(), e)
    assert outputs_match(e.astype(np.float64), e)  # the dtype alone does not matter


def test_integer_off_by_one_fails():
    e = _ints()
    for index in [(0, 0, 0), (1, 0, 5), (2, 0, 9)]:
        for delta in (1, -1):
            p = e.copy()
            p[index] += delta
            assert not outputs_match(p, e), (index, delta)


def test_large_integer_off_by_one_fails():
    """A relative comparison would call 1e6 + 1 equal to 1e6."""
    e = np.array([[1_000_000, -3, 0, 65_535]], dtype=np.float64)
    p = e.copy()
    p[0, 0] += 1
    assert not outputs_match(p, e)
    p = e.copy()
    p[0, 3] -= 1
    assert not outputs_match(p, e)


def test_integer_expectation_with_a_fraction_fails():
    e = np.array([[1_000_000.0, 1.0, 2.0]])
    assert not outputs_match(e + [[0, 0.5, 0]], e)
    assert not outputs_match(e + [[0, 0, 1e-3]], e)


def test_float_relative_miss_of_1e_3_fails():
    """1e-3 relative off, one element at a time: every element not tiny against the
    largest (tiny ones fall under the tolerance's 1e-5-of-the-largest share, below), and
    every element off by 1e-3 of the largest magnitude."""
    e = _floats()
    big = float(np.abs(e).max())
    for k in range(e.size):
        if abs(float(e.flat[k])) >= 0.1 * big:
            p = e.astype(np.float64)
            p.flat[k] *= 1 + 1e-3
            assert not outputs_match(p, e), k
        p = e.astype(np.float64)
        p.flat[k] += 1e-3 * big
        assert not outputs_match(p, e), k


def _tolerance(e: np.ndarray, index) -> float:
    """The documented tolerance of element ``index`` of the float output ``e``."""
    return REL * abs(float(e[index])) + REL * float(np.abs(e).max())


@pytest.mark.parametrize("index", [(0, 0, 1), (2, 0, 7)])
def test_float_tolerance_right_at_and_just_beyond(index):
    e = _floats().astype(np.float64)
    tol = _tolerance(e, index)
    for sign in (1, -1):
        at = e.copy()
        at[index] += sign * tol * (1 - 1e-6)   # at the tolerance (to a millionth of it)
        assert outputs_match(at, e), ("at", sign)
        beyond = e.copy()
        beyond[index] += sign * tol * 1.01     # 1 % beyond it
        assert not outputs_match(beyond, e), ("beyond", sign)


def test_float_tolerance_is_not_absolute():
    """Values far below the largest magnitude still get only 1e-5 of that magnitude."""
    e = np.array([[1000.0, 0.001, -0.002, 0.5]])
    p = e.copy()
    p[0, 1] += 2.1e-5 * 1000.0  # beyond 1e-5 * 1000 + 1e-5 * 0.001
    assert not outputs_match(p, e)


@pytest.mark.parametrize("produced,expected", [
    (np.zeros((2, 1, 9)), np.zeros((2, 1, 10))),     # one value fewer per sample
    (np.zeros((3, 1, 10)), np.zeros((2, 1, 10))),    # one sample more
    (np.zeros((1,)), np.zeros((2,))),                # flat, different sizes
    (np.zeros((6, 2)), np.zeros((2, 6))),            # same size, other layout
    (np.zeros((2, 3, 4)), np.zeros((2, 4, 3))),      # same size, transposed
])
def test_shape_mismatch_fails(produced, expected):
    assert not outputs_match(produced, expected)
    assert not outputs_match(expected, produced)


def test_unit_axes_and_flat_outputs_match():
    """What the comparison deliberately allows: unit axes, and a flat side of the same size."""
    e = _ints()
    assert outputs_match(e.reshape(3, 10), e)
    assert outputs_match(e.ravel(), e)


@pytest.mark.parametrize("make", [_ints, _floats])
def test_swapped_pair_fails(make):
    e = make()
    for i, j in [(0, 1), (3, 8)]:
        p = e.copy()
        a = p[1, 0, i].copy()
        p[1, 0, i] = p[1, 0, j]
        p[1, 0, j] = a
        assert not np.array_equal(p, e)  # the pair differs
        assert not outputs_match(p, e), (i, j)


def test_swapped_neighbouring_integers_fail():
    """Two elements one apart swapped: each is off by one only."""
    e = np.arange(10, dtype=np.float32)[None, :]
    p = e.copy()
    p[0, [4, 5]] = p[0, [5, 4]]
    assert not outputs_match(p, e)


@pytest.mark.parametrize("where", ["produced", "expected", "both"])
@pytest.mark.parametrize("make", [_ints, _floats])
def test_nan_fails(where, make):
    e = make().astype(np.float64)
    p = e.copy()
    if where in ("produced", "both"):
        p[1, 0, 3] = np.nan
    if where in ("expected", "both"):
        e[1, 0, 3] = np.nan
    assert not outputs_match(p, e)


def test_labels_differing_in_one_entry_fail():
    e = _labels()
    for k in range(len(e)):
        for other in (e[k, 0] + 1, e[k, 0] - 1, 9):
            if other == e[k, 0]:
                continue
            p = e.copy()
            p[k, 0] = other
            assert not outputs_match(p, e), (k, other)
            assert not outputs_match(p.ravel().astype(np.float32), e.ravel())


def test_top_k_labels_in_another_order_fail():
    e = np.array([[3, 1, 7], [0, 2, 9]], dtype=np.int64)
    p = e.copy()
    p[0, [0, 1]] = p[0, [1, 0]]
    assert not outputs_match(p, e)
