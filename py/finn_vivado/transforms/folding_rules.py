"""Folding rules that tie neighbouring layers together.

A ConvolutionInputGenerator with ``depthwise=1`` feeds a VVAU in FINN's depthwise beat order:
per pixel, channel fold outer, then kernel position, then the channels of one fold. Both
sides define the fold by their own parallelism (the generator's SIMD, the VVAU's PE), and a
width converter between them only regroups elements, it cannot reorder them. So the two must
agree: the generator's SIMD equals the VVAU's PE, or both handle all channels at once.
:func:`tie_depthwise_windows` enforces that after any folding (automatic or from a config).
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from qonnx.custom_op.registry import getCustomOp

from finn_vivado.layers import numerics

__all__ = ["tie_depthwise_windows"]

log = logging.getLogger("finn_vivado.transforms.folding")


def _options(channels: int, kernel: int, rate: int) -> list[tuple[dict, dict]]:
    """(generator, VVAU) settings with matching beat order and at least ``rate`` elements
    per cycle, slowest first: both fold the channels by the same divisor, or both take
    whole pixels (whole windows from the generator when the VVAU also takes several
    kernel positions per cycle)."""
    opts = [({"SIMD": f, "parallel_window": 0}, {"PE": f, "SIMD": 1})
            for f in numerics.divisors(channels) if rate <= f < channels]
    return opts + [({"SIMD": channels, "parallel_window": int(k > 1)},
                     {"PE": channels, "SIMD": k})
                   for k in numerics.divisors(kernel) if k * channels >= rate or k == kernel]


def _tie(swg: Any, vvau: Any) -> bool:
    """Set the slowest matching pair whose generator is no slower than the slower of the
    two was before (the VVAU never is: it keeps at least its rate)."""
    limit = max(swg.get_exp_cycles(), vvau.get_exp_cycles())
    rate = vvau.get_nodeattr("PE") * vvau.get_nodeattr("SIMD")
    before = {a: swg.get_nodeattr(a) for a in ("SIMD", "parallel_window")}
    opts = _options(swg.get_nodeattr("IFMChannels"), int(np.prod(vvau.get_nodeattr("Kernel"))),
                    rate)
    for swg_set, vvau_set in opts:
        _apply(swg, swg_set)
        if swg.get_exp_cycles() <= limit or (swg_set, vvau_set) == opts[-1]:
            _apply(swg, before)
            return _apply(swg, swg_set) | _apply(vvau, vvau_set)
    return False


def _apply(inst: Any, values: dict) -> bool:
    diff = {k: v for k, v in values.items() if inst.get_nodeattr(k) != v}
    for attr, value in diff.items():
        inst.set_nodeattr(attr, value)
    return bool(diff)


def tie_depthwise_windows(model: Any) -> list[str]:
    """Give each depthwise generator and its VVAU one channel fold (see :func:`_tie`);
    returns the generators changed."""
    changed = []
    for node in model.graph.node:
        if node.op_type != "ConvolutionInputGenerator":
            continue
        swg = getCustomOp(node)
        consumers = model.find_consumers(node.output[0]) or []
        if not swg.get_nodeattr("depthwise") or len(consumers) != 1 \
                or consumers[0].op_type != "VVAU":
            continue
        vvau = getCustomOp(consumers[0])
        if _tie(swg, vvau):
            changed.append(node.name)
            log.info("%s -> %s: SIMD %d / PE %d, SIMD %d (depthwise beat order)", node.name,
                     consumers[0].name, swg.get_nodeattr("SIMD"), vvau.get_nodeattr("PE"),
                     vvau.get_nodeattr("SIMD"))
    return changed
