"""Automatic folding for a target frame rate (the transform behind FINN's
step_target_fps_parallelization, :mod:`finn_vivado.flow.steps.folding`).

Goal: every layer needs at most ``T = fclk / target_fps`` cycles per frame (FINN's target
cycles, fclk = 1e9 / synth_clk_period_ns), the layers together fit the target part, and
no layer is faster than needed when that costs resources. The search:

1. Each layer's folding space lists every legal configuration with its cycles and
   resources (:mod:`finn_vivado.transforms.folding_space`); MVAU SIMD respects mvau_wwidth_max.
2. A layer whose fastest configuration needs more than T cycles binds the design; the
   result names it, the constraint (mvau_wwidth_max, or full parallelism) and what would
   help. With folding_two_pass_relaxation the budget becomes that layer's best, so the
   others are not made faster than the bottleneck.
3. For a budget, every layer takes its cheapest configuration within the budget; the
   cost weighs each resource by its share of the part. Layers other than MVAU/VVAU also
   pay for the width converter their stream width needs next to their neighbours, so
   sliding windows, thresholds and pools follow their neighbours' widths. If the sum
   exceeds the part, the weights of the over-used resources rise for a few rounds, then
   a greedy repair moves layers to alternatives that free the over-used resource at the
   least cost elsewhere.
4. If nothing fits the budget, a binary search over the candidates' cycle counts finds
   the fastest design that fits, and the result names the binding resource.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.boards import Board, PartInfo, part_info
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.folding_space import RESOURCES, LayerSpace, build_space
from finn_vivado.layers import is_hw_layer, numerics
from finn_vivado.layers.resources import dwc_luts

__all__ = ["FoldingResult", "auto_fold", "part_resources"]

log = logging.getLogger("finn_vivado.transforms.folding")

_ROUNDS = 12
_REPAIR_STEPS = 400


@dataclass
class FoldingResult:
    """Outcome of automatic folding (also written to report/auto_folding.json)."""

    target_fps: float
    target_cycles: int
    budget_cycles: int
    max_cycles: int
    max_cycles_node_name: str
    estimated_fps: float
    fits: bool
    meets_target: bool
    fpga_part: str
    utilization: dict[str, float]
    totals: dict[str, float]
    binding: list[str] = field(default_factory=list)
    resource_message: str = ""
    resource_limited: bool = False
    folding: dict[str, dict[str, Any]] = field(default_factory=dict)

    def messages(self) -> list[str]:
        """Lines explaining any shortfall, the limiting one first (empty when the target
        is met within the part)."""
        if not self.resource_message:
            return list(self.binding)
        if self.resource_limited:
            return [self.resource_message] + self.binding
        return self.binding + [self.resource_message]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        keys = ("target_fps", "target_cycles", "budget_cycles", "max_cycles",
                "max_cycles_node_name", "estimated_fps", "meets_target", "fits",
                "fpga_part", "utilization", "totals")
        out = {k: getattr(self, k) for k in keys}
        out["messages"] = self.messages()
        return out


@dataclass
class _Problem:
    """The spaces plus the graph links the width-converter penalty needs."""

    spaces: list[LayerSpace]
    caps: np.ndarray
    producers: list[list[Optional[tuple[int, int]]]]
    consumers: list[list[list[tuple[int, int]]]]

    @property
    def safe_caps(self) -> np.ndarray:
        return np.where(self.caps > 0, self.caps, 1e-9)


def _links(nodes: list) -> tuple[list, list]:
    """producers[i][k] = (j, m): input k of node i is output m of node j (or None);
    consumers[i][m] = [(j, k), ...]."""
    made = {name: (j, m) for j, n in enumerate(nodes) for m, name in enumerate(n.output)}
    producers, consumers = [], [[[] for _ in n.output] for n in nodes]
    for i, node in enumerate(nodes):
        row = []
        for k, name in enumerate(node.input):
            src = made.get(name)
            row.append(src)
            if src is not None:
                consumers[src[0]][src[1]].append((i, k))
        producers.append(row)
    return producers, consumers


# ----------------------------------------------------------------------------- selection
@functools.lru_cache(maxsize=None)
def _dwc_pair_luts(a: int, b: int) -> float:
    return 0.0 if a == b else float(dwc_luts(a, b))


_dwc_array_luts = np.vectorize(_dwc_pair_luts, otypes=[np.float64])


def _dwc_luts(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """LUTs of the width converter between ``a`` and ``b`` bit streams (0 when equal:
    none is inserted), as :func:`finn_vivado.layers.resources.dwc_luts` estimates it."""
    return _dwc_array_luts(np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64))


def _penalty(p: _Problem, i: int, choice: np.ndarray) -> np.ndarray:
    """LUTs of the width converters node i's candidates need next to their neighbours."""
    s = p.spaces[i]
    total = np.zeros(len(s.attrs))
    for k, src in enumerate(p.producers[i]):
        if src is not None and k < s.in_width.shape[1]:
            j, m = src
            total += _dwc_luts(p.spaces[j].out_width[choice[j], m], s.in_width[:, k])
    for m, sinks in enumerate(p.consumers[i]):
        for j, k in sinks:
            if k < p.spaces[j].in_width.shape[1]:
                total += _dwc_luts(s.out_width[:, m], p.spaces[j].in_width[choice[j], k])
    return total


