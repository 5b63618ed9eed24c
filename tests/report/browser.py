"""Headless Chromium for the report tests: a screenshot, the rendered DOM and the console."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Page", "chromium", "console_errors", "open_page"]

#: Console lines that mean the page is broken (script errors, failed loads).
_CONSOLE = re.compile(r":(?:INFO|WARNING|ERROR):CONSOLE[^\]]*\]\s*(.*)")


@dataclass
class Page:
    """What Chromium made of a page."""

    dom: str
    log: str
    screenshot: Path


def chromium() -> str:
    """The browser's path; a clear failure when it is not installed."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, ("chromium is not installed: apt-get install -y --no-install-recommends "
                  "chromium (make test installs it)")
    return path


def open_page(url: str, screenshot: Path, size: str = "1280,2000") -> Page:
    """Load ``url`` in a fresh headless Chromium profile without network features; return
    the DOM after load, the browser log (with console messages) and the screenshot path."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        proc = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
             "--hide-scrollbars", f"--screenshot={screenshot}", f"--window-size={size}",
             "--dump-dom", url],
            capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert screenshot.is_file(), "chromium wrote no screenshot"
    return Page(dom=proc.stdout, log=proc.stderr, screenshot=screenshot)


def console_errors(log: str) -> list[str]:
    """The page's console messages in a Chromium log (a page without script has none)."""
    return [m.group(1) for m in _CONSOLE.finditer(log)]
