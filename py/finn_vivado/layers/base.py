"""Base class of every hardware layer: common attributes, validation, streams, execution."""

from __future__ import annotations

import contextlib
import warnings
from abc import abstractmethod
from typing import ClassVar, Iterator

import numpy as np
from onnx import helper
from qonnx.core.datatype import DataType
from qonnx.custom_op.base import CustomOp
from qonnx.util.basic import get_by_name

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.layers import numerics
from finn_vivado.layers.resources import LayerResources

__all__ = ["HWLayer", "COMMON_ATTRS", "fold_last"]

#: Attributes every hardware layer carries (FINN's names).
COMMON_ATTRS: dict[str, tuple] = {
    "backend": ("s", False, "fpgadataflow", {"fpgadataflow"}),
    "preferred_impl_style": ("s", False, "", {"", "hls", "rtl"}),
    "impl_style": ("s", False, "rtl", {"rtl"}),
    "inFIFODepths": ("ints", False, [2]),
    "outFIFODepths": ("ints", False, [2]),
    "code_gen_dir_ipgen": ("s", False, ""),
    "ipgen_path": ("s", False, ""),
    "ip_path": ("s", False, ""),
    "ip_vlnv": ("s", False, ""),
    "cycles_estimate": ("i", False, 0),
    "cycles_rtlsim": ("i", False, 0),
    "res_estimate": ("s", False, ""),
    "partition_id": ("i", False, 0),
    "slr": ("i", False, -1),
}

_DTYPE_LEGAL = "integer DataType names: BIPOLAR, BINARY, TERNARY, UINT<n>, INT<n>"
_DTYPE_CACHE: dict = {}


