"""``--statistics``: counts per rule, then per report for a batch; as JSON with --format json."""

from __future__ import annotations

import json

from discl_lint.cli.main import main

from conftest import FIXTURES
from golden import compare

SEEDS = FIXTURES / "seeds"
GOLDEN = FIXTURES / "formats"


def _run(monkeypatch, capsys, *argv):
    monkeypatch.chdir(SEEDS)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    status = main(["--no-cache", "--isolated", "--statistics", *argv, *names])
    return status, capsys.readouterr().out


def test_text_statistics_end_with_a_table_per_report(monkeypatch, capsys):
    status, out = _run(monkeypatch, capsys)
    assert status == 1
    compare(out, GOLDEN / "seeds.statistics.txt")
    table = out.split("\n\n")[1].splitlines()
    assert table[0] == "report\terror\twarning\tinfo"
    assert len(table) == 1 + len(list(SEEDS.glob("*.txt")))


def test_json_statistics_agree_with_the_findings(monkeypatch, capsys):
    _, out = _run(monkeypatch, capsys, "--format", "json")
    compare(out, GOLDEN / "seeds.statistics.json")
    stats = json.loads(out)
    findings = json.loads(_findings(monkeypatch, capsys))
    assert sum(r["count"] for r in stats["rules"]) == len(findings)
    for report in stats["reports"]:
        mine = [f for f in findings if f["path"] == report["path"]]
        for severity in ("error", "warning", "info"):
            assert report[severity] == sum(1 for f in mine if f["severity"] == severity)


def _findings(monkeypatch, capsys) -> str:
    monkeypatch.chdir(SEEDS)
    main(
        [
            "--no-cache",
            "--isolated",
            "--format",
            "json",
            *sorted(p.name for p in SEEDS.glob("*.txt")),
        ]
    )
    return capsys.readouterr().out


def test_one_report_has_no_report_table(monkeypatch, capsys):
    monkeypatch.chdir(SEEDS)
    main(["--no-cache", "--isolated", "--statistics", "000_e5d28ad39468d6ea.txt"])
    out = capsys.readouterr().out
    assert "report\terror" not in out
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows
    assert all(len(row) == 3 and row[0].isdigit() and row[1].startswith("DL") for row in rows)
