"""FINN's ``step_synthesize_bitfile``: the board shell and the bitfile from a build.

When ``bitfile`` is among ``generate_outputs`` the step writes the shell script for the
config's board, the bitfile script and a batch script running both
(``<output_dir>/vivado/make_bitfile.tcl``).  With ``vivado`` on PATH it runs it
(``vivado -mode batch``) and then, for Alveo, the v++ link when ``v++`` is on PATH;
otherwise it prints the command to run.  The products land in ``<output_dir>/bitfile``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any, Optional

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.stitched.accel import find_accelerator
from finn_vivado.backends.vivado.render import write_rendered
from finn_vivado.backends.vivado.scripts import gen_bitfile, gen_shell

__all__ = ["run_batch", "step_synthesize_bitfile", "write_batch_bitfile"]


def write_batch_bitfile(output_dir: Path, board: str, clk_ns: Optional[float]) -> dict[str, Any]:
    """Write the shell, bitfile and batch scripts; returns their description."""
    from finn_vivado.core.boards import get_board

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


def step_synthesize_bitfile(model: Any, cfg: Any) -> Any:
    """Shell + bitfile for cfg.board (does nothing unless 'bitfile' is requested)."""
    from finn_vivado.flow.config_types import DataflowOutputType

    if not cfg.wants(DataflowOutputType.BITFILE):
        return model
    if not cfg.board:
        raise FinnVivadoError(
            "generate_outputs has 'bitfile' but the config names no board; a bitfile needs a "
            "board (its shell); set 'board' or drop 'bitfile' (a bare fpga_part is enough "
            "up to out_of_context_synth)")
    out = Path(cfg.output_dir)
    made = write_batch_bitfile(out, cfg.board, cfg.synth_clk_period_ns)
    vivado = shutil.which("vivado")
    if vivado is None:
        print(f"vivado is not on PATH: run  vivado -mode batch -source {made['batch']}", flush=True)
        return model
    run_batch([vivado, "-mode", "batch", "-nojournal", "-nolog", "-source", made["batch"]],
              out / "vivado")
    if made["shell"]["kind"] == "alveo":
        if shutil.which("v++") is None:
            print(f"v++ is not on PATH: run  sh {made['shell']['link_script']}", flush=True)
            return model
        run_batch(["sh", made["shell"]["link_script"]], out / "vivado")
        (out / "bitfile").mkdir(parents=True, exist_ok=True)
        shutil.copy(made["shell"]["xclbin"], out / "bitfile")
    return model
