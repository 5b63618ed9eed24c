"""MVAU vs numpy matmul + qonnx's multithreshold, across dtypes and foldings."""

import zlib

import numpy as np
import pytest
from qonnx.core.datatype import DataType
from qonnx.custom_op.general.multithreshold import multithreshold

from finn_vivado.core.errors import FinnVivadoError

from .helpers import force_attr, layer_of, random_values, run_node

# (inputDataType, weightDataType, outputDataType, ActVal, binaryXnorMode, noActivation)
CASES = [
    ("BIPOLAR", "BIPOLAR", "BIPOLAR", 0, 1, 0),
    ("BIPOLAR", "BIPOLAR", "UINT2", 0, 1, 0),
    ("BIPOLAR", "BIPOLAR", "UINT16", 0, 1, 1),
    ("INT2", "INT2", "INT2", -2, 0, 0),
    ("UINT2", "INT2", "UINT2", 0, 0, 0),
    ("INT4", "BIPOLAR", "UINT4", 0, 0, 0),
    ("UINT4", "INT3", "INT4", -8, 0, 0),
    ("INT8", "INT8", "INT32", 0, 0, 1),
    ("UINT8", "INT2", "BIPOLAR", 0, 0, 0),
]
FOLDINGS = [(1, 1), (2, 3), (4, 12)]  # (PE, SIMD) for MW=12, MH=8


def reference(x, w, thresholds, odt, act, xnor, noact):
    """Independent golden model: float64 matmul / agreement count + multithreshold."""
    if xnor:
        acc = (x[..., :, None] == w[None, :, :]).sum(axis=-2).astype(np.float64)
    else:
        acc = np.matmul(x.astype(np.float64), w.astype(np.float64))
    if noact:
        return acc
    flat = acc.reshape(-1, acc.shape[-1])
    count = multithreshold(flat, thresholds).reshape(acc.shape)
    return 2 * count - 1 if odt == "BIPOLAR" else count + act


def make_thresholds(rng, acc_lo, acc_hi, mh, steps):
    thr = rng.integers(acc_lo, acc_hi + 1, size=(mh, steps))
    return np.sort(thr, axis=1)


def out_steps(odt, act):
    if odt == "BIPOLAR":
        return 1
    return int(DataType[odt].max()) - act


