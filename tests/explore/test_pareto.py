"""Pareto fronts and the choice of candidates to build, on hand-made points."""

from finn_vivado.explore.pareto import (dominates, front_per_part, non_dominated, pareto_ranks,
                                        select_top)

TWO = (("fps", +1), ("lut", -1))


def p(fps, lut, **extra):
    return {"fps": fps, "lut": lut, **extra}


def test_dominates_needs_one_strict_improvement():
    assert dominates((2, -1), (1, -1))
    assert not dominates((1, -1), (1, -1))
    assert not dominates((2, -3), (1, -1))


def test_two_objective_front():
    # a: slow and small, b: fast and big, c: dominated by b, d: equal to a (kept)
    points = {"a": p(10, 100), "b": p(20, 300), "c": p(15, 400), "d": p(10, 100),
              "e": p(12, 150)}
    assert non_dominated(points, TWO) == ["a", "b", "d", "e"]
    ranks = pareto_ranks(points, TWO)
    assert ranks == {"a": 0, "b": 0, "d": 0, "e": 0, "c": 1}


def test_five_objectives_of_the_explorer():
    base = {"throughput_fps": 1000, "LUT": 100, "BRAM_18K": 4, "DSP": 0, "latency_ns": 50}
    points = {"base": base,
              "less_bram": {**base, "BRAM_18K": 2, "LUT": 150},   # trade-off: on the front
              "worse": {**base, "DSP": 1},                         # dominated by base
              "faster": {**base, "throughput_fps": 2000, "latency_ns": 80}}
    assert non_dominated(points) == ["base", "less_bram", "faster"]


def test_front_per_part_leaves_out_what_does_not_fit():
    rows = [{"key": "a", "part": "x", "f": p(10, 100)},
            {"key": "b", "part": "x", "f": p(20, 999, fits=False)},
            {"key": "c", "part": "y", "f": p(5, 50)},
            {"key": "d", "part": "y", "f": None}]
    fronts = front_per_part(rows, lambda r: r["f"], TWO)
    assert fronts == {"x": ["a"], "y": ["c"]}


def test_select_top_takes_the_front_spread_then_the_next_rank():
    rows = [{"key": k, "part": "x", "f": f} for k, f in
            [("s", p(10, 100)), ("m", p(20, 200)), ("l", p(30, 300)), ("xl", p(40, 400)),
             ("dup", p(10, 100)), ("worse", p(20, 250))]]
    fig = lambda r: r["f"]  # noqa: E731
    assert select_top(rows, fig, 2, TWO) == ["s", "xl"]            # ends of the front
    assert select_top(rows, fig, 3, TWO) == ["s", "m", "xl"] or \
        select_top(rows, fig, 3, TWO) == ["s", "l", "xl"]
    assert select_top(rows, fig, 5, TWO) == ["s", "m", "l", "xl", "worse"]  # dup counted once
    assert select_top(rows, fig, 0, TWO) == []


def test_select_top_shares_between_parts():
    rows = [{"key": f"{part}{i}", "part": part, "f": p(10 * i, 100 * i)}
            for part in ("x", "y") for i in range(1, 4)]
    chosen = select_top(rows, lambda r: r["f"], 4, TWO)
    assert sorted(chosen) == ["x1", "x3", "y1", "y3"]


def test_select_top_keeps_built_candidates_when_the_sweep_grows():
    keys = ["a", "b", "c", "d", "e", "f", "g"]
    rows = [{"key": k, "part": "x", "f": p(10 * (i + 1), 100 * (i + 1))}
            for i, k in enumerate(keys)]
    fig = lambda r: r["f"]  # noqa: E731
    assert select_top(rows, fig, 3, TWO) == ["a", "d", "g"]
    # "c" was built before: it replaces its neighbouring pick "d", the ends stay
    assert select_top(rows, fig, 3, TWO, prefer={"c"}) == ["a", "c", "g"]
    # a preferred key far from every pick's window changes nothing
    assert select_top(rows[:3], fig, 3, TWO, prefer={"zz"}) == ["a", "b", "c"]
