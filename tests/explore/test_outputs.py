"""The sweep's files from hand-made rows: results.json/.csv, pareto.json, folding
configs, the page with its charts (fronts, measured points, capacity)."""

import csv
import json
import xml.etree.ElementTree as ET

from finn_vivado.explore.base import Base
from finn_vivado.explore.charts import part_charts
from finn_vivado.explore.outputs import write_outputs
from finn_vivado.explore.progress import candidate_line
from finn_vivado.explore.spec import parse_sweep

CAP = {"LUT": 53200, "BRAM_18K": 280, "URAM": 0, "DSP": 220}


def est(fps, lut, bram, fits=True, folding=""):
    return {"status": "ok", "seconds": 1.0, "output_dir": "/x/estimate", "cached": False,
            "figures": {"throughput_fps": fps, "latency_ns": 1e9 / fps, "LUT": lut,
                        "BRAM_18K": bram, "URAM": 0.0, "DSP": 0.0, "fits": fits,
                        "capacity": CAP, "folding_config": folding}}


def row(key, fps, estimate, build=None, **flags):
    return {"key": key, "label": f"target_fps={fps}", "point": {"target_fps": fps},
            "part": "xc7z020clg400-1", "directory": f"/x/{key}", "estimate": estimate,
            "build": build, "chosen": build is not None, "on_estimated_front": False,
            "on_measured_front": False, **flags}


def make_rows(tmp_path):
    folding = tmp_path / "final_hw_config.json"
    folding.write_text(json.dumps({"Defaults": {}, "MVAU_0": {"PE": 2, "SIMD": 4}}))
    built = {"status": "ok", "seconds": 30.0, "output_dir": "/x/build", "cached": False,
             "figures": {"throughput_fps": 950.0, "latency_ns": 2e6, "LUT": 30000.0,
                         "BRAM_18K": 90.0, "URAM": 0.0, "DSP": 0.0, "FF": 1.0, "fits": True,
                         "verified": True, "capacity": CAP, "folding_config": str(folding)}}
    return [
        row("a", 1000, est(1000, 20000, 80), built, on_estimated_front=True,
            on_measured_front=True),
        row("b", 5000, est(5000, 40000, 120), on_estimated_front=True),
        row("c", 20000, est(20000, 90000, 200, fits=False)),
        row("d", 2000, {"status": "failed: boom", "seconds": 1.0, "figures": {},
                        "output_dir": "/x/d"}),
    ]


def test_files(tmp_path):
    rows = make_rows(tmp_path)
    base = Base(model=tmp_path / "cnv.onnx", config={"fpga_part": "xc7z020clg400-1"},
                output_dir=tmp_path / "out")
    spec = parse_sweep({"target_fps": [1000, 2000, 5000, 20000], "build_top": 1})
    stages = {"estimate": {"candidates": 4, "ran": 4, "cached": 0, "failed": 1, "seconds": 3.0},
              "build": {"candidates": 1, "ran": 1, "cached": 0, "failed": 0, "seconds": 30.0},
              "workers": 2}
    fronts = {"estimated": {"xc7z020clg400-1": ["a", "b"]},
              "measured": {"xc7z020clg400-1": ["a"]}}
    files = write_outputs(base, spec, rows, fronts, stages)
    folder = tmp_path / "out" / "explore"
    results = json.loads((folder / "results.json").read_text())
    assert [c["key"] for c in results["candidates"]] == ["a", "b", "c", "d"]
    assert results["sweep"]["build_top"] == 1 and results["stages"]["workers"] == 2
    records = list(csv.DictReader((folder / "results.csv").open()))
    assert records[0]["target_fps"] == "1000" and records[0]["rtlsim_fps"] == "950.0"
    assert records[0]["build_dir"] == "/x/build" and records[3]["estimate_status"] == "failed: boom"
    pareto = json.loads((folder / "pareto.json").read_text())
    part = pareto["parts"]["xc7z020clg400-1"]
    assert [e["key"] for e in part["estimated"]] == ["a", "b"]
    assert part["measured"][0]["figures"]["throughput_fps"] == 950.0
    assert json.loads((folder / "folding" / "a.json").read_text())["MVAU_0"]["PE"] == 2
    html = (folder / "index.html").read_text()
    assert files["page"] == str(folder / "index.html")
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "")  # self-contained
    assert "failed: boom" in html and "xc7z020clg400-1 capacity 53,200" in html
    assert html.count("<svg") == 4


def test_chart_contents(tmp_path):
    charts = part_charts(make_rows(tmp_path))["xc7z020clg400-1"]
    lut = charts[0]
    svgless = [(p.kind, p.title.split(" [")[0]) for p in lut.points]
    assert ("measured", "target_fps=1000") in svgless
    assert sum(1 for kind, _ in svgless if kind == "estimate") == 2  # the estimated front
    assert [kind for _, kind in lut.lines] == ["estimate"]  # one measured point: no line
    assert lut.capacity is not None and lut.links
    # the capacity line lies inside the plot box, above the front
    top, height = lut.box[1], lut.box[3]
    assert top <= lut.capacity[0] <= top + height


def test_every_chart_of_the_page_is_well_formed_svg(tmp_path):
    test_files(tmp_path)
    html = (tmp_path / "out" / "explore" / "index.html").read_text()
    pieces = html.split("<svg")[1:]
    assert len(pieces) == 4
    for piece in pieces:
        root = ET.fromstring("<svg" + piece.split("</svg>")[0] + "</svg>")
        assert root.tag.endswith("svg") and root.findall(".//{*}rect")


def test_candidate_lines():
    rows = make_rows_simple()
    assert candidate_line("estimate", rows, 1, 4) == (
        "[estimate 1/4] target_fps=1000 [a]: ok, 1,000 fps, 20,000 LUT, 80 BRAM_18K, 0 DSP "
        "(1.0 s)")


def make_rows_simple():
    return row("a", 1000, est(1000, 20000, 80))
