"""Running Vivado on a build: the bitfile batch script and out-of-context synthesis.

- :func:`write_batch_bitfile` writes the shell script for a board, the bitfile script and
  a batch script running both (``<output_dir>/vivado/make_bitfile.tcl``); FINN's
  ``step_synthesize_bitfile`` (:mod:`finn_vivado.flow.steps.synth`) runs it.
- :func:`run_vivado_ooc` renders ``ooc_synth.tcl``, runs ``vivado -mode batch`` on it and
  reads its reports (the Vivado path of ``step_out_of_context_synthesis``).
- :func:`run_batch` runs a tool, echoing its output.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from typing import Any, Optional

from finn_vivado.backends.stitched.accel import find_accelerator
from finn_vivado.backends.synth.yosys_ooc import layer_module
from finn_vivado.backends.vivado.render import write_rendered
from finn_vivado.backends.vivado.reports import ooc_summary, post_synth_layers
from finn_vivado.backends.vivado.scripts import gen_bitfile, gen_ooc, gen_shell
from finn_vivado.core.boards import get_board, part_info
from finn_vivado.core.errors import FinnVivadoError

__all__ = ["run_batch", "run_vivado_ooc", "write_batch_bitfile"]


def write_batch_bitfile(output_dir: Path, board: str, clk_ns: Optional[float]) -> dict[str, Any]:
    """Write the shell, bitfile and batch scripts; returns their description."""
    shell = gen_shell(find_accelerator(output_dir), board, clk_ns=clk_ns)
    bitfile = gen_bitfile(output_dir) if shell["kind"] == "zynq" else None
    batch = write_rendered(
        Path(output_dir) / "vivado" / "make_bitfile.tcl", "batch_bitfile.tcl.j2",
        board=get_board(board), shell_script=shell["script"],
        bitfile_script=bitfile["script"] if bitfile else "")
    return {"shell": shell, "bitfile": bitfile, "batch": str(batch)}


def run_batch(command: list[str], cwd: Path) -> None:
    """Run a tool, echoing its output; raise FinnVivadoError when it fails."""
    print("Running: " + " ".join(command), flush=True)
    proc = subprocess.run(command, cwd=str(cwd), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, errors="replace")
    print(proc.stdout, flush=True)
    if proc.returncode != 0:
        raise FinnVivadoError(
            f"{command[0]} failed with status {proc.returncode}; see the build log")


def run_vivado_ooc(output_dir: Path, part: str, clk_ns: float, top: str,
                   node_names: list[str]) -> tuple[dict[str, Any], Optional[dict]]:
    """Render ooc_synth.tcl, run ``vivado -mode batch`` on it and read its reports;
    (ooc_synth_and_timing dict, per-layer dict or None)."""
    made = gen_ooc(find_accelerator(output_dir), part=part, clk_ns=clk_ns)
    start = time.monotonic()
    run_batch([shutil.which("vivado") or "vivado", "-mode", "batch", "-nojournal", "-nolog",
               "-source", made["script"]], Path(made["dir"]))
    seconds = time.monotonic() - start
    summary = ooc_summary(made["dir"], output_dir)
    summary.update({"tool": "vivado", "tool_version": str(summary.get("vivado_version")),
                    "part": part, "family": part_info(part).yosys_family, "top": top,
                    "synth_seconds": round(seconds, 3)})
    modules = {layer_module(top, name): name for name in node_names}
    return summary, post_synth_layers(made["dir"], modules)
