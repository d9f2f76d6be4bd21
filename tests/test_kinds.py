"""Kinds that no built-in rule uses are still exercised here, through a rule file."""

from __future__ import annotations

import os

import pytest

from discl_lint.cli.main import main

RULE = """\
id: XR001
name: contact-stated
severity: warning
kind: required-pattern
options:
  patterns: ['联系电话|联系方式']
  within: {within}
message: "未写明联系方式：应包含“{{expected}}”"
description: 报告应写明信息公开工作的联系方式。
basis: 内部规范。
examples:
  valid: ["联系电话：0731-0000000"]
  invalid:
    - text: "正文。"
      findings: ["1:1 未写明联系方式：应包含“联系电话|联系方式”"]
"""


@pytest.mark.parametrize(
    ("within", "text", "expected"),
    [
        ("document", "一、概述\n二、主动公开\n三、依申请\n联系电话：0731-0000000\n", ""),
        (
            "document",
            "一、概述\n正文。\n",
            "r.txt:1:1: warning XR001 未写明联系方式：应包含“联系电话|联系方式”\n",
        ),
        (
            "preamble",
            "前言。\n一、概述\n二、主动公开\n三、依申请\n联系电话：0731-0000000\n",
            "r.txt:1:1: warning XR001 未写明联系方式：应包含“联系电话|联系方式”\n",
        ),
        ("preamble", "联系方式见文末。\n一、概述\n二、主动公开\n三、依申请\n", ""),
    ],
)
def test_required_pattern(tmp_path, capsys, monkeypatch, within, text, expected):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "XR001.yaml").write_text(RULE.format(within=within), encoding="utf-8")
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["--no-cache", "--rules", "rules", "--select", "XR", "r.txt"])
    assert capsys.readouterr().out == expected


def test_a_rule_edited_in_place_is_read_again(tmp_path, capsys, monkeypatch):
    """Parsed rule files are kept between runs, keyed by content, not size and mtime."""
    rule = tmp_path / "rules" / "XR001.yaml"
    rule.parent.mkdir()
    rule.write_text(RULE.format(within="document"), encoding="utf-8")
    (tmp_path / "r.txt").write_text("一、概述\n正文。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["--no-cache", "--rules", "rules", "--select", "XR", "r.txt"])
    assert "XR001" in capsys.readouterr().out
    stamp = rule.stat()
    edited = RULE.format(within="document").replace("warning", "error  ")
    assert len(edited.encode()) == stamp.st_size
    rule.write_text(edited, encoding="utf-8")
    os.utime(rule, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    main(["--no-cache", "--rules", "rules", "--select", "XR", "r.txt"])
    assert "error XR001" in capsys.readouterr().out


@pytest.mark.parametrize(
    "raw",
    [
        {"patterns": ["甲"], "several": 2},  # several with nothing to count
        {"patterns": ["甲"], "several_of": ["乙", "丙"], "several": True},
        {"patterns": ["甲"], "several_of": ["乙", "丙"], "several": 3},
        {"patterns": ["甲"], "several_of": ["乙", "丙"]},
    ],
)
def test_required_pattern_refuses_a_count_it_cannot_use(raw):
    from discl_lint.kinds.patterns import RequiredPattern
    from discl_lint.model.errors import OptionError

    with pytest.raises(OptionError, match=r"options\.several"):
        RequiredPattern().parse_options(raw)


def _zero_claim(evidence: str):
    from discl_lint.kinds.contradiction import ZeroClaim

    topic = {"name": "复议", "claim": "未发生复议", "evidence": evidence, "scope": "document"}
    return ZeroClaim().parse_options({"topics": [topic]})


@pytest.mark.parametrize("evidence", [r"复议(?P<n>\d+)件", r"复议(?P<count>\d+)件(?P<x>了)?"])
def test_zero_claim_refuses_evidence_without_its_count_groups(evidence):
    from discl_lint.model.errors import OptionError

    with pytest.raises(OptionError, match=r"topics\[0\]\.evidence"):
        _zero_claim(evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申请复议1件。学校未发生复议。", ["未发生复议"]),
        ("提出1件复议。学校未发生复议。", ["未发生复议"]),  # the count before the noun
        ("申请复议0件。学校未发生复议。", []),
    ],
)
def test_zero_claim_reads_the_count_on_either_side(text, expected):
    from discl_lint.document.structure import build
    from discl_lint.kinds.contradiction import ZeroClaim

    options = _zero_claim(r"申请复议(?P<count>\d+)件|提出(?P<count_before>\d+)件复议")
    hits = ZeroClaim().check(build("r.txt", text), options)
    assert [text[h.start : h.end] for h in hits] == expected
