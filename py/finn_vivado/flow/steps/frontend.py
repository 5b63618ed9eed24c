"""The front-end build steps, FINN's names, each ``(model, cfg) -> model``."""

from __future__ import annotations

import logging
from pathlib import Path

from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.transforms.folding_file import read_node_config
from finn_vivado.core.fsio import atomic_save_model, atomic_write_json
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.verify import SOURCE_MODEL, verify_step
from finn_vivado.frontend.hw_stream import LAYER_DOMAIN
from finn_vivado.frontend.importer import QUANT_ALIASES, QUANT_OPS, clean_model, prepend_div255, qonnx_to_finn, tidy_up
from finn_vivado.frontend.partition import create_dataflow_partition
from finn_vivado.frontend.streamline import streamline
from finn_vivado.frontend.to_hw import convert_to_hw

__all__ = [
    "step_qonnx_to_finn", "step_tidy_up", "step_streamline", "step_convert_to_hw",
    "step_create_dataflow_partition", "step_specialize_layers",
]

log = logging.getLogger("finn_vivado")


def _intermediate_dir(cfg: BuildConfig) -> Path:
    d = Path(cfg.output_dir) / "intermediate_models"
    d.mkdir(parents=True, exist_ok=True)
    return d


def step_qonnx_to_finn(model: ModelWrapper, cfg: BuildConfig) -> ModelWrapper:
    """Check the model is quantized, keep it as golden reference, fold weight quantizers."""
    if not any(n.op_type in QUANT_OPS or n.op_type in QUANT_ALIASES for n in model.graph.node):
        raise FinnVivadoError(
            "the model has no quantizers (Quant, BipolarQuant, MultiThreshold): finn-vivado "
            "compiles quantized networks; export it with brevitas or QKeras quantized layers")
    if cfg.input_div255:
        model = prepend_div255(model)
    model = clean_model(model)  # shapes known, same function: the golden reference
    atomic_save_model(model, _intermediate_dir(cfg) / SOURCE_MODEL)
    return qonnx_to_finn(model, cleaned=True)


def step_tidy_up(model: ModelWrapper, cfg: BuildConfig) -> ModelWrapper:
    """qonnx's tidy-up passes; verifies ``initial_python``."""
    model = tidy_up(model)
    verify_step(model, cfg, "initial_python")
    return model


def step_streamline(model: ModelWrapper, cfg: BuildConfig) -> ModelWrapper:
    """Integer weights, exact integer thresholds; verifies ``streamlined_python``."""
    model = streamline(model, int(cfg.max_multithreshold_bit_width))
    verify_step(model, cfg, "streamlined_python")
    return model


def step_convert_to_hw(model: ModelWrapper, cfg: BuildConfig) -> ModelWrapper:
    """Map the integer graph onto hardware layers (MVAU, Thresholding, SWG, ...)."""
    return convert_to_hw(model, bool(cfg.standalone_thresholds))


def step_create_dataflow_partition(model: ModelWrapper, cfg: BuildConfig) -> ModelWrapper:
    """Return the hardware part; the software parent goes to dataflow_parent.onnx."""
    child, _ = create_dataflow_partition(model, _intermediate_dir(cfg))
    return child


def _read_specialize_config(path) -> dict:
    return read_node_config(path, f"specialize_layers_config_file {path}",
                            "specialize_layers_config_file")


def step_specialize_layers(model: ModelWrapper, cfg: BuildConfig) -> ModelWrapper:
    """Record each layer's implementation style (every layer here is plain Verilog RTL)."""
    wanted = {}
    if cfg.specialize_layers_config_file:
        wanted = _read_specialize_config(cfg.specialize_layers_config_file)
    defaults = wanted.get("Defaults", {})
    template = {"Defaults": {}}
    for node in model.graph.node:
        if node.domain != LAYER_DOMAIN:
            continue
        style = wanted.get(node.name, {}).get("preferred_impl_style",
                                               defaults.get("preferred_impl_style", ""))
        if style not in ("", "rtl", "hls"):
            raise FinnVivadoError(
                f"specialize_layers_config: {node.name}: preferred_impl_style={style!r} is not "
                "one of '', 'rtl', 'hls'")
        if style == "hls":
            log.warning("%s: preferred_impl_style 'hls' requested; finn-vivado implements "
                        "every layer in RTL", node.name)
        getCustomOp(node).set_nodeattr("preferred_impl_style", style)
        template[node.name] = {"preferred_impl_style": style}
    out = Path(cfg.output_dir) / "template_specialize_layers_config.json"
    atomic_write_json(out, template)
    return model