def _pick(s: LayerSpace, cost: np.ndarray, budget: int) -> int:
    """Cheapest candidate within the budget (fewer cycles break ties)."""
    allowed = s.cycles <= max(budget, s.min_cycles)
    masked = np.where(allowed, cost, np.inf)
    best = masked.min()
    ties = np.flatnonzero(masked <= best * (1 + 1e-9) + 1e-12)
    return int(ties[np.argmin(s.cycles[ties])])


def select_folding(p: _Problem, budget: int, weights: np.ndarray) -> np.ndarray:
    """One configuration index per layer for ``budget`` cycles and resource ``weights``."""
    unit = weights / p.safe_caps
    choice = np.zeros(len(p.spaces), dtype=np.int64)
    costs = [s.res @ unit for s in p.spaces]
    for i, s in enumerate(p.spaces):
        choice[i] = _pick(s, costs[i], budget)
    simple = [i for i, s in enumerate(p.spaces) if not s.compute]
    for order in (simple, simple[::-1], simple):
        for i in order:
            cost = costs[i] + _penalty(p, i, choice) * unit[0]
            choice[i] = _pick(p.spaces[i], cost, budget)
    return choice


def _totals(p: _Problem, choice: np.ndarray) -> np.ndarray:
    return sum(s.res[c] for s, c in zip(p.spaces, choice))


def _util(p: _Problem, totals: np.ndarray) -> np.ndarray:
    return np.where(p.caps > 0, totals / p.safe_caps, np.where(totals > 0, np.inf, 0.0))


def _repair(p: _Problem, budget: int, choice: np.ndarray) -> np.ndarray:
    """Greedy moves that free over-used resources at the least cost elsewhere."""
    choice = choice.copy()
    for _ in range(_REPAIR_STEPS):
        util = _util(p, _totals(p, choice))
        over = util > 1
        if not over.any():
            break
        best = (0.0, -1, -1)
        for i, s in enumerate(p.spaces):
            delta = (s.res - s.res[choice[i]]) / p.safe_caps
            gain = -np.clip(delta[:, over], None, 0).sum(axis=1)
            spill = np.any((util + delta > 1) & ~over, axis=1)
            ok = (s.cycles <= max(budget, s.min_cycles)) & (gain > 0) & ~spill
            if not ok.any():
                continue
            score = np.where(ok, gain / (np.clip(delta, 0, None).sum(axis=1) + 1e-6), -1)
            j = int(np.argmax(score))
            if score[j] > best[0]:
                best = (float(score[j]), i, j)
        if best[1] < 0:
            break
        choice[best[1]] = best[2]
    return choice


def _fit(p: _Problem, budget: int) -> tuple[np.ndarray, np.ndarray, bool]:
    """Best selection for ``budget``: (choice, utilization per resource, fits)."""
    weights = np.ones(len(RESOURCES))
    best_choice, best_util = None, None
    for _ in range(_ROUNDS):
        choice = select_folding(p, budget, weights)
        util = _util(p, _totals(p, choice))
        if best_util is None or util.max() < best_util.max():
            best_choice, best_util = choice, util
        if util.max() <= 1:
            return choice, util, True
        weights = weights * np.where(util > 1, 1.5 * np.minimum(util, 1e3) ** 2, 1.0)
    choice = _repair(p, budget, best_choice)
    util = _util(p, _totals(p, choice))
    return choice, util, bool(util.max() <= 1)


