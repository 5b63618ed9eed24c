"""The search threshold unit inside MVAU and VVAU, forced where the cost rule picks the
parallel one: few steps, a BIPOLAR output, shared thresholds, one output per cycle."""

import math
import zlib

import numpy as np
import pytest

from finn_vivado.backends.rtl.cores.vvau import vvau_input_to_stream

from .compute_helpers import check_compute_rtl
from .helpers import requires_tools
from .test_mvau import CASES as MVAU_CASES, mvau
from .test_vvau import CASES as VVAU_CASES, vvau

pytestmark = requires_tools

FORCED = [
    ("MVAU", "int4_uint3_thr3_act1"),
    ("MVAU", "xnor_bipolar_out_shared"),
    ("MVAU", "binary_int2_buffered"),
    ("MVAU", "xnor_simd64_pe3_thr3"),
    ("VVAU", "bipolar_int3_full_par"),
    ("VVAU", "bipolar_int4_k2x1_pe_mid"),
]


@pytest.mark.parametrize("op,name", FORCED)
def test_forced_search_matches_model(monkeypatch, op, name):
    make, cases, to_stream = ((mvau, MVAU_CASES, None) if op == "MVAU"
                              else (vvau, VVAU_CASES, vvau_input_to_stream))
    case = cases[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    model, layer = make(rng, *case[:-1], **case[-1])
    unit = type(layer).threshold_unit
    assert not unit(layer).search
    monkeypatch.setattr(type(layer), "threshold_unit",
                        lambda self, bits=None, force=None: unit(self, bits, "search"))
    run = check_compute_rtl(f"{op.lower()}-search-{name}", model, layer, rng,
                            to_stream=to_stream, seed=len(name))
    assert run.gen.spec.params["SEARCH"] == 1
    # the same configuration with the parallel unit (the cost rule's choice): the first
    # output moves by exactly the difference of the activation latencies the core
    # documents (1 cycle, +1 for N_STEPS > 15; 2*clog2(N_STEPS+1) + 1 with the search)
    monkeypatch.undo()
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    model, layer = make(rng, *case[:-1], **case[-1])
    parallel = check_compute_rtl(f"{op.lower()}-{name}", model, layer, rng,
                                 to_stream=to_stream, seed=len(name))
    assert parallel.gen.spec.params["SEARCH"] == 0
    steps = model.get_initializer("t").shape[1]  # thresholds per channel
    search, par = 2 * math.ceil(math.log2(steps + 1)) + 1, 1 + (steps > 15)
    assert run.latency_cycles - parallel.latency_cycles == search - par, (steps, run, parallel)
