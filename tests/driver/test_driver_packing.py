"""The driver's stream packing (data_packing.py, copied into every driver/): round
trips for every element type and folding, and bit-for-bit agreement with the
simulator's packing (finn_vivado.core.packing)."""

import zlib

import numpy as np
import pytest

from finn_vivado.core.data_packing import (element_type, pack_beats, stream_bytes,
                                             unpack_beats)
from finn_vivado.backends.driver.driver_base import StreamCodec
from finn_vivado.core.packing import pack_words, unpack_words

SMALL_TYPES = (["BIPOLAR", "BINARY", "TERNARY"] + [f"INT{b}" for b in range(1, 9)]
               + [f"UINT{b}" for b in range(1, 9)])
WIDE_TYPES = ["INT16", "UINT16", "INT12", "UINT24", "INT32", "UINT32", "INT62", "UINT62"]


def _random_values(rng, name, shape):
    dt = element_type(name)
    if dt.bipolar:
        return rng.choice(np.array([-1, 1]), size=shape)
    return rng.integers(dt.min, dt.max, size=shape, endpoint=True, dtype=np.int64)


def _random_case(rng, name):
    """Random folded shape (batch, beats..., elements per beat) and DMA word bytes."""
    elems = int(rng.integers(1, 40))
    lead = tuple(int(s) for s in rng.integers(1, 5, size=int(rng.integers(1, 4))))
    used = stream_bytes(element_type(name), elems)
    return lead + (elems,), used + int(rng.integers(0, 9))


@pytest.mark.parametrize("name", SMALL_TYPES + WIDE_TYPES)
def test_round_trip_any_shape_and_fold(name):
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    dt = element_type(name)
    for _ in range(25):
        shape, word = _random_case(rng, name)
        values = _random_values(rng, name, shape)
        packed = pack_beats(values, dt, word)
        assert packed.dtype == np.uint8 and packed.shape == shape[:-1] + (word,)
        used = stream_bytes(dt, shape[-1])
        assert not packed[..., used:].any(), "DMA word padding must be zero"
        assert np.array_equal(unpack_beats(packed, dt, shape[-1]), values)


@pytest.mark.parametrize("name", SMALL_TYPES + WIDE_TYPES)
def test_bit_for_bit_equal_to_the_simulator(name):
    """The driver's bytes of each beat, read little-endian, are the simulator's stream
    words, and the simulator unpacks the driver's bytes (and vice versa)."""
    rng = np.random.default_rng(7 + len(name))
    dt = element_type(name)
    full = max(1, 64 // dt.bits)  # beats filling a 64-bit DMA word (one-word packing path)
    cases = [((3, 2, full), 8), ((2, 1), 8)] + [_random_case(rng, name) for _ in range(10)]
    for shape, word in cases:
        values = _random_values(rng, name, shape)
        packed = pack_beats(values, dt, word).reshape(-1, word)
        used = stream_bytes(dt, shape[-1])
        driver_words = [int.from_bytes(row[:used].tobytes(), "little") for row in packed]
        assert driver_words == pack_words(values, name)
        assert np.array_equal(unpack_words(driver_words, name, shape), values)
        # garbage in the padding bits of a beat and of the DMA word is ignored
        noisy = packed.copy()
        noisy[:, used:] = 0xFF
        pad_bits = used * 8 - dt.bits * shape[-1]
        if pad_bits:
            noisy[:, used - 1] |= np.uint8((0xFF << (8 - pad_bits)) & 0xFF)
        assert np.array_equal(unpack_beats(noisy, dt, shape[-1]).reshape(shape), values)


def test_element_order_and_twos_complement():
    """Element 0 in the least significant bits; signed values in two's complement;
    BIPOLAR +1 -> 1, -1 -> 0."""
    assert pack_beats(np.array([[1, -2, 3]]), element_type("INT4"), 2).tolist() == [[0xE1, 0x03]]
    assert pack_beats(np.array([[1, -1, -1, 1]]), element_type("BIPOLAR"), 1).tolist() == [[0x9]]
    assert pack_beats(np.array([[0x1234]]), element_type("UINT16"), 4).tolist() == [
        [0x34, 0x12, 0, 0]]


@pytest.mark.parametrize("name,values,match", [
    ("INT4", [8], "not all INT4"), ("UINT2", [-1], "not all UINT2"),
    ("BIPOLAR", [0], "not all BIPOLAR"), ("INT8", [0.5], "not integers"),
])
def test_rejects_values_outside_the_type(name, values, match):
    with pytest.raises(ValueError, match=match):
        pack_beats(np.array([values]), element_type(name), 1)


@pytest.mark.parametrize("name", ["FLOAT32", "FIXED<8,4>", "INT0", "INT63", "int8"])
def test_rejects_non_stream_types(name):
    with pytest.raises(ValueError, match="not an integer stream type"):
        element_type(name)


def test_rejects_a_dma_word_narrower_than_the_beat():
    with pytest.raises(ValueError, match="needs 2 bytes"):
        pack_beats(np.zeros((1, 3)), element_type("INT4"), 1)
    with pytest.raises(ValueError, match="fewer than"):
        unpack_beats(np.zeros((1, 1), np.uint8), element_type("INT4"), 3)


def _codec_io(name, normal, simd, word):
    folded = (1, int(np.prod(normal[1:])) // simd, simd)
    packed = folded[:-1] + (word,)
    return {"idt": [name], "odt": [name], "ishape_normal": [normal], "oshape_normal": [normal],
            "ishape_folded": [folded], "oshape_folded": [folded],
            "ishape_packed": [packed], "oshape_packed": [packed]}


@pytest.mark.parametrize("name", SMALL_TYPES)
def test_codec_round_trip_with_random_folding(name):
    """fold -> pack -> unpack -> unfold gives the input back at any batch size, for
    random NHWC shapes folded by a random divisor of the channels (SIMD/PE)."""
    rng = np.random.default_rng(zlib.crc32(name.encode()) + 1)
    dt = element_type(name)
    for _ in range(6):
        h, w, c = (int(v) for v in rng.integers(1, 7, size=3))
        simd = int(rng.choice([d for d in range(1, c + 1) if c % d == 0]))
        word = 1 << int(np.ceil(np.log2(stream_bytes(dt, simd))))
        codec = StreamCodec(_codec_io(name, (1, h, w, c), simd, word))
        codec.batch_size = int(rng.integers(1, 5))
        x = _random_values(rng, name, (codec.batch_size, h, w, c))
        folded = codec.fold_input(x)
        assert folded.shape == (codec.batch_size, h * w * c // simd, simd)
        assert np.array_equal(folded.reshape(codec.batch_size, -1), x.reshape(codec.batch_size, -1))
        packed = codec.pack_input(folded)
        assert packed.shape == codec.ishape_packed() == (codec.batch_size, h * w * c // simd, word)
        back = codec.unfold_output(codec.unpack_output(packed))
        assert back.dtype == np.float32 and np.array_equal(back, x)


def test_codec_rejects_a_wrong_input_size():
    codec = StreamCodec(_codec_io("UINT8", (1, 2, 2, 3), 3, 4), batch_size=2)
    with pytest.raises(ValueError, match="does not match the accelerator input"):
        codec.fold_input(np.zeros((1, 2, 2, 3)))
