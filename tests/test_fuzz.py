"""Fuzzing in the suite (bounded): the engine never raises, positions stay inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discl_lint.engine.fixing import fix_text
from discl_lint.model.errors import SourceError
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet
from discl_lint.runner.lint import Linter
from discl_lint.runner.sources import decode

FRAGMENTS = [
    "一、概述",
    "（二）",
    "(三)",
    "3.",
    "4、",
    "（1）",
    "第五部分",
    "十四五",
    "二〇二二年",
    "2021-2021学年",
    "统计期限为",
    "2021年9月1日至2022年8月31日",
    "202191日至2022831日",
    "自",
    "起至",
    "止",
    "共",
    "其中",
    "合计",
    "分别为",
    "258件",
    "134件",
    "一百零六条",
    "100余条",
    "占8.6%",
    "105%",
    "[bookmark: _GoBack]",
    "错误！未定义书签。",
    "XX大学",
    "20XX",
    "《",
    "》",
    "（",
    "）",
    "“",
    "”",
    "〔2014〕",
    "教办函[2014]23 号",
    " ",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\ufffd",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "学校",
    "信息公开",
    "未接到投诉",
    "收到投诉47条",
    "依申请",
    "清单9大类37条",
    "and",
    "。",
    "，",
    "：",
    "https://x.edu.cn/XX",
    "a@b.cn",
    "2023年11月20日",
    "其他需要报告的事项",
    "##",
    "# ",
    "- ",
    "1. ",
]
report_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


@pytest.fixture(scope="module")
def linter():
    registry = build_registry(make_plugin_manager(entry_points=False))
    linter = Linter(RuleSet(registry.rule_dirs), registry, rule_timeout=5.0)
    _ = linter.rules
    return linter


def _check(linter, text: str, path: str = "r.txt") -> None:
    checked = linter.check_text(path, text)
    assert checked.errors == ()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for finding in checked.findings:
        assert 1 <= finding.line <= len(lines), finding
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1, finding
        assert (finding.end_line, finding.end_column) >= (finding.line, finding.column), finding
        assert finding.end_line <= len(lines), finding


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=report_like, markdown=st.booleans())
def test_report_like_text(linter, text, markdown):
    _check(linter, text, "r.md" if markdown else "r.txt")
    fixed = fix_text(text, lambda t: linter.lint_text("r.txt", t)).text
    _check(linter, fixed)


@settings(max_examples=100, deadline=None)
@given(text=st.text())
def test_arbitrary_unicode(linter, text):
    _check(linter, text)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes(linter, data):
    try:
        text, problem = decode(data, "r.txt").text, ""
    except SourceError as exc:
        text, problem = "", str(exc)
    assert problem == "" or problem.startswith("r.txt: ")
    _check(linter, text)
