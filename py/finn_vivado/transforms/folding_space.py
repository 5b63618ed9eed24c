"""The folding space of each hardware layer: every legal configuration with its cycles,
resources and stream widths, as arrays the automatic folder searches.

A configuration ("candidate") sets the layer's parallelism (PE, SIMD, parallel_window),
its multiplier style (resType) and the style of each of its memories (ram_style,
ram_style_thresholds). Parallelism is evaluated through the layer's own cycle and
resource model (``HWLayer.trial`` evaluates it without touching the node); memory
styles are added from the layer's memory list, so each layer's model stays the one
source of truth.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Iterable, Optional

import numpy as np

from finn_vivado.core.boards import PartInfo
from finn_vivado.layers import numerics
from finn_vivado.layers.resources import Memory, memory_resources

__all__ = ["RESOURCES", "COMPUTE_OPS", "LayerSpace", "build_space", "trial_grid"]

#: Resource columns of ``LayerSpace.res``.
RESOURCES = ("LUT", "BRAM_18K", "URAM", "DSP")
#: Layers whose folding decides the design's size (chosen first, no width penalty).
COMPUTE_OPS = ("MVAU", "VVAU")
_STYLES = ("distributed", "block", "ultra")


@dataclass
class LayerSpace:
    """All candidate configurations of one layer.

    ``attrs[i]`` are the attribute values of candidate i, ``cycles[i]`` its cycles per
    frame, ``res[i]`` its (LUT, BRAM_18K, URAM, DSP), ``in_width[i, k]`` /
    ``out_width[i, k]`` the bits per beat of stream input/output k.
    """

    name: str
    op_type: str
    attrs: list[dict[str, Any]]
    cycles: np.ndarray
    res: np.ndarray
    in_width: np.ndarray
    out_width: np.ndarray

    @property
    def compute(self) -> bool:
        """True for MVAU/VVAU (the layers that dominate resources)."""
        return self.op_type in COMPUTE_OPS

    @property
    def min_cycles(self) -> int:
        """The fewest cycles any legal configuration reaches."""
        return int(self.cycles.min())


def _res_types(inst: Any, part: PartInfo) -> list[str]:
    """resType options: DSPs only help real multipliers (not 1-bit operands)."""
    if _one_bit_operand(inst):
        return ["lut"]
    return ["lut", "dsp"] if part.resources.DSP > 0 else ["lut"]


def _one_bit_operand(inst: Any) -> bool:
    if inst.onnx_node.op_type == "MVAU" and inst.get_nodeattr("binaryXnorMode"):
        return True
    bits = (inst.get_input_datatype(0).bitwidth(), inst.get_input_datatype(1).bitwidth())
    return min(bits) == 1


def trial_grid(inst: Any, mvau_wwidth_max: int, part: PartInfo) -> list[dict[str, Any]]:
    """Parallelism/multiplier settings to evaluate for layer ``inst``.

    MVAU: SIMD over divisors of MW with SIMD x weight bits <= mvau_wwidth_max (SIMD=1
    always), PE over divisors of MH. VVAU: PE over divisors of Channels, SIMD over
    divisors of Kh*Kw. ConvolutionInputGenerator: SIMD over divisors of IFMChannels, plus
    parallel_window=1 with SIMD=IFMChannels. Others: their folding attribute(s) over
    the legal values (no choice for FIFOs and width converters).
    """
    op = inst.onnx_node.op_type
    if op == "MVAU":
        wbits = inst.datatype("weightDataType").bitwidth()
        simds = [s for s in numerics.divisors(inst.get_nodeattr("MW"))
                 if s == 1 or s * wbits <= mvau_wwidth_max]
        pes = numerics.divisors(inst.get_nodeattr("MH"))
        return [{"SIMD": s, "PE": p, "resType": r}
                for r in _res_types(inst, part) for s in simds for p in pes]
    if op == "VVAU":
        grid = _product(inst, ("PE", "SIMD"))
        return [dict(g, resType=r) for r in _res_types(inst, part) for g in grid]
    if op == "ConvolutionInputGenerator":
        channels = inst.get_nodeattr("IFMChannels")
        grid = [{"SIMD": s, "parallel_window": 0} for s in numerics.divisors(channels)]
        return grid + [{"SIMD": channels, "parallel_window": 1}]
    return _product(inst, tuple(inst.folding_constraints()))


def _product(inst: Any, attrs: Iterable[str]) -> list[dict[str, Any]]:
    attrs = list(attrs)
    values = [numerics.divisors(inst.folding_constraints()[a][0]) for a in attrs]
    return [dict(zip(attrs, combo)) for combo in itertools.product(*values)]


def _style_options(inst: Any, attr: str, writable: bool, part: PartInfo) -> list[str]:
    """Concrete styles the memories steered by ``attr`` may take on this part."""
    legal = inst.legal_values(attr) or list(_STYLES)
    options = [s for s in _STYLES if s in legal]
    if part.resources.URAM == 0 or not writable:
        options = [s for s in options if s != "ultra"]  # URAM cannot hold initial values
    if part.resources.BRAM_18K == 0:
        options = [s for s in options if s != "block"]
    return options or ["distributed"]


class _Styles:
    """Memory-style alternatives of one layer (legal values looked up once)."""

    def __init__(self, inst: Any, part: PartInfo) -> None:
        self._inst, self._part, self._cache = inst, part, {}

    def options(self, attr: str, writable: bool) -> list[str]:
        key = (attr, writable)
        if key not in self._cache:
            self._cache[key] = _style_options(self._inst, attr, writable, self._part)
        return self._cache[key]

    def variants(self, mems: list[Memory]):
        """Yield (style attrs, LUT, BRAM_18K, URAM) for every style combination."""
        groups: dict[Optional[str], list[Memory]] = {}
        for mem in mems:
            groups.setdefault(mem.style_attr, []).append(mem)
        steered = [a for a in groups if a is not None]
        options = [self.options(a, all(m.writable for m in groups[a])) for a in steered]
        base = [0, 0, 0]
        for mem in groups.get(None, []):
            _add(base, memory_resources(mem, "auto"))
        for combo in itertools.product(*options):
            total = list(base)
            for attr, style in zip(steered, combo):
                for mem in groups[attr]:
                    _add(total, memory_resources(mem, style))
            yield dict(zip(steered, combo)), total[0], total[1], total[2]


def _add(total: list, use: dict) -> None:
    total[0] += use["LUT"]
    total[1] += use["BRAM_18K"]
    total[2] += use["URAM"]


def _stream_widths(inst: Any) -> tuple[list[int], list[int]]:
    n_in = inst.NUM_STREAM_INPUTS
    n_out = len(inst.onnx_node.output)
    ins = [inst.get_instream_width(k) for k in range(n_in)]
    outs = [inst.get_outstream_width(k) for k in range(n_out)]
    return ins, outs


def build_space(inst: Any, mvau_wwidth_max: int, part: PartInfo) -> LayerSpace:
    """Evaluate every candidate of layer ``inst`` (the node itself is not changed)."""
    attrs, cycles, res, ins, outs = [], [], [], [], []
    styles_of = _Styles(inst, part)
    for trial in trial_grid(inst, mvau_wwidth_max, part):
        with inst.trial(**trial):
            cyc = int(inst.get_exp_cycles())
            logic = inst.logic_estimation()
            mems = inst.memories()
            widths = _stream_widths(inst)
        for styles, lut, bram, uram in styles_of.variants(mems):
            attrs.append({**trial, **styles})
            cycles.append(cyc)
            res.append((logic["LUT"] + lut, bram, uram, logic["DSP"]))
            ins.append(widths[0])
            outs.append(widths[1])
    space = LayerSpace(
        name=inst.onnx_node.name, op_type=inst.onnx_node.op_type, attrs=attrs,
        cycles=np.asarray(cycles, dtype=np.int64), res=np.asarray(res, dtype=np.float64),
        in_width=np.asarray(ins, dtype=np.int64).reshape(len(attrs), -1),
        out_width=np.asarray(outs, dtype=np.int64).reshape(len(attrs), -1),
    )
    return space
