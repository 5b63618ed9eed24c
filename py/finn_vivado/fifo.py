"""FIFO depths: FINN's ``step_set_fifo_depths`` (``auto_fifo_depths``).

The step inserts the width converters and FIFOs (:mod:`finn_vivado.plumbing`) and,
with ``auto_fifo_depths`` (the default), sizes every FIFO whose depth the folding
config does not fix. One sizing design is compiled: the stitched top with every such
FIFO deep (``4 x`` the beats per frame of its stream, at least 64) and a run-time
limit on each FIFO's capacity (``stitch_model(..., limits=True)``). Then:

1. the input is throttled to one frame per ``max_cycles`` (the analytic initiation
   interval) for enough frames to reach steady state (``fifosim_n_inferences``,
   default: pipeline depth in frames + 2); the harness records each FIFO's peak
   occupancy (a FIFO that filled up is made twice as deep and the design rebuilt).
   The unthrottled steady-state throughput of the deep design is the baseline; every
   trial below measures it over two frames after the pipeline filled (latency in
   frames + 1).
2. each FIFO's capacity is limited to its peak (at least 2) and, largest FIFO (in
   bits) first, bisected (in log scale, to within 15 %) down to the smallest capacity
   that still keeps the baseline throughput (within 0.5 %) without stalling, the
   others held (capacity 2 is tried first); FIFOs of up to 32 beats (shift registers)
   or 2 Kibit are not searched. A fork (DuplicateStreams -> ... -> AddStreams)
   deadlocks when the short branch's FIFO cannot hold the long branch's lag in beats;
   such a trial stalls, is reported by the harness and rejected, so the result cannot
   deadlock.
3. the real design with these depths is compiled (step_create_stitched_ip reuses the
   build) and checked once more.

Depths fixed by the folding config (a FIFO's ``depth`` entry, or ``inFIFODepths`` /
``outFIFODepths`` of the adjacent layers) are kept. The result is recorded FINN's way:
each FIFO's ``depth``, the adjacent layers' ``inFIFODepths`` / ``outFIFODepths``, the
FIFO entries appended to ``final_hw_config.json``, and ``report/fifo_sizing.json``.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

from qonnx.custom_op.registry import getCustomOp

from .errors import FinnVivadoError
from .plumbing import configured_fifo_depths, fifo_nodes, stream_edges

__all__ = [
    "FIFO_SIZING_DIR",
    "record_fifo_depths",
    "size_fifos",
    "step_set_fifo_depths",
]

#: work directory of the deep-FIFO design under output_dir
FIFO_SIZING_DIR = "fifo_sizing"
_MIN_SIZING_DEPTH = 64
_MAX_ROUNDS = 4
_TOLERANCE = 0.995
_SMALL = 32  # FIFOs up to this capacity (shift registers) are not searched ...
_SMALL_BITS = 2048  # ... nor FIFOs of at most this many bits
_PRECISION = 1.15   # the searched depth is within 15 % of the smallest that works


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


def _frames(model, cfg: Any) -> int:
    if cfg.fifosim_n_inferences:
        return int(cfg.fifosim_n_inferences)
    cycles = [int(getCustomOp(n).get_exp_cycles()) for n in model.graph.node]
    return max(3, math.ceil(sum(cycles) / max(max(cycles), 1)) + 2)


def _stitch_sim(model, directory: Path, cfg: Any, limits: bool = False):
    from .rtlsim import StitchedSim
    from .stitch import stitch_model

    design = stitch_model(model, directory, cfg.ip_name, cfg.synth_clk_period_ns, limits=limits)
    return StitchedSim(design)


class _Trial:
    """Runs of a design with FIFO capacities limited at run time: ``fill`` frames to
    reach steady state, then two measured frames."""

    def __init__(self, sim, fill: int, log: dict):
        from .rtlsim import random_frames

        self.sim, self.fill, self.frames, self.log = sim, fill, fill + 2, log
        self.words = random_frames(sim.design, self.frames)
        self.baseline = math.inf

    def stable(self, limits: dict) -> tuple[float, Any]:
        # a depth-2 FIFO is a one-cycle register slice, the deep FIFO has two cycles of
        # latency: capacity 3 emulates it
        limits = {n: 3 if v == 2 else v for n, v in limits.items()}
        run = self.sim.run(self.words, self.frames, mark=self.fill, limits=limits)
        self.log["sim_seconds"] += run.sim_seconds
        self.log["trials"] += 1
        return (math.inf if run.stalled else run.stable_cycles), run

    def ok(self, limits: dict) -> bool:
        return self.stable(limits)[0] * _TOLERANCE <= self.baseline


def _peaks(model, cfg: Any, fixed: dict, log: dict):
    """Deep FIFOs, throttled input -> (trial runner, peak occupancy per sized FIFO)."""
    from .rtlsim import random_frames

    deep = _sizing_depths(model, fixed)
    frames = _frames(model, cfg)
    for _ in range(_MAX_ROUNDS):
        _set_depths(model, deep)
        sim = _stitch_sim(model, Path(cfg.output_dir) / FIFO_SIZING_DIR, cfg, limits=True)
        log["compile_seconds"] += sim.compile_seconds
        run = sim.run(random_frames(sim.design, frames), frames, throttle=True).check()
        log["sim_seconds"] += run.sim_seconds
        peaks = {f["name"]: f["peak"] for f in run.fifos if f["name"] in deep}
        full = [n for n in deep if peaks[n] >= deep[n]]
        if not full:
            break
        deep.update({n: 2 * deep[n] for n in full})
    fill = math.ceil(run.latency_cycles / max(sim.design.max_cycles, 1)) + 1
    log.update(frames=frames, fill_frames=fill, sizing_depths=dict(deep), peaks=peaks)
    trial = _Trial(sim, fill, log)
    trial.baseline, _ = trial.stable(deep)
    log["baseline_cycles_per_frame"] = trial.baseline
    return trial, peaks


def _grow(trial: _Trial, limits: dict, caps: dict) -> dict:
    """Raise the limits of full FIFOs by half until the run keeps the baseline."""
    for _ in range(2 * _MAX_ROUNDS):
        stable, run = trial.stable(limits)
        if stable * _TOLERANCE <= trial.baseline:
            return limits
        full = [f["name"] for f in run.fifos if f["name"] in limits
                and f["occupancy"] >= limits[f["name"]]] or list(limits)
        limits = {n: min(caps[n], v + max(1, v // 2)) if n in full else v
                  for n, v in limits.items()}
    raise FinnVivadoError(f"FIFO sizing: the design does not reach its throughput even "
                          f"with deep FIFOs: {run.message or 'throughput below baseline'}")


def _shrink(trial: _Trial, limits: dict, widths: dict) -> dict:
    """Per FIFO (largest first), search the smallest capacity (to within 15 %) that
    keeps the baseline throughput with the others as they are (bisection in log scale)."""
    for name in sorted(limits, key=lambda n: -limits[n] * widths[n]):
        hi, lo = limits[name], 2
        if hi <= _SMALL or hi * widths[name] <= _SMALL_BITS:
            continue
        if trial.ok({**limits, name: lo}):  # often the FIFO is not needed at all
            limits[name] = lo
            continue
        lo += 1
        while hi > lo and hi > _PRECISION * lo:
            mid = max(lo, min(hi - 1, int(math.sqrt(lo * hi))))
            if trial.ok({**limits, name: mid}):
                hi = mid
            else:
                lo = mid + 1
        limits[name] = hi
    return limits


def size_fifos(model, cfg: Any, fixed: dict[str, int]) -> dict[str, Any]:
    """Size the FIFOs of ``model`` (in place) by simulation; returns the sizing log."""
    from .stitch import STITCHED_DIR

    log: dict[str, Any] = {"fixed": dict(fixed), "compile_seconds": 0.0, "sim_seconds": 0.0,
                           "trials": 0}
    trial, peaks = _peaks(model, cfg, fixed, log)
    caps = dict(log["sizing_depths"])
    widths = {n.name: getCustomOp(n).get_instream_width() for n in fifo_nodes(model)}
    limits = _grow(trial, {n: max(2, p) for n, p in peaks.items()}, caps)
    limits = _shrink(trial, limits, widths)
    for _ in range(_MAX_ROUNDS):  # the real design, FIFOs at their final depths
        _set_depths(model, limits)
        sim = _stitch_sim(model, Path(cfg.output_dir) / STITCHED_DIR, cfg)
        log["compile_seconds"] += sim.compile_seconds
        final = _Trial(sim, trial.fill, log)
        final.baseline = trial.baseline
        if final.ok({}):
            break
        limits = _grow(trial, {n: v + max(1, v // 2) for n, v in limits.items()}, caps)
    else:
        raise FinnVivadoError("FIFO sizing: the sized design does not keep its throughput")
    log.update(depths=_depths(model), stable_cycles_per_frame=final.stable({})[0])
    return log


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
        hw_config.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")


def step_set_fifo_depths(model: Any, cfg: Any) -> Any:
    """Insert width converters and FIFOs; size the FIFOs by simulation when
    auto_fifo_depths (see the module docstring)."""
    from .hwgen import needs_rtl, plumb_and_codegen

    if not needs_rtl(cfg):
        return model
    model = plumb_and_codegen(model, cfg)
    out = Path(cfg.output_dir)
    fixed = configured_fifo_depths(model, cfg.folding_config_file)
    if cfg.auto_fifo_depths and len(fixed) < len(fifo_nodes(model)):
        start = time.monotonic()
        log = size_fifos(model, cfg, fixed)
        _report_sizing(out, log, time.monotonic() - start)
    elif cfg.auto_fifo_depths:
        print("FIFO depths: all fixed by the folding config")
    _large_fifo_style(model, cfg)
    record_fifo_depths(model, out / "final_hw_config.json")
    return plumb_and_codegen(model, cfg)


def _report_sizing(out: Path, log: dict, seconds: float) -> None:
    log["seconds"] = seconds
    (out / "report").mkdir(parents=True, exist_ok=True)
    (out / "report" / "fifo_sizing.json").write_text(json.dumps(log, indent=2) + "\n")
    print(f"FIFO depths by simulation ({log['trials']} trial runs, {seconds:.1f} s of which "
          f"{log['compile_seconds']:.1f} s Verilator builds): "
          + ", ".join(f"{k}={v}" for k, v in log["depths"].items()))


def _large_fifo_style(model, cfg: Any) -> None:
    """FIFOs deeper than a shift register take ``large_fifo_mem_style`` unless their
    ram_style was set."""
    style = getattr(cfg.large_fifo_mem_style, "value", cfg.large_fifo_mem_style)
    for node in fifo_nodes(model):
        layer = getCustomOp(node)
        if layer.get_nodeattr("depth") > _SMALL and layer.get_nodeattr("ram_style") == "auto":
            layer.set_nodeattr("ram_style", style)
