"""Write the visual report: report/index.html plus one SVG per figure.

``index.html`` is self-contained (inline CSS and inline SVG; no script, font, style sheet
or image is loaded from anywhere), so it can be mailed or opened from a copied folder.
The same figures are written as ``cycles.svg``, ``resources.svg`` and ``fit.svg``
(the last only with a target part).  All files are rendered first and then moved into
place, so a failed rendering leaves the previous report untouched.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Optional, Union

from finn_vivado.core.fsio import atomic_write
from finn_vivado.core.templating import render
from finn_vivado.backends.report.charts import COLORS, cycles_figure, fit_figure, resources_figure
from finn_vivado.backends.report.data import CYCLES_FILE, load_report_data
from finn_vivado.backends.report.summary import comparison_rows, key_value_rows, summary_cards

__all__ = ["FIGURE_FILES", "REPORT_FILE", "render_report", "write_build_report", "write_report"]

REPORT_FILE = "index.html"
FIGURE_FILES = ("cycles.svg", "resources.svg", "fit.svg")
_TEMPLATES = Path(__file__).parent / "templates"
log = logging.getLogger("finn_vivado.backends.report")


def render_report(output_dir: Union[str, os.PathLike], title: Optional[str] = None,
                  clk_ns: Optional[float] = None, part: Optional[str] = None) -> dict[str, str]:
    """File name -> text of every report file, rendered from ``output_dir``'s reports."""
    data = load_report_data(output_dir, title=title, clk_ns=clk_ns)
    resources, unused = resources_figure(data)
    figures = [fig for fig in (cycles_figure(data), resources, fit_figure(data))
               if fig is not None and fig.charts]
    files = {
        f"{fig.name}.svg": render(_TEMPLATES, "figure.svg.j2", fig=fig)
        for fig in figures
    }
    files[REPORT_FILE] = render(
        _TEMPLATES, "index.html.j2", data=data, figures={fig.name: fig for fig in figures},
        cards=summary_cards(data, part), unused=unused, colors=COLORS,
        rtlsim_rows=key_value_rows(data.rtlsim),
        synth_rows=key_value_rows({k: v for k, v in data.synth.items()
                                   if not isinstance(v, dict)}),
        comparison=comparison_rows(data.estimate_vs_synth),
        svg_files=sorted(files))
    return files


def write_report(output_dir: Union[str, os.PathLike], title: Optional[str] = None,
                 clk_ns: Optional[float] = None, part: Optional[str] = None) -> Path:
    """Render and write the report of ``output_dir``; returns the path of index.html.

    Raises FinnVivadoError when ``output_dir`` has no estimate reports.
    """
    files = render_report(output_dir, title=title, clk_ns=clk_ns, part=part)
    report = Path(output_dir) / "report"
    for name in sorted(files, key=lambda n: n == REPORT_FILE):  # the page after its figures
        atomic_write(report / name, files[name])
    for name in FIGURE_FILES:  # a figure of an earlier build that no longer applies
        if name not in files and (report / name).is_file():
            (report / name).unlink()
    return report / REPORT_FILE


def _model_title(source: Any) -> Optional[str]:
    if not isinstance(source, (str, os.PathLike)):
        return None
    path = Path(source)
    return path.parent.name if path.stem == "model" and path.parent.name else path.stem


def write_build_report(output_dir: Union[str, os.PathLike], source: Any,
                       clk_ns: Optional[float] = None, part: Optional[str] = None,
                       *, wanted: bool = True) -> None:
    """The build runner's hook: write the report when the build made estimate reports
    (also after a failed step).  ``source`` is the model (its path names the report),
    ``clk_ns`` and ``part`` the build's clock period and FPGA part, ``wanted`` whether
    estimate reports were requested.  A failure here is a warning, never a failed build."""
    out = Path(output_dir)
    if not wanted or not (out / "report" / CYCLES_FILE).is_file():
        return
    try:
        path = write_report(out, title=_model_title(source), clk_ns=clk_ns, part=part)
    except Exception as exc:  # the build's own result matters more than its report
        log.warning("visual report not written: %s", exc)
        return
    log.info("Visual report: %s", path)
    print(f"Report: {path}", flush=True)
