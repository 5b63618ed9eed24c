"""Per-node RTL steps: FINN's ``step_hw_codegen`` and ``step_hw_ipgen``.

``step_hw_codegen`` writes, for every hardware node, ``<output_dir>/hw/<node>/``:
the wrapper ``<node>.v`` around its library core, the ``$readmemh`` files of its
weights / thresholds and the file list ``<node>.f``; the node records the directory
in ``code_gen_dir_ipgen`` and the file list in ``ipgen_path``
(:mod:`finn_vivado.backends.rtl.codegen`).

``step_hw_ipgen`` checks every generated node: one ``verilator --lint-only -Wall``
run over all wrappers (an error names the node and the log); the warnings are in
``<output_dir>/hw/lint.log``. It then runs the ``node_by_node_rtlsim`` verification
when the config asks for it.

Both do nothing unless the config asks for a product that needs RTL (anything but
``estimate_reports``) or for an rtlsim verification (:meth:`BuildConfig.needs_rtl`).

:func:`plumb_and_codegen` is the helper of the FIFO and stitching steps: it inserts
the width converters and FIFOs and generates their RTL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from finn_vivado.backends.rtl.codegen import HW_DIR, codegen_model, lint_nodes
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.verify import verify_node_by_node
from finn_vivado.layers import is_hw_layer
from finn_vivado.transforms.plumbing import insert_stream_plumbing

__all__ = [
    "plumb_and_codegen",
    "step_hw_codegen",
    "step_hw_ipgen",
]

_PLUMBING_OPS = ("StreamingFIFO", "StreamingDataWidthConverter")


def step_hw_codegen(model: Any, cfg: BuildConfig) -> Any:
    """Generate each hardware node's wrapper, memory files and file list."""
    if not cfg.needs_rtl():
        return model
    made = codegen_model(model, Path(cfg.output_dir) / HW_DIR)
    print(f"Generated RTL of {len(made)} nodes in {Path(cfg.output_dir) / HW_DIR}")
    return model


def step_hw_ipgen(model: Any, cfg: BuildConfig) -> Any:
    """Check every node's RTL (Verilator lint); verify node_by_node_rtlsim if asked."""
    if not cfg.needs_rtl():
        return model
    out = Path(cfg.output_dir) / HW_DIR
    warnings = lint_nodes(model, out / "lint.log")
    print(f"RTL check of {sum(is_hw_layer(n) for n in model.graph.node)} nodes passed "
          f"({len(warnings)} lint warnings, see {out / 'lint.log'})")
    verify_node_by_node(model, cfg)
    return model


def plumb_and_codegen(model: Any, cfg: BuildConfig) -> Any:
    """Insert the width converters and FIFOs (once, :mod:`finn_vivado.transforms.plumbing`,
    with the folding config's entries for them) and (re)generate their RTL under
    ``<output_dir>/hw``; returns the model."""
    model = insert_stream_plumbing(model, cfg.folding_config_file)
    plumbing = {n.name for n in model.graph.node if n.op_type in _PLUMBING_OPS}
    codegen_model(model, Path(cfg.output_dir) / HW_DIR, only=plumbing)
    return model
