"""Invalid rule files stop the run with exit 2 and name the file, the rule and the key."""

from __future__ import annotations

import pytest

from discl_lint.cli.main import main

from conftest import ROOT

GOOD = """\
id: XY101
name: no-todo
severity: error
kind: forbidden-pattern
options:
  patterns: ['TODO']
message: "占位内容“{found}”"
description: 不得有 TODO。
basis: 内部规范。
examples:
  valid: ["完成"]
  invalid:
    - text: "TODO"
      findings: ["1:1 占位内容“TODO”"]
"""


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (
            ("severity: error", "severity: fatal"),
            "severity",
            "expected one of error, warning, info, got 'fatal'",
        ),
        (("kind: forbidden-pattern", "kind: nonsense"), "kind", "unknown kind 'nonsense'"),
        (
            ("patterns: ['TODO']", "patterns: ['TO(DO']"),
            "options.patterns[0]",
            "invalid regular expression",
        ),
        (
            ("patterns: ['TODO']", "patterns: ['TODO']\n  colour: red"),
            "options.colour",
            "unknown option",
        ),
        (("basis: 内部规范。\n", ""), "basis", "missing required key"),
        (("name: no-todo", "name: no-todo\nauthor: me"), "author", "unknown key"),
        (
            ('message: "占位内容“{found}”"', 'message: "{nothing}"'),
            "message",
            "unknown placeholder {nothing}",
        ),
        (("id: XY101", "id: xy101"), "id", "'xy101' does not match"),
        (('valid: ["完成"]', "valid: 完成"), "examples.valid", "expected array, got str"),
        (
            ('    - text: "TODO"\n      findings: ["1:1 占位内容“TODO”"]', '    - "TODO"'),
            "examples.invalid[0]",
            "expected object, got str",
        ),
        (
            ('      findings: ["1:1 占位内容“TODO”"]\n', ""),
            "examples.invalid[0].findings",
            "missing required key",
        ),
        (('["1:1 占位内容“TODO”"]', "[]"), "examples.invalid[0].findings", "expected at least 1"),
        (
            ('"1:1 占位内容', '"1 占位内容'),
            "examples.invalid[0].findings[0]",
            "'1 占位内容“TODO”' does not match",
        ),
        (
            ("kind: forbidden-pattern", "kind: forbidden-pattern\nfix: safe"),
            "examples.invalid[0].fixed",
            "missing required key (the rule has a fix)",
        ),
        (
            ('占位内容“TODO”"]', '占位内容“TODO”"]\n      fixed: 完成'),
            "examples.invalid[0].fixed",
            "the rule has no fix",
        ),
    ],
)
def test_invalid_rule_names_file_rule_and_key(capsys, tmp_path, change, key, problem):
    rule = tmp_path / "XY101.yaml"
    rule.write_text(GOOD.replace(*change), encoding="utf-8")
    status = main(["--rules", str(tmp_path), str(ROOT / "examples" / "clean-report.txt")])
    err = capsys.readouterr().err
    assert status == 2
    rule_id = "xy101" if key == "id" else "XY101"
    assert err.startswith(f"discl-lint: error: {rule}: {rule_id}: {key}: {problem}"), err


def test_broken_yaml_names_the_file(capsys, tmp_path):
    rule = tmp_path / "XY101.yaml"
    rule.write_text("id: [unclosed\n", encoding="utf-8")
    assert main(["--rules", str(tmp_path), "--list-rules"]) == 2
    assert f"{rule}: ?: yaml: " in capsys.readouterr().err


def test_file_name_must_match_the_id(capsys, tmp_path):
    (tmp_path / "OTHER.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["--rules", str(tmp_path), "--list-rules"]) == 2
    assert "XY101: id: file name must be XY101.yaml" in capsys.readouterr().err


def test_duplicate_id_is_refused(capsys, tmp_path):
    (tmp_path / "DL401.yaml").write_text(GOOD.replace("XY101", "DL401"), encoding="utf-8")
    assert main(["--rules", str(tmp_path), "--list-rules"]) == 2
    assert "DL401: id: duplicate of" in capsys.readouterr().err


def test_extra_rule_directory_adds_a_rule(capsys, tmp_path):
    (tmp_path / "XY101.yaml").write_text(GOOD, encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("第一行\n这里还是TODO。\n", encoding="utf-8")
    assert main(["--rules", str(tmp_path), "--select", "XY", str(report)]) == 1
    assert capsys.readouterr().out == f"{report}:2:5: error XY101 占位内容“TODO”\n"
