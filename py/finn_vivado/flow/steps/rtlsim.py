"""FINN's ``step_measure_rtlsim_performance``: simulate the stitched design and write
``report/rtlsim_performance.json`` (the fields are described in
:mod:`finn_vivado.backends.sim.stitched`). Does nothing unless ``rtlsim_performance``
is in ``generate_outputs``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.backends.sim.stitched import StitchedSim, measure_performance
from finn_vivado.backends.stitched.design import STITCHED_DIR, StitchedDesign
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.config_types import DataflowOutputType

__all__ = ["PERFORMANCE_REPORT", "step_measure_rtlsim_performance"]

#: the report written under <output_dir>/report
PERFORMANCE_REPORT = "rtlsim_performance.json"


def step_measure_rtlsim_performance(model: Any, cfg: BuildConfig) -> Any:
    """Simulate the stitched design and write report/rtlsim_performance.json."""
    if not cfg.wants(DataflowOutputType.RTLSIM_PERFORMANCE):
        return model
    design = StitchedDesign.load(Path(cfg.output_dir) / STITCHED_DIR)
    sim = StitchedSim(design)
    perf = measure_performance(sim, cfg.rtlsim_batch_size)
    report = Path(cfg.output_dir) / "report"
    report.mkdir(parents=True, exist_ok=True)
    atomic_write_json(report / PERFORMANCE_REPORT, perf)
    ratio = perf["stable_throughput[images/s]"] / perf["analytic_throughput[images/s]"]
    print(f"rtlsim: {perf['stable_throughput[images/s]']:,.1f} images/s stable "
          f"({ratio:.3f} of the analytic {perf['analytic_throughput[images/s]']:,.1f}), "
          f"latency {perf['latency_cycles']:,} cycles, N={perf['N']}")
    return model
