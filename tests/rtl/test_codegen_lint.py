"""The design lint of step_hw_ipgen (one Verilator run over every node wrapper)."""

from types import SimpleNamespace

from finn_vivado.backends.rtl.codegen import codegen_node, lint_nodes

from .helpers import requires_tools
from .test_convolution_input_generator import swg

pytestmark = requires_tools


def test_lint_is_clean_next_to_a_default_parameter_instance(tmp_path):
    """A sliding window whose element converter takes every default parameter (UINT8 in
    and out, one element) next to one converting two INT4 elements to INT5: Verilator
    with several top modules gave the second copy the first one's generate loop and
    reported its output bits UNDRIVEN; under one generated top both are elaborated."""
    nodes = []
    for i, args in enumerate((([5, 5], [3, 3], [1, 1], [1, 1], 3, 1, "UINT8"),
                              ([6, 6], [3, 3], [2, 2], [1, 1], 4, 2, "INT4", "INT5"))):
        model, layer = swg(*args)
        layer.onnx_node.name = f"ConvolutionInputGenerator_{i}"
        codegen_node(model, layer.onnx_node, tmp_path / "hw")
        nodes.append(layer.onnx_node)
    design = SimpleNamespace(graph=SimpleNamespace(node=nodes))
    assert lint_nodes(design, tmp_path / "hw" / "lint.log") == []
    top = (tmp_path / "hw" / "finn_lint_top.v").read_text()
    assert top.count(" u_") == 2
