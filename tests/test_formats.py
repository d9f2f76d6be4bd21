"""Every output format on the real seed reports: golden files, schema and parser checks."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import jsonschema
import pytest

from discl_lint.cli.main import main
from discl_lint.formatters.ci import escape_data, escape_property
from discl_lint.formatters.text import display_width

from conftest import FIXTURES
from golden import compare

SEEDS = FIXTURES / "seeds"
SCHEMA = FIXTURES.parent / "data" / "sarif-schema-2.1.0.json"
GOLDEN = FIXTURES / "formats"


def render(monkeypatch, capsys, *argv):
    monkeypatch.chdir(SEEDS)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    status = main([*argv, *names])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("name", ["github", "junit", "gitlab", "grouped", "jsonl", "full", "sarif"])
def test_format_golden_on_the_seeds(monkeypatch, capsys, name):
    status, out, _ = render(monkeypatch, capsys, "--format", name)
    assert status == 1
    suffix = {"junit": "xml", "gitlab": "json", "sarif": "sarif", "jsonl": "jsonl"}.get(name, "txt")
    compare(out, GOLDEN / f"seeds.{name}.{suffix}")


def test_sarif_validates_against_the_oasis_schema(monkeypatch, capsys):
    _, out, _ = render(monkeypatch, capsys, "--format", "sarif")
    log = json.loads(out)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["DL201"]["help"]["text"].startswith(
        "教育部办公厅关于做好高校信息公开年度报告工作的通知"
    )
    assert all(r["partialFingerprints"]["discl-lint/v1"] for r in run["results"])
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}


def test_junit_parses_with_one_case_per_file(monkeypatch, capsys):
    _, out, _ = render(monkeypatch, capsys, "--format", "junit")
    suite = ElementTree.fromstring(out.encode()).find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert int(suite.get("failures", "0")) == sum(len(c.findall("failure")) for c in cases)


def test_gitlab_fingerprints_are_unique(monkeypatch, capsys):
    _, out, _ = render(monkeypatch, capsys, "--format", "gitlab")
    prints = [issue["fingerprint"] for issue in json.loads(out)]
    assert len(prints) == len(set(prints)) > 30


def test_github_escaping():
    assert escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_is_chosen_on_actions_with_a_step_summary(monkeypatch, capsys, tmp_path):
    summary = tmp_path / "summary.md"
    monkeypatch.chdir(SEEDS)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    main(["--select", "DL401", "000_e5d28ad39468d6ea.txt"])
    assert capsys.readouterr().out.startswith(
        "::error file=000_e5d28ad39468d6ea.txt,line=17,col=1,"
    )
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## discl-lint\n\n1 findings in 1 files.")
    assert "| DL401 | conversion-artifact | 1 |" in text


def test_several_outputs_in_one_run(monkeypatch, capsys, tmp_path):
    sarif, junit = tmp_path / "out.sarif", tmp_path / "out.xml"
    status, out, _ = render(
        monkeypatch,
        capsys,
        "--select",
        "DL401",
        "--format",
        "concise",
        "--format",
        f"sarif:{sarif}",
        "--format",
        f"junit:{junit}",
    )
    assert status == 1
    assert out.count(" DL401 ") == 3
    assert len(json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]) == 3
    assert junit.read_text(encoding="utf-8").count("<failure ") == 3


def test_output_file_and_two_stdout_formats(monkeypatch, capsys, tmp_path):
    target = tmp_path / "findings.json"
    render(monkeypatch, capsys, "--select", "DL401", "--format", "json", "-o", str(target))
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 3
    status, _, err = render(monkeypatch, capsys, "--format", "json", "--format", "concise")
    assert status == 2
    assert "only one format can go to standard output" in err


def test_statistics_exit_zero_and_quiet(monkeypatch, capsys):
    status, out, err = render(
        monkeypatch, capsys, "--statistics", "--exit-zero", "--quiet", "--select", "DL4"
    )
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == "7\tDL404\tbroken-paragraph"
    assert "3\tDL401\tconversion-artifact" in out.splitlines()


def test_caret_width_counts_wide_characters():
    assert display_width("广西 2022") == 9