@pytest.mark.parametrize("idt,wdt,odt,act,xnor,noact", CASES)
@pytest.mark.parametrize("pe,simd", FOLDINGS)
@pytest.mark.parametrize("vectors", [[1], [1, 2, 3]])
def test_mvau_matches_reference(idt, wdt, odt, act, xnor, noact, pe, simd, vectors):
    key = repr((idt, wdt, odt, pe, simd, len(vectors)))
    rng = np.random.default_rng(zlib.crc32(key.encode()))
    mw, mh = 12, 8
    x = random_values(rng, idt, vectors + [mw])
    w = random_values(rng, wdt, (mw, mh))
    inits = {"w": (w, wdt)}
    thresholds = None
    if not noact:
        acc_lo, acc_hi = (0, mw) if xnor else (-mw * 64, mw * 64)
        thresholds = make_thresholds(rng, acc_lo, acc_hi, mh, out_steps(odt, act))
        inits["thr"] = (thresholds, "INT32")
    (y,), model = run_node(
        "MVAU", {"x": (x, idt)}, inits, MW=mw, MH=mh, PE=pe, SIMD=simd,
        inputDataType=idt, weightDataType=wdt, outputDataType=odt, ActVal=act,
        binaryXnorMode=xnor, noActivation=noact, numInputVectors=vectors,
    )
    expected = reference(x, w, thresholds, odt, act, xnor, noact)
    assert y.dtype == np.float64
    np.testing.assert_array_equal(y, expected)
    assert model.get_tensor_datatype("out0") == DataType[odt]
    layer = layer_of(model)
    layer.validate(model)
    assert layer.get_exp_cycles() == (mh // pe) * (mw // simd) * int(np.prod(vectors))


def test_shared_threshold_row_broadcasts():
    rng = np.random.default_rng(1)
    x = random_values(rng, "INT4", (1, 6))
    w = random_values(rng, "INT4", (6, 5))
    thr = np.array([[-20, 0, 20]])
    (y,), _ = run_node("MVAU", {"x": (x, "INT4")}, {"w": (w, "INT4"), "thr": (thr, "INT32")},
                       MW=6, MH=5, inputDataType="INT4", weightDataType="INT4",
                       outputDataType="UINT2")
    acc = x @ w
    np.testing.assert_array_equal(y, (acc[..., None] >= thr[0]).sum(-1))


def test_wide_accumulator_is_exact():
    """Accumulators beyond 2**24 (float32's exact range) stay exact."""
    rng = np.random.default_rng(2)
    mw, mh = 64, 4
    x = rng.integers(-2**15, 2**15, size=(3, mw))
    w = rng.integers(-2**15, 2**15, size=(mw, mh))
    (y,), _ = run_node("MVAU", {"x": (x, "INT16")}, {"w": (w, "INT16")}, MW=mw, MH=mh,
                       SIMD=8, PE=2, inputDataType="INT16", weightDataType="INT16",
                       outputDataType="INT40", accDataType="INT40", noActivation=1)
    exact = [[sum(int(a) * int(b) for a, b in zip(row, col)) for col in w.T] for row in x]
    assert np.abs(np.asarray(exact)).max() > 2**24
    assert y.dtype == np.float64
    assert [[int(v) for v in row] for row in y] == exact


def test_batch_size_above_one():
    rng = np.random.default_rng(3)
    x = random_values(rng, "INT4", (5, 3, 3, 8))
    w = random_values(rng, "INT4", (8, 4))
    (y,), model = run_node("MVAU", {"x": (x, "INT4")}, {"w": (w, "INT4")}, MW=8, MH=4,
                           inputDataType="INT4", weightDataType="INT4",
                           outputDataType="INT12", noActivation=1, numInputVectors=[1, 3, 3])
    assert y.shape == (5, 3, 3, 4)
    np.testing.assert_array_equal(y, x @ w)
    assert model.get_tensor_shape("out0") == [5, 3, 3, 4]


def test_folding_shapes_widths_and_memories():
    _, model = run_node("MVAU", {"x": (np.ones((1, 30, 30, 27)), "BIPOLAR")},
                        {"w": (np.ones((27, 64)), "BIPOLAR"), "thr": (np.zeros((64, 1)), "INT32")},
                        MW=27, MH=64, PE=1, SIMD=27, inputDataType="BIPOLAR",
                        weightDataType="BIPOLAR", outputDataType="BIPOLAR",
                        binaryXnorMode=1, numInputVectors=[1, 30, 30])
    layer = layer_of(model)
    assert layer.get_exp_cycles() == 57600  # CNV-w1a1 MVAU_0 seed figure
    assert layer.get_folded_input_shape() == (1, 30, 30, 1, 27)
    assert layer.get_folded_output_shape() == (1, 30, 30, 64, 1)
    assert layer.get_instream_width() == 27 and layer.get_instream_width_padded() == 32
    assert layer.get_outstream_width() == 1 and layer.get_outstream_width_padded() == 8
    assert layer.get_number_output_values() == 30 * 30 * 64
    assert (layer.calc_wmem(), layer.calc_tmem()) == (64 * 27 // 27, 64)
    layer.set_nodeattr("MW", 576)
    layer.set_nodeattr("PE", 8)
    layer.set_nodeattr("SIMD", 72)
    layer.set_nodeattr("numInputVectors", [1, 28, 28])
    assert layer.get_exp_cycles() == 50176  # CNV-w1a1 MVAU_1 seed figure
    assert layer.get_weightstream_width() == 8 * 72


def _layer(**overrides):
    attrs = dict(MW=12, MH=8, SIMD=4, PE=2, inputDataType="INT4", weightDataType="INT4",
                 outputDataType="UINT4")
    attrs.update(overrides)
    rng = np.random.default_rng(4)
    inits = {"w": (random_values(rng, "INT4", (12, 8)), "INT4"),
             "thr": (np.sort(rng.integers(-50, 50, (8, 15)), axis=1), "INT32")}
    if attrs.get("noActivation"):
        del inits["thr"]
    _, model = run_node("MVAU", {"x": (np.zeros((1, 12)), "INT4")}, inits, **attrs)
    return layer_of(model), model


def test_validate_simd_lists_divisors():
    layer, model = _layer()
    layer.set_nodeattr("SIMD", 5)
    with pytest.raises(FinnVivadoError) as err:
        layer.validate(model)
    msg = str(err.value)
    assert msg == ("MVAU_0 (MVAU): attribute SIMD=5 is illegal: SIMD must divide MW=12; "
                   "legal values: [1, 2, 3, 4, 6, 12]")
    assert layer.legal_values("SIMD") == [1, 2, 3, 4, 6, 12]
    assert layer.legal_values("PE") == [1, 2, 4, 8]
    assert "\n" not in msg


@pytest.mark.parametrize("build,forced,needle", [
    ({}, {"PE": 3}, "PE must divide MH=8; legal values: [1, 2, 4, 8]"),
    ({}, {"outputDataType": "UINT3"}, "attribute outputDataType='UINT3' is illegal"),
    ({"noActivation": 1}, {"outputDataType": "INT8"}, "must hold every accumulator value"),
    ({}, {"binaryXnorMode": 1}, "binaryXnorMode=1 is illegal: needs inputDataType and"),
    ({}, {"accDataType": "INT6"}, "accDataType='INT6' is illegal"),
    ({}, {"mem_mode": "bram"}, "mem_mode='bram' is illegal: not an accepted value; legal "
                               "values: ['external', 'internal_decoupled', 'internal_embedded']"),
    ({}, {"inputDataType": "FLOAT32"}, "inputDataType='FLOAT32' is illegal"),
    ({}, {"noActivation": 1}, "has 3 inputs; expected 2"),
])
def test_validate_errors(build, forced, needle):
    layer, model = _layer(**build)
    for key, value in forced.items():
        force_attr(layer, key, value)
    with pytest.raises(FinnVivadoError) as err:
        layer.validate(model)
    assert needle in str(err.value)


def test_set_nodeattr_rejects_illegal_value():
    layer, _ = _layer()
    with pytest.raises(FinnVivadoError, match="ram_style='huge' is illegal"):
        layer.set_nodeattr("ram_style", "huge")


def test_validate_rejects_unsorted_and_out_of_range_tensors():
    layer, model = _layer()
    thr = model.get_initializer("thr").copy()
    thr[0, :2] = [5, -5]
    model.set_initializer("thr", thr)
    with pytest.raises(FinnVivadoError, match="not sorted ascending"):
        layer.validate(model)
    layer, model = _layer()
    w = model.get_initializer("w").copy()
    w[0, 0] = 9
    model.set_initializer("w", w)
    with pytest.raises(FinnVivadoError, match="weight tensor w holds values in"):
        layer.validate(model)


def test_missing_required_attribute_is_a_user_error():
    layer, _ = _layer()
    for attr in list(layer.onnx_node.attribute):
        if attr.name == "MH":
            layer.onnx_node.attribute.remove(attr)
    with pytest.raises(FinnVivadoError, match=r"MVAU_0 \(MVAU\): required attribute MH"):
        layer.validate()


@pytest.mark.filterwarnings("ignore:The values of tensor")
def test_execution_rejects_values_outside_input_type():
    with pytest.raises(FinnVivadoError, match="outside INT2"):
        run_node("MVAU", {"x": (np.full((1, 4), 3), "INT2")}, {"w": (np.ones((4, 2)), "INT2")},
                 MW=4, MH=2, inputDataType="INT2", weightDataType="INT2",
                 outputDataType="INT8", noActivation=1)
