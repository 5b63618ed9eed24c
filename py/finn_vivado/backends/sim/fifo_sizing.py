"""FIFO depths by simulation: what FINN's ``step_set_fifo_depths`` does with
``auto_fifo_depths`` (the step is :mod:`finn_vivado.flow.steps.fifo`).

The step inserts the width converters and FIFOs (:mod:`finn_vivado.transforms.plumbing`)
and, with ``auto_fifo_depths`` (the default), sizes every FIFO whose depth the folding
config does not fix (:func:`size_fifos`). ONE design is compiled for the whole search:
the stitched top with every such FIFO deep (``4 x`` the beats per frame of its stream,
at least 64) and a run-time capacity limit per FIFO (``stitch_model(..., limits=True)``)
that makes it behave cycle for cycle like a StreamingFIFO of that depth. Then:

1. peaks: the input is throttled to one frame per ``max_cycles`` (the analytic
   initiation interval) for enough frames to reach steady state
   (``frames``: the config's ``fifosim_n_inferences``, default: pipeline depth in
   frames + 2); the harness records each FIFO's peak occupancy (a FIFO that filled
   up is made twice as deep and the design rebuilt). The peaks (FINN's sizing) are
   the starting depths.
2. trials: a trial streams frames at full speed (more input than it measures, so the
   pipeline stays fed) and measures the cycles per frame from the end of the first
   output frame on (the pipeline is full then) over at least two frames and 4096
   cycles. It passes when it keeps the target throughput (``max_cycles`` within
   0.5 %, or, when even the deep design cannot, the deep design's own) without
   stalling. A fork (DuplicateStreams -> ... -> AddStreams) whose short branch's FIFO
   cannot hold the long branch's lag deadlocks, so such a trial stalls, is reported by
   the harness and fails: only passing configurations are kept, so the result cannot
   deadlock. The harness counts per FIFO the cycles its producer was blocked (whole
   run and steady state) and its consumer starved (steady state).
3. search: starting from the peaks (grown by half where they miss the target), the
   FIFOs larger than a shift register (32 beats) and 2 Kibit are searched together,
   each in log scale down to within 15 % of the smallest depth that passes (depth 2
   first). A round tries all open FIFOs at once at their next candidate depth and, on
   the second core, the same more cautiously (two thirds up each interval). A passing
   trial is kept whole, and a FIFO that never blocked its producer in it drops to its
   peak there + 2 (every beat still finds room: the run does not change). In a failed
   trial the FIFOs that both blocked their producer and starved their consumer in
   steady state (the full ones of a deadlock) are the culprits and move up; the
   others are tried again at the same depth. Without culprits the FIFOs are tried in
   halves.
4. the chosen depths run once more on the same build, measured after ``fill`` frames
   (latency in frames + 1), and grow where they miss the target. The sizing design
   behaves exactly like the real one, so no other build is needed here
   (step_create_stitched_ip writes the real design, the rtlsim steps build it).

Depths fixed by the folding config (a FIFO's ``depth`` entry, or ``inFIFODepths`` /
``outFIFODepths`` of the adjacent layers) are kept (``fixed``). The result is recorded
FINN's way: each FIFO's ``depth``, the adjacent layers' ``inFIFODepths`` /
``outFIFODepths`` and the FIFO entries appended to ``final_hw_config.json``
(:func:`record_fifo_depths`); :func:`size_fifos` returns the log the step writes to
``report/fifo_sizing.json`` (depths, peaks, trials with their timings, total FIFO bits
at the peaks and chosen). With a ``waveform`` path (the config's
``fifosim_save_waveform``: ``fifo_sizing/fifosim.vcd``) the final check run is repeated
once in a traced build, writing it. FIFOs deeper than a shift register take the
config's ``large_fifo_mem_style`` (:func:`set_large_fifo_style`).
"""

from __future__ import annotations

import json
import math
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable, Optional

from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.backends.sim.stitched import StitchedSim, random_frames
from finn_vivado.backends.stitched.top import stitch_model
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.plumbing import fifo_nodes, stream_edges

__all__ = [
    "FIFO_SIZING_DIR",
    "record_fifo_depths",
    "set_large_fifo_style",
    "size_fifos",
]

