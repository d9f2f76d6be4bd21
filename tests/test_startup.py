"""What a plain lint of a .txt report imports: heavy modules stay out of the common path."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

REPORT = ROOT / "examples" / "clean-report.txt"
# Each is needed only by some runs: YAML when rule files changed, Markdown for .md,
# diffs for --fix/--diff, schemas for configuration files, XML for JUnit output, HTML
# entities for the review page and web-page reports, pickle for worker processes.
HEAVY = (
    "yaml",
    "markdown_it",
    "difflib",
    "jsonschema",
    "xml",
    "tempfile",
    "zipfile",
    "tomllib",
    "html",
    "pickle",
)
# Parts of discl-lint that only some runs need: the review page, the government tables.
DEFERRED = ("discl_lint.formatters.html", "discl_lint.govtables.template")


def _imported(tmp_path, *argv: str) -> set[str]:
    env = {**os.environ, "DISCL_LINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-X", "importtime", "-m", "discl_lint", "--isolated", *argv]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode in (0, 1), result.stderr
    return {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def test_a_plain_run_imports_no_heavy_module(tmp_path):
    _imported(tmp_path, "--no-cache", str(REPORT))  # the first run parses the rule files
    modules = _imported(tmp_path, "--no-cache", str(REPORT))
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == []
    assert sorted(m for m in modules if m in DEFERRED) == []
    assert "discl_lint.engine.check" in modules  # the run did lint


def test_the_first_run_reads_the_rule_files_as_yaml(tmp_path):
    assert "yaml" in _imported(tmp_path, "--no-cache", str(REPORT))
