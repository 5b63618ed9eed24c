"""Simulation of the stitched accelerator: verification, performance, FIFO monitoring.

:class:`StitchedSim` compiles the stitched top inside a harness
(``templates/stitched_harness.v.j2``) with Verilator's generated C++ driver
(:mod:`finn_vivado.backends.sim.verilator`). The harness can throttle the input to one frame
per ``max_cycles`` (FIFO sizing), watches every StreamingFIFO's occupancy through its
handshakes, and reports current occupancies (the FIFO-sizing variant also peak
occupancies and the cycles each FIFO blocked its producer or starved its consumer;
the plain design leaves them out, to simulate faster) at the end of a run or when
nothing moved for ``IDLE_CYCLES`` cycles, so a stalled design is reported naming the
full FIFO (the stream that stopped moving) instead of hanging. The FIFO-sizing variant of a design
(``limit_port``) takes a capacity per FIFO at run time (``run(..., limits=...)``).
A simulator made with ``trace=True`` (a separate Verilator build) writes a VCD waveform
of a run (``run(..., trace_file=...)``; the harness is the top, the design one level below).

:func:`measure_performance` returns FINN's ``rtlsim_performance`` figures (written to
``report/rtlsim_performance.json`` by :mod:`finn_vivado.flow.steps.rtlsim`):

- ``N``: frames in the measured batch (``batch``: the config's ``rtlsim_batch_size``,
  raised to a batch that reaches steady state: at least twice the pipeline depth in
  frames, and 4);
- ``cycles``: first input beat accepted -> last output beat, for N frames;
- ``latency_cycles``: the same for a single frame;
- ``runtime[ms]``, ``throughput[images/s]`` = N / runtime, ``fclk[mhz]``;
- ``stable_throughput[images/s]``: frames per second in steady state, from the cycle
  difference between a run of N and a run of N/2 frames;
- ``N_IN_TXNS`` / ``N_OUT_TXNS``: beats in / out for the N frames;
- ours: ``analytic_throughput[images/s]`` (fclk / max_cycles), ``max_cycles``,
  ``max_cycles_node_name``, ``sim_cycles_per_s``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import numpy as np
from qonnx.core.datatype import DataType

from finn_vivado.core.fsio import atomic_write
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim import verilator
from finn_vivado.core.packing import pack_hex, unpack_words
from finn_vivado.backends.stitched.design import StitchedDesign
from finn_vivado.core.templating import render

__all__ = [
    "StitchedRun",
    "StitchedSim",
    "measure_performance",
    "random_frames",
]

TEMPLATES = Path(__file__).resolve().parent / "templates"
_HARNESS = "stitched_harness.v.j2"
_LOW63 = (1 << 63) - 1


@dataclass
class StitchedRun:
    """One run of the stitched design."""

    frames: int
    outputs: Optional[np.ndarray]   #: folded output values (None when stalled)
    cycles: int                     #: first input accepted -> last output beat
    latency_cycles: int             #: first input accepted -> first output beat
    in_txns: int
    out_txns: int
    fifos: list                     #: per FIFO: see _fifo_report
    stalled: bool
    message: str
    sim_cycles: int                 #: simulated clock cycles in total
    sim_seconds: float
    stable_cycles: Optional[float] = None  #: cycles per frame between the mark and the end
    raw: dict = field(repr=False, default_factory=dict)

    def check(self) -> "StitchedRun":
        """Raise FinnVivadoError with the stall diagnosis unless the run completed."""
        if self.stalled:
            raise FinnVivadoError(self.message)
        return self


def _harness_file(design: StitchedDesign) -> Path:
    path = Path(design.directory) / "sim" / f"{design.top}_harness.v"
    text = render(TEMPLATES, _HARNESS, name=f"{design.top}_harness", top=design.top,
                  in_width=design.in_width, out_width=design.out_width,
                  monitors=design.fifos, limits=design.limit_port)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text() != text:
        atomic_write(path, text)
    return path


class StitchedSim:
    """A compiled simulator of a stitched design; :meth:`run` may be called many times."""

    def __init__(self, design: StitchedDesign, build_dir=None, idle_cycles: Optional[int] = None,
                 trace: bool = False):
        self.design = design
        self.idle_cycles = int(idle_cycles or max(20_000, 3 * design.max_cycles))
        self.watchdog_cycles = 2 * self.idle_cycles + 1_000
        harness = _harness_file(design)
        self.build = verilator.build(f"{design.top}_harness", design.source_paths() + [harness],
                                     2, 2, params={"IDLE_CYCLES": self.idle_cycles},
                                     build_dir=build_dir, trace=trace,
                                     data_dir=design.data_dir)

    @property
    def compile_seconds(self) -> float:
        """Wall time of the Verilator build (0.0 when it came from the cache)."""
        return self.build.compile_seconds if not self.build.cached else 0.0

    def run(self, words, frames: int, throttle: bool = False, mark: Optional[int] = None,
            limits: Optional[dict] = None, stall=None, seed: int = 0,
            trace_file=None) -> StitchedRun:
        """Stream ``words`` (hex lines or ints of s_axis_0) holding ``frames`` frames.

        ``throttle``: admit one frame of input every ``max_cycles`` cycles (the analytic
        initiation interval), as for FIFO sizing. ``mark``: a frame count; the run then
        measures the steady-state cycles per frame from the end of frame ``mark`` to the
        end of the last frame. ``limits``: FIFO name -> capacity (sizing variant only).
        ``trace_file``: write a VCD waveform of the run there (traced simulators only).
        """
        d = self.design
        expected = frames * d.out_beats
        period, burst = (d.max_cycles, d.in_beats) if throttle else (0, 0)
        control = [expected, period, burst, (mark or 0) * d.out_beats]
        if d.limit_port:
            limits = limits or {}
            control += [int(limits.get(f["name"], f["depth"])) for f in d.fifos]
        elif limits:
            raise FinnVivadoError(f"{d.top} was not generated with FIFO limits (limits=True)")
        res = self.build.run([list(words), [format(v, "x") for v in control]],
                             [expected, 3 * len(d.fifos) + 2], stall=stall, seed=seed,
                             watchdog_cycles=self.watchdog_cycles, trace_file=trace_file)
        run = _make_run(d, res, frames, limits or {})
        if not run.stalled and not all(w >> 63 for w in res.outputs[1][-2:]):
            raise FinnVivadoError(f"simulation of {d.top}: the harness reported before the "
                                  f"end of the run (nothing moved for {self.idle_cycles} "
                                  "cycles in between); rerun with a larger idle_cycles")
        if mark and not run.stalled and frames > mark:
            words_ = res.outputs[1][-2:]
            run.stable_cycles = ((words_[1] & _LOW63) - (words_[0] & _LOW63)) / (frames - mark)
        return run

    def execute(self, values: np.ndarray, trace_file=None) -> np.ndarray:
        """Run frames given as values (batch first, any shape of the right size);
        returns the output values in the normal output shape, batch first."""
        d = self.design
        arr = np.asarray(values)
        frames = arr.shape[0]
        words = pack_hex(arr.reshape([frames] + d.in_folded[1:]), d.in_dtype)
        run = self.run(words, frames, trace_file=trace_file).check()
        return run.outputs.reshape([frames] + d.out_normal[1:])


def _fifo_report(design: StitchedDesign, words: list) -> list:
    """Per FIFO: name, depth, producer, consumer and final ``occupancy`` (beats); in the
    FIFO-sizing variant (``limit_port``) also ``peak`` occupancy, ``blocked`` (cycles its
    producer offered a beat it did not take), and in steady state (from the mark on,
    while input was still offered) ``steady_blocked`` and ``steady_starved`` (cycles
    its consumer was ready and it held no beat)."""
    n = len(design.fifos)
    last = words[-(3 * n + 2):-2] if len(words) >= 3 * n + 2 else []
    report = []
    for info, word, blocked, steady in zip(design.fifos, last[:n], last[n:2 * n], last[2 * n:]):
        entry = {"name": info["name"], "depth": info["depth"],
                 "producer": info["producer"], "consumer": info["consumer"],
                 "occupancy": (word >> 32) & 0x7FFFFFFF}
        if design.limit_port:
            entry.update(peak=word & 0xFFFFFFFF, blocked=blocked & 0xFFFFFFFF,
                         steady_blocked=steady & 0xFFFFFFFF,
                         steady_starved=(steady >> 32) & 0x7FFFFFFF)
        report.append(entry)
    return report


def _diagnosis(design: StitchedDesign, res, report: list, frames: int, limits: dict) -> str:
    got = res.out_txns[0]
    head = (f"stitched simulation of {design.top} stalled after {got} of "
            f"{frames * design.out_beats} output beats")
    cap = {f["name"]: min(f["depth"], int(limits.get(f["name"], f["depth"]))) for f in report}
    full = [f for f in report if f["occupancy"] >= cap[f["name"]]]
    if full:
        where = "; ".join(f"FIFO {f['name']} ({f['producer'] or 's_axis_0'} -> "
                          f"{f['consumer'] or 'm_axis_0'}) is full ({f['occupancy']}/"
                          f"{cap[f['name']]} beats)" for f in full)
        if any(f["producer"].startswith("DuplicateStreams") for f in full):
            return (f"{head}: {where}. A FIFO on the short path of a fork (DuplicateStreams) "
                    "must hold the long path's latency in beats: raise its depth (folding "
                    "config 'depth' / inFIFODepths) or let step_set_fifo_depths size it")
        return f"{head}: {where}; the layer after the first full FIFO stopped consuming"
    return f"{head}: {res.message or 'no FIFO is full'}"


def _make_run(design: StitchedDesign, res, frames: int, limits: dict) -> StitchedRun:
    raw = res.raw
    report = _fifo_report(design, res.outputs[1])
    stalled = res.stalled or res.timed_out or res.out_txns[0] < frames * design.out_beats
    first_in = raw["inputs"][0]["first_cycle"]
    out = raw["outputs"][0]
    outputs = None
    if not stalled:
        outputs = unpack_words(res.outputs[0], design.out_dtype,
                               [frames] + design.out_folded[1:])
    return StitchedRun(
        frames=frames, outputs=outputs,
        cycles=int(out["last_cycle"] - first_in + 1) if out["last_cycle"] >= 0 else -1,
        latency_cycles=int(out["first_cycle"] - first_in + 1) if out["first_cycle"] >= 0 else -1,
        in_txns=int(res.in_txns[0]), out_txns=int(res.out_txns[0]), fifos=report,
        stalled=stalled, message=_diagnosis(design, res, report, frames, limits) if stalled else "",
        sim_cycles=int(res.cycles), sim_seconds=float(res.sim_seconds), raw=raw)


# ----------------------------------------------------------------------- performance
def random_frames(design: StitchedDesign, frames: int, seed: int = 0) -> list[str]:
    """Hex words of ``frames`` frames of random legal input values."""
    dt = DataType[design.in_dtype]
    rng = np.random.default_rng(seed)
    shape = [frames] + design.in_folded[1:]
    if dt == DataType["BIPOLAR"]:
        values = rng.choice(np.array([-1, 1]), size=shape)
    else:
        values = rng.integers(int(dt.min()), int(dt.max()) + 1, size=shape, dtype=np.int64)
    return pack_hex(values, dt)


def measure_performance(sim: StitchedSim, batch: int = 1, seed: int = 0) -> dict[str, Any]:
    """FINN's rtlsim_performance figures for ``sim`` (see the module docstring)."""
    d = sim.design
    fclk = 1e3 / d.clk_ns
    one = sim.run(random_frames(d, 1, seed), 1).check()
    depth = math.ceil(one.cycles / max(d.max_cycles, 1))
    n = max(int(batch), 2 * depth, 4)
    full = sim.run(random_frames(d, n, seed), n, mark=n // 2).check()
    runtime_ms = full.cycles * d.clk_ns * 1e-6
    sim_cycles, sim_seconds = one.sim_cycles + full.sim_cycles, one.sim_seconds + full.sim_seconds
    return {
        "N": n, "cycles": full.cycles, "latency_cycles": one.cycles,
        "runtime[ms]": runtime_ms, "throughput[images/s]": n / (runtime_ms * 1e-3),
        "stable_throughput[images/s]": fclk * 1e6 / full.stable_cycles, "fclk[mhz]": fclk,
        "N_IN_TXNS": full.in_txns, "N_OUT_TXNS": full.out_txns,
        "analytic_throughput[images/s]": fclk * 1e6 / d.max_cycles,
        "max_cycles": d.max_cycles, "max_cycles_node_name": d.max_cycles_node,
        "stable_cycles_per_frame": full.stable_cycles,
        "sim_cycles_per_s": sim_cycles / sim_seconds if sim_seconds > 0 else 0.0,
    }

