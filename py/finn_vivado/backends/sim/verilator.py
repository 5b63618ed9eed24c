"""Verilator simulation of an AXI-Stream top module with a generated C++ driver.

The top module has input streams ``s_axis_<i>_tdata/_tvalid/_tready`` (i = 0..N-1),
output streams ``m_axis_<j>_*`` (j = 0..M-1), ``ap_clk`` and the active-low
synchronous reset ``ap_rst_n``; TDATA may have any width. :func:`build` compiles the
design with a driver rendered from ``templates/driver.cpp.j2`` (cached by a hash of
sources, parameters, tool and template); :meth:`SimBuild.run` streams words through it.
Builds reuse precompiled Verilator runtime objects, so a rebuild costs only the model.
A build with ``trace=True`` (a separate cache entry) can write a VCD waveform of a run
(``run(..., trace_file=...)``: every signal, dumped every half clock cycle, reset
included); the untraced build contains no tracing code.

``$readmemh`` files are named by bare file name in the generated HDL: a run executes in
the build's ``data_dir`` (default: the directory of the last source, the top), where
the simulator opens them. Their contents are read at run time, so they are not part of
the build's cache key.

Example::

    res = simulate("top", ["top.v"], inputs=[[1, 2, 3]], out_counts=[3], stall=0.3)
    res.outputs[0], res.cycles
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.templating import render, template_text, verilog_literal

from finn_vivado.backends.sim import build_cache
from finn_vivado.core.packing import read_hex
from finn_vivado.backends.sim.tools import cache_root, find_verilator

__all__ = ["SimBuild", "SimResult", "build", "simulate", "lint", "default_build_dir"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
_DRIVER = "driver.cpp.j2"
_BINARY = "Vsim"
_CFLAGS = ("-std=c++17",)
_OPT_FAST = "-O2"
#: generated C++ above this size compiles file by file on every core (VM_PARALLEL_BUILDS):
#: one translation unit of several MB takes the compiler far longer than its parts; below
#: it, one unit is faster (shared headers parsed once)
_PARALLEL_CPP_BYTES = 1_500_000
_VERILATOR_FLAGS = ("--cc", "--exe", "-O3", "-Wno-fatal", "-Wno-lint", "-Wno-style",
                    "--x-assign", "fast", "--x-initial", "fast")
_TRACE_FLAGS = ("--trace",)


def _flags(trace: bool) -> tuple[str, ...]:
    return _VERILATOR_FLAGS + (_TRACE_FLAGS if trace else ())


def default_build_dir() -> Path:
    """Where Verilator builds are cached by default."""
    return cache_root() / "verilator"


@dataclass
class SimResult:
    """What one simulation run measured. Cycles count clock edges after reset."""

    outputs: list            #: per output stream, the received words (ints)
    cycles: int              #: cycles until the last expected output word (or the stop)
    latency_cycles: int      #: cycles until the first output word (-1: none)
    in_txns: list            #: words accepted per input stream
    out_txns: list           #: words received per output stream
    stalled: bool            #: the watchdog stopped the run
    timed_out: bool          #: timeout_cycles was reached
    stall_stream: str        #: the stream that stopped moving ("" if none)
    message: str             #: one-line diagnosis ("" if the run completed)
    sim_seconds: float       #: wall time of the simulation loop
    compile_seconds: float   #: wall time of the build (0.0 when cached)
    cached_build: bool       #: the build came from the cache
    raw: dict = field(repr=False, default_factory=dict)  #: the driver's result JSON

    @property
    def cycles_per_second(self) -> float:
        return self.cycles / self.sim_seconds if self.sim_seconds > 0 else float("inf")

    def check(self, where: str = "") -> "SimResult":
        """Raise :class:`FinnVivadoError` unless every expected output arrived."""
        if self.stalled or self.timed_out:
            prefix = f"{where}: " if where else ""
            raise FinnVivadoError(f"{prefix}{self.message}")
        return self


@dataclass
class SimBuild:
    """A compiled simulator for one design; :meth:`run` may be called many times."""

    top: str
    n_in: int
    n_out: int
    directory: Path
    compile_seconds: float
    cached: bool
    trace: bool = False  #: built with waveform tracing (run(..., trace_file=...))
    data_dir: Path | None = None  #: where $readmemh file names resolve (runs execute there)

    @property
    def binary(self) -> Path:
        return self.directory / _BINARY

    def run(self, inputs, out_counts, stall=None, seed: int = 0,
            watchdog_cycles: int = 100_000, timeout_cycles: int | None = None,
            work_dir=None, trace_file=None) -> SimResult:
        """Stream ``inputs`` (per input stream: ints or hex strings) and collect
        ``out_counts[j]`` words per output stream.

        ``stall``: None (no stalls), a probability p in [0, 1) of withholding valid
        and ready in a cycle, or a pair (p_valid, p_ready). The watchdog stops the run
        when no stream moved for ``watchdog_cycles`` cycles. ``trace_file``: write a VCD
        waveform of the run there (traced builds only).
        """
        if len(inputs) != self.n_in or len(out_counts) != self.n_out:
            raise FinnVivadoError(
                f"simulation of {self.top}: got {len(inputs)} input and {len(out_counts)} "
                f"output streams; the build has {self.n_in} and {self.n_out}")
        p_in, p_out = _stall_probabilities(stall)
        if trace_file is not None and not self.trace:
            raise FinnVivadoError(f"simulation of {self.top}: a waveform ({trace_file}) needs "
                                  "a traced build; build it with trace=True")
        if trace_file is not None:
            Path(trace_file).parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="finn-sim-", dir=work_dir) as tmp:
            tmp = Path(tmp)
            config = _write_run_files(tmp, inputs, out_counts, p_in, p_out, seed,
                                      watchdog_cycles, timeout_cycles or 0, trace_file)
            proc = subprocess.run([str(self.binary), str(config)], capture_output=True,
                                  text=True, cwd=self.data_dir or tmp)
            if proc.returncode != 0:
                raise FinnVivadoError(
                    f"simulation of {self.top} failed (exit {proc.returncode}): "
                    f"{(proc.stderr or proc.stdout).strip()[:500]}")
            raw = json.loads((tmp / "result.json").read_text())
            outputs = [read_hex(tmp / f"out{j}.hex") for j in range(self.n_out)]
        return _make_result(raw, outputs, self)


def _stall_probabilities(stall) -> tuple[float, float]:
    if stall is None:
        return 0.0, 0.0
    pair = tuple(stall) if isinstance(stall, (tuple, list)) else (stall, stall)
    if len(pair) != 2 or not all(0.0 <= float(p) <= 1.0 for p in pair):
        raise FinnVivadoError(f"stall={stall!r} is illegal: use None, a probability in "
                              "[0, 1] (1: never) or a pair (p_valid, p_ready)")
    return float(pair[0]), float(pair[1])


def _write_run_files(tmp: Path, inputs, out_counts, p_in, p_out, seed, watchdog,
                     timeout, trace_file=None) -> Path:
    lines = []
    for i, words in enumerate(inputs):
        text = "\n".join(w if isinstance(w, str) else format(int(w), "x") for w in words)
        (tmp / f"in{i}.hex").write_text(text + "\n" if text else "")
        lines.append(f"in {i} {tmp / f'in{i}.hex'}")
    for j, count in enumerate(out_counts):
        lines.append(f"out {j} {int(count)} {tmp / f'out{j}.hex'}")
    lines += [f"stall_in {p_in!r}", f"stall_out {p_out!r}", f"seed {int(seed)}",
              f"watchdog {int(watchdog)}", f"timeout {int(timeout)}",
              f"result {tmp / 'result.json'}"]
    if trace_file is not None:
        lines.append(f"trace {Path(trace_file).resolve()}")
    config = tmp / "run.cfg"
    config.write_text("\n".join(lines) + "\n")
    return config


def _diagnose(raw: dict) -> tuple[str, str]:
    """(stream name, one-line message) for a run that did not complete."""
    probe = raw.get("probe", {})
    starved = [s for s in raw["outputs"] if s["txns"] < s["expected"]]
    waiting = [s for s in raw["inputs"]
               if probe.get(s["name"], {}).get("pending") and not probe[s["name"]]["tready"]]
    if waiting:
        name = waiting[0]["name"]
        what = (f"input {name} has data waiting but the design is not ready "
                f"({waiting[0]['txns']} of {waiting[0]['expected']} words accepted)")
    elif starved:
        name = starved[0]["name"]
        what = f"output {name} starved: no tvalid"
    else:
        return "", ""
    got = ", ".join(f"{s['name']} {s['txns']}/{s['expected']}" for s in raw["outputs"])
    fed = ", ".join(f"{s['name']} {s['txns']}/{s['expected']}" for s in raw["inputs"])
    why = "watchdog: no stream moved for" if raw["stalled"] else "timeout after"
    cycles = raw["cycles"] - raw["last_move_cycle"] if raw["stalled"] else raw["cycles"]
    return name, (f"{raw['top']} stalled ({why} {cycles} cycles): {what}; outputs received "
                  f"{got}; inputs accepted {fed}")


def _make_result(raw: dict, outputs: list, sim: SimBuild) -> SimResult:
    name, message = _diagnose(raw) if (raw["stalled"] or raw["timed_out"]) else ("", "")
    return SimResult(
        outputs=outputs, cycles=int(raw["cycles"]), latency_cycles=int(raw["latency_cycles"]),
        in_txns=[s["txns"] for s in raw["inputs"]], out_txns=[s["txns"] for s in raw["outputs"]],
        stalled=bool(raw["stalled"]), timed_out=bool(raw["timed_out"]), stall_stream=name,
        message=message, sim_seconds=float(raw["sim_seconds"]),
        compile_seconds=0.0 if sim.cached else sim.compile_seconds, cached_build=sim.cached,
        raw=raw)


# ---------------------------------------------------------------------------- build
def _param_flags(params: dict | None) -> list[str]:
    return [f"-G{k}={verilog_literal(v)}" for k, v in sorted((params or {}).items())]


def build(top: str, sources, n_in: int, n_out: int, *, params: dict | None = None,
          include_dirs=(), build_dir=None, trace: bool = False, data_dir=None) -> SimBuild:
    """Compile ``top`` from ``sources`` with a driver for ``n_in`` / ``n_out`` streams
    (``trace``: with VCD waveform tracing). ``data_dir``: the directory in which the
    design's ``$readmemh`` file names resolve (default: that of the last source).

    A build with the same inputs is taken from ``build_dir`` (default:
    :func:`default_build_dir`) without compiling.
    """
    tool = find_verilator()
    sources = [Path(s).resolve() for s in sources]
    missing = [str(s) for s in sources if not s.is_file()]
    if missing:
        raise FinnVivadoError(f"Verilator build of {top}: source file(s) not found: {missing}")
    if data_dir is None and sources:
        data_dir = sources[-1].parent
    data_dir = Path(data_dir).resolve() if data_dir else None
    cache_dir = Path(build_dir) if build_dir else default_build_dir()
    key = build_cache.build_key(tool.identity(), _flags(trace), _CFLAGS, _OPT_FAST, top,
                                n_in, n_out, _param_flags(params),
                                [str(d) for d in include_dirs],
                                template_text(TEMPLATES, _DRIVER), files=sources)
    name = f"{top}-{key}"
    found = build_cache.cached_build(cache_dir, name, _BINARY)
    if found:
        return SimBuild(top, n_in, n_out, found, 0.0, True, trace, data_dir)
    start = time.monotonic()
    scratch = build_cache.scratch_dir(cache_dir, name)
    try:
        _compile(tool, scratch, top, sources, n_in, n_out, params, include_dirs, cache_dir,
                 trace)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    # only the binary is used from here on: the generated C++, objects and precompiled
    # headers (tens to hundreds of MB per build) would make the cache grow without bound
    shutil.rmtree(scratch / "obj", ignore_errors=True)
    final = build_cache.publish_build(scratch, cache_dir, name)
    return SimBuild(top, n_in, n_out, final, time.monotonic() - start, False, trace, data_dir)


def _compile(tool, scratch: Path, top, sources, n_in, n_out, params, include_dirs,
             cache_dir: Path, trace: bool = False) -> None:
    driver = scratch / "driver.cpp"
    driver.write_text(render(TEMPLATES, _DRIVER, top=top, n_in=n_in, n_out=n_out,
                             binary=_BINARY, trace=trace))
    obj = scratch / "obj"
    cmd = [str(tool.path), *_flags(trace), "--top-module", top, "-Mdir", str(obj),
           "-o", f"../{_BINARY}", *[a for f in _CFLAGS for a in ("-CFLAGS", f)],
           *_param_flags(params), *[f"-I{d}" for d in include_dirs],
           *[str(s) for s in sources], str(driver)]
    logs = cache_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    name = scratch.name[len(".tmp-"):].rsplit("-", 1)[0]  # <top>-<key>
    _run_logged(cmd, tool, logs / f"{name}-verilate.log",
                f"Verilator could not translate {top}")
    runtime_key = build_cache.build_key(tool.identity(), _CFLAGS, _OPT_FAST,
                                        *(_TRACE_FLAGS if trace else ()))
    runtime = cache_dir / f"runtime-{runtime_key}"
    global_objs = _global_objects(obj, top)
    _restore_runtime(runtime, obj, global_objs)
    make = ["make", "-C", str(obj), "-f", f"V{top}.mk", f"-j{_jobs()}",
            f"PYTHON3={sys.executable}", f"OPT_FAST={_OPT_FAST}",
            f"VM_PARALLEL_BUILDS={int(_cpp_bytes(obj) > _PARALLEL_CPP_BYTES)}",
            "CFG_CXXFLAGS_PCH_I=-include"]  # the PyPI build leaves it empty
    _run_logged(make, tool, logs / f"{name}-make.log",
                f"C++ build of the {top} simulator failed")
    _save_runtime(runtime, obj, global_objs)


def _jobs() -> int:
    return max(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2)


def _cpp_bytes(obj: Path) -> int:
    return sum(f.stat().st_size for f in obj.glob("*.cpp"))


def _global_objects(obj: Path, top: str) -> list[str]:
    """Names of Verilator's runtime objects (verilated, verilated_threads, ...)."""
    names, collecting = [], False
    for line in (obj / f"V{top}_classes.mk").read_text().splitlines():
        if line.startswith("VM_GLOBAL_"):
            collecting = True
            continue
        if collecting and line.startswith("  "):
            names.append(line.strip().rstrip("\\").strip())
        else:
            collecting = False
    return [n for n in names if n]


