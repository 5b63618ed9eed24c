"""Reading a folding config file: JSON shape and value checks that need no model.

:func:`read_folding_config` returns the config with every settable value checked and
normalised (``4.0`` -> ``4``): a JSON object keyed by node name, each entry an object of
attributes, ``Defaults`` (optional) likewise, with FINN's ``[value, "all" | [op types]]``
pairs. Values are checked against :data:`VALUE_CHECKS`: PE/SIMD positive integers a
Verilog parameter holds, FIFO depths from 2 to
:data:`~finn_vivado.transforms.value_checks.MAX_FIFO_DEPTH`, memory and multiplier styles from
their fixed sets. What depends on the model (PE dividing MH, a node's own legal styles,
the number of FIFO depths per node) is checked when the config is applied
(:mod:`finn_vivado.transforms.folding`). Errors name the file, the node entry and the
attribute; this module imports nothing heavy, so the build config checks the file before
anything runs (:meth:`finn_vivado.flow.config.BuildConfig.validate`).
"""

from __future__ import annotations

import os
from typing import Any, Mapping, Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.value_checks import (INT32_MAX, MAX_FIFO_DEPTH, Choice, IntList,
                                                IntRange, read_json_file, show)

__all__ = ["FIFO_DEPTH", "FIFO_DEPTHS", "VALUE_CHECKS",
           "folding_config_where", "read_folding_config", "read_node_config"]

_STYLES = Choice(("auto", "block", "distributed", "ultra"))
#: StreamingFIFO ``depth``: the RTL holds at least 2 beats (a register slice).
FIFO_DEPTH = IntRange(2, MAX_FIFO_DEPTH, "a FIFO holds 2 to 2^24 beats")
#: ``inFIFODepths`` / ``outFIFODepths``: one depth per stream (1 and 2 both mean the
#: shallowest FIFO, 2 beats).
FIFO_DEPTHS = IntList(IntRange(1, MAX_FIFO_DEPTH, "a FIFO holds up to 2^24 beats"),
                      max_len=64)
#: Attribute -> check of its value (the folding attributes, FINN's names).
VALUE_CHECKS: dict[str, Any] = {
    "PE": IntRange(1, INT32_MAX, "a 32-bit Verilog parameter"),
    "SIMD": IntRange(1, INT32_MAX, "a 32-bit Verilog parameter"),
    "parallel_window": IntRange(0, 1),
    "ram_style": _STYLES,
    "ram_style_thresholds": _STYLES,
    "resType": Choice(("auto", "lut", "dsp")),
    "mem_mode": Choice(("internal_embedded", "internal_decoupled", "external")),
    "runtime_writeable_weights": IntRange(0, 1),
    "depth": FIFO_DEPTH,
    "inFIFODepths": FIFO_DEPTHS,
    "outFIFODepths": FIFO_DEPTHS,
    "preferred_impl_style": Choice(("", "hls", "rtl")),
}


def folding_config_where(source: Union[str, os.PathLike, Mapping[str, Any]]) -> str:
    """``"folding config <path>"`` (or ``"folding config"`` for a dict), for messages."""
    return "folding config" if isinstance(source, Mapping) else f"folding config {source}"


def _is_finn_default(value: Any) -> bool:
    """True for FINN's ``[value, "all" | [op types], ...]`` Defaults form."""
    if not isinstance(value, list) or len(value) < 2 or len(value) % 2:
        return False
    return all(v == "all" or (isinstance(v, list) and all(isinstance(x, str) for x in v))
               for v in value[1::2])


def _check_entry(key: str, entry: Any, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise FinnVivadoError(f"{where}: entry {key!r} must be an object of attributes, "
                              f"got {type(entry).__name__}")
    out = dict(entry)
    for attr, value in entry.items():
        check = VALUE_CHECKS.get(attr)
        if check is None:
            continue  # unknown attributes warn when the config is applied
        what = f"{where}: node {key}"
        if key == "Defaults" and _is_finn_default(value):
            pairs = list(value)
            pairs[::2] = [_checked(check, what, attr, v) for v in value[::2]]
            out[attr] = pairs
        else:
            out[attr] = _checked(check, what, attr, value)
    return out


def _checked(check: Any, what: str, attr: str, value: Any) -> Any:
    """``check.check`` with the error written ``<what>: <attr>=<value> is not valid ...``."""
    try:
        return check.check(what, value)
    except FinnVivadoError:
        raise FinnVivadoError(f"{what}: {attr}={show(value)} is not valid; expected "
                              f"{check.expected()}") from None


def read_folding_config(source: Union[str, os.PathLike, Mapping[str, Any]]) -> dict[str, Any]:
    """The folding config (from a path or a dict), checked and normalised; errors name
    the file, the entry and the attribute (see the module docstring)."""
    return read_node_config(source, folding_config_where(source), "folding_config_file")


def read_node_config(source: Union[str, os.PathLike, Mapping[str, Any]], where: str,
                     field: str) -> dict[str, Any]:
    """A FINN per-node config (folding or specialize-layers: ``{node: {attr: value}}``
    plus ``Defaults``) from a path or a dict, checked as described in the module
    docstring; ``where`` starts every error, ``field`` is the config field naming it."""
    data = (dict(source) if isinstance(source, Mapping)
            else read_json_file(source, where, f"config field {field}"))
    if not isinstance(data, dict):
        raise FinnVivadoError(f"{where}: expected a JSON object keyed by node name, got "
                              f"{'a list' if isinstance(data, list) else type(data).__name__}")
    out = {}
    for key, entry in data.items():
        if not isinstance(key, str):
            raise FinnVivadoError(f"{where}: entry name {key!r} is not a string")
        if key == "Defaults" and entry is None:
            out[key] = {}
            continue
        out[key] = _check_entry(key, entry, where)
    return out
