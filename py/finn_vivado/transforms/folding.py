"""Folding: FINN's folding_config.json (read, apply, extract).

A folding config is a JSON object keyed by node name, plus an optional ``"Defaults"``
block::

    {"Defaults": {"ram_style": ["block", ["MVAU_hls"]], "resType": "lut"},
     "MVAU_hls_0": {"PE": 16, "SIMD": 3, "ram_style": "auto"},
     "ConvolutionInputGenerator_rtl_0": {"SIMD": 3, "ram_style": "distributed"}}

- Node names are accepted with or without FINN's ``_hls``/``_rtl`` suffix
  (``MVAU_hls_0`` = ``MVAU_0``) and with FINN's older op names
  (``MatrixVectorActivation_0``, ``Thresholding_Batch_0``, ...).
- A ``Defaults`` value applies to every node having that attribute; FINN's form
  ``[value, "all"]`` or ``[value, [op types]]`` (pairs may repeat) limits it to op types.
  Per-node entries override defaults.
- Settable attributes: :data:`FOLDING_ATTRS`. An entry naming no node of the model, or an
  attribute the node does not have, is ignored with a warning (FINN's own example config
  contains a misspelt ``MVA_3``); entries for FIFOs and width converters wait for the
  step that inserts them. A value of the wrong type or out of range (PE 0, a FIFO depth
  of 1e12) is refused when the file is read (:mod:`finn_vivado.transforms.folding_file`);
  an illegal value for the node (e.g. SIMD not dividing MW) when it is applied. Both
  errors name the file, the node and the attribute.

The folding steps are in :mod:`finn_vivado.flow.steps.folding`.
"""

from __future__ import annotations

import difflib
import logging
import re
import warnings
from pathlib import Path
from typing import Any, Mapping, Optional, Union

from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.layers import is_hw_layer
from finn_vivado.transforms.folding_file import (_is_finn_default, folding_config_where,
                                                 read_folding_config)

__all__ = [
    "FOLDING_ATTRS",
    "HW_CONFIG_ATTRS",
    "FoldingConfigWarning",
    "apply_folding_config",
    "canonical_node_name",
    "canonical_op_type",
    "extract_hw_config",
    "read_folding_config",
    "write_hw_config",
]

log = logging.getLogger("finn_vivado.transforms.folding")

#: Attributes a folding config may set (FINN's names).
FOLDING_ATTRS = (
    "PE", "SIMD", "parallel_window", "ram_style", "ram_style_thresholds", "resType",
    "mem_mode", "runtime_writeable_weights", "depth", "inFIFODepths", "outFIFODepths",
    "preferred_impl_style",
)
#: Attributes written to final_hw_config.json / auto_folding_config.json.
HW_CONFIG_ATTRS = FOLDING_ATTRS[:-1] + ("impl_style",)
#: FINN attributes with no meaning here (ignored without a warning).
_FINN_ONLY = ("impl_style", "depth_trigger_uram", "depth_trigger_bram", "exec_mode",
              "rtlsim_trace", "cycles_rtlsim", "cycles_estimate", "res_estimate")
#: Nodes inserted after folding (their entries are applied by step_set_fifo_depths).
_LATER_OPS = ("StreamingFIFO_", "StreamingDataWidthConverter_")
_SUFFIX = re.compile(r"^(?P<base>.+?)_(?:hls|rtl)(?:_(?P<idx>\d+))?$")
_OLD_OPS = {
    "MatrixVectorActivation": "MVAU", "StreamingFCLayer_Batch": "MVAU",
    "VectorVectorActivation": "VVAU", "Vector_Vector_Activate_Batch": "VVAU",
    "Thresholding_Batch": "Thresholding", "LabelSelect_Batch": "LabelSelect",
    "StreamingDataWidthConverter_Batch": "StreamingDataWidthConverter",
    "AddStreams_Batch": "AddStreams", "DuplicateStreams_Batch": "DuplicateStreams",
    "ChannelwiseOp_Batch": "ChannelwiseOp", "GlobalAccPool_Batch": "GlobalAccPool",
    "Pool_Batch": "Pool", "FMPadding_Batch": "FMPadding",
    "StreamingMaxPool_Batch": "StreamingMaxPool",
    "ConvolutionInputGenerator1D": "ConvolutionInputGenerator",
    "UpsampleNearestNeighbour": "Upsample", "UpsampleNearestNeighbour_Batch": "Upsample",
}