def _restore_runtime(runtime: Path, obj: Path, names: list[str]) -> None:
    if build_cache.cached_build(runtime.parent, runtime.name, f"{names[0]}.o") is None:
        return
    try:
        for n in names:  # copied after the makefile was written, so make keeps them
            for ext in (".o", ".d"):
                if (runtime / f"{n}{ext}").exists():
                    shutil.copy(runtime / f"{n}{ext}", obj / f"{n}{ext}")
    except OSError:  # evicted meanwhile: make builds the runtime itself
        for n in names:
            for ext in (".o", ".d"):
                (obj / f"{n}{ext}").unlink(missing_ok=True)


def _save_runtime(runtime: Path, obj: Path, names: list[str]) -> None:
    if runtime.exists() or not all((obj / f"{n}.o").exists() for n in names):
        return
    scratch = Path(tempfile.mkdtemp(prefix=".tmp-runtime-", dir=runtime.parent))
    for n in names:
        for ext in (".o", ".d"):
            if (obj / f"{n}{ext}").exists():
                shutil.copy(obj / f"{n}{ext}", scratch / f"{n}{ext}")
    build_cache.publish_build(scratch, runtime.parent, runtime.name)


def _run_logged(cmd: list[str], tool, log: Path, what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, env=tool.environ())
    log.write_text(f"$ {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    if proc.returncode != 0:
        errors = [ln for ln in (proc.stderr + proc.stdout).splitlines()
                  if "error" in ln.lower()] or (proc.stderr or proc.stdout).splitlines()[-3:]
        first = errors[0].strip() if errors else "no output"
        raise FinnVivadoError(f"{what}: {first} (full log: {log})")


def simulate(top: str, sources, inputs, out_counts, stall=None, seed: int = 0,
             timeout_cycles: int | None = None, watchdog_cycles: int = 100_000,
             params: dict | None = None, include_dirs=(), build_dir=None,
             trace_file=None, data_dir=None) -> SimResult:
    """Build (or reuse) the simulator of ``top`` and run it once; see :meth:`SimBuild.run`.
    ``trace_file``: write a VCD waveform there (uses the traced build); ``data_dir``: see
    :func:`build`."""
    sim = build(top, sources, len(inputs), len(out_counts), params=params,
                include_dirs=include_dirs, build_dir=build_dir, trace=trace_file is not None,
                data_dir=data_dir)
    return sim.run(inputs, out_counts, stall=stall, seed=seed,
                   watchdog_cycles=watchdog_cycles, timeout_cycles=timeout_cycles,
                   trace_file=trace_file)


def lint(top: str, sources, params: dict | None = None, include_dirs=()) -> list[str]:
    """``verilator --lint-only -Wall``: the warning/error lines (empty when clean)."""
    tool = find_verilator()
    cmd = [str(tool.path), "--lint-only", "-Wall", "--top-module", top,
           *_param_flags(params), *[f"-I{d}" for d in include_dirs],
           *[str(Path(s).resolve()) for s in sources]]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=tool.environ())
    lines = [ln for ln in (proc.stderr + proc.stdout).splitlines()
             if ln.startswith("%Warning") or ln.startswith("%Error")]
    if proc.returncode != 0 and not lines:
        lines = [(proc.stderr or proc.stdout).strip() or f"verilator exited {proc.returncode}"]
    return lines
