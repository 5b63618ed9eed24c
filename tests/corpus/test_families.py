"""One small network per family of the brevitas corpus (tests/data/corpus), built to the
stitched RTL and simulated; the outputs are compared here with qonnx execution of the
*input* ONNX file (benchmarks/corpus.py runs the whole corpus the same way)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from finn_vivado.backends.sim.tools import have_tool

_SPEC = importlib.util.spec_from_file_location(
    "corpus_benchmark", Path(__file__).resolve().parents[2] / "benchmarks" / "corpus.py")
_BENCH = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_BENCH)
CORPUS, build_and_check = _BENCH.CORPUS, _BENCH.build_and_check
golden, mismatches = _BENCH.golden, _BENCH.mismatches

pytestmark = pytest.mark.skipif(not have_tool("verilator"),
                                reason="verilator is installed by `make test`")

FAMILIES = [
    "mlp_mixed_bits",          # 1-7-bit MLP, BatchNorm, bias, signed and unsigned activations
    "bnn_tfc_w1a1_narrow",     # bnn_pynq FC at a non-default width (bipolar)
    "cnn_k1",                  # 1x1 convs; the FC after them reads the flattened stream
    "cnn_k1x3_3x1",            # asymmetric kernels and paddings
    "cnn_maxpool_overlap",     # overlapping max pool (k3 s2) on 8x8x16
    "cnn_truncavgpool_head",   # 8-bit TruncAvgPool followed by a quantizer
    "dwsep_block",             # depthwise-separable blocks, strided depthwise conv
    "unet_convtranspose",      # encoder-decoder: Concat skip, ConvTranspose (sub-pixel)
    "resnext_grouped",         # grouped 3x3 conv: StreamingSplit, one MVAU per group, StreamingConcat
]


@pytest.mark.parametrize("name", FAMILIES)
def test_family_bit_exact(name, tmp_path):
    row = build_and_check(name, tmp_path)
    produced = sorted((tmp_path / "verification_output").glob("stitched_ip_rtlsim_*.npy"))
    assert produced, row.get("error")
    want = golden(CORPUS / f"{name}.onnx", np.load(CORPUS / f"{name}_input.npy"))
    assert mismatches(np.load(produced[0]), want) == 0, row
    assert row["result"] == "PASS", row


def test_mismatches_counts_near_misses():
    want = np.array([[0.25, -1.5, 3.0]], dtype=np.float32)
    assert mismatches(want.copy(), want) == 0
    assert mismatches(want * (1 + 1e-7), want) == 0          # float32 noise
    assert mismatches(want + [[0, 0, 0.01]], want) == 1       # one small real error
    assert mismatches(want[:, :2], want) == -1                # shape
    ints = np.array([1.0, 2.0, 3.0])
    assert mismatches(ints + [0, 0, 1e-6], ints) == 1         # integers must be exact


def test_reference_ties_are_told_from_real_mismatches(tmp_path):
    """The benchmark's own comparison accepts an element that differs only at a float32
    rounding tie of the reference, and still counts a real error next to it."""
    from flow.test_verify import _produced, _tie_inputs, _tie_model  # tests/ is on sys.path

    model = _tie_model()
    path = tmp_path / "tie.onnx"
    model.save(str(path))
    x = _tie_inputs()
    want = golden(path, x)
    got = _produced(model, x).reshape(want.shape)
    assert mismatches(got, want) > 0
    row = {}
    assert _BENCH._real_mismatches(path, x, got, want, row) == 0 and row["ties"] >= 1
    bad = got.copy()
    bad.flat[-1] += 1.0
    assert _BENCH._real_mismatches(path, x, bad, want, {}) == 1