def fold_last(shape, n: int) -> tuple[int, ...]:
    """Split the last axis of ``shape`` into (last // n, n): the folded stream shape."""
    shape = [int(s) for s in shape]
    return tuple(shape[:-1] + [shape[-1] // max(int(n), 1), int(n)])


def _raw_attr_value(attr):
    value = helper.get_attribute_value(attr)
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, list):
        return [v.decode("utf-8") if isinstance(v, bytes) else v for v in value]
    return value


class HWLayer(LayerResources, CustomOp):
    """Base of all hardware layers (nodes in domain ``finn_vivado.layers``).

    Common attributes (all optional):

    - ``backend`` (str, "fpgadataflow"): marks a dataflow layer, as in FINN.
    - ``preferred_impl_style`` (str, "" | "hls" | "rtl"): FINN's specialisation hint;
      only RTL is generated, the value is kept for FINN configs.
    - ``impl_style`` (str, "rtl"): implementation style, always "rtl".
    - ``inFIFODepths`` / ``outFIFODepths`` (ints, [2]): FIFO depth per input/output stream.
    - ``code_gen_dir_ipgen``, ``ipgen_path``, ``ip_path``, ``ip_vlnv`` (str, ""):
      bookkeeping written by code generation / IP packaging.
    - ``cycles_estimate``, ``cycles_rtlsim`` (int, 0): recorded cycle counts.
    - ``res_estimate`` (str, ""): recorded resource estimate.
    - ``partition_id`` (int, 0), ``slr`` (int, -1): floorplanning bookkeeping.

    Subclasses declare ``LAYER_ATTRS`` (qonnx attribute table), ``DATATYPE_ATTRS``
    (attributes naming integer qonnx DataTypes), ``OPTIONAL_DATATYPE_ATTRS`` (of those,
    the ones where "" means "derived"), ``POSITIVE_ATTRS`` (int/ints attributes that
    must be >= 1), ``NUM_STREAM_INPUTS`` and ``RTL_CORE``, and implement the shape,
    datatype, cycle and ``_execute`` methods (resource hooks: :class:`LayerResources`).

    A layer is its module ``finn_vivado/layers/<x>.py`` (found by the package, registered
    by ``@register_layer``), its library core ``ip_repo/<RTL_CORE>/`` and its RTL
    generator ``finn_vivado/backends/rtl/cores/<x>.py``, a function
    ``rtl_spec(layer, model=None) -> RTLSpec`` (same module name as the layer's).
    """

    LAYER_ATTRS: ClassVar[dict[str, tuple]] = {}
    DATATYPE_ATTRS: ClassVar[tuple[str, ...]] = ()
    OPTIONAL_DATATYPE_ATTRS: ClassVar[tuple[str, ...]] = ()
    POSITIVE_ATTRS: ClassVar[tuple[str, ...]] = ()
    NUM_STREAM_INPUTS: ClassVar[int] = 1
    #: library core implementing the layer (``ip_repo/<RTL_CORE>/``); every layer sets it
    RTL_CORE: ClassVar[str] = ""
    #: output datatype attributes that mirror the input datatype (updated with it)
    MIRROR_INPUT_DATATYPE_ATTRS: ClassVar[tuple[str, ...]] = ()

    # ---------------------------------------------------------------- attributes
    @classmethod
    def attribute_table(cls) -> dict[str, tuple]:
        """All attributes of this layer: name -> (type, required, default[, legal set])."""
        attrs = dict(COMMON_ATTRS)
        attrs.update(cls.LAYER_ATTRS)
        return attrs

    def get_nodeattr_types(self):
        return self.attribute_table()

    def where(self) -> str:
        """``"<node name> (<op type>)"`` for messages."""
        name = self.onnx_node.name or "<unnamed>"
        return f"{name} ({self.onnx_node.op_type})"

    def error(self, message: str) -> FinnVivadoError:
        """A user error about this node (returned, for ``raise``)."""
        return FinnVivadoError(f"{self.where()}: {message}")

    def illegal(self, attr: str, value, rule: str, legal) -> FinnVivadoError:
        """The standard one-line error for an illegal attribute value."""
        legal_text = legal if isinstance(legal, str) else list(legal)
        return self.error(
            f"attribute {attr}={value!r} is illegal: {rule}; legal values: {legal_text}"
        )

    def get_nodeattr(self, name):
        snapshot = self.__dict__.get("_trial_attrs")
        if snapshot is not None:
            return snapshot[name]
        dtype, required, _default, allowed = self.get_nodeattr_def(name)
        attr = get_by_name(self.onnx_node.attribute, name)
        if attr is None and required:
            raise self.error(f"required attribute {name} is missing")
        if attr is not None and allowed is not None:
            value = _raw_attr_value(attr)
            if value not in allowed:
                raise self.illegal(name, value, "not an accepted value", sorted(allowed))
        return super().get_nodeattr(name)

    def set_nodeattr(self, name, value):
        allowed = self.get_nodeattr_def(name)[3]
        if allowed is not None and value not in allowed:
            raise self.illegal(name, value, "not an accepted value", sorted(allowed))
        if self.__dict__.get("_trial_attrs") is not None:
            raise self.error(f"set_nodeattr({name!r}) inside trial(); leave the trial first")
        super().set_nodeattr(name, value)

    @contextlib.contextmanager
    def trial(self, **overrides) -> Iterator["HWLayer"]:
        """Evaluate the layer's methods with some attributes replaced, e.g.
        ``with inst.trial(PE=4): inst.get_exp_cycles()``; the node is not changed.
        Inside the block attribute reads come from a snapshot (fast), so the
        automatic folder can evaluate thousands of configurations."""
        unknown = sorted(set(overrides) - set(self.get_nodeattr_types()))
        if unknown:
            raise self.error(f"unknown attribute(s) {unknown} in trial()")
        saved = self.__dict__.get("_trial_attrs")
        base = saved if saved is not None else self._attribute_snapshot()
        self.__dict__["_trial_attrs"] = {**base, **overrides}
        try:
            yield self
        finally:
            self.__dict__["_trial_attrs"] = saved

    def _attribute_snapshot(self) -> dict:
        """Every attribute's value, cached until the node's attributes change."""
        key = b"".join(a.SerializeToString() for a in self.onnx_node.attribute)
        cached = self.__dict__.get("_attr_snapshot")
        if cached is None or cached[0] != key:
            values = {name: self.get_nodeattr(name) for name in self.get_nodeattr_types()}
            cached = (key, values)
            self.__dict__["_attr_snapshot"] = cached
        return cached[1]

    def datatype(self, attr: str):
        """The qonnx DataType named by attribute ``attr`` (user error if unknown)."""
        name = self.get_nodeattr(attr)
        cached = _DTYPE_CACHE.get(name)
        if cached is not None:
            return cached
        try:
            dt = DataType[name]
        except (KeyError, AttributeError, ValueError, AssertionError):
            raise self.illegal(attr, name, "not a qonnx DataType name", _DTYPE_LEGAL) from None
        _DTYPE_CACHE[name] = dt
        return dt

    # ---------------------------------------------------------------- validation
    def folding_constraints(self) -> dict[str, tuple[int, str]]:
        """Folding attribute -> (dimension it must divide, that dimension's name)."""
        return {}

    def legal_values(self, attr: str):
        """Legal values of ``attr``: divisors for folding attributes, the accepted
        set for enumerated ones, ``None`` when any value of the type is accepted."""
        folding = self.folding_constraints()
        if attr in folding:
            return numerics.divisors(folding[attr][0])
        allowed = self.get_nodeattr_def(attr)[3]
        return sorted(allowed) if allowed is not None else None

    def expected_num_inputs(self) -> int:
        """Number of ONNX inputs the node must have."""
        return self.NUM_STREAM_INPUTS

    def expected_num_outputs(self) -> int:
        """Number of ONNX outputs the node must have."""
        return 1

    def validate(self, model=None) -> None:
        """Raise :class:`FinnVivadoError` for the first illegal attribute or tensor.

        With ``model`` (a ModelWrapper), initializers (weights, thresholds,
        parameters) are checked too.
        """
        for name in self.get_nodeattr_types():
            self.get_nodeattr(name)  # required / enumerated checks
        self._validate_datatypes()
        self._validate_positive()
        for attr, (dim, dim_name) in self.folding_constraints().items():
            value = self.get_nodeattr(attr)
            if dim < 1 or value < 1 or dim % value != 0:
                raise self.illegal(
                    attr, value, f"{attr} must divide {dim_name}={dim}", numerics.divisors(dim)
                )
        self._validate_io_counts()
        self._validate_layer(model)

    def _validate_datatypes(self) -> None:
        for attr in self.DATATYPE_ATTRS:
            value = self.get_nodeattr(attr)
            names = value if isinstance(value, list) else [value]
            for name in names:
                if name == "" and attr in self.OPTIONAL_DATATYPE_ATTRS:
                    continue
                try:
                    dt = DataType[name]
                except (KeyError, AttributeError, ValueError, AssertionError):
                    dt = None
                if dt is None or not dt.is_integer():
                    raise self.illegal(attr, value, "streams carry integer data", _DTYPE_LEGAL)

    def _validate_positive(self) -> None:
        for attr in self.POSITIVE_ATTRS:
            value = self.get_nodeattr(attr)
            values = value if isinstance(value, list) else [value]
            if len(values) == 0 or any(v < 1 for v in values):
                raise self.illegal(attr, value, "must be >= 1", "positive integers")

    def _validate_io_counts(self) -> None:
        n_in, n_out = len(self.onnx_node.input), len(self.onnx_node.output)
        if n_in != self.expected_num_inputs():
            raise self.error(f"has {n_in} inputs; expected {self.expected_num_inputs()}")
        if n_out != self.expected_num_outputs():
            raise self.error(f"has {n_out} outputs; expected {self.expected_num_outputs()}")

    def _validate_layer(self, model) -> None:
        """Layer-specific checks (hook)."""

    def check_dtype_holds(self, attr: str, lo: int, hi: int, what: str) -> None:
        """Raise unless the DataType in ``attr`` holds every integer in ``lo..hi``."""
        dt = self.datatype(attr)
        if not numerics.dtype_holds(dt, lo, hi):
            smallest = numerics.smallest_int_dtype(lo, hi).name
            raise self.illegal(
                attr, dt.name, f"must hold every {what} in [{lo}, {hi}]", f"{smallest} or wider"
            )

    def initializer(self, model, ind: int):
        """Initializer of input ``ind`` as an array, or None (no model / not constant)."""
        if model is None or len(self.onnx_node.input) <= ind:
            return None
        return model.get_initializer(self.onnx_node.input[ind])

    # ------------------------------------------------------- shapes and streams
    @abstractmethod
    def get_normal_input_shape(self, ind: int = 0) -> tuple[int, ...]:
        """Unfolded input shape (batch 1)."""

    @abstractmethod
    def get_normal_output_shape(self, ind: int = 0) -> tuple[int, ...]:
        """Unfolded output shape (batch 1)."""

    @abstractmethod
    def get_folded_input_shape(self, ind: int = 0) -> tuple[int, ...]:
        """Input shape with the elements of one stream beat last."""

    @abstractmethod
    def get_folded_output_shape(self, ind: int = 0) -> tuple[int, ...]:
        """Output shape with the elements of one stream beat last."""

    def get_input_datatype(self, ind: int = 0):
        return self.datatype("inputDataType")

    def get_output_datatype(self, ind: int = 0):
        return self.datatype("outputDataType")

    @abstractmethod
    def get_exp_cycles(self) -> int:
        """Cycles per frame of the RTL at full rate."""

    def get_instream_width(self, ind: int = 0) -> int:
        """Input stream width in bits: elements per beat x element bits."""
        return int(self.get_folded_input_shape(ind)[-1]) * self.get_input_datatype(ind).bitwidth()

    def get_outstream_width(self, ind: int = 0) -> int:
        """Output stream width in bits: elements per beat x element bits."""
        return int(self.get_folded_output_shape(ind)[-1]) * self.get_output_datatype(ind).bitwidth()

    def get_instream_width_padded(self, ind: int = 0) -> int:
        """Input stream width rounded up to a multiple of 8 (AXI-Stream TDATA)."""
        return -(-self.get_instream_width(ind) // 8) * 8

    def get_outstream_width_padded(self, ind: int = 0) -> int:
        """Output stream width rounded up to a multiple of 8 (AXI-Stream TDATA)."""
        return -(-self.get_outstream_width(ind) // 8) * 8

    def get_number_input_values(self, ind: int = 0) -> int:
        """Beats on input stream ``ind`` per inference."""
        return int(np.prod(self.get_folded_input_shape(ind)[:-1]))

    def get_number_output_values(self, ind: int = 0) -> int:
        """Beats on output stream ``ind`` per inference."""
        return int(np.prod(self.get_folded_output_shape(ind)[:-1]))

    # ------------------------------------------------------------ qonnx hooks
    def make_shape_compatible_op(self, model):
        """A constant-shape op producing the normal output shape (batch taken from
        the input tensor when the model knows it)."""
        oshape = list(self.get_normal_output_shape(0))
        ishape = model.get_tensor_shape(self.onnx_node.input[0])
        if ishape:
            self._check_shape(0, ishape, "model input tensor")
            oshape[0] = int(ishape[0])
        return self.make_const_shape_op(oshape)

    def infer_node_datatype(self, model) -> None:
        """Adopt integer input annotations from the model (as FINN does), then
        annotate each output tensor with the layer's output DataType."""
        for ind in range(self.NUM_STREAM_INPUTS):
            self._adopt_input_datatype(model, ind)
        for ind, name in enumerate(self.onnx_node.output):
            model.set_tensor_datatype(name, self.get_output_datatype(ind))

    def _input_datatype_attr(self, ind: int) -> str:
        return "inputDataType"

    def _adopt_input_datatype(self, model, ind: int) -> None:
        new = model.get_tensor_datatype(self.onnx_node.input[ind])
        old = self.get_input_datatype(ind)
        if new is None or not new.is_integer() or new == old:
            return
        warnings.warn(
            f"{self.where()}: input {ind} is annotated {new.name}, attribute said "
            f"{old.name}; using {new.name}",
            stacklevel=2,
        )
        self._set_input_datatype(ind, new.name)
        for attr in self.MIRROR_INPUT_DATATYPE_ATTRS:
            if self.get_nodeattr(attr) == old.name:
                self.set_nodeattr(attr, new.name)

    def _set_input_datatype(self, ind: int, name: str) -> None:
        self.set_nodeattr(self._input_datatype_attr(ind), name)

    def set_input_datatype(self, ind: int, name: str) -> None:
        """Set the DataType of stream input ``ind`` (and the output types mirroring it)."""
        old = self.get_input_datatype(ind).name
        self._set_input_datatype(ind, name)
        for attr in self.MIRROR_INPUT_DATATYPE_ATTRS:
            if self.get_nodeattr(attr) == old:
                self.set_nodeattr(attr, name)

    def get_op_and_param_counts(self) -> dict[str, int]:
        """Operations per inference and parameters, FINN's keys (op_*, param_*)."""
        return {}

    def execute_node(self, context, graph) -> None:
        """Bit-exact numpy execution; any batch size on axis 0."""
        node = self.onnx_node
        inputs = [context[name] if name else None for name in node.input]
        for ind in range(self.NUM_STREAM_INPUTS):
            inputs[ind] = self._as_stream(ind, inputs[ind])
            self._check_shape(ind, np.shape(inputs[ind]), "input array")
        outputs = self._execute(inputs)
        for name, value in zip(node.output, outputs):
            context[name] = numerics.as_output(value)

    @abstractmethod
    def _execute(self, inputs: list) -> list:
        """Compute the outputs from the raw input arrays (hook)."""

    def _as_stream(self, ind: int, value):
        """A stream is flat per sample: view an input of the right size in the normal shape
        (layout changes between layers, e.g. Flatten, are absorbed into the stream order)."""
        expected = tuple(self.get_normal_input_shape(ind))
        arr = np.asarray(value)
        per = int(np.prod(expected[1:]))
        if arr.ndim and arr.shape[1:] != expected[1:] and arr.size % max(per, 1) == 0 \
                and int(np.prod(arr.shape[1:])) == per:
            return arr.reshape((arr.shape[0],) + expected[1:])
        return value

    def _check_shape(self, ind: int, shape, what: str) -> None:
        expected = tuple(self.get_normal_input_shape(ind))
        shape = tuple(int(s) for s in shape)
        if len(shape) != len(expected) or shape[1:] != expected[1:]:
            raise self.error(
                f"{what} {ind} has shape {list(shape)}; expected {list(expected)} "
                "(any batch size on axis 0)"
            )

    def int_input(self, value, ind: int, what: str | None = None) -> np.ndarray:
        """Input ``ind`` as int64, checked against its DataType."""
        label = what or f"input {ind} ({self.onnx_node.input[ind]})"
        try:
            arr = numerics.as_int(value, label)
        except ValueError as exc:
            raise self.error(str(exc)) from None
        dt = self.get_input_datatype(ind)
        if arr.size and not np.all(dt.allowed(arr)):
            lo, hi = int(arr.min()), int(arr.max())
            raise self.error(f"{label} holds values in [{lo}, {hi}] outside {dt.name}")
        return arr

    def verify_node(self) -> list[str]:
        """qonnx-style verification: a list of messages, never raises."""
        try:
            self.validate()
        except FinnVivadoError as exc:
            return [str(exc)]
        return [f"{self.where()}: attributes are legal"]
