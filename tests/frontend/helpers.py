"""Run the front-end stages on a model and compare each stage with the source model."""

from __future__ import annotations

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.frontend.importer import qonnx_to_finn, tidy_up
from finn_vivado.frontend.partition import create_dataflow_partition
from finn_vivado.frontend.streamline import streamline
from finn_vivado.frontend.to_hw import convert_to_hw
from finn_vivado.flow.verify import execute_model

from reference_outputs import assert_float_close
from reference_outputs import source_outputs as reference_source_outputs

LAYER_DOMAIN = "finn_vivado.layers"


def stages(model: ModelWrapper, workdir, standalone_thresholds=False) -> dict:
    out = {}
    out["qonnx_to_finn"] = qonnx_to_finn(ModelWrapper(model.model))
    out["tidy_up"] = tidy_up(out["qonnx_to_finn"])
    out["streamline"] = streamline(out["tidy_up"])
    out["convert_to_hw"] = convert_to_hw(out["streamline"], standalone_thresholds)
    child, parent = create_dataflow_partition(out["convert_to_hw"], workdir)
    out["dataflow_partition"] = child
    out["parent"] = parent
    return out


def source_outputs(model: ModelWrapper, xs: np.ndarray) -> np.ndarray:
    """qonnx execution of the (cleaned-up) source model, one sample at a time (plain
    qonnx, not the library's execution)."""
    return reference_source_outputs(model, xs)


def assert_stages_match(model: ModelWrapper, xs: np.ndarray, workdir, **kw) -> dict:
    expected = source_outputs(model, xs)
    st = stages(model, workdir, **kw)
    for name in ("qonnx_to_finn", "tidy_up", "streamline", "convert_to_hw", "dataflow_partition"):
        names = [n.name for n in st[name].graph.node]
        assert len(names) == len(set(names)), f"stage {name}: duplicate node names"
        got = execute_model(st[name], xs)
        # float outputs: float32 rounding of reordered operations (1e-6 of the largest
        # magnitude, about 8 float32 ulps); integer-valued outputs exactly
        assert_float_close(got, expected, f"stage {name} vs the source model", rel=1e-6)
    return st


def hw_op_types(child: ModelWrapper) -> list[str]:
    assert all(n.domain == LAYER_DOMAIN for n in child.graph.node), [
        (n.name, n.op_type) for n in child.graph.node if n.domain != LAYER_DOMAIN]
    return [n.op_type for n in child.graph.node]
