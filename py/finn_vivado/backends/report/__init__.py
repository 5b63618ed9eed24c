"""The visual build report: report/index.html (self-contained HTML with inline SVG
charts) and the same charts as SVG files, rendered from a build's JSON reports.

Written by the build runner at the end of every build that made estimate reports (also
when a step failed), and on demand with ``finn-vivado report OUTPUT_DIR``.
"""

from finn_vivado.backends.report.writer import FIGURE_FILES, REPORT_FILE, render_report, write_build_report, write_report

__all__ = ["FIGURE_FILES", "REPORT_FILE", "render_report", "write_build_report", "write_report"]