class FoldingConfigWarning(UserWarning):
    """A folding-config entry that was ignored (unknown node or attribute)."""


# ------------------------------------------------------------------------------- names
def canonical_op_type(name: str) -> str:
    """Our op type for a FINN op type (``MVAU_hls`` -> ``MVAU``)."""
    match = _SUFFIX.match(name)
    if match and match.group("idx") is None:
        name = match.group("base")
    return _OLD_OPS.get(name, name)


def canonical_node_name(name: str) -> str:
    """Our node name for a FINN node name (``MVAU_hls_3`` -> ``MVAU_3``)."""
    match = _SUFFIX.match(name)
    if match and match.group("idx") is not None:
        name = f"{match.group('base')}_{match.group('idx')}"
    base, _, idx = name.rpartition("_")
    if idx.isdigit() and base in _OLD_OPS:
        name = f"{_OLD_OPS[base]}_{idx}"
    return name


# ------------------------------------------------------------------------------ reading
def _defaults(block: Mapping[str, Any]) -> list[tuple[str, Any, Optional[set]]]:
    """(attribute, value, op types or None for all) from a Defaults block."""
    out = []
    for attr, value in block.items():
        if not _is_finn_default(value):
            out.append((attr, value, None))
            continue
        for val, ops in zip(value[::2], value[1::2]):
            out.append((attr, val, None if ops == "all" else
                        {canonical_op_type(op) for op in ops}))
    return out


def _entries(config: Mapping[str, Any], names: list[str], where: str) -> dict[str, tuple]:
    """node name -> (config key, entry); unknown keys warn (once, all listed), two keys
    for one node are an error. FIFO / width-converter entries are left for the step
    that inserts those nodes (step_set_fifo_depths applies the config again)."""
    known, out, unknown = set(names), {}, []
    for key, entry in config.items():
        if key == "Defaults":
            continue
        name = key if key in known else canonical_node_name(key)
        if name not in known:
            if not name.startswith(_LATER_OPS):
                close = difflib.get_close_matches(name, names, n=1)
                unknown.append(repr(key) + (f" (did you mean {close[0]}?)" if close else ""))
            continue
        if name in out:
            raise FinnVivadoError(f"{where}: entries {out[name][0]!r} and {key!r} both "
                                  f"configure node {name}; keep one")
        out[name] = (key, entry)
    if unknown:
        warnings.warn(f"{where}: no node named {', '.join(unknown)} in the model; "
                      f"{'entry' if len(unknown) == 1 else 'entries'} ignored. Nodes: "
                      f"{', '.join(names)}", FoldingConfigWarning, stacklevel=3)
    return out


# ----------------------------------------------------------------------------- applying
def _convert(inst: Any, attr: str, value: Any, where: str) -> Any:
    """``value`` as the attribute's type, or a FinnVivadoError naming the node."""
    kind = inst.get_nodeattr_def(attr)[0]
    legal = inst.legal_values(attr)
    hint = f"; legal values: {legal}" if legal is not None else ""
    if kind == "i":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise FinnVivadoError(f"{where}: {attr}={value!r} must be an integer{hint}")
    if kind == "s":
        if isinstance(value, str):
            return value
        raise FinnVivadoError(f"{where}: {attr}={value!r} must be a string{hint}")
    if kind == "ints":
        values = value if isinstance(value, list) else [value]
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            _check_stream_count(inst, attr, values, where)
            return [int(v) for v in values]
        raise FinnVivadoError(f"{where}: {attr}={value!r} must be a list of integers")
    raise FinnVivadoError(f"{where}: {attr} cannot be set by a folding config")


