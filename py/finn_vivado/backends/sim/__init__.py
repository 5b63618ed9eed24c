"""Simulation and HDL tool runners: Verilator (generated C++ driver), Icarus, Yosys.

- :mod:`.tools`: locate the tools (clear error when one is missing).
- :mod:`.packing`: numpy arrays <-> AXI-Stream words / hex lines.
- :mod:`.verilator`: build and run a Verilator simulation of a stream top module.
- :mod:`.icarus`: ``iverilog -g2005`` compile check and run.
- :mod:`.yosys`: ``synth_xilinx`` check returning cell counts.
"""

from finn_vivado.core.packing import pack_hex, pack_words, unpack_hex, unpack_words
from finn_vivado.backends.sim.tools import find_iverilog, find_verilator, find_yosys, have_tool
from finn_vivado.backends.sim.verilator import SimBuild, SimResult, build, lint, simulate

__all__ = [
    "pack_words",
    "unpack_words",
    "pack_hex",
    "unpack_hex",
    "find_verilator",
    "find_iverilog",
    "find_yosys",
    "have_tool",
    "SimBuild",
    "SimResult",
    "build",
    "simulate",
    "lint",
]
