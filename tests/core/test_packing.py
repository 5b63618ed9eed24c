"""Stream packing: FINN's element order, widths, signedness, bipolar, wide words."""

import numpy as np
import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core import packing


def test_element_zero_in_least_significant_bits():
    x = np.array([[1, -2, 3], [-4, 0, 7]])
    assert packing.pack_words(x, "INT4") == [0x3E1, 0x70C]
    assert packing.pack_hex(x, "INT4") == ["03e1", "070c"]  # 12 bits padded to 16


def test_bipolar_and_binary():
    b = np.array([[1, -1, -1, 1, 1, 1, 1, 1, -1]])
    assert packing.pack_hex(b, "BIPOLAR") == ["00f9"]
    np.testing.assert_array_equal(packing.unpack_hex(["00f9"], "BIPOLAR", (1, 9)), b)
    assert packing.pack_words(np.array([[1, 0, 1]]), "BINARY") == [0b101]


@pytest.mark.parametrize("dt,shape", [("INT21", (5, 7, 9)), ("UINT1", (3, 100)),
                                      ("INT2", (2, 2, 33)), ("UINT32", (4, 3)),
                                      ("TERNARY", (6, 5)), ("INT62", (3, 2))])
def test_round_trip_any_width(dt, shape):
    from qonnx.core.datatype import DataType

    d = DataType[dt]
    rng = np.random.default_rng(0)
    x = rng.integers(int(d.min()), int(d.max()) + 1, size=shape, dtype=np.int64)
    words = packing.pack_words(x, dt)
    assert len(words) == int(np.prod(shape[:-1]))
    assert all(0 <= w < (1 << packing.padded_width(d.bitwidth() * shape[-1])) for w in words)
    np.testing.assert_array_equal(packing.unpack_words(words, dt, shape), x)
    np.testing.assert_array_equal(packing.unpack_hex(packing.pack_hex(x, dt), dt, shape), x)


def test_wide_word_matches_python_reference():
    rng = np.random.default_rng(1)
    x = rng.integers(-128, 128, size=(3, 20))
    reference = [sum((int(v) & 0xFF) << (8 * i) for i, v in enumerate(row)) for row in x]
    assert packing.pack_words(x, "INT8") == reference


def test_float_input_and_errors():
    assert packing.pack_words(np.array([[1.0, -1.0]]), "INT2") == [0b1101]
    with pytest.raises(FinnVivadoError, match="not all INT2"):
        packing.pack_words(np.array([[2, 0]]), "INT2")
    with pytest.raises(FinnVivadoError, match="not integers"):
        packing.pack_words(np.array([[0.5]]), "INT4")
    with pytest.raises(FinnVivadoError, match="needs 2"):
        packing.unpack_words([1, 2, 3], "INT4", (2, 3))
    with pytest.raises(FinnVivadoError, match="cannot be streamed"):
        packing.pack_words(np.zeros((1, 1)), "INT4X")


def test_hex_files(tmp_path):
    path = packing.write_hex(tmp_path / "w.hex", ["00ff", "0a0b"])
    assert packing.read_hex(path) == [0xFF, 0x0A0B]
    assert packing.words_to_hex([5, 300], 12) == ["0005", "012c"]
    assert packing.hex_to_words(["ff // comment", "", "1"]) == [255, 1]
