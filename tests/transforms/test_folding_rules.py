"""tie_depthwise_windows: a depthwise sliding window and its VVAU share one channel fold."""

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.custom_op.registry import getCustomOp
from qonnx.util.basic import qonnx_make_model

from finn_vivado.layers import DOMAIN, make_layer_node
from finn_vivado.transforms.folding_rules import tie_depthwise_windows

C, K = 12, 9


def _model(swg_simd, pe, simd, pw=0):
    swg = make_layer_node("ConvolutionInputGenerator", ["x"], ["w"], name="SWG",
                          ConvKernelDim=[3, 3], IFMChannels=C, IFMDim=[5, 5], OFMDim=[3, 3],
                          SIMD=swg_simd, Stride=[1, 1], Dilation=[1, 1], inputDataType="INT4",
                          depthwise=1, parallel_window=pw)
    vvau = make_layer_node("VVAU", ["w", "wt"], ["y"], name="VVAU", PE=pe, SIMD=simd,
                           Dim=[3, 3], Channels=C, Kernel=[3, 3], inputDataType="INT4",
                           weightDataType="INT4", outputDataType="INT16", noActivation=1)
    graph = helper.make_graph(
        [swg, vvau], "dw", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 5, 5, C])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 3, 3, C])],
        [helper.make_tensor("wt", TensorProto.FLOAT, [C, 1, 3, 3], np.ones(C * K))])
    return ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]))


def _attrs(model):
    swg, vvau = (getCustomOp(n) for n in model.graph.node)
    return (swg.get_nodeattr("SIMD"), swg.get_nodeattr("parallel_window"),
            vvau.get_nodeattr("PE"), vvau.get_nodeattr("SIMD"))


def _cycles(model):
    return [getCustomOp(n).get_exp_cycles() for n in model.graph.node]


@pytest.mark.parametrize("given", [(4, 2, 1), (1, 4, 1), (2, 2, 3), (1, 3, 3), (1, 12, 3),
                                   (12, 1, 1), (6, 1, 1), (12, 2, 1)])
def test_tie_matches_order_and_keeps_the_pair_rate(given):
    model = _model(*given)
    before = max(_cycles(model))
    tie_depthwise_windows(model)
    swg_simd, pw, pe, simd = _attrs(model)
    assert swg_simd == pe and (pe < C and not pw and simd == 1 or pe == C)  # beat order
    assert pe * simd >= given[1] * given[2]          # the VVAU is never slowed down
    assert max(_cycles(model)) <= before             # the pair is no slower than before


@pytest.mark.parametrize("given, tied", [
    ((1, 4, 1), (4, 0, 4, 1)),            # generator slower: takes the VVAU's PE
    ((1, 3, 3), (12, 0, 12, 1)),          # rate 9: next channel divisor is 12
    ((1, 12, 3), (12, 1, 12, 3)),         # beyond whole pixels: whole windows
])
def test_tie_takes_the_slowest_sufficient_pair(given, tied):
    model = _model(*given)
    assert tie_depthwise_windows(model) == ["SWG"]
    assert _attrs(model) == tied


def test_matching_pair_is_left_alone():
    model = _model(3, 3, 1)
    assert tie_depthwise_windows(model) == []
    assert _attrs(model) == (3, 0, 3, 1)
