"""Fuzzing government-format text (bounded): the table reader never raises or hangs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet
from discl_lint.runner.lint import Linter

import govreport as g

_REPORT = g.report("rows").text.split("\n")
FRAGMENTS = [
    *[line for line in _REPORT if line][:80],
    "| 规章 | 0 | &nbsp; |",
    "|---|---|",
    "|",
    "-4-",
    "5001006",
    "1520-12408",
    "12.5",
    "/",
    " ",
    "0 0 0 0 0 0 0",
    "99999999999999999999",
    "規章",
    "總計",
    "（七）总计",
    "四、结转下年度继续办理",
    "\n",
    "\n\n",
]
gov_like = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("\n".join)


@pytest.fixture(scope="module")
def linter():
    registry = build_registry(make_plugin_manager(entry_points=False))
    linter = Linter(RuleSet(registry.rule_dirs), registry, "gov", rule_timeout=5.0)
    _ = linter.rules
    return linter


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=gov_like, shuffled=st.randoms())
def test_government_like_text(linter, text, shuffled):
    lines = text.split("\n")
    shuffled.shuffle(lines)
    for candidate in (text, "\n".join(lines)):
        checked = linter.check_text("r.txt", candidate)
        assert checked.errors == ()
        count = len(candidate.split("\n"))
        assert all(1 <= f.line <= count for f in checked.findings)
