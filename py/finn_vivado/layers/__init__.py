"""Hardware layers: one module per layer, nodes in the ONNX domain ``finn_vivado.layers``.

qonnx finds a custom op by importing the module named by the node's domain (this
package) and reading ``custom_op[op_type]``, so every intermediate model executes
with ``qonnx.core.onnx_exec.execute_onnx``. Build a node with :func:`make_layer_node`.
"""

from __future__ import annotations

from onnx import helper

from finn_vivado.core.errors import FinnVivadoError

from finn_vivado.layers import (  # noqa: F401  (each import registers its layer)
    add_streams,
    channelwise_op,
    convolution_input_generator,
    duplicate_streams,
    fmpadding,
    global_acc_pool,
    label_select,
    mvau,
    pool,
    streaming_data_width_converter,
    streaming_fifo,
    streaming_maxpool,
    thresholding,
    vvau,
)
from finn_vivado.layers.add_streams import AddStreams
from finn_vivado.layers.base import HWLayer
from finn_vivado.layers.channelwise_op import ChannelwiseOp
from finn_vivado.layers.convolution_input_generator import ConvolutionInputGenerator
from finn_vivado.layers.duplicate_streams import DuplicateStreams
from finn_vivado.layers.fmpadding import FMPadding
from finn_vivado.layers.global_acc_pool import GlobalAccPool
from finn_vivado.layers.label_select import LabelSelect
from finn_vivado.layers.mvau import MVAU
from finn_vivado.layers.pool import Pool
from finn_vivado.layers.registry import LAYERS
from finn_vivado.layers.streaming_data_width_converter import StreamingDataWidthConverter
from finn_vivado.layers.streaming_fifo import StreamingFIFO
from finn_vivado.layers.streaming_maxpool import StreamingMaxPool
from finn_vivado.layers.thresholding import Thresholding
from finn_vivado.layers.vvau import VVAU

#: ONNX domain of every hardware layer node (also the module qonnx imports).
DOMAIN = "finn_vivado.layers"

#: op type -> layer class; the dict qonnx's registry reads.
custom_op = LAYERS

__all__ = [
    "DOMAIN",
    "custom_op",
    "make_layer_node",
    "is_hw_layer",
    "ensure_opset_import",
    "HWLayer",
    "MVAU",
    "VVAU",
    "Thresholding",
    "ConvolutionInputGenerator",
    "FMPadding",
    "StreamingMaxPool",
    "Pool",
    "GlobalAccPool",
    "LabelSelect",
    "AddStreams",
    "DuplicateStreams",
    "ChannelwiseOp",
    "StreamingDataWidthConverter",
    "StreamingFIFO",
]

_CONVERT = {
    "i": int,
    "f": float,
    "s": str,
    "ints": lambda v: [int(x) for x in v],
    "floats": lambda v: [float(x) for x in v],
    "strings": lambda v: [str(x) for x in v],
}


def make_layer_node(op_type: str, inputs, outputs, name: str | None = None, **attrs):
    """Return an ONNX NodeProto of hardware layer ``op_type`` in :data:`DOMAIN`.

    Attribute values are converted to the declared types (numpy scalars are fine);
    ``None`` values are left out (the default applies). Unknown op types or
    attribute names raise :class:`FinnVivadoError`.
    """
    if op_type not in LAYERS:
        raise FinnVivadoError(
            f"unknown hardware layer op type {op_type!r}; legal values: {sorted(LAYERS)}"
        )
    types = LAYERS[op_type].attribute_table()
    unknown = sorted(set(attrs) - set(types))
    if unknown:
        raise FinnVivadoError(
            f"{name or op_type} ({op_type}): unknown attribute(s) {unknown}; "
            f"legal values: {sorted(types)}"
        )
    values = {key: _CONVERT[types[key][0]](val) for key, val in attrs.items() if val is not None}
    return helper.make_node(op_type, list(inputs), list(outputs), name=name, domain=DOMAIN,
                            **values)


def is_hw_layer(node) -> bool:
    """True if ``node`` is a hardware layer node of this package."""
    return node.domain == DOMAIN and node.op_type in LAYERS


def ensure_opset_import(model, version: int = 1) -> None:
    """Add an opset import for :data:`DOMAIN` to ``model`` (a ModelWrapper or
    ModelProto) if it has none, so the ONNX checker and viewers accept the file."""
    proto = getattr(model, "model", model)
    if not any(opset.domain == DOMAIN for opset in proto.opset_import):
        proto.opset_import.append(helper.make_opsetid(DOMAIN, version))
