"""The build runner: load the model, run the configured steps, record outputs.

``build(model, cfg)`` runs the steps between ``cfg.start_step`` and ``cfg.stop_step``
(inclusive), each ``(model, cfg) -> model``.  Everything a step prints or warns goes to
``<output_dir>/build_dataflow.log``; the console gets one ``Running step: NAME [i/n]``
line per step.  After each step the model is saved to
``intermediate_models/<step>.onnx`` (when ``save_intermediate_models``), and
``time_per_step.json`` records the seconds each finished step took.  At the end (also
after a failed step) a build that made estimate reports gets the visual report
``report/index.html`` (see :mod:`finn_vivado.backends.report`).

``build_dataflow_directory(DIR)`` is FINN's simple mode: ``DIR/model.onnx`` +
``DIR/dataflow_build_config.json`` (+ ``DIR/folding_config.json``), paths relative to DIR.
For scripts written against FINN, ``build_dataflow_cfg`` is an alias of ``build``; the
public facade :mod:`finn_vivado.build` can itself be called: ``finn_vivado.build(model, cfg)``.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import re
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

from finn_vivado.backends.report import write_build_report
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.fsio import (atomic_save_model, atomic_write_json, directory_lock,
                                   os_error_message, remove_stray_temps, user_os_errors)
from finn_vivado.flow.config import BuildConfig, merge_overrides, read_config_file
from finn_vivado.flow.model_file import load_model
from finn_vivado.flow.registry import (STEP_NAMES_DEFAULT, Step, canonical_step_name, resolve_step,
                                       step_display_name)

__all__ = [
    "CONFIG_FILE",
    "FOLDING_FILE",
    "INTERMEDIATE_DIR",
    "LOG_FILE",
    "MODEL_FILE",
    "TIME_FILE",
    "build",
    "build_dataflow_cfg",
    "build_dataflow_directory",
    "intermediate_model_path",
    "load_build_dir",
    "load_model",
]

LOG_FILE = "build_dataflow.log"
#: held while a build writes into output_dir (a second build there is refused)
LOCK_FILE = ".finn-build.lock"
TIME_FILE = "time_per_step.json"
INTERMEDIATE_DIR = "intermediate_models"
MODEL_FILE = "model.onnx"
CONFIG_FILE = "dataflow_build_config.json"
FOLDING_FILE = "folding_config.json"

log = logging.getLogger("finn_vivado.flow.runner")


def intermediate_model_path(output_dir: Union[str, os.PathLike], step_name: str) -> Path:
    """Where the model after ``step_name`` is saved: intermediate_models/<step>.onnx."""
    safe = re.sub(r"[^A-Za-z0-9_.\-]", "_", step_name) or "step"
    return Path(output_dir) / INTERMEDIATE_DIR / f"{safe}.onnx"


# --------------------------------------------------------------------------- step selection
def _step_index(names: list[str], wanted: Optional[str], field: str, default: int) -> int:
    if wanted is None:
        return default
    try:
        key = canonical_step_name(wanted)
    except FinnVivadoError:
        key = wanted  # a custom step, named by its __name__
    if key not in names:
        raise FinnVivadoError(
            f"config field '{field}': {wanted!r} is not one of the steps of this build: "
            f"{', '.join(names)}"
        )
    return names.index(key)


def _select_steps(cfg: BuildConfig) -> tuple[list[str], int, list]:
    """Return (all step names, index of the first selected step, selected step entries)."""
    entries = list(cfg.steps) if cfg.steps is not None else list(STEP_NAMES_DEFAULT)
    if not entries:
        raise FinnVivadoError("config field 'steps' is an empty list; give at least one step")
    names = [step_display_name(s) for s in entries]
    start = _step_index(names, cfg.start_step, "start_step", 0)
    stop = _step_index(names, cfg.stop_step, "stop_step", len(names) - 1)
    if start > stop:
        raise FinnVivadoError(
            f"start_step {names[start]} comes after stop_step {names[stop]}; nothing to run"
        )
    return names, start, entries[start : stop + 1]


def _initial_model(model_or_path: Any, cfg: BuildConfig, names: list[str], start: int) -> Any:
    if start == 0:
        return load_model(model_or_path)
    previous = names[start - 1]
    path = intermediate_model_path(cfg.output_dir, previous)
    if not path.is_file():
        raise FinnVivadoError(
            f"cannot start at {names[start]}: the model saved after {previous} is missing "
            f"({path}); run the build up to {previous} first with save_intermediate_models on"
        )
    return load_model(path)


# --------------------------------------------------------------------------- logging
class _LogWriter(io.TextIOBase):
    """A text stream that turns every written line into a log record."""

    def __init__(self, logger: logging.Logger, level: int) -> None:
        super().__init__()
        self._logger, self._level, self._buf = logger, level, ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._buf += text
        while "\n" in self._buf:
            line, self._buf = self._buf.split("\n", 1)
            if line.strip():
                self._logger.log(self._level, line.rstrip())
        return len(text)

    def flush(self) -> None:
        if self._buf.strip():
            self._logger.log(self._level, self._buf.rstrip())
        self._buf = ""


class _ConsoleFilter(logging.Filter):
    """Without --verbose the console still shows verification verdicts and the tool's own
    warnings (e.g. a missed target_fps and its binding constraint)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("finn_vivado.step."):
            return record.getMessage().startswith("Verification for")
        # errors reach the console once, through the caller (the CLI's one error line)
        return record.name.startswith("finn_vivado") and record.levelno == logging.WARNING


