"""Out-of-context synthesis with Yosys and the estimate-vs-synthesis comparison.

Yosys ``synth_xilinx`` synthesises the stitched accelerator with its hierarchy kept
(:mod:`.yosys_ooc`), which gives the resources of every layer; :mod:`.compare` sets
them (or Vivado's, :func:`finn_vivado.backends.vivado.run.run_vivado_ooc`) against the
estimates. Yosys has no Xilinx timing engine: :mod:`.timing` estimates fmax from the
mapped netlist (:mod:`.netlist`, cell rules in :mod:`.cells`) with the delay model of
``delay_models.json``. FINN's ``step_out_of_context_synthesis``, which chooses the tool
and writes ``report/ooc_synth_and_timing.json``, ``report/post_synth_resources.json`` and
``report/estimate_vs_synth.json``, is in :mod:`finn_vivado.flow.steps.synth`.
"""

from finn_vivado.backends.synth.compare import compare_layers, format_table
from finn_vivado.backends.synth.yosys_ooc import yosys_ooc

__all__ = ["compare_layers", "format_table", "yosys_ooc"]
