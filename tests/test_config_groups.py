"""Settings that meet DL900, and runs over several configuration groups."""

from __future__ import annotations

import json

import pytest

from discl_lint.cli.main import main

REPORT = "一、概述\n学校高度重视信息公开工作。\n附件待补充。\n"
UNUSED = "per-file-ignores:\n  'archive/*.txt': [DL403]\n"
CUSTOM_RULE = """\
id: XB001
name: internal-code-name
severity: warning
kind: forbidden-pattern
options:
  patterns: ['内部代号']
message: "出现内部代号“{found}”"
message_en: "Internal code name “{found}”"
description: 报告中不应出现内部代号。
basis: 本单位规定。
examples:
  valid: ["正文。\\n"]
  invalid: []
"""


def run(capsys, *argv):
    status = main(["--no-cache", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def project(tmp_path, monkeypatch):
    """reports/ under the root configuration; team/ with its own, which adds XB rules."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "xb").mkdir()
    (tmp_path / "xb" / "XB001.yaml").write_text(CUSTOM_RULE, encoding="utf-8")
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / ".discl-lint.yaml").write_text("rules: [../xb]\n", encoding="utf-8")
    (tmp_path / "team" / "t.txt").write_text("一、概述\n内部代号甲已启用。\n", encoding="utf-8")
    return tmp_path


def test_configured_severity_applies_to_unused_suppressions(project, capsys):
    (project / ".discl-lint.yaml").write_text(UNUSED + "severity: {DL900: error}\n")
    _, out, _ = run(capsys, "--select", "DL403,DL900", ".")
    assert "error DL900" in out
    assert "warning DL900" not in out


def test_english_messages_for_unused_suppressions(project, capsys):
    (project / ".discl-lint.yaml").write_text(UNUSED)
    _, out, _ = run(capsys, "--lang", "en", "--select", "DL403,DL900", ".")
    [line] = [line for line in out.splitlines() if "DL900" in line]
    assert "Unused suppression: per-file-ignores: archive/*.txt = DL403" in line
    assert "抑制" not in line


@pytest.mark.usefixtures("project")
def test_sarif_declares_the_rules_of_every_group(capsys):
    _, out, _ = run(capsys, "--format", "sarif", "reports/r.txt", "team/t.txt")
    sarif = json.loads(out)["runs"][0]
    declared = [rule["id"] for rule in sarif["tool"]["driver"]["rules"]]
    results = sarif["results"]
    assert {r["ruleId"] for r in results} >= {"DL403", "XB001"}
    for result in results:
        assert declared[result["ruleIndex"]] == result["ruleId"]


@pytest.mark.usefixtures("project")
def test_select_accepts_a_code_known_in_one_group_only(capsys):
    status, out, err = run(capsys, "--select", "DL403,XB", "reports/r.txt", "team/t.txt")
    assert "discl-lint: error" not in err
    assert [line.split()[2] for line in out.splitlines()] == ["DL403", "XB001"]
    assert status == 1


@pytest.mark.usefixtures("project")
def test_select_refuses_a_code_known_in_no_group(capsys):
    status, _, err = run(capsys, "--select", "DL403,XC", "reports/r.txt", "team/t.txt")
    assert status == 2
    assert "no rule matches 'XC'" in err


@pytest.mark.usefixtures("project")
def test_ignore_accepts_a_code_known_in_one_group_only(capsys):
    status, out, _ = run(capsys, "--ignore", "XB", "--select", "DL403,XB", "team/t.txt", "reports")
    assert [line.split()[2] for line in out.splitlines()] == ["DL403"]
    assert status == 1