class _QuietFileHandler(logging.FileHandler):
    """A log file that, when it cannot be written (disk full), stops logging instead of
    printing logging's own traceback on the console."""

    def handleError(self, record: logging.LogRecord) -> None:
        self.setLevel(logging.CRITICAL + 1)


class _NoTraceback(logging.Formatter):
    """Console format: the message only; tracebacks stay in the build log."""

    def format(self, record: logging.LogRecord) -> str:
        return record.getMessage()


_warn_log = logging.getLogger("finn_vivado.warnings")


def _log_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings raised during a build go to the build log; finn-vivado's own (e.g. an
    ignored folding entry) also to the console, as one plain line."""
    ours = category.__module__.startswith("finn_vivado") or "finn_vivado" in str(filename)
    if ours:
        _warn_log.warning("%s", message)
    else:
        _warn_log.info("%s:%s: %s: %s", filename, lineno, category.__name__, message)


@contextlib.contextmanager
def _build_logging(log_path: Path, append: bool, verbose: bool) -> Iterator[None]:
    """Send all logging and warnings to the build log (and the console when verbose)."""
    with user_os_errors():
        handlers: list[logging.Handler] = [
            _QuietFileHandler(log_path, mode="a" if append else "w", encoding="utf-8")
        ]
    handlers[0].setFormatter(logging.Formatter("[%(asctime)s] %(levelname)s %(name)s: %(message)s"))
    handlers.append(logging.StreamHandler(sys.stdout))
    handlers[1].setFormatter(_NoTraceback())
    if not verbose:
        handlers[1].addFilter(_ConsoleFilter())
    root, pkg = logging.getLogger(), logging.getLogger("finn_vivado")
    saved_levels = (root.level, pkg.level)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO))
    pkg.setLevel(logging.DEBUG)
    saved_show = warnings.showwarning
    warnings.showwarning = _log_warning
    try:
        yield
    finally:
        warnings.showwarning = saved_show
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(saved_levels[0])
        pkg.setLevel(saved_levels[1])


# --------------------------------------------------------------------------- running
def _run_step(name: str, fn: Step, model: Any, cfg: BuildConfig) -> Any:
    from qonnx.core.modelwrapper import ModelWrapper

    out_log = logging.getLogger(f"finn_vivado.step.{name}")
    stdout, stderr = _LogWriter(out_log, logging.INFO), _LogWriter(out_log, logging.WARNING)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            result = fn(model, cfg)
    finally:
        stdout.flush()
        stderr.flush()
    if isinstance(result, ModelWrapper):
        return result
    if type(result).__name__ == "ModelProto":
        return ModelWrapper(result)
    raise FinnVivadoError(
        f"step {name} returned {type(result).__name__}, not a model; a step must return "
        "the (possibly modified) ModelWrapper it was given"
    )


def _write_times(output_dir: Path, times: Mapping[str, float]) -> None:
    atomic_write_json(output_dir / TIME_FILE, dict(times))


def _note(exc: BaseException, step: str, out: Path) -> None:
    if hasattr(exc, "add_note"):  # Python >= 3.11
        exc.add_note(f"failed in {step}; traceback in the build log {out / LOG_FILE}")


def _run_steps(model: Any, cfg: BuildConfig, selected: list, out: Path) -> Any:
    times: dict[str, float] = {}
    current, finished = "", False
    try:
        for index, (name, fn) in enumerate(selected, start=1):
            current = name
            print(f"Running step: {name} [{index}/{len(selected)}]", flush=True)
            log.info("Running step: %s [%d/%d]", name, index, len(selected))
            started = time.perf_counter()
            model = _run_step(name, fn, model, cfg)
            times[name] = time.perf_counter() - started
            if cfg.save_intermediate_models:
                path = intermediate_model_path(out, name)
                atomic_save_model(model, path)
        finished = True
    except FinnVivadoError as exc:
        log.error("%s failed: %s", current, exc)
        if current not in str(exc):
            raise FinnVivadoError(f"{current}: {exc}") from None
        raise
    except MemoryError:
        log.exception("%s ran out of memory", current)
        raise FinnVivadoError(
            f"{current}: out of memory; the model or a setting (batch size, FIFO depths, "
            f"folding) needs more memory than this machine has (details: {out / LOG_FILE})"
        ) from None
    except OSError as exc:
        message = os_error_message(exc)
        if message is None:
            log.exception("%s failed with an internal error", current)
            _note(exc, current, out)
            raise
        log.error("%s failed: %s", current, message)
        raise FinnVivadoError(f"{current}: {message}") from None
    except Exception as exc:
        log.exception("%s failed with an internal error", current)
        _note(exc, current, out)
        if cfg.enable_build_pdb_debug and sys.stdin is not None and sys.stdin.isatty():
            import pdb

            pdb.post_mortem(exc.__traceback__)
        raise
    finally:
        try:
            _write_times(out, times)
        except FinnVivadoError:
            if finished:  # else the step's own error is the one to report
                raise
    return model


def build(model_or_path: Any, cfg: Union[BuildConfig, Mapping[str, Any]]) -> int:
    """Build ``model_or_path`` (path, onnx.ModelProto or ModelWrapper) with ``cfg``.

    Returns 0 on success.  User errors raise FinnVivadoError (also written to the build
    log); any other exception is logged with its traceback and re-raised.
    """
    if isinstance(cfg, Mapping):
        cfg = BuildConfig.from_dict(cfg)
    if not isinstance(cfg, BuildConfig):
        raise FinnVivadoError(f"cfg must be a BuildConfig or a dict, got {type(cfg).__name__}")
    cfg.validate()
    if cfg.output_dir is None:
        raise FinnVivadoError("config field 'output_dir' is not set; give the directory for outputs")
    names, start, entries = _select_steps(cfg)
    with warnings.catch_warnings(record=True) as load_warnings:  # replayed into the log
        model = _initial_model(model_or_path, cfg, names, start)
    selected = [resolve_step(e) for e in entries]  # fail before running anything
    out = Path(cfg.output_dir)
    with user_os_errors():
        if out.exists() and not out.is_dir():
            raise FinnVivadoError(f"config field 'output_dir': {out} is a file, not a directory; "
                                  "choose a directory for the outputs")
        out.mkdir(parents=True, exist_ok=True)
    with directory_lock(out, LOCK_FILE, "build"):
        remove_stray_temps(out)
        _build_locked(model, cfg, selected, start, out, model_or_path, load_warnings)
    print("Completed successfully", flush=True)
    return 0


def _build_locked(model: Any, cfg: BuildConfig, selected: list, start: int, out: Path,
                  model_or_path: Any, load_warnings: list) -> None:
    source = model_or_path if isinstance(model_or_path, (str, os.PathLike)) else "<in-memory model>"
    print(f"Building dataflow accelerator from {source}")
    print(f"Outputs will be generated at {out}")
    print(f"Build log is at {out / LOG_FILE}", flush=True)
    with _build_logging(out / LOG_FILE, append=start > 0, verbose=cfg.verbose):
        log.info("Building dataflow accelerator from %s", source)
        log.info("Build config: %s", json.dumps(cfg.to_dict(), sort_keys=True, default=str))
        for warning in load_warnings:
            log.warning("while loading the model: %s", warning.message)
        if cfg.ignored_fields:
            log.warning("Ignored unknown config fields: %s", ", ".join(cfg.ignored_fields))
        if cfg.without_effect():
            log.warning("Config fields without effect in finn-vivado: %s",
                        "; ".join(cfg.without_effect()))
        try:
            _run_steps(model, cfg, selected, out)
        finally:  # the visual report, also of a failed build
            write_build_report(out, source, cfg.synth_clk_period_ns, cfg.fpga_part,
                               wanted=cfg.wants("estimate_reports"))
        log.info("Completed successfully")


#: FINN's name for :func:`build`.
build_dataflow_cfg = build


# --------------------------------------------------------------------------- simple mode
def load_build_dir(
    path: Union[str, os.PathLike],
    config_path: Optional[Union[str, os.PathLike]] = None,
    overrides: Optional[Mapping[str, Any]] = None,
) -> tuple[Path, BuildConfig]:
    """Model path and config of a FINN build directory (simple dataflow build mode).

    Reads DIR/model.onnx and DIR/dataflow_build_config.json (or ``config_path``); uses
    DIR/folding_config.json when the config names no folding file and it exists; the
    output directory defaults to DIR/output_<DIR name>.  Relative paths resolve against
    DIR.  ``overrides`` (absolute paths) replace config values, see ``merge_overrides``.
    """
    directory = Path(path).resolve()
    if not directory.is_dir():
        raise FinnVivadoError(f"build directory not found: {path}")
    model = directory / MODEL_FILE
    if not model.is_file():
        raise FinnVivadoError(
            f"model file not found: {model}; a build directory holds model.onnx and "
            "dataflow_build_config.json"
        )
    raw = read_config_file(Path(config_path) if config_path else directory / CONFIG_FILE)
    if not raw.get("folding_config_file") and (directory / FOLDING_FILE).is_file():
        raw["folding_config_file"] = FOLDING_FILE
    if not raw.get("output_dir"):
        raw["output_dir"] = f"output_{directory.name}"
    raw = merge_overrides(raw, overrides or {})
    return model, BuildConfig.from_dict(raw, base_dir=directory)


def build_dataflow_directory(path: Union[str, os.PathLike]) -> int:
    """FINN's simple mode: build DIR/model.onnx with DIR/dataflow_build_config.json."""
    model, cfg = load_build_dir(path)
    return build(model, cfg)
