"""FINN's ``step_set_fifo_depths`` (``auto_fifo_depths``).

Inserts the width converters and FIFOs (:func:`finn_vivado.flow.steps.hw.plumb_and_codegen`)
and, with ``auto_fifo_depths`` (the default), sizes every FIFO whose depth the folding
config does not fix by simulation (:func:`finn_vivado.backends.sim.fifo_sizing.size_fifos`,
whose docstring describes the search) in ``<output_dir>/fifo_sizing/``, writing
``report/fifo_sizing.json``. FIFOs deeper than a shift register take
``large_fifo_mem_style``; the depths are recorded on the adjacent layers and in
``final_hw_config.json``, and the plumbing's RTL is generated again. Does nothing
unless the config needs RTL (:meth:`BuildConfig.needs_rtl`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.backends.sim.fifo_sizing import (
    FIFO_SIZING_DIR,
    record_fifo_depths,
    set_large_fifo_style,
    size_fifos,
)
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.steps.hw import plumb_and_codegen
from finn_vivado.transforms.plumbing import configured_fifo_depths, fifo_nodes

__all__ = ["SIZING_REPORT", "step_set_fifo_depths"]

#: the sizing log written under <output_dir>/report
SIZING_REPORT = "fifo_sizing.json"


def step_set_fifo_depths(model: Any, cfg: BuildConfig) -> Any:
    """Insert width converters and FIFOs; size the FIFOs by simulation when
    auto_fifo_depths (see the module docstring)."""
    if not cfg.needs_rtl():
        return model
    model = plumb_and_codegen(model, cfg)
    out = Path(cfg.output_dir)
    fixed = configured_fifo_depths(model, cfg.folding_config_file)
    if cfg.auto_fifo_depths and len(fixed) < len(fifo_nodes(model)):
        start = time.monotonic()
        work = out / FIFO_SIZING_DIR
        log = size_fifos(model, work, cfg.ip_name, cfg.synth_clk_period_ns, fixed,
                         frames=cfg.fifosim_n_inferences,
                         waveform=work / "fifosim.vcd" if cfg.fifosim_save_waveform else None)
        _report_sizing(out, log, time.monotonic() - start)
    elif cfg.auto_fifo_depths:
        print("FIFO depths: all fixed by the folding config")
    style = cfg.large_fifo_mem_style
    set_large_fifo_style(model, getattr(style, "value", style))
    record_fifo_depths(model, out / "final_hw_config.json")
    return plumb_and_codegen(model, cfg)


def _report_sizing(out: Path, log: dict, seconds: float) -> None:
    log["seconds"] = seconds
    (out / "report").mkdir(parents=True, exist_ok=True)
    atomic_write_json(out / "report" / SIZING_REPORT, log)
    print(f"FIFO depths by simulation ({log['trials']} trial runs, {seconds:.1f} s of which "
          f"{log['compile_seconds']:.1f} s Verilator builds): "
          + ", ".join(f"{k}={v}" for k, v in log["depths"].items()))