def _search(p: _Problem, budget: int) -> tuple[int, np.ndarray, np.ndarray, bool]:
    """The smallest budget >= ``budget`` whose selection fits (or the slowest design)."""
    choice, util, ok = _fit(p, budget)
    if ok:
        return budget, choice, util, True
    values = np.unique(np.concatenate([s.cycles for s in p.spaces]))
    values = values[values > budget]
    if values.size == 0:
        return budget, choice, util, False
    top = _fit(p, int(values[-1]))
    if not top[2]:
        return int(values[-1]), top[0], top[1], False
    lo, hi, found = 0, len(values) - 1, (int(values[-1]),) + top
    while lo < hi:
        mid = (lo + hi) // 2
        trial = _fit(p, int(values[mid]))
        if trial[2]:
            hi, found = mid, (int(values[mid]),) + trial
        else:
            lo = mid + 1
    return found


# ---------------------------------------------------------------------------- diagnostics
def _fmt_fps(fps: float) -> str:
    return f"{fps:,.0f}" if fps >= 100 else f"{fps:,.2f}"


def _explain_mvau(inst: Any, s: LayerSpace, target: int, wmax: int) -> str:
    mw, mh = inst.get_nodeattr("MW"), inst.get_nodeattr("MH")
    wbits = inst.datatype("weightDataType").bitwidth()
    vectors = int(np.prod(inst.get_nodeattr("numInputVectors")))
    head = (f"{s.name} cannot go below {s.min_cycles:,} cycles with "
            f"mvau_wwidth_max={wmax} (target {target:,} cycles/frame)")
    for simd in numerics.divisors(mw):
        cycles = (mw // simd) * vectors
        if simd * wbits > wmax and cycles <= target:
            return f"{head}; {simd * wbits} would allow {cycles:,}"
    full = vectors
    if full < s.min_cycles:
        return (f"{head}; {mw * wbits} would allow {full:,} (SIMD=MW={mw}, PE=MH={mh}), still "
                f"above the target: lower target_fps or shorten synth_clk_period_ns")
    return (f"{head}: it is fully parallel (SIMD=MW={mw}, PE=MH={mh}); lower target_fps "
            "or shorten synth_clk_period_ns")


def _explain(inst: Any, s: LayerSpace, target: int, wmax: int, clk_ns: float) -> str:
    """Why layer ``s`` cannot meet ``target`` cycles (MVAU weight streams at most ``wmax``
    bits, clock period ``clk_ns``) and what would help."""
    if s.op_type == "MVAU":
        return _explain_mvau(inst, s, target, wmax)
    fclk = 1e9 / clk_ns
    best = s.attrs[int(np.argmin(s.cycles))]
    setting = ", ".join(f"{k}={v}" for k, v in best.items() if k in ("PE", "SIMD",
                                                                        "parallel_window"))
    return (f"{s.name} cannot go below {s.min_cycles:,} cycles (target {target:,} "
            f"cycles/frame): it is fully parallel ({setting or 'no folding attributes'}); "
            f"at most {_fmt_fps(fclk / s.min_cycles)} fps at {fclk / 1e6:g} MHz — lower "
            "target_fps or shorten synth_clk_period_ns")


def _resource_message(p: _Problem, choice: np.ndarray, util: np.ndarray, fits: bool,
                      target: int, budget: int, part: PartInfo, fclk: float) -> str:
    if fits and budget <= target:
        return ""
    r = int(np.argmax(util)) if not fits else _binding_resource(p, target)
    name = RESOURCES[r]
    users = sorted(((s.res[c][r], s.name) for s, c in zip(p.spaces, choice)), reverse=True)
    top = ", ".join(f"{n} {v:,.0f}" for v, n in users[:3] if v > 0)
    if not fits:
        return (f"even the smallest folding needs {util[r]:.0%} of the {name} of "
                f"{part.part} ({top}); choose a larger part")
    return (f"the target needs more {name} than {part.part} has; the fastest folding that "
            f"fits needs {budget:,} cycles/frame ({_fmt_fps(fclk / budget)} fps, {name} "
            f"{util[r]:.0%}; largest users: {top}); choose a larger part or a lower "
            "target_fps")


def _binding_resource(p: _Problem, target: int) -> int:
    choice = select_folding(p, target, np.ones(len(RESOURCES)))
    return int(np.argmax(_util(p, _totals(p, choice))))


# --------------------------------------------------------------------------------- driver
def part_resources(part: str, board: Optional[Board] = None) -> PartInfo:
    """The target device ``part`` and its capacities: the board file's resources when a
    ``board`` is given and ``part`` is its part, else the part table of
    :mod:`finn_vivado.core.boards`."""
    if board is None or board.part.lower() != part.lower():
        return part_info(part)
    try:
        device = part_info(part).device
    except FinnVivadoError:
        device = part
    return PartInfo(part=part, device=device, family=board.family, resources=board.resources)


def _hw_nodes(model: Any) -> list:
    nodes = [n for n in model.graph.node if is_hw_layer(n)]
    if not nodes:
        raise FinnVivadoError(
            "step_target_fps_parallelization: the model has no hardware layers; run it "
            "after step_create_dataflow_partition")
    return nodes


def _problem(model: Any, part: PartInfo, wmax: int) -> tuple[_Problem, list]:
    nodes = _hw_nodes(model)
    insts = [getCustomOp(n) for n in nodes]
    spaces = [build_space(inst, wmax, part) for inst in insts]
    caps = np.array([float(getattr(part.resources, r)) for r in RESOURCES])
    producers, consumers = _links(nodes)
    return _Problem(spaces, caps, producers, consumers), insts


def auto_fold(model: Any, part: PartInfo, target_fps: Optional[float], clk_ns: float,
              mvau_wwidth_max: int, two_pass: bool = True) -> FoldingResult:
    """Fold ``model``'s layers in place for ``target_fps`` frames/s at clock period
    ``clk_ns`` within ``part`` (MVAU weight streams at most ``mvau_wwidth_max`` bits;
    ``two_pass``: FINN's folding_two_pass_relaxation); returns what was achieved."""
    if target_fps is None:
        raise FinnVivadoError("automatic folding needs target_fps in the build config")
    target = max(int(1e9 / clk_ns / target_fps), 1)
    p, insts = _problem(model, part, mvau_wwidth_max)
    slow = sorted((s for s in p.spaces if s.min_cycles > target), key=lambda s: -s.min_cycles)
    by_name = {inst.onnx_node.name: inst for inst in insts}
    binding = [_explain(by_name[s.name], s, target, mvau_wwidth_max, clk_ns) for s in slow]
    floor = max(s.min_cycles for s in p.spaces)
    budget = max(target, floor) if two_pass else target
    budget, choice, util, fits = _search(p, budget)
    for inst, s, c in zip(insts, p.spaces, choice):
        for key, value in s.attrs[c].items():
            inst.set_nodeattr(key, value)
    fclk = 1e9 / clk_ns
    cycles = [int(s.cycles[c]) for s, c in zip(p.spaces, choice)]
    worst = int(np.argmax(cycles))
    totals = _totals(p, choice)
    return FoldingResult(
        target_fps=float(target_fps), target_cycles=target, budget_cycles=int(budget),
        max_cycles=cycles[worst], max_cycles_node_name=p.spaces[worst].name,
        estimated_fps=fclk / cycles[worst], fits=fits, meets_target=cycles[worst] <= target,
        fpga_part=part.part,
        utilization={r: round(float(u) * 100, 2) for r, u in zip(RESOURCES, util)},
        totals={r: float(t) for r, t in zip(RESOURCES, totals)}, binding=binding,
        resource_message=_resource_message(p, choice, util, fits, max(target, floor),
                                           budget, part, fclk),
        resource_limited=(not fits) or budget > max(target, floor),
        folding={s.name: dict(s.attrs[c]) for s, c in zip(p.spaces, choice)},
    )
