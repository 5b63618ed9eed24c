"""Vivado utilization reports -> ooc_synth_and_timing.json (FINN's fields)."""

import json

import pytest
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.vivado.reports import ooc_summary, parse_metrics, parse_utilization

SEVEN_SERIES = """\
1. Slice Logic
--------------

+----------------------------+-------+-------+-----------+-------+
|          Site Type         |  Used | Fixed | Available | Util% |
+----------------------------+-------+-------+-----------+-------+
| Slice LUTs*                | 13644 |     0 |     53200 | 25.65 |
|   LUT as Logic             | 11888 |     0 |     53200 | 22.35 |
|   LUT as Memory            |  1756 |     0 |     17400 | 10.09 |
| Slice Registers            | 16955 |     0 |    106400 | 15.94 |
+----------------------------+-------+-------+-----------+-------+

2. Memory
---------

+-------------------+------+-------+-----------+-------+
|     Site Type     | Used | Fixed | Available | Util% |
+-------------------+------+-------+-----------+-------+
| Block RAM Tile    |   98 |     0 |       140 | 70.00 |
|   RAMB36/FIFO*    |   94 |     0 |       140 | 67.14 |
|   RAMB18          |    8 |     0 |       280 |  2.86 |
+-------------------+------+-------+-----------+-------+

3. DSP
------

+-----------+------+-------+-----------+-------+
| Site Type | Used | Fixed | Available | Util% |
+-----------+------+-------+-----------+-------+
| DSPs      |    0 |     0 |       220 |  0.00 |
+-----------+------+-------+-----------+-------+

7. Primitives
-------------

+----------+-------+---------------------+
| Ref Name |  Used | Functional Category |
+----------+-------+---------------------+
| FDRE     | 16900 |        Flop & Latch |
| CARRY4   |   518 |          CarryLogic |
+----------+-------+---------------------+
"""

ULTRASCALE = """\
+----------------------------+------+-------+------------+-----------+-------+
|          Site Type         | Used | Fixed | Prohibited | Available | Util% |
+----------------------------+------+-------+------------+-----------+-------+
| CLB LUTs*                  | 2001 |     0 |          0 |    230400 |  0.87 |
|   LUT as Memory            |   12 |     0 |          0 |    101760 |  0.01 |
| CLB Registers              | 3000 |     0 |          0 |    460800 |  0.65 |
| CARRY8                     |   40 |     0 |          0 |     28800 |  0.14 |
+----------------------------+------+-------+------------+-----------+-------+
| URAM                       |    2 |     0 |          0 |        96 |  2.08 |
"""


def test_seven_series_report():
    got = parse_utilization(SEVEN_SERIES)
    assert got == {"LUT": 13644, "LUTRAM": 1756, "FF": 16955, "BRAM": 98, "BRAM_36K": 94,
                   "BRAM_18K": 8, "URAM": 0, "DSP": 0, "Carry": 518}


def test_ultrascale_report_with_prohibited_column():
    got = parse_utilization(ULTRASCALE)
    got = (got["LUT"], got["FF"], got["Carry"], got["URAM"], got["LUTRAM"])
    assert got == (2001, 3000, 40, 2, 12)


def test_not_a_report():
    with pytest.raises(FinnVivadoError, match="no LUT row"):
        parse_utilization("hello")


def test_metrics_lines_are_tcl_lists():
    assert parse_metrics("wns_ns 1.442\nproject_dir {/a b/c}\n") == {
        "wns_ns": "1.442", "project_dir": "/a b/c"}


def test_summary_with_fmax_and_throughput(tmp_path):
    ooc = tmp_path / "ooc"
    ooc.mkdir()
    (ooc / "utilization.rpt").write_text(SEVEN_SERIES)
    (ooc / "ooc_metrics.txt").write_text("wns_ns 1.442\nclk_ns 10\nvivado_version 2022.1\n")
    out = tmp_path / "out"
    (out / "report").mkdir(parents=True)
    (out / "report" / "estimate_network_performance.json").write_text(
        json.dumps({"max_cycles": 147456}))
    got = ooc_summary(ooc, out)
    assert got["fmax_mhz"] == pytest.approx(116.8497, rel=1e-4)
    assert got["estimated_throughput_fps"] == pytest.approx(792.44, rel=1e-4)
    written = json.loads((out / "report" / "ooc_synth_and_timing.json").read_text())
    assert (written["LUT"], written["WNS"], written["vivado_version"]) == (13644, 1.442, 2022.1)


def test_summary_before_the_run(tmp_path):
    with pytest.raises(FinnVivadoError, match="has not run"):
        ooc_summary(tmp_path)
