"""Registry, node construction and the behaviour every layer shares."""

import importlib
import inspect
import pkgutil
import re

import numpy as np
import pytest
from qonnx.custom_op.registry import getCustomOp

import finn_vivado.layers as layers
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.layers import DOMAIN, custom_op, make_layer_node
from finn_vivado.layers.base import COMMON_ATTRS
from finn_vivado.layers.registry import register_layer

from .helpers import layer_of, run_node

def _defined_layers() -> set[str]:
    """Every hardware-layer class defined in a module of finn_vivado/layers/ (found by
    reading the package, not from the registry)."""
    found = set()
    for info in pkgutil.iter_modules(layers.__path__):
        module = importlib.import_module(f"{layers.__name__}.{info.name}")
        found |= {name for name, obj in vars(module).items()
                  if inspect.isclass(obj) and issubclass(obj, layers.HWLayer)
                  and obj.__module__ == module.__name__ and getattr(obj, "RTL_CORE", None)}
    return found


EXPECTED_LAYERS = _defined_layers()


def test_registry_holds_every_layer():
    assert len(EXPECTED_LAYERS) >= 17 and {"MVAU", "StreamingConcat"} <= EXPECTED_LAYERS
    assert set(custom_op) == EXPECTED_LAYERS
    assert DOMAIN == "finn_vivado.layers" == layers.__name__


@pytest.mark.parametrize("op_type", sorted(EXPECTED_LAYERS))
def test_qonnx_resolves_layer(op_type):
    node = make_layer_node(op_type, ["x"], ["y"], name=f"{op_type}_7")
    inst = getCustomOp(node)
    assert type(inst) is custom_op[op_type]
    assert node.domain == DOMAIN


@pytest.mark.parametrize("op_type", sorted(EXPECTED_LAYERS))
def test_every_attribute_is_documented(op_type):
    cls = custom_op[op_type]
    documented = set(re.findall(r"``(\w+)``", cls.__doc__))
    missing = set(cls.LAYER_ATTRS) - documented
    assert not missing, f"{op_type} docstring lacks {sorted(missing)}"
    common = set(re.findall(r"``(\w+)``", layers.HWLayer.__doc__))
    assert set(COMMON_ATTRS) <= common


def test_make_layer_node_converts_and_rejects():
    node = make_layer_node("MVAU", ["x", "w"], ["y"], name="n", MW=np.int64(4),
                           numInputVectors=np.array([1, 2]), ActVal=None, SIMD=2)
    inst = getCustomOp(node)
    assert inst.get_nodeattr("MW") == 4 and inst.get_nodeattr("numInputVectors") == [1, 2]
    assert inst.get_nodeattr("ActVal") == 0
    with pytest.raises(FinnVivadoError, match="unknown hardware layer op type 'MVU'"):
        make_layer_node("MVU", ["x"], ["y"])
    with pytest.raises(FinnVivadoError, match=r"n \(MVAU\): unknown attribute\(s\) \['simd'\]"):
        make_layer_node("MVAU", ["x"], ["y"], name="n", simd=2)


def test_register_layer_rejects_duplicates():
    class MVAU(layers.HWLayer):
        pass

    with pytest.raises(ValueError, match="registered twice"):
        register_layer(MVAU)


def test_verify_node_reports_instead_of_raising():
    node = make_layer_node("Thresholding", ["x", "t"], ["y"], name="T0", NumChannels=6, PE=4,
                           numSteps=1, inputDataType="INT4", outputDataType="BINARY",
                           weightDataType="INT4")
    messages = getCustomOp(node).verify_node()
    assert messages == ["T0 (Thresholding): attribute PE=4 is illegal: PE must divide "
                        "NumChannels=6; legal values: [1, 2, 3, 6]"]


