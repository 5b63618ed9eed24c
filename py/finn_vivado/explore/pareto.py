"""Pareto fronts over candidates' figures (plain Python, no numpy).

A point dominates another when it is at least as good in every objective and better in
one. The objectives of the explorer (:data:`OBJECTIVES`): throughput up; LUT, BRAM_18K,
DSP and latency down. Fronts are taken per FPGA part, over the candidates that fit it.
"""

from __future__ import annotations

from typing import Any, Callable, Collection, Hashable, Mapping, Optional, Sequence

__all__ = ["OBJECTIVES", "dominates", "front_per_part", "non_dominated", "pareto_ranks",
           "select_top"]

#: (figure, direction): +1 = larger is better, -1 = smaller is better
OBJECTIVES: tuple[tuple[str, int], ...] = (
    ("throughput_fps", +1), ("LUT", -1), ("BRAM_18K", -1), ("DSP", -1), ("latency_ns", -1))


def _vector(figures: Mapping[str, Any], objectives: Sequence[tuple[str, int]]) -> tuple:
    return tuple(direction * float(figures[name]) for name, direction in objectives)


def dominates(a: Sequence[float], b: Sequence[float]) -> bool:
    """True when ``a`` is >= ``b`` everywhere and > somewhere (larger is better)."""
    return all(x >= y for x, y in zip(a, b)) and any(x > y for x, y in zip(a, b))


def non_dominated(points: Mapping[Hashable, Mapping[str, Any]],
                  objectives: Sequence[tuple[str, int]] = OBJECTIVES) -> list[Hashable]:
    """Ids of the points no other point dominates (equal points are all kept), in the
    order of ``points``."""
    vectors = {pid: _vector(fig, objectives) for pid, fig in points.items()}
    return [pid for pid, v in vectors.items()
            if not any(dominates(w, v) for other, w in vectors.items() if other != pid)]


def pareto_ranks(points: Mapping[Hashable, Mapping[str, Any]],
                 objectives: Sequence[tuple[str, int]] = OBJECTIVES) -> dict[Hashable, int]:
    """Rank of every point: 0 for the front, 1 for the front of the rest, and so on."""
    ranks: dict[Hashable, int] = {}
    remaining = dict(points)
    level = 0
    while remaining:
        front = non_dominated(remaining, objectives)
        for pid in front:
            ranks[pid] = level
            del remaining[pid]
        level += 1
    return ranks


def front_per_part(rows: Sequence[Mapping[str, Any]],
                   figures: Callable[[Mapping[str, Any]], Optional[Mapping[str, Any]]],
                   objectives: Sequence[tuple[str, int]] = OBJECTIVES) -> dict[str, list[str]]:
    """{part: keys of the non-dominated rows} over the rows whose ``figures(row)`` is not
    None and fits the part (``figures["fits"]``); rows carry ``key`` and ``part``."""
    by_part: dict[str, dict[str, Mapping[str, Any]]] = {}
    for row in rows:
        fig = figures(row)
        if fig is not None and fig.get("fits", True):
            by_part.setdefault(row["part"], {})[row["key"]] = fig
    return {part: non_dominated(points, objectives) for part, points in by_part.items()}


def _spread(items: list, count: int) -> list:
    """``count`` items spread evenly over ``items`` (first and last included)."""
    if count >= len(items):
        return list(items)
    if count == 1:
        return [items[len(items) // 2]]
    step = (len(items) - 1) / (count - 1)
    return [items[round(i * step)] for i in range(count)]


def _prefer(items: list, picks: list, prefer: Collection) -> list:
    """``picks`` (a spread over ``items``) with each pick replaced by the nearest preferred
    item between its neighbouring picks, when it is not preferred itself."""
    index = {item: i for i, item in enumerate(items)}
    positions = [index[p] for p in picks]
    out = []
    for n, (pick, pos) in enumerate(zip(picks, positions)):
        lo = (positions[n - 1] + pos) // 2 + 1 if n else 0
        hi = (pos + positions[n + 1] + 1) // 2 if n + 1 < len(picks) else len(items)
        window = [i for i in range(lo, hi) if items[i] in prefer and items[i] not in out]
        out.append(pick if pick in prefer or not window
                   else items[min(window, key=lambda i: abs(i - pos))])
    return out


def select_top(rows: Sequence[Mapping[str, Any]],
               figures: Callable[[Mapping[str, Any]], Optional[Mapping[str, Any]]],
               count: int, objectives: Sequence[tuple[str, int]] = OBJECTIVES,
               prefer: Collection = frozenset()) -> list[str]:
    """Keys of up to ``count`` rows to build: Pareto rank by rank (per part), inside a rank
    spread over the throughput range; parts take turns. Rows with equal figures count
    once (the first). Keys in ``prefer`` (already built) replace a neighbouring pick of
    the spread, so a grown sweep rebuilds as little as it can."""
    per_part: dict[str, list[list[str]]] = {}
    for part in dict.fromkeys(row["part"] for row in rows):
        points, seen = {}, set()
        for row in rows:
            fig = figures(row)
            if row["part"] != part or fig is None or not fig.get("fits", True):
                continue
            vector = _vector(fig, objectives)
            if vector not in seen:
                seen.add(vector)
                points[row["key"]] = fig
        ranks = pareto_ranks(points, objectives)
        levels: list[list[str]] = [[] for _ in range(max(ranks.values(), default=-1) + 1)]
        for key in sorted(points, key=lambda k: points[k][objectives[0][0]]):
            levels[ranks[key]].append(key)
        per_part[part] = levels
    return _take_turns(per_part, count, prefer)


def _take_turns(per_part: dict[str, list[list[str]]], count: int,
                prefer: Collection = frozenset()) -> list[str]:
    chosen: list[str] = []
    queues = {part: [] for part in per_part}
    level = 0
    while len(chosen) < count and any(level < len(lv) for lv in per_part.values()):
        wanted = count - len(chosen)
        parts = [p for p, lv in per_part.items() if level < len(lv)]
        for i, part in enumerate(parts):
            share = wanted // len(parts) + (1 if i < wanted % len(parts) else 0)
            items = per_part[part][level]
            queues[part] = _prefer(items, _spread(items, share), prefer)
            chosen += queues[part]
        level += 1
    return chosen[:count]
