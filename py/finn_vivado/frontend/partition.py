"""Split the converted graph into a software parent and the hardware-layer child model."""

from __future__ import annotations

import copy
import warnings
from pathlib import Path

from onnx import helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.general import RemoveUnusedTensors, SortGraph

from finn_vivado.core.fsio import atomic_save_model
from finn_vivado.frontend.custom_ops import DOMAIN as SW_DOMAIN
from finn_vivado.frontend.custom_ops import PARENT_KEY
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.frontend.hw_stream import LAYER_DOMAIN
from finn_vivado.frontend.graph_builder import HW_INPUT_KEY, HW_OUTPUTS_KEY

__all__ = ["PartitionWarning", "create_dataflow_partition"]

#: operators that compute (their place is in hardware); left in the parent, they are warned of
_COMPUTE_OPS = ("MatMul", "Conv", "Gemm", "MultiThreshold", "ConvTranspose", "MaxPool")


class PartitionWarning(UserWarning):
    """Compute layers left in the software parent model."""



def _subset(model: ModelWrapper, nodes, inputs, outputs) -> ModelWrapper:
    m = ModelWrapper(copy.deepcopy(model.model))
    g = m.graph
    del g.node[:]
    g.node.extend(copy.deepcopy(n) for n in nodes)
    vi = {v.name: v for v in list(model.graph.value_info) + list(model.graph.input) + list(model.graph.output)}
    del g.input[:]
    del g.output[:]
    g.input.extend(copy.deepcopy(vi[n]) for n in inputs)
    g.output.extend(copy.deepcopy(vi[n]) for n in outputs)
    io = set(inputs) | set(outputs)
    keep = [v for v in g.value_info if v.name not in io]
    del g.value_info[:]
    g.value_info.extend(keep)
    m = m.transform(RemoveUnusedTensors())
    for n in list(inputs) + list(outputs):
        m.set_tensor_datatype(n, model.get_tensor_datatype(n))
    return m


def create_dataflow_partition(model: ModelWrapper, out_dir: Path):
    """Return (child, parent). The child is written to ``out_dir/dataflow_partition_0.onnx``."""
    hw = [n for n in model.graph.node if n.domain == LAYER_DOMAIN]
    if not hw:
        raise FinnVivadoError("the model has no hardware layers: nothing to put in the dataflow partition")
    hw_in = model.get_metadata_prop(HW_INPUT_KEY)
    hw_outs = [o for o in (model.get_metadata_prop(HW_OUTPUTS_KEY) or "").split(",") if o]
    child = _subset(model, hw, [hw_in], hw_outs)
    out_dir.mkdir(parents=True, exist_ok=True)
    child_path = out_dir / "dataflow_partition_0.onnx"
    atomic_save_model(child, child_path)
    sw = [n for n in model.graph.node if n.domain != LAYER_DOMAIN]
    left = [f"{n.name} ({n.op_type})" for n in sw if n.op_type in _COMPUTE_OPS]
    if left:
        warnings.warn(
            f"{len(left)} compute layer(s) stay in software (intermediate_models/"
            f"dataflow_parent.onnx): {', '.join(left[:6])}{' ...' if len(left) > 6 else ''}; "
            f"the hardware part runs from {hw_in} to {', '.join(hw_outs)}. An unquantized "
            "input, a graph output taken from inside the network, or a layer the hardware "
            "cannot map keeps layers out of hardware", PartitionWarning, stacklevel=2)
    sdp = helper.make_node("StreamingDataflowPartition", [hw_in], hw_outs, domain=SW_DOMAIN,
                           name="StreamingDataflowPartition_0", model=str(child_path.resolve()),
                           partition_id=0)
    parent = ModelWrapper(copy.deepcopy(model.model))
    del parent.graph.node[:]
    parent.graph.node.extend(sw + [sdp])
    if not any(o.domain == SW_DOMAIN for o in parent.model.opset_import):
        parent.model.opset_import.append(helper.make_opsetid(SW_DOMAIN, 1))
    parent = parent.transform(SortGraph()).transform(RemoveUnusedTensors())
    parent_path = out_dir / "dataflow_parent.onnx"
    atomic_save_model(parent, parent_path)
    child.set_metadata_prop(PARENT_KEY, str(parent_path.resolve()))
    return child, parent
