"""FINN's ``step_create_stitched_ip``.

Inserts the width converters and FIFOs if still missing
(:func:`finn_vivado.flow.steps.hw.plumb_and_codegen`), writes the stitched top into
``<output_dir>/stitched_ip/`` (:func:`finn_vivado.backends.stitched.top.stitch_model`)
with its ``accelerator.json`` (the config's VLNV, clock and part), records FINN's
metadata on the model (``wrapper_filename``, ``vivado_stitch_*``), packages the IP and
installs it into the build's IP repository (:mod:`finn_vivado.backends.ipxact.install`)
and runs the ``stitched_ip_rtlsim`` verification when asked. Does nothing unless the
config needs RTL (:meth:`BuildConfig.needs_rtl`).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from finn_vivado.backends.ipxact.install import config_ip_repo, install_stitched_ip
from finn_vivado.backends.stitched.accel import StreamInterface, write_accelerator_json
from finn_vivado.backends.stitched.design import STITCHED_DIR, StitchedDesign
from finn_vivado.backends.stitched.top import stitch_model
from finn_vivado.core.version import __version__
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.steps.hw import plumb_and_codegen
from finn_vivado.flow.verify import verify_stitched

__all__ = ["config_vlnv", "step_create_stitched_ip"]


def config_vlnv(cfg: BuildConfig) -> str:
    """The accelerator IP's VLNV: ``ip_vendor:ip_library:ip_name:ip_version``."""
    return f"{cfg.ip_vendor}:{cfg.ip_library}:{cfg.ip_name}:{cfg.ip_version}"


def _write_accelerator(design: StitchedDesign, cfg: BuildConfig) -> Path:
    out = Path(design.directory)
    files = design.sources + sorted(f"hdl/{p.name}" for p in (out / "hdl").glob("*.dat"))
    streams = [StreamInterface("s_axis_0", "slave", design.in_width, design.in_beats),
               StreamInterface("m_axis_0", "master", design.out_width, design.out_beats)]
    return write_accelerator_json(out, vlnv=config_vlnv(cfg), top_module=design.top,
                                  freq_hz=int(round(1e9 / cfg.synth_clk_period_ns)),
                                  streams=streams, files=files, fpga_part=cfg.fpga_part,
                                  generator=f"finn-vivado {__version__}")


def _record(model, design: StitchedDesign, vlnv: str) -> None:
    """FINN's metadata of a stitched model (wrapper_filename, vivado_stitch_*)."""
    model.set_metadata_prop("wrapper_filename", str(Path(design.directory) / design.sources[-1]))
    model.set_metadata_prop("vivado_stitch_proj", design.directory)
    model.set_metadata_prop("vivado_stitch_vlnv", vlnv)
    model.set_metadata_prop("vivado_stitch_ifnames", json.dumps({
        "clk": ["ap_clk"], "rst": ["ap_rst_n"], "s_axis": [["s_axis_0", design.in_width]],
        "m_axis": [["m_axis_0", design.out_width]], "aximm": [], "axilite": []}))


def step_create_stitched_ip(model: Any, cfg: BuildConfig) -> Any:
    """Insert width converters / FIFOs if still missing, write ``stitched_ip/`` and
    verify ``stitched_ip_rtlsim`` when asked."""
    if not cfg.needs_rtl():
        return model
    start = time.monotonic()
    model = plumb_and_codegen(model, cfg)
    design = stitch_model(model, Path(cfg.output_dir) / STITCHED_DIR, cfg.ip_name,
                          cfg.synth_clk_period_ns)
    _write_accelerator(design, cfg)
    _record(model, design, config_vlnv(cfg))
    print(f"Stitched {len(model.graph.node)} nodes into {design.top} "
          f"({len(design.fifos)} FIFOs) in {time.monotonic() - start:.1f} s: {design.directory}")
    install_stitched_ip(design.directory, config_vlnv(cfg),
                        config_ip_repo(cfg.ip_repo, cfg.output_dir))
    verify_stitched(model, cfg, design)
    return model