def _check_stream_count(inst: Any, attr: str, values: list, where: str) -> None:
    """inFIFODepths / outFIFODepths: one depth for all streams, or one per stream."""
    if attr not in ("inFIFODepths", "outFIFODepths"):
        return
    streams = (inst.NUM_STREAM_INPUTS if attr == "inFIFODepths"
               else len(inst.onnx_node.output))
    if len(values) not in (1, streams):
        kind = "input" if attr == "inFIFODepths" else "output"
        raise FinnVivadoError(
            f"{where}: {attr}={values!r} has {len(values)} depths, the node has {streams} "
            f"{kind} stream{'s' if streams != 1 else ''}; give one depth per stream (or one "
            "for all)")


def _settable(inst: Any, values: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The folding attributes among ``values`` converted to their types; others warn."""
    attrs, out = inst.get_nodeattr_types(), {}
    for attr, value in values.items():
        if attr in FOLDING_ATTRS and attr in attrs:
            out[attr] = _convert(inst, attr, value, where)
        elif attr not in _FINN_ONLY:
            settable = [a for a in FOLDING_ATTRS if a in attrs]
            warnings.warn(f"{where}: attribute {attr!r} is not a folding attribute of "
                          f"{inst.onnx_node.op_type}; ignored (settable: "
                          f"{', '.join(settable) or 'none'})", FoldingConfigWarning,
                          stacklevel=5)
    return out


def _apply_node(inst: Any, values: Mapping[str, Any], source: str, key: Optional[str],
                model: Any = None) -> None:
    """Check ``values`` on one node, then set them (the node is unchanged on error);
    ``key`` is the node's config entry name."""
    note = f" (config entry {key!r})" if key not in (None, inst.onnx_node.name) else ""
    settings = _settable(inst, values, f"{source}: {inst.where()}{note}")
    try:
        for attr, value in settings.items():
            allowed = inst.get_nodeattr_def(attr)[3]
            if allowed is not None and value not in allowed:
                raise inst.illegal(attr, value, "not an accepted value", sorted(allowed))
        with inst.trial(**settings):
            inst.validate(model)  # with the model: accumulator range from the real weights
    except FinnVivadoError as exc:
        raise FinnVivadoError(f"{source}: {exc}{note}") from None
    for attr, value in settings.items():
        inst.set_nodeattr(attr, value)


def apply_folding_config(model: Any, config: Union[str, Path, Mapping[str, Any]]) -> Any:
    """Apply a FINN folding config (path or dict) to the hardware layers of ``model``."""
    data = read_folding_config(config)
    where = folding_config_where(config)
    nodes = [n for n in model.graph.node if is_hw_layer(n)]
    defaults = _defaults(data.get("Defaults", {}) or {})
    entries = _entries(data, [n.name for n in nodes], where)
    missing = []
    for node in nodes:
        inst = getCustomOp(node)
        types = inst.get_nodeattr_types()
        values = {attr: value for attr, value, ops in defaults
                  if attr in types and attr in FOLDING_ATTRS
                  and (ops is None or node.op_type in ops)}
        key, entry = entries.get(node.name, (None, {}))
        if key is None:
            missing.append(node.name)
        values.update(entry)
        _apply_node(inst, values, where, key, model)
    if missing:
        log.info("%s: no entry for %s (attributes kept as they are)", where,
                 ", ".join(missing))
    return model


# --------------------------------------------------------------------------- extracting
def extract_hw_config(model: Any, attrs: tuple[str, ...] = HW_CONFIG_ATTRS) -> dict[str, Any]:
    """FINN-style config of every hardware layer: ``{"Defaults": {}, node: {attr: value}}``
    (only attributes the node has); usable again as a folding_config_file."""
    out: dict[str, Any] = {"Defaults": {}}
    for node in model.graph.node:
        if not is_hw_layer(node):
            continue
        inst = getCustomOp(node)
        types = inst.get_nodeattr_types()
        out[node.name] = {a: inst.get_nodeattr(a) for a in attrs if a in types}
    return out


def write_hw_config(model: Any, path: Union[str, Path]) -> dict[str, Any]:
    """Write :func:`extract_hw_config` to ``path`` (JSON) and return it."""
    config = extract_hw_config(model)
    atomic_write_json(path, config)
    return config
