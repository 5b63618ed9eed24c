"""The visual report: HTML and SVG content, geometry, optional parts, errors, build hook."""

import contextlib
import io
import json
import logging
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from finn_vivado.build import build
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.report import write_report
from finn_vivado.backends.report.charts import BAR_SPAN, COLORS
from finn_vivado.flow.registry import STEP_NAMES_ESTIMATE_ONLY

from .synthetic import (BOTTLENECK, BRAM, CRITICAL_PATH, CYCLES, RTLSIM_CYCLES_PER_FRAME,
                        SYNTH_BRAM36, SYNTH_LUT, TIMING, write_fit, write_synthetic_build)

SVG = "{http://www.w3.org/2000/svg}"
REPO = Path(__file__).resolve().parents[2]


def bars(svg_path: Path, chart: str) -> dict[str, list[tuple[float, str, float]]]:
    """Row label -> [(width, fill, value)] of the bars of one chart of an SVG file."""
    root = ET.parse(svg_path).getroot()
    group = next(g for g in root.iter(f"{SVG}g") if g.get("data-chart") == chart)
    return {row.get("data-label"): [
        (float(r.get("width")), r.get("fill"), float(r.get("data-value")))
        for r in row.iter(f"{SVG}rect") if r.get("class") == "bar"]
        for row in group.iter(f"{SVG}g") if row.get("class") == "row"}


@pytest.fixture(scope="module")
def full_report(tmp_path_factory):
    out = write_synthetic_build(tmp_path_factory.mktemp("report") / "output_synthetic")
    return out, write_report(out)


def test_writes_self_contained_html_and_svg(full_report):
    out, html_path = full_report
    assert html_path == out / "report" / "index.html"
    html = html_path.read_text()
    for name in ("cycles.svg", "resources.svg", "fit.svg"):
        ET.parse(out / "report" / name)  # well-formed XML
        assert f"report/{name}" in html
    assert re.search(r"<script|<link|<img|@import|url\(|src=", html) is None
    external = [u for u in re.findall(r"https?://[^\"' ]+", html)
                if u != "http://www.w3.org/2000/svg"]
    assert external == []
    assert "<title>synthetic · finn-vivado build report</title>" in html  # name from output_<name>
    for section in ('id="cycles"', 'id="resources"', 'id="fit"', 'id="rtlsim"', 'id="synthesis"',
                    'id="estimate-vs-synth"'):
        assert section in html


def test_cycle_bars_are_proportional_and_bottleneck_highlighted(full_report):
    out, _ = full_report
    rows = bars(out / "report" / "cycles.svg", "cycles")
    assert list(rows) == list(CYCLES)
    top = max(max(CYCLES.values()), RTLSIM_CYCLES_PER_FRAME)
    for name, cycles in CYCLES.items():
        (width, fill, value), = rows[name]
        assert value == cycles
        assert width == pytest.approx(BAR_SPAN * cycles / top, abs=0.05)
        assert fill == COLORS["bottleneck" if name == BOTTLENECK else "estimate"]
    svg = (out / "report" / "cycles.svg").read_text()
    marker = re.search(r'class="marker" x1="([0-9.]+)"', svg)
    bar_x = float(re.search(r'class="bar" x="([0-9.]+)"', svg).group(1))
    assert float(marker.group(1)) == pytest.approx(bar_x + BAR_SPAN * RTLSIM_CYCLES_PER_FRAME / top,
                                                   abs=0.05)
    assert f"{CYCLES[BOTTLENECK]} cycles" in svg and ">bottleneck<" in svg


