"""The HTML report of the seed reports in a real browser (headless Chromium, no network):
the summary and every finding's highlight are there after the page's script ran, the
filters and sorting in the address work, nothing is logged to the console, and a
screenshot is taken."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from discl_lint.cli.main import main

from conftest import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
BROWSER = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium on this machine (Debian: apt-get install chromium)"
)


class Dom(HTMLParser):
    """Elements of the dumped DOM: (tag, attributes, text directly inside)."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}, []))

    def handle_data(self, data):
        if self.elements:
            self.elements[-1][2].append(data)

    def first(self, tag: str) -> dict[str, str]:
        return next(a for t, a, _ in self.elements if t == tag)


def _browser(tmp_path, *argv: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
    ]
    return subprocess.run(
        [BROWSER, *flags, *argv], capture_output=True, text=True, timeout=120, check=False
    )


def _dom(tmp_path, url: str) -> tuple[Dom, str]:
    result = _browser(tmp_path, "--dump-dom", url)
    assert result.returncode == 0, result.stderr
    dom = Dom()
    dom.feed(result.stdout)
    return dom, result.stderr


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    out = folder / "report.html"
    findings = folder / "findings.json"
    argv = ["--no-cache", "--isolated", "--exit-zero", "-q"]
    main([*argv, "--format", f"html:{out}", "--format", f"json:{findings}", *map(str, SEEDS)])
    return out, json.loads(findings.read_text(encoding="utf-8"))


def test_summary_and_every_highlight_after_the_script_ran(page, tmp_path):
    path, findings = page
    dom, log = _dom(tmp_path, path.as_uri())
    body = dom.first("body")
    assert body.get("data-ready") == "1"
    assert "data-errors" not in body
    assert not [line for line in log.splitlines() if ":CONSOLE" in line], log
    rows = [a for t, a, _ in dom.elements if t == "tr" and "data-report" in a]
    assert len(rows) == len(SEEDS)
    notes = [a for t, a, _ in dom.elements if t == "details" and "note" in a.get("class", "")]
    assert len(notes) == len(findings)
    assert body["data-shown"] == str(len(findings))
    marks = [a for t, a, _ in dom.elements if t == "mark"]
    assert {k for m in marks for k in m["data-f"].split()} == {n["id"] for n in notes}
    assert not [m for m in marks if "off" in m["class"].split()]


def test_filters_and_sorting_from_the_address(page, tmp_path):
    path, findings = page
    dom, log = _dom(tmp_path, path.as_uri() + "#rule=DL401&severity=error&sort=1:desc")
    assert not [line for line in log.splitlines() if ":CONSOLE" in line], log
    wanted = [f for f in findings if f["rule"] == "DL401" and f["severity"] == "error"]
    assert wanted
    assert dom.first("body")["data-shown"] == str(len(wanted))
    hidden = [a for t, a, _ in dom.elements if t == "details" and "hidden" in a]
    assert len(hidden) == len(findings) - len(wanted)
    cells = [
        (a.get("data-severity"), "".join(text))
        for t, a, text in dom.elements
        if t == "td" and a.get("data-severity") == "error"
    ]
    counts = [int(text) for _, text in cells]
    assert counts == sorted(counts, reverse=True)
    assert sum(counts) == len(wanted)


def test_screenshot(page, tmp_path):
    path, _ = page
    shot = tmp_path / "report.png"
    result = _browser(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", path.as_uri())
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert re.search(r"\d+ bytes written to file", result.stderr + result.stdout)
