"""Drive Debian's headless Chromium: the DOM after scripts ran, and a page printed to PDF.

Where Chromium is missing, a test that needs it is skipped on a developer's machine and FAILS in
CI (CI=true): .ci/run installs it, and a browser test that silently skipped would prove nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
TIMEOUT = 120


def chromium() -> str:
    """The Chromium executable; skip the test without one, or fail it in CI."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed; CI must install it (see .ci/run)")
    pytest.skip("chromium is not installed (apt-get install chromium)")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        result = subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=TIMEOUT, check=False, stdin=subprocess.DEVNULL
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def dump_dom(url: str) -> str:
    """The page's DOM, serialised after its scripts ran."""
    return _run("--dump-dom", url).stdout


def print_pdf(url: str, target: Path) -> int:
    """Print the page to an A4 PDF without header or footer; the number of pages."""
    _run("--no-pdf-header-footer", f"--print-to-pdf={target}", url)
    content = target.read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", content))


_PROBE = """<script>
window.addEventListener("load", function () {
  var root = document.documentElement;
  document.body.setAttribute("data-widths", root.clientWidth + " " + root.scrollWidth);
});
</script>"""


def page_widths(page: Path, window_width: int) -> tuple[int, int]:
    """(the viewport's width, the page's scroll width) of an HTML file in a window that wide.

    A copy with a measuring script goes beside the page, so its stylesheet and links resolve.
    """
    probe = page.with_name(f".probe-{page.name}")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    try:
        dom = _run(f"--window-size={window_width},900", "--virtual-time-budget=2000", "--dump-dom", probe.as_uri()).stdout
    finally:
        probe.unlink()
    found = re.search(r'data-widths="(\d+) (\d+)"', dom)
    assert found is not None, dom[-500:]
    return int(found.group(1)), int(found.group(2))
