"""Concise output on the real seed reports and on examples/, byte for byte."""

from __future__ import annotations

import pytest

from discl_lint.cli.main import main

from conftest import FIXTURES, ROOT
from golden import compare

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in {".txt", ".md"})


def _concise(monkeypatch, capsys, folder, name):
    monkeypatch.chdir(folder)
    status = main([name])
    return status, capsys.readouterr().out


@pytest.mark.parametrize("report", SEEDS, ids=lambda p: p.stem)
def test_seed_report(monkeypatch, capsys, report):
    status, out = _concise(monkeypatch, capsys, report.parent, report.name)
    compare(out, report.with_suffix(".expected"))
    assert status == (1 if out else 0)


@pytest.mark.parametrize("report", EXAMPLES, ids=lambda p: p.name)
def test_example_report(monkeypatch, capsys, report):
    status, out = _concise(monkeypatch, capsys, report.parent, report.name)
    compare(out, report.with_suffix(".expected"))
    assert status == (1 if out else 0)


def test_clean_example_has_no_findings(monkeypatch, capsys):
    status, out = _concise(monkeypatch, capsys, ROOT / "examples", "clean-report.txt")
    assert (status, out) == (0, "")


def test_every_example_has_a_golden_file():
    assert EXAMPLES
    for report in EXAMPLES:
        assert report.with_suffix(".expected").exists(), report.name
