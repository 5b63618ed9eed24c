"""The generated Verilator driver: wide data, stalls, watchdog, build cache, errors."""

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.rtl import core_sources
from finn_vivado.backends.sim import build, have_tool, simulate

pytestmark = pytest.mark.skipif(not have_tool("verilator"),
                                reason="verilator is installed by `make test`")

FIFO = "StreamingFIFO"


def _words(width, count):
    return [(i * 0x9E3779B97F4A7C15F39CC0605CEDC834_1082276B) % (1 << width)
            for i in range(1, count + 1)]


@pytest.mark.parametrize("width", [1, 64, 65, 200])  # CData, QData, VlWide
def test_any_tdata_width_round_trips(width):
    words = _words(width, 300)
    res = simulate(FIFO, core_sources(FIFO), [words], [300], stall=(0.3, 0.5), seed=width,
                   params={"WIDTH": width, "DEPTH": 4})
    assert res.outputs[0] == words and not res.stalled
    assert res.in_txns == [300] and res.out_txns == [300]


def test_cycles_latency_and_cache():
    sim = build(FIFO, core_sources(FIFO), 1, 1, params={"WIDTH": 16, "DEPTH": 8})
    again = build(FIFO, core_sources(FIFO), 1, 1, params={"WIDTH": 16, "DEPTH": 8})
    assert again.cached and again.directory == sim.directory and again.compile_seconds == 0.0
    res = sim.run([list(range(1000))], [1000])
    assert res.latency_cycles == 3          # memory FIFO: two register stages
    assert res.cycles == 1000 + 2            # one beat per cycle after the latency
    assert res.raw["outputs"][0]["first_cycle"] == 2
    stalled = sim.run([list(range(1000))], [1000], stall=0.5, seed=3)
    assert stalled.outputs[0] == list(range(1000)) and stalled.cycles > 1500
    same = sim.run([list(range(1000))], [1000], stall=0.5, seed=3)
    assert same.cycles == stalled.cycles     # seeded: reproducible


def test_the_cache_keeps_the_binary_not_the_build_tree(tmp_path):
    sim = build(FIFO, core_sources(FIFO), 1, 1, params={"WIDTH": 12, "DEPTH": 4},
                build_dir=tmp_path)
    assert not sim.cached and not (sim.directory / "obj").exists()
    size = sum(f.stat().st_size for f in sim.directory.rglob("*") if f.is_file())
    assert size < 20e6, size  # the C++ tree with precompiled headers is ~100 MB and more
    assert sim.run([list(range(10))], [10]).outputs[0] == list(range(10))


def test_timeout_and_arguments():
    sim = build(FIFO, core_sources(FIFO), 1, 1, params={"WIDTH": 8, "DEPTH": 2})
    res = sim.run([list(range(100))], [100], timeout_cycles=50)
    assert res.timed_out and res.out_txns[0] < 100 and "timeout after 50 cycles" in res.message
    with pytest.raises(FinnVivadoError, match="build has 1 and 1"):
        sim.run([[1], [2]], [1])
    with pytest.raises(FinnVivadoError, match="stall=2"):
        sim.run([[1]], [1], stall=2)


def test_build_errors_are_clear(tmp_path):
    with pytest.raises(FinnVivadoError, match="source file"):
        build("nothing", [tmp_path / "missing.v"], 1, 1)
    bad = tmp_path / "bad.v"
    bad.write_text("module bad(input wire ap_clk); assign x = ; endmodule\n")
    with pytest.raises(FinnVivadoError, match="Verilator could not translate bad.*full log"):
        build("bad", [bad], 1, 1, build_dir=tmp_path / "cache")
