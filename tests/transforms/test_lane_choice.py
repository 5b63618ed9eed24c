"""Automatic folding chooses an MVAU's lane datapath (resType lut / dsp) by the lane
model's costs (:mod:`finn_vivado.layers.dot_lane`: packed DSP counts, LUT chains) and the
part's capacities."""

import math

import numpy as np
from onnx import TensorProto, helper
from qonnx.core.datatype import DataType
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp
from qonnx.util.basic import qonnx_make_model

from finn_vivado.core.boards import PartInfo, Resources
from finn_vivado.layers import DOMAIN, make_layer_node
from finn_vivado.layers.dot_lane import Operand, lane_cost
from finn_vivado.transforms.autofold import auto_fold
from finn_vivado.transforms.folding_space import build_space

MW, MH = 64, 32


def _mvau_model(idt="INT4", wdt="INT4", acc="INT15"):
    rng = np.random.default_rng(0)
    dt = DataType[wdt]
    w = rng.integers(int(dt.min()), int(dt.max()) + 1, size=(MW, MH)).astype(np.float32)
    node = make_layer_node("MVAU", ["x", "w"], ["y"], name="MVAU_0", MW=MW, MH=MH,
                           inputDataType=idt, weightDataType=wdt, outputDataType=acc,
                           accDataType=acc, noActivation=1, ram_style="block")
    graph = helper.make_graph(
        [node], "mvau", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, MW])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, MH])],
        [helper.make_tensor("w", TensorProto.FLOAT, [MW, MH], w.flatten())])
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]))
    model.set_tensor_datatype("x", DataType[idt])
    model.set_tensor_datatype("w", DataType[wdt])
    return model


def _part(lut, dsp):
    return PartInfo("custom", "custom", "zynq", Resources(LUT=lut, FF=2 * lut, BRAM_18K=280,
                                                          URAM=0, DSP=dsp))


def test_folding_space_carries_the_lane_costs():
    """Every candidate's DSPs and lane LUTs are the lane model's: two 4-bit products per
    slice on the dsp path, none on the lut path."""
    model = _mvau_model()
    inst = getCustomOp(model.graph.node[0])
    space = build_space(inst, 1 << 20, _part(53200, 220))
    op = Operand(4, True)
    seen = set()
    for attrs, res in zip(space.attrs, space.res):
        pe, simd, rt = attrs["PE"], attrs["SIMD"], attrs["resType"]
        lane = lane_cost(simd, op, op, 15, rt, accumulate=MW // simd > 1)
        assert res[3] == pe * lane.dsps
        if rt == "dsp":
            assert lane.dsps == math.ceil(simd / 2)
        seen.add(rt)
    assert seen == {"lut", "dsp"}


def test_choice_follows_the_part():
    """Plenty of LUTs: LUT lanes (a DSP is worth many LUTs of a typical part); a part
    short of LUTs but rich in DSPs: DSP lanes; no DSPs at all: LUT lanes."""
    chosen = {}
    for name, part in (("luts", _part(53200, 220)), ("dsps", _part(2500, 2000)),
                       ("none", _part(53200, 0))):
        model = _mvau_model()
        result = auto_fold(model, part, 1e6, 10.0, 1 << 20)
        inst = getCustomOp(model.graph.node[0])
        chosen[name] = (inst.get_nodeattr("resType"), result.fits)
    assert chosen["luts"] == ("lut", True)
    assert chosen["dsps"] == ("dsp", True)
    assert chosen["none"] == ("lut", True)