def test_resource_bars_show_estimate_and_synthesis(full_report):
    out, html_path = full_report
    svg = out / "report" / "resources.svg"
    lut = bars(svg, "LUT")
    assert list(lut) == list(SYNTH_LUT)  # stream order
    top = max(SYNTH_LUT.values())  # one scale per chart: the longest bar is BAR_SPAN
    for name in CYCLES:
        (est_w, est_fill, est), (syn_w, syn_fill, syn) = lut[name]
        assert (est_fill, syn_fill) == (COLORS["estimate"], COLORS["synth"])
        assert syn == SYNTH_LUT[name]
        assert (est_w, syn_w) == pytest.approx((BAR_SPAN * est / top, BAR_SPAN * syn / top),
                                               abs=0.05)
    for added in ("StreamingFIFO_0", "StreamingDataWidthConverter_0"):  # synthesis only
        (_, fill, value), = lut[added]
        assert (fill, value) == (COLORS["synth"], SYNTH_LUT[added])
    bram = bars(svg, "BRAM_18K")
    for name, count in SYNTH_BRAM36.items():  # 18 Kb units: 2 per BRAM_36K
        assert bram[name][1][2] == 2 * count == BRAM[name]
    assert {"DSP", "FF"} <= {g.get("data-chart") for g in ET.parse(svg).getroot().iter(f"{SVG}g")}
    assert "No layer uses URAM." in html_path.read_text()


def test_header_and_tables(full_report):
    out, html_path = full_report
    html = html_path.read_text()
    cards = dict(re.findall(r'<div class="label">([^<]+)</div><div class="value">([^<]+)</div>',
                            html))
    perf = json.loads((out / "report" / "estimate_network_performance.json").read_text())
    assert cards["Bottleneck"] == BOTTLENECK
    assert cards["Throughput"] == f"{perf['estimated_throughput_fps']:,.0f} fps"
    assert cards["Clock"] == "100 MHz" and cards["Part"] == "xc7z020clg400-1"
    assert cards["Fit"] == "fits xc7z020"
    assert "<dt>stable_cycles_per_frame</dt><dd>402</dd>" in html
    assert "<dt>tool_version</dt><dd>Yosys 0.23</dd>" in html
    ratio = f"{SYNTH_LUT['MVAU_1'] / 3000:.2f}\u00d7"
    assert f'<td class="num good">{ratio}</td>' in html


def test_timing_estimate_card_section_and_per_layer_column(full_report):
    _, html_path = full_report
    html = html_path.read_text()
    card = re.search(r'<div class="card ([a-z]*)" id="fmax-estimate">(.*?)</div></div>', html)
    assert card and "160.3 MHz" in card.group(2) and "9 logic levels" in card.group(2)
    assert card.group(1) == ""  # above the 100 MHz clock of the build
    section = html[html.index('id="timing"'):html.index('id="estimate-vs-synth"')]
    assert "<dt>fmax_estimate_mhz</dt><dd>160.3</dd>" in section
    assert "xc7 delay model" in section and "prjxray-db cell delays" in section
    assert f"<code>{CRITICAL_PATH['start']}</code>" in section
    assert " → ".join(CRITICAL_PATH["cells"]) in section
    rows = re.findall(r'<tr><td>([^<]+)</td><td class="num">(\d+)</td>'
                      r'<td class="num( bad)?">([0-9.]+)</td></tr>', section)
    assert [(n, int(lv), float(f)) for n, lv, _, f in rows] == \
        [(n, lv, f) for n, (lv, f) in TIMING.items()]
    assert [n for n, _, bad, _ in rows if bad] == ["MVAU_1"]
    # the synthesis key/value list leaves the nested timing entries to this section
    assert "<dt>critical_path</dt>" not in html and "<dt>timing_model</dt>" not in html


def test_over_capacity_is_red(tmp_path):
    out = write_synthetic_build(tmp_path / "out", synth=False)
    write_fit(out, 60000.0)
    html = write_report(out).read_text()
    (width, fill, _), = bars(out / "report" / "fit.svg", "fit")["LUT"]
    assert fill == COLORS["over"] and width == BAR_SPAN
    assert "DOES NOT FIT" in html and "over capacity: LUT" in html


def test_only_cycles_renders_and_removes_stale_figures(tmp_path):
    out = write_synthetic_build(tmp_path / "out", synth=False, rtlsim=False)
    write_report(out)
    assert (out / "report" / "fit.svg").is_file()
    for name in ("estimate_layer_resources.json", "estimate_fit.json",
                 "estimate_network_performance.json"):
        (out / "report" / name).unlink()
    html = write_report(out, title="only cycles").read_text()
    assert not (out / "report" / "fit.svg").exists()
    assert not (out / "report" / "resources.svg").exists()
    assert 'id="fit"' not in html and 'id="rtlsim"' not in html and 'id="synthesis"' not in html
    assert 'id="timing"' not in html and 'id="fmax-estimate"' not in html
    assert BOTTLENECK in html and "<h1>only cycles</h1>" in html


