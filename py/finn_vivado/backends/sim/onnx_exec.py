"""Executing hardware-layer models through their RTL (qonnx custom-op domain).

Nodes in the ONNX domain ``finn_vivado.backends.sim.onnx_exec`` (this module) execute through
Verilator instead of their numpy models, so a model whose nodes were moved here runs
with qonnx's ``execute_onnx`` (and through its software parent, as the verification
steps do):

- every hardware layer op type: the node's generated wrapper
  (``ipgen_path``, from step_hw_codegen) is simulated on the node's inputs
  (``node_by_node_rtlsim``); :func:`node_by_node_child` moves all nodes here;
- ``StitchedRTL``: one node standing for the whole stitched design
  (``stitched_ip_rtlsim``); :func:`stitched_child` builds that model.

The ``node_by_node_rtlsim`` and ``stitched_ip_rtlsim`` verifications that run these
models are in :mod:`finn_vivado.flow.verify`.

A node with the attribute ``rtlsim_trace`` (a path; :func:`node_by_node_child` and
:func:`stitched_child` set it when asked) writes a VCD waveform of its simulation there,
through a traced Verilator build; a later execution overwrites it.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Optional

import numpy as np
from onnx import helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.base import CustomOp

from finn_vivado.backends.rtl.codegen import node_sources
from finn_vivado.backends.sim.stitched import StitchedSim
from finn_vivado.backends.sim.verilator import simulate
from finn_vivado.backends.stitched.design import DESIGN_FILE, StitchedDesign
from finn_vivado.core.packing import pack_hex, unpack_words
from finn_vivado.layers import DOMAIN as LAYER_DOMAIN
from finn_vivado.layers import numerics
from finn_vivado.layers.registry import LAYERS

__all__ = [
    "DOMAIN",
    "StitchedRTL",
    "custom_op",
    "node_by_node_child",
    "stitched_child",
]

#: ONNX domain of RTL-executed nodes (this module, imported by qonnx's registry)
DOMAIN = "finn_vivado.backends.sim.onnx_exec"
_SIMS: dict = {}


class _RTLNode:
    """Mixin: execute a hardware layer by simulating its generated wrapper."""

    def get_nodeattr_types(self):
        return {**super().get_nodeattr_types(), "rtlsim_trace": ("s", False, "")}

    def execute_node(self, context, graph) -> None:
        node = self.onnx_node
        top, sources = node_sources(node)
        arrays = [np.asarray(self._as_stream(i, context[node.input[i]]))
                  for i in range(self.NUM_STREAM_INPUTS)]
        batch = arrays[0].shape[0]
        words = [pack_hex(a.reshape((batch,) + tuple(self.get_folded_input_shape(i))[1:]),
                          self.get_input_datatype(i)) for i, a in enumerate(arrays)]
        counts = [batch * self.get_number_output_values(j) for j in range(len(node.output))]
        watchdog = max(100_000, 4 * int(self.get_exp_cycles()))
        res = simulate(top, sources, words, counts, watchdog_cycles=watchdog,
                       trace_file=self.get_nodeattr("rtlsim_trace") or None)
        res.check(self.where())
        self.set_nodeattr("cycles_rtlsim", int(res.cycles // max(batch, 1)))
        for j, name in enumerate(node.output):
            folded = (batch,) + tuple(self.get_folded_output_shape(j))[1:]
            values = unpack_words(res.outputs[j], self.get_output_datatype(j), folded)
            shape = (batch,) + tuple(self.get_normal_output_shape(j))[1:]
            context[name] = numerics.as_output(values.reshape(shape))


#: op type -> class: every hardware layer executed through its RTL, plus StitchedRTL
custom_op: dict[str, type] = {
    op_type: type(op_type, (_RTLNode, cls), {"__doc__": f"{op_type} executed in RTL."})
    for op_type, cls in LAYERS.items()
}


class StitchedRTL(CustomOp):
    """The whole stitched design as one node. Attributes: ``design_dir`` (the
    stitched_ip directory with design.json), ``build_dir`` (Verilator build cache,
    "" = default), ``rtlsim_trace`` (VCD waveform path, "" = none)."""

    def get_nodeattr_types(self):
        return {"design_dir": ("s", True, ""), "build_dir": ("s", False, ""),
                "rtlsim_trace": ("s", False, "")}

    def _sim(self):
        directory = self.get_nodeattr("design_dir")
        trace = bool(self.get_nodeattr("rtlsim_trace"))
        stamp = (directory, (Path(directory) / DESIGN_FILE).stat().st_mtime_ns, trace)
        if stamp not in _SIMS:
            build = self.get_nodeattr("build_dir") or None
            _SIMS[stamp] = StitchedSim(StitchedDesign.load(directory), build_dir=build,
                                       trace=trace)
        return _SIMS[stamp]

    def make_shape_compatible_op(self, model):
        design = StitchedDesign.load(self.get_nodeattr("design_dir"))
        shape = list(design.out_normal)
        ishape = model.get_tensor_shape(self.onnx_node.input[0])
        if ishape:
            shape[0] = int(ishape[0])
        return super().make_const_shape_op(shape)

    def infer_node_datatype(self, model):
        design = StitchedDesign.load(self.get_nodeattr("design_dir"))
        model.set_tensor_datatype(self.onnx_node.output[0], DataType[design.out_dtype])

    def verify_node(self):
        return []

    def execute_node(self, context, graph):
        x = np.asarray(context[self.onnx_node.input[0]])
        out = self._sim().execute(x, trace_file=self.get_nodeattr("rtlsim_trace") or None)
        context[self.onnx_node.output[0]] = numerics.as_output(out)


custom_op["StitchedRTL"] = StitchedRTL


def _with_domain(model: ModelWrapper) -> ModelWrapper:
    if not any(o.domain == DOMAIN for o in model.model.opset_import):
        model.model.opset_import.append(helper.make_opsetid(DOMAIN, 1))
    return model


def node_by_node_child(model: ModelWrapper, trace_dir=None) -> ModelWrapper:
    """A copy of ``model`` whose hardware nodes execute through their RTL; with
    ``trace_dir``, each writes ``node_by_node_rtlsim_<node>.vcd`` there."""
    child = ModelWrapper(copy.deepcopy(model.model))
    for node in child.graph.node:
        if node.domain == LAYER_DOMAIN:
            node.domain = DOMAIN
            if trace_dir is not None:
                path = Path(trace_dir).resolve() / f"node_by_node_rtlsim_{node.name}.vcd"
                node.attribute.append(helper.make_attribute("rtlsim_trace", str(path)))
    return _with_domain(child)


def stitched_child(model: ModelWrapper, design_dir, build_dir: Optional[str] = None,
                   trace_file=None) -> ModelWrapper:
    """A copy of ``model`` (same inputs, outputs, metadata) whose nodes are replaced by
    one StitchedRTL node simulating the stitched design in ``design_dir`` (writing a
    VCD waveform to ``trace_file`` when given)."""
    child = ModelWrapper(copy.deepcopy(model.model))
    graph = child.graph
    node = helper.make_node("StitchedRTL", [graph.input[0].name], [graph.output[0].name],
                            domain=DOMAIN, name="StitchedRTL_0",
                            design_dir=str(Path(design_dir).resolve()),
                            build_dir=str(build_dir or ""),
                            rtlsim_trace=str(Path(trace_file).resolve()) if trace_file else "")
    del graph.node[:]
    graph.node.append(node)
    used = {graph.input[0].name, graph.output[0].name}
    keep = [v for v in graph.value_info if v.name in used]
    del graph.value_info[:]
    graph.value_info.extend(keep)
    del graph.initializer[:]
    return _with_domain(child)