#: work directory of the deep-FIFO design under output_dir
FIFO_SIZING_DIR = "fifo_sizing"
_MIN_SIZING_DEPTH = 64
_MAX_ROUNDS = 4
_TOLERANCE = 0.995
_SMALL = 32  # FIFOs up to this capacity (shift registers) are not searched ...
_SMALL_BITS = 2048  # ... nor FIFOs of at most this many bits
_PRECISION = 1.15   # the searched depth is within 15 % of the smallest that works
_MEASURED_CYCLES = 4096  # a trial measures at least 2 frames and about this many cycles
_MAX_SEARCH_ROUNDS = 40


def _set_depths(model, depths: dict[str, int]) -> None:
    for node in fifo_nodes(model):
        if node.name in depths:
            getCustomOp(node).set_nodeattr("depth", int(max(2, depths[node.name])))


def _depths(model) -> dict[str, int]:
    return {n.name: int(getCustomOp(n).get_nodeattr("depth")) for n in fifo_nodes(model)}


def _sizing_depths(model, fixed: dict) -> dict[str, int]:
    out = {}
    for node in fifo_nodes(model):
        if node.name not in fixed:
            beats = getCustomOp(node).get_number_output_values()
            out[node.name] = max(_MIN_SIZING_DEPTH, 4 * beats)
    return out


def _frames(model, frames: Optional[int]) -> int:
    if frames:
        return int(frames)
    cycles = [int(getCustomOp(n).get_exp_cycles()) for n in model.graph.node]
    return max(3, math.ceil(sum(cycles) / max(max(cycles), 1)) + 2)


def _sizing_sim(model, work_dir: Path, top: str, clk_ns: float) -> StitchedSim:
    """The sizing design (FIFO limits) of ``model`` in ``work_dir``."""
    return StitchedSim(stitch_model(model, work_dir, top, clk_ns, limits=True))


def _bits(depths: dict, widths: dict) -> int:
    return int(sum(d * widths[n] for n, d in depths.items()))


@dataclass
class _Outcome:
    """One trial: its limits, steady-state cycles per frame (inf: stalled), the run."""

    limits: dict
    stable: float
    run: Any
    passed: bool = False

    def fifo(self, name: str) -> dict:
        return next(f for f in self.run.fifos if f["name"] == name)


class _Trials:
    """Full-speed runs of the sizing design with FIFO capacities limited at run time:
    ``mark`` frames, then the measured ones."""

    def __init__(self, sim, log: dict, mark: int = 1):
        measured = max(2, math.ceil(_MEASURED_CYCLES / max(sim.design.max_cycles, 1)))
        self.sim, self.log, self.frames, self.mark = sim, log, mark + measured, mark
        # more input than is measured, so the pipeline is fed until the end
        self.words = random_frames(sim.design, self.frames + log["fill_frames"])
        self.target = float(sim.design.max_cycles)

    def _one(self, limits: dict) -> _Outcome:
        run = self.sim.run(self.words, self.frames, mark=self.mark, limits=limits)
        stable = math.inf if run.stalled else float(run.stable_cycles)
        return _Outcome(dict(limits), stable, run, stable * _TOLERANCE <= self.target)

    def run(self, limits: dict) -> _Outcome:
        return self.run_all([limits])[0]

    def run_all(self, configs: list[dict]) -> list[_Outcome]:
        """Run ``configs``, two at a time (one per core); the wall time counts as
        simulation time."""
        start = time.monotonic()
        if len(configs) < 2:
            outs = [self._one(c) for c in configs]
        else:
            with ThreadPoolExecutor(max_workers=2) as pool:
                outs = list(pool.map(self._one, configs))
        self.log["sim_seconds"] += time.monotonic() - start
        self.log["trials"] += len(configs)
        self.log["rounds"].append([{
            "limits": o.limits, "passed": o.passed,
            "cycles_per_frame": o.stable if math.isfinite(o.stable) else None,  # None: stalled
        } for o in outs])
        return outs