def test_input_datatype_follows_model_annotation():
    """Like FINN, InferDataTypes makes the layer adopt an integer input annotation."""
    with pytest.warns(UserWarning, match="annotated UINT3, attribute said UINT4"):
        _, model = run_node("ConvolutionInputGenerator", {"x": (np.zeros((1, 3, 3, 1)), "UINT3")},
                            ConvKernelDim=[2, 2], IFMChannels=1, IFMDim=[3, 3], OFMDim=[2, 2],
                            inputDataType="UINT4", outputDataType="UINT4")
    layer = layer_of(model)
    assert layer.get_nodeattr("inputDataType") == "UINT3"
    assert layer.get_nodeattr("outputDataType") == "UINT3"
    assert model.get_tensor_datatype("out0").name == "UINT3"


def test_wrong_input_shape_is_a_user_error():
    node = make_layer_node("FMPadding", ["x"], ["y"], name="P0", ImgDim=[4, 4],
                           Padding=[1, 1, 1, 1], NumChannels=2, inputDataType="INT4")
    inst = getCustomOp(node)
    context = {"x": np.zeros((1, 4, 5, 2), dtype=np.float32)}
    with pytest.raises(FinnVivadoError, match=r"P0 \(FMPadding\): input array 0 has shape "
                                              r"\[1, 4, 5, 2\]; expected \[1, 4, 4, 2\]"):
        inst.execute_node(context, None)


def test_non_integer_input_is_a_user_error():
    node = make_layer_node("StreamingFIFO", ["x"], ["y"], name="F0", folded_shape=[1, 2, 1],
                           normal_shape=[1, 2], dataType="INT4")
    with pytest.raises(FinnVivadoError, match="holds non-integer values"):
        getCustomOp(node).execute_node({"x": np.array([[0.5, 1.0]])}, None)


def test_layer_output_feeds_standard_onnx_node_through_cast():
    """Hardware outputs are float64 (typed DOUBLE); a Cast hands them to software."""
    from onnx import TensorProto, helper
    from qonnx.core.datatype import DataType
    from qonnx.core.modelwrapper import ModelWrapper
    from qonnx.core.onnx_exec import execute_onnx
    from qonnx.transformation.infer_shapes import InferShapes
    from qonnx.util.basic import qonnx_make_model

    mvau = make_layer_node("MVAU", ["x", "w"], ["y"], name="MVAU_0", MW=4, MH=3,
                           inputDataType="INT4", weightDataType="INT4",
                           outputDataType="INT12", noActivation=1)
    cast = helper.make_node("Cast", ["y"], ["yc"], to=TensorProto.FLOAT)
    mul = helper.make_node("Mul", ["yc", "s"], ["z"])
    graph = helper.make_graph(
        [mvau, cast, mul], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("z", TensorProto.FLOAT, None)],
        value_info=[helper.make_tensor_value_info("y", TensorProto.DOUBLE, [1, 3])])
    model = ModelWrapper(qonnx_make_model(graph, opset_imports=[
        helper.make_opsetid("", 13), helper.make_opsetid(DOMAIN, 1)]))
    model.set_initializer("w", np.ones((4, 3), dtype=np.float32))
    model.set_initializer("s", np.array([0.5], dtype=np.float32))
    model.set_tensor_datatype("x", DataType["INT4"])
    model.set_tensor_datatype("w", DataType["INT4"])
    model = model.transform(InferShapes())
    ctx = execute_onnx(model, {"x": np.array([[1, 2, 3, 4]], dtype=np.float32)},
                       return_full_exec_context=True)
    assert ctx["y"].dtype == np.float64
    np.testing.assert_array_equal(ctx["z"], [[5.0, 5.0, 5.0]])


def test_ensure_opset_import_makes_checker_happy():
    import onnx
    from onnx import TensorProto, helper

    from finn_vivado.layers import ensure_opset_import

    node = make_layer_node("StreamingFIFO", ["x"], ["y"], name="F0", folded_shape=[1, 2, 1],
                           normal_shape=[1, 2], dataType="INT4")
    graph = helper.make_graph([node], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    ensure_opset_import(model)
    ensure_opset_import(model)
    assert [o.domain for o in model.opset_import].count(DOMAIN) == 1
    onnx.checker.check_model(model)