def test_names_are_escaped(tmp_path):
    rep = tmp_path / "report"
    rep.mkdir()
    (rep / "estimate_layer_cycles.json").write_text(json.dumps({"A<b>&c_0": 3, "x_1": 1}))
    html = write_report(tmp_path, title="<i>t</i>").read_text()
    assert "A&lt;b&gt;&amp;c_0" in html and "<b>" not in html and "<i>" not in html
    assert list(bars(rep / "cycles.svg", "cycles")) == ["A<b>&c_0", "x_1"]


def test_missing_or_broken_reports_are_user_errors(tmp_path):
    with pytest.raises(FinnVivadoError, match="estimate_layer_cycles.json not found"):
        write_report(tmp_path)
    out = write_synthetic_build(tmp_path / "out")
    write_report(out)
    before = (out / "report" / "index.html").read_text()
    (out / "report" / "rtlsim_performance.json").write_text("{broken")
    with pytest.raises(FinnVivadoError, match="rtlsim_performance.json is not valid JSON"):
        write_report(out)
    assert (out / "report" / "index.html").read_text() == before  # nothing half-written
    assert not [p for p in (out / "report").iterdir() if p.name.startswith(".")]


# --------------------------------------------------------------------------- build hook
def _fail(model, cfg):
    raise FinnVivadoError("deliberate failure after the estimates")


@pytest.fixture(scope="module")
def failed_build(tmp_path_factory):
    """An estimate build of the demo model whose last step fails."""
    out = tmp_path_factory.mktemp("build") / "out"
    model = REPO / "examples" / "tfc_digits" / "model.onnx"
    cfg = {"output_dir": str(out), "board": "Pynq-Z2", "synth_clk_period_ns": 5.0,
           "steps": [*STEP_NAMES_ESTIMATE_ONLY, _fail], "generate_outputs": ["estimate_reports"]}
    console = io.StringIO()
    with contextlib.redirect_stdout(console), pytest.raises(FinnVivadoError, match="deliberate"):
        build(model, cfg)
    return out, console.getvalue()


def test_build_writes_report_also_after_a_failed_step(failed_build):
    out, console = failed_build
    html_path = out / "report" / "index.html"
    assert f"Report: {html_path}" in console
    cycles = json.loads((out / "report" / "estimate_layer_cycles.json").read_text())
    perf = json.loads((out / "report" / "estimate_network_performance.json").read_text())
    rows = bars(out / "report" / "cycles.svg", "cycles")
    assert {name: values[0][2] for name, values in rows.items()} == cycles
    assert rows[perf["max_cycles_node_name"]][0][1] == COLORS["bottleneck"]
    html = html_path.read_text()
    assert "<h1>tfc_digits</h1>" in html and "200 MHz" in html  # model name, config clock


def test_report_failure_is_a_warning_not_a_failed_build(failed_build, tmp_path, caplog):
    from finn_vivado.config import BuildConfig
    from finn_vivado.backends.report import write_build_report

    out = tmp_path / "out"
    shutil.copytree(failed_build[0] / "report", out / "report",
                    ignore=shutil.ignore_patterns("*.html", "*.svg"))
    (out / "report" / "estimate_fit.json").write_text("not json")
    cfg = BuildConfig(output_dir=str(out), generate_outputs=["estimate_reports"])
    with caplog.at_level(logging.WARNING, logger="finn_vivado.backends.report"):
        write_build_report(out, "x/model.onnx", cfg.synth_clk_period_ns, cfg.fpga_part,
                           wanted=cfg.wants("estimate_reports"))
    assert "visual report not written" in caplog.text and "estimate_fit.json" in caplog.text
    assert not (out / "report" / "index.html").exists()
    cfg = BuildConfig(output_dir=str(out), generate_outputs=["stitched_ip"])
    # no estimate reports requested: nothing to do
    write_build_report(out, None, cfg.synth_clk_period_ns, cfg.fpga_part,
                       wanted=cfg.wants("estimate_reports"))
    assert not (out / "report" / "index.html").exists()
