"""The report in a real browser: headless Chromium loads it without console errors, and
its screenshot shows the cycle bars in the right order, colours and proportions."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from finn_vivado.backends.report import write_report
from finn_vivado.backends.report.charts import COLORS

from .browser import console_errors, open_page
from .png import read_png
from .synthetic import BOTTLENECK, CYCLES, write_synthetic_build


@dataclass
class SolidBar:
    """A filled rectangle found in a screenshot (pixels)."""

    y0: int
    y1: int
    x0: int
    length: int


def _rgb(color: str) -> np.ndarray:
    return np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)])


def solid_bars(img: np.ndarray, color: str, min_rows: int = 8, min_length: int = 20,
               tol: int = 10) -> list[SolidBar]:
    """Rectangles of ``color`` at least ``min_rows`` high and ``min_length`` long, top down."""
    mask = (np.abs(img.astype(int) - _rgb(color)).max(axis=2) <= tol).astype(np.int8)
    edges = np.diff(np.pad(mask, ((0, 0), (1, 1))), axis=1)
    open_bars: list[SolidBar] = []
    done: list[SolidBar] = []
    for y in range(mask.shape[0]):
        starts, ends = np.nonzero(edges[y] == 1)[0], np.nonzero(edges[y] == -1)[0]
        still = []
        for x0, x1 in zip(starts, ends):
            if x1 - x0 < min_length:
                continue
            match = next((b for b in open_bars if abs(b.x0 - x0) <= 1
                          and abs(b.length - (x1 - x0)) <= 3), None)
            if match is None:
                match = SolidBar(y, y, int(x0), int(x1 - x0))
            else:
                open_bars.remove(match)
                match.y1, match.length = y, max(match.length, int(x1 - x0))
            still.append(match)
        done += open_bars
        open_bars = still
    return sorted([b for b in done + open_bars if b.y1 - b.y0 + 1 >= min_rows],
                  key=lambda b: b.y0)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = write_synthetic_build(tmp_path_factory.mktemp("browser") / "output_synthetic")
    html = write_report(out)
    return html, open_page(html.as_uri(), out / "screenshot.png")


def test_report_loads_without_console_errors(page):
    html, result = page
    assert console_errors(result.log) == []
    source = html.read_text()
    assert result.dom.count('class="bar"') == source.count('class="bar"') > len(CYCLES)
    assert 'id="fig-cycles"' in result.dom and BOTTLENECK in result.dom


def test_console_check_catches_a_broken_page(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><body><p>x</p><script>no_such_function();"
                      "</script></body></html>")
    result = open_page(broken.as_uri(), tmp_path / "broken.png", size="400,300")
    errors = console_errors(result.log)
    assert errors and "no_such_function" in errors[0]


def test_screenshot_shows_cycle_bars(page):
    _, result = page
    img = read_png(result.screenshot)
    assert img.shape[:2] == (2000, 1280)
    hot, = solid_bars(img, COLORS["bottleneck"])  # only the bottleneck bar is orange
    cycles = [b for b in sorted(solid_bars(img, COLORS["estimate"]) + [hot], key=lambda b: b.y0)
              if abs(b.x0 - hot.x0) <= 1][: len(CYCLES)]
    assert [b is hot for b in cycles] == [name == BOTTLENECK for name in CYCLES]
    for bar, value in zip(cycles, CYCLES.values()):
        assert bar.length == pytest.approx(hot.length * value / CYCLES[BOTTLENECK], abs=2.5)
        assert bar.y1 - bar.y0 + 1 >= 12  # a real bar, not a legend square
    synth = solid_bars(img, COLORS["synth"])
    assert synth and min(b.y0 for b in synth) > cycles[-1].y1  # synthesis bars, further down
