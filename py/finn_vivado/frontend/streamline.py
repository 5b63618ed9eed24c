"""Streamlining by interpretation: every quantized tensor becomes an integer tensor plus a chain.

The source graph (after import) is walked in topological order. Each tensor is one of:
``Const``; ``Soft`` (float, computed in software: the head before the first quantizer or the
tail after the last mappable layer); or ``IntT``: an integer tensor of the new graph with
``source_value = chain(int_value)``. Elementwise ops only extend chains; weight layers
(MatMul, Conv) absorb the affine part of their input's chain; every activation quantizer turns
``quantizer(chain(x))`` into a MultiThreshold with exact integer thresholds on x. The result is a
graph whose middle is purely integer (MatMul/Conv with integer weights, MultiThreshold,
MaxPool, Add, layout ops, TopK), executable with qonnx, equal to the source model.
"""

from __future__ import annotations

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.chain import Chain
from finn_vivado.frontend.graph_builder import HW_INPUT_KEY, HW_OUTPUTS_KEY, GraphBuilder
from finn_vivado.frontend.importer import QUANT_OPS
from finn_vivado.frontend.state import Const, IntT, Soft, dtype_range
from finn_vivado.frontend.streamline_ops import LAYOUT_OPS, ELEMENTWISE, OpHandlers
from finn_vivado.frontend.streamline_movement import MovementOps

__all__ = ["streamline", "HW_INPUT_KEY", "HW_OUTPUTS_KEY", "SUPPORTED_OPS"]

SUPPORTED_OPS = sorted(set(QUANT_OPS) | set(LAYOUT_OPS) | set(ELEMENTWISE) | {
    "MatMul", "Gemm", "Conv", "MaxPool", "TopK", "BatchNormalization",
    "GlobalAveragePool", "AveragePool", "Concat", "Split", "Resize"})


class Streamliner(OpHandlers, MovementOps):
    """Walks the imported source graph and builds the streamlined integer graph."""

    def __init__(self, model: ModelWrapper, max_threshold_bits: int = 8):
        self.src = model
        self.max_threshold_bits = max_threshold_bits
        self.g = GraphBuilder(model)
        self.env: dict = {}
        self.hw_input = None
        self.tail_node = None
        self.hw_outputs: list[str] = []

    # ---- environment -------------------------------------------------------------------
    def value(self, name: str):
        if name in self.env:
            return self.env[name]
        init = self.src.get_initializer(name)
        if init is not None:
            return Const(np.asarray(init), name)
        raise FinnVivadoError(f"tensor {name} has no producer in the graph")

    def nconsumers(self, name: str) -> int:
        return len(self.src.find_consumers(name))

    def what(self, node) -> str:
        return f"node {node.name} ({node.op_type})"

    # ---- driver ------------------------------------------------------------------------
    def run(self) -> ModelWrapper:
        for inp in self.src.graph.input:
            dt = self.src.get_tensor_datatype(inp.name)
            if dt.is_integer():
                lo, hi = dtype_range(dt)
                shape = self.src.get_tensor_shape(inp.name)
                self.env[inp.name] = IntT(inp.name, dt, Chain(), shape, lo, hi)
                self._set_hw_input(inp.name, None)
            else:
                self.env[inp.name] = Soft(inp.name, "head")
        for node in self.src.graph.node:
            self.visit(node)
        for out in self.src.graph.output:
            v = self.value(out.name)
            if isinstance(v, IntT):
                self.materialize(v, out.name)
        return self.g.finish(self.hw_input, self.hw_outputs)

    def _set_hw_input(self, name: str, node) -> None:
        if self.hw_input is not None and self.hw_input != name:
            where = self.what(node) if node is not None else f"input {name}"
            raise FinnVivadoError(
                f"{where}: a second quantized input would start a second hardware part; "
                "finn-vivado maps networks with one quantized input stream"
            )
        self.hw_input = name

    def visit(self, node) -> None:
        ins = [self.value(i) if i else None for i in node.input]
        if any(isinstance(v, Soft) and v.stage == "tail" for v in ins):
            if node.op_type in QUANT_OPS:
                self._mid_error(node)
            return self.software(node, ins)
        if not any(isinstance(v, IntT) for v in ins):
            if node.op_type in QUANT_OPS and isinstance(ins[0], Soft):
                return self.head_quantizer(node, ins)
            return self.software(node, ins)
        handler = getattr(self, "op_" + node.op_type, None)
        if handler is None or handler(node, ins) is False:
            self.software(node, ins)

    def _mid_error(self, node) -> None:
        t = self.tail_node
        raise FinnVivadoError(
            f"node {t.name} (op type {t.op_type}) cannot be mapped to hardware but is followed by "
            f"hardware layers ({node.name}, {node.op_type}); unsupported ops may only appear at the "
            f"start or end of the network. Supported ops: {', '.join(SUPPORTED_OPS)}"
        )

    # ---- software head / tail ----------------------------------------------------------
    def software(self, node, ins) -> None:
        stage = "head"
        names = []
        for name, v in zip(node.input, ins):
            if isinstance(v, IntT):
                self.materialize(v, name)
                stage = "tail"
            elif isinstance(v, Soft):
                stage = "tail" if v.stage == "tail" else stage
            elif isinstance(v, Const):
                self.g.use_init(name, v.value)
            names.append(name)
        if stage == "tail" and self.tail_node is None:
            self.tail_node = node
        self.g.copy(node, names, list(node.output))
        for o in node.output:
            self.env[o] = Soft(o, stage)

    def materialize(self, v: IntT, target: str) -> None:
        """Emit the chain of ``v`` as float ONNX nodes writing the source tensor ``target``."""
        if target in self.g.produced:
            return
        if v.name not in self.hw_outputs:
            self.hw_outputs.append(v.name)
        cur = v.name
        ops = list(v.chain.ops) or [("identity", None)]
        for i, (kind, c) in enumerate(ops):
            out = target if i == len(ops) - 1 else self.g.fresh()
            if kind == "identity":
                self.g.node("Identity", [cur], [out])
            elif kind == "relu":
                self.g.node("Relu", [cur], [out])
            elif kind == "clip":
                lo, hi = c
                args = [cur, self.g.const(lo) if lo is not None else "", self.g.const(hi) if hi is not None else ""]
                self.g.node("Clip", args, [out])
            else:
                op = {"mul": "Mul", "add": "Add", "div": "Div"}[kind]
                self.g.node(op, [cur, self.g.const(np.asarray(c, dtype=np.float32))], [out])
            cur = out



def streamline(model: ModelWrapper, max_threshold_bits: int = 8) -> ModelWrapper:
    """Return the streamlined integer model (see module docstring).

    Activation quantizers of more than ``max_threshold_bits`` bits (FINN's
    max_multithreshold_bit_width) are refused: 2^bits - 1 thresholds per channel.
    """
    return Streamliner(model, max_threshold_bits).run()


