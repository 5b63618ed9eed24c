"""FINN's ``step_out_of_context_synthesis`` and the estimate-vs-synthesis comparison.

With ``vivado`` on PATH the step runs Vivado's out-of-context synthesis
(:mod:`finn_vivado.backends.vivado`); otherwise Yosys ``synth_xilinx`` synthesises the stitched
accelerator with its hierarchy kept (:mod:`.yosys_ooc`), which gives the resources of
every layer. Either way it writes ``report/ooc_synth_and_timing.json``,
``report/post_synth_resources.json`` (per layer, when known) and
``report/estimate_vs_synth.json`` (:mod:`.compare`).
"""

from finn_vivado.backends.synth.compare import compare_layers, format_table
from finn_vivado.flow.steps.synth import step_out_of_context_synthesis
from finn_vivado.backends.synth.yosys_ooc import yosys_ooc

__all__ = ["compare_layers", "format_table", "step_out_of_context_synthesis", "yosys_ooc"]
