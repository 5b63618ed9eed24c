"""FINN's packaging steps, each ``(model, cfg) -> model``.

- ``step_make_pynq_driver``: ``<output_dir>/driver/`` for the stitched accelerator
  (:func:`finn_vivado.backends.driver.make.write_driver`), when ``pynq_driver`` is among
  generate_outputs.
- ``step_deployment_package``: ``<output_dir>/deploy/`` and ``deploy.zip``, bitfile +
  driver for the board (:func:`finn_vivado.backends.deploy.make_deployment_package`),
  when ``deployment_package`` is among generate_outputs; without a bitfile it warns
  (build log and console) what is missing and how to make it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from finn_vivado.backends.deploy import make_deployment_package
from finn_vivado.backends.driver.make import DRIVER_DIR, write_driver
from finn_vivado.backends.stitched.design import STITCHED_DIR, StitchedDesign
from finn_vivado.backends.vivado.scripts import BIT_NAME
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.config_types import DataflowOutputType

__all__ = ["step_deployment_package", "step_make_pynq_driver"]

#: the deployment package's logger (the build log names it; kept from before the step moved)
log = logging.getLogger("finn_vivado.backends.deploy")
#: layers that only move a stream (skipped when looking for the last computing layer)
_PLUMBING = ("StreamingFIFO", "StreamingDataWidthConverter")


def _last_layer(model: Any) -> str:
    """Op type of the layer computing the output (FIFOs and width converters skipped)."""
    node = model.find_producer(model.graph.output[0].name)
    while node is not None and node.op_type in _PLUMBING:
        node = model.find_producer(node.input[0])
    return node.op_type if node is not None else ""


def step_make_pynq_driver(model: Any, cfg: BuildConfig) -> Any:
    """Write ``<output_dir>/driver/`` (when ``pynq_driver`` is among generate_outputs)."""
    if not cfg.wants(DataflowOutputType.PYNQ_DRIVER):
        return model
    platform = cfg.resolve_driver_platform()
    design = StitchedDesign.load(Path(cfg.output_dir) / STITCHED_DIR)
    ishape = model.get_tensor_shape(model.graph.input[0].name)
    suffix = "xclbin" if platform == "alveo" else "bit"
    out = write_driver(Path(cfg.output_dir) / DRIVER_DIR, design, ishape, platform,
                       1e3 / cfg.synth_clk_period_ns, f"../bitfile/{BIT_NAME}.{suffix}",
                       output_is_topk=_last_layer(model) == "LabelSelect")
    print(f"PYNQ driver ({platform}) for {design.top}: {out}")
    return model


def _missing_bitfile_message(out: Path) -> str:
    batch = out / "vivado" / "make_bitfile.tcl"
    how = (f"run  vivado -mode batch -source {batch}  (written by step_synthesize_bitfile)"
           if batch.is_file() else
           "rebuild with 'bitfile' in generate_outputs, a 'board' and vivado on PATH")
    return (f"step_deployment_package: no bitfile in {out / 'bitfile'} (*.bit/*.hwh or "
            f"*.xclbin); the package holds the driver only. To get the bitfile, {how}, "
            "then run step_deployment_package again (--start-step step_deployment_package)")


def step_deployment_package(model: Any, cfg: BuildConfig) -> Any:
    """Package bitfile + driver for the board (only with 'deployment_package' requested)."""
    if not cfg.wants(DataflowOutputType.DEPLOYMENT_PACKAGE):
        return model
    out = Path(cfg.output_dir)
    made = make_deployment_package(out)
    if not made["has_bitfile"]:
        log.warning(_missing_bitfile_message(out))
    listed = ", ".join(made["bitfiles"]) or "no bitfile"
    print(f"Deployment package: {made['deploy_dir']} ({listed} + driver); zip: {made['zip']}")
    return model