def _peaks(model, make_sim: Callable[[Any], StitchedSim], frames: Optional[int],
           fixed: dict, log: dict):
    """Deep FIFOs, throttled input -> (sizing simulator, peak occupancy per sized FIFO);
    ``make_sim(model)`` builds the sizing design."""
    deep = _sizing_depths(model, fixed)
    frames = _frames(model, frames)
    for _ in range(_MAX_ROUNDS):
        _set_depths(model, deep)
        sim = make_sim(model)
        log["compile_seconds"] += sim.compile_seconds
        begin = time.monotonic()
        run = sim.run(random_frames(sim.design, frames), frames, throttle=True).check()
        log["sim_seconds"] += time.monotonic() - begin
        peaks = {f["name"]: f["peak"] for f in run.fifos if f["name"] in deep}
        full = [n for n in deep if peaks[n] >= deep[n]]
        if not full:
            break
        deep.update({n: 2 * deep[n] for n in full})
    fill = math.ceil(run.latency_cycles / max(sim.design.max_cycles, 1)) + 1
    log.update(frames=frames, fill_frames=fill, sizing_depths=dict(deep),
               peaks=peaks, throttled_latency_cycles=run.latency_cycles)
    return sim, peaks


def _grow(trials: _Trials, limits: dict, caps: dict) -> _Outcome:
    """Raise the limits of the culprits (else all) by half until a trial passes."""
    for _ in range(2 * _MAX_ROUNDS):
        out = trials.run(limits)
        if out.passed:
            return out
        full = _culprits(out, list(limits)) or list(limits)
        limits = {n: min(caps[n], v + max(1, v // 2)) if n in full else v
                  for n, v in limits.items()}
    raise FinnVivadoError(f"FIFO sizing: the design does not reach its throughput even "
                          f"with deep FIFOs: {out.run.message or 'throughput below target'}")


def _large(limits: dict, widths: dict) -> list[str]:
    """The FIFOs worth searching: above a shift register (32 beats) and 2 Kibit."""
    return [n for n, v in limits.items() if v > _SMALL and v * widths[n] > _SMALL_BITS]


def _start(trials: _Trials, peaks: dict, caps: dict, widths: dict, log: dict):
    """The first passing configuration: the peaks (else grown from them; when even the
    deep design misses max_cycles, its own throughput becomes the target). On the
    second core, the peaks with every large FIFO at depth 2 (the search's first
    candidates). Returns (kept outcome, that failed first candidate or None)."""
    first = {n: max(2, p) for n, p in peaks.items()}
    bold = {**first, **{n: 2 for n in _large(first, widths)}}
    outs = trials.run_all([first, bold] if bold != first else [first])
    if outs[-1].passed:
        return outs[-1], None
    if outs[0].passed:
        return outs[0], outs[1]
    out = outs[0]
    deep = trials.run(caps)
    if deep.stable > trials.target / _TOLERANCE and not deep.run.stalled:
        trials.target = deep.stable
    log["target_cycles_per_frame"] = trials.target
    kept = out if out.stable * _TOLERANCE <= trials.target else _grow(trials, out.limits, caps)
    return kept, None


@dataclass
class _Range:
    """Search state of one FIFO: ``hi`` passes (with the others as kept), below ``lo``
    is known not to."""

    lo: int
    hi: int

    @property
    def open(self) -> bool:
        return self.hi > self.lo and self.hi > _PRECISION * self.lo

    def candidate(self, part: float) -> int:
        """``lo`` first; then the point ``part`` of the way from lo to hi in log scale."""
        if self.lo <= 2:
            return 2
        return max(self.lo, min(self.hi - 1, int(self.lo * (self.hi / self.lo) ** part)))


def _culprits(out: _Outcome, names: list[str]) -> list[str]:
    """FIFOs (of ``names``) that both blocked their producer and starved their
    consumer in steady state in a failed trial (the full ones when it stalled), most
    suspect first; empty when no FIFO did."""
    score = {n: min(out.fifo(n)["steady_blocked"], out.fifo(n)["steady_starved"])
             for n in names}
    if out.run.stalled:  # a deadlock: the full FIFOs
        score = {n: int(out.fifo(n)["occupancy"] >= out.limits[n]) for n in names}
    top = max(score.values(), default=0)
    return [n for n in sorted(names, key=lambda n: -score[n]) if top > 0 and score[n] * 10 >= top]


def _tighten(out: _Outcome, ranges: dict) -> dict:
    """Kept limits of a passing trial: FIFOs that never blocked take their peak + 2
    (>= 3): each arriving beat still finds room, so the run stays the same."""
    limits = dict(out.limits)
    for name in limits:
        f = out.fifo(name)
        if f["blocked"] == 0 and limits[name] > 2:
            limits[name] = min(limits[name], max(3, f["peak"] + 2))
            if name in ranges:
                ranges[name].hi = min(ranges[name].hi, limits[name])
    return limits


_Test = dict[str, int]  # searched FIFO -> candidate depth, the others as kept


def _next_tests(ranges: dict, queue: list[_Test]) -> list[_Test]:
    """The (one or two) tests of the next round: queued tests (still open) first, else
    every open FIFO at its next candidate, boldly and (second core) more cautiously."""
    valid = [{n: v for n, v in t.items() if ranges[n].open and ranges[n].lo <= v < ranges[n].hi}
             for t in queue]
    queue[:] = [t for t in valid if t]
    todo = [n for n, r in ranges.items() if r.open]
    bold = {n: ranges[n].candidate(0.5) for n in todo}
    if queue:
        tests, queue[:] = queue[:2], queue[2:]
        joint = {**bold, **tests[0]}  # a lone queued test: also with all the others
        return tests + [joint] if len(tests) == 1 and joint != tests[0] else tests
    careful = {n: max(bold[n], ranges[n].candidate(2 / 3)) for n in todo}
    return [bold] if careful == bold else [bold, careful]


def _learn(outs: list[_Outcome], tests: list[_Test], ranges: dict, limits: dict,
           queue: list[_Test]) -> dict:
    """Update the ranges and the queue from one round; returns the kept limits."""
    kept = min((o for o in outs if o.passed), key=lambda o: sum(o.limits.values()),
               default=None)
    if kept is not None:
        limits = _tighten(kept, ranges)
        for n in ranges:
            ranges[n].hi = min(ranges[n].hi, limits[n])
    for test, out in zip(tests, outs):
        if out is kept:
            continue
        if out.passed:  # a second passing (disjoint) test: again on the new base
            queue.insert(0, test)
            continue
        culprits = _culprits(out, list(test))
        for n in culprits or (list(test) if len(test) == 1 else []):
            if test[n] < ranges[n].hi:  # (a depth that passed is no culprit)
                ranges[n].lo = max(ranges[n].lo, test[n] + 1)
        rest = [n for n in test if n not in culprits]
        if culprits and rest and out is outs[0]:
            queue.append({n: test[n] for n in rest})
        elif not culprits and len(rest) > 1 and out is outs[0]:  # no clue: halves
            half = (len(rest) + 1) // 2
            queue += [{n: test[n] for n in rest[:half]}, {n: test[n] for n in rest[half:]}]
    return limits


def _search(trials: _Trials, kept: _Outcome, widths: dict, log: dict,
            failed: Optional[_Outcome] = None) -> dict:
    """Search the large FIFOs together (see the module docstring, step 3); ``failed``:
    a failed trial of the first candidates to learn from."""
    limits = _tighten(kept, {})
    ranges = {n: _Range(2, v) for n, v in limits.items() if n in _large(limits, widths)}
    log["searched"] = sorted(ranges)
    queue: list[_Test] = []
    if failed is not None:
        test = {n: failed.limits[n] for n in ranges if failed.limits[n] < limits[n]}
        limits = _learn([failed], [test], ranges, limits, queue)
    for _ in range(_MAX_SEARCH_ROUNDS):
        tests = _next_tests(ranges, queue)
        if not tests or not tests[0]:
            break
        outs = trials.run_all([{**limits, **t} for t in tests])
        limits = _learn(outs, tests, ranges, limits, queue)
    return limits  # the last passing configuration


def size_fifos(model, work_dir: Path, top: str, clk_ns: float, fixed: dict[str, int],
               frames: Optional[int] = None, waveform: Optional[Path] = None) -> dict[str, Any]:
    """Size the FIFOs of ``model`` not in ``fixed`` (in place) by simulation; returns the
    sizing log. The sizing design (top module ``top``, clock period ``clk_ns``) is
    written into ``work_dir``; ``frames``: throttled frames of the peak run (default:
    pipeline depth + 2); ``waveform``: VCD of the final check run (see the module
    docstring)."""
    log: dict[str, Any] = {"fixed": dict(fixed), "compile_seconds": 0.0, "sim_seconds": 0.0,
                           "trials": 0, "rounds": []}
    make_sim = partial(_sizing_sim, work_dir=Path(work_dir), top=top, clk_ns=clk_ns)
    sim, peaks = _peaks(model, make_sim, frames, fixed, log)
    caps = dict(log["sizing_depths"])
    widths = {n.name: getCustomOp(n).get_instream_width() for n in fifo_nodes(model)}
    trials = _Trials(sim, log)
    start = time.monotonic()
    kept, failed = _start(trials, peaks, caps, widths, log)
    limits = _search(trials, kept, widths, log, failed)
    log["search_seconds"] = time.monotonic() - start
    check = _Trials(sim, log, mark=log["fill_frames"])
    check.target = trials.target
    final = check.run(limits)
    if not final.passed:  # a longer run than the trials: grow what filled up
        final = _grow(check, limits, caps)
    limits = final.limits
    if waveform is not None:
        _save_waveform(check, limits, Path(waveform))
    _set_depths(model, limits)
    depths = _depths(model)
    log.update(depths=depths, stable_cycles_per_frame=final.stable,
               target_cycles_per_frame=trials.target,
               fifo_bits={"peaks": _bits({n: max(2, p) for n, p in peaks.items()}, widths),
                          "chosen": _bits({n: depths[n] for n in peaks}, widths)})
    return log


def _save_waveform(check: _Trials, limits: dict, path: Path) -> None:
    """Repeat the final check run (chosen depths) in a traced build, writing ``path``."""
    sim = StitchedSim(check.sim.design, idle_cycles=check.sim.idle_cycles, trace=True)
    sim.run(check.words, check.frames, mark=check.mark, limits=limits, trace_file=path)
    print(f"FIFO sizing: waveform of the final check run in {path}")


def record_fifo_depths(model, hw_config: Path) -> None:
    """Adjacent layers' inFIFODepths / outFIFODepths from the FIFOs (FINN's way), and
    the FIFO entries appended to final_hw_config.json (when it exists)."""
    edges = stream_edges(model)
    for edge in edges:
        node = edge.producer
        if node is None or node.op_type != "StreamingFIFO":
            continue
        depth = int(getCustomOp(node).get_nodeattr("depth"))
        src = next(e for e in edges if e.consumer is node)
        while src.producer is not None and src.producer.op_type == "StreamingDataWidthConverter":
            src = next(e for e in edges if e.consumer is src.producer)
        for end, attr, index in ((src.producer, "outFIFODepths", src.out_index),
                                 (edge.consumer, "inFIFODepths", edge.in_index)):
            if end is not None:
                layer = getCustomOp(end)
                values = list(layer.get_nodeattr(attr)) or [2]
                values += [values[-1]] * (index + 1 - len(values))
                values[index] = depth
                layer.set_nodeattr(attr, values)
    if hw_config.is_file():
        config = json.loads(hw_config.read_text(encoding="utf-8"))
        for node in model.graph.node:
            layer = getCustomOp(node)
            if node.op_type == "StreamingFIFO":
                config[node.name] = {"depth": int(layer.get_nodeattr("depth")),
                                     "ram_style": layer.get_nodeattr("ram_style"),
                                     "impl_style": "rtl"}
            elif node.name in config:
                for attr in ("inFIFODepths", "outFIFODepths"):
                    config[node.name][attr] = [int(v) for v in layer.get_nodeattr(attr)]
        atomic_write_json(hw_config, config)



def set_large_fifo_style(model, style: str) -> None:
    """FIFOs deeper than a shift register (32 beats) take ram_style ``style`` (the
    config's ``large_fifo_mem_style``) unless their ram_style was set."""
    for node in fifo_nodes(model):
        layer = getCustomOp(node)
        if layer.get_nodeattr("depth") > _SMALL and layer.get_nodeattr("ram_style") == "auto":
            layer.set_nodeattr("ram_style", style)
