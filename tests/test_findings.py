"""Making findings: the one factory, and restoring stored findings."""

from __future__ import annotations

import pytest

from discl_lint.model.findings import (
    Edit,
    Examples,
    Finding,
    Fix,
    Rule,
    Severity,
    finding_from_dict,
    make_finding,
)

RULE = Rule(
    id="XB001",
    name="internal-code-name",
    kind="forbidden-pattern",
    severity=Severity.WARNING,
    message="出现内部代号“{found}”",
    description="d",
    basis="b",
    options=None,
    examples=Examples(),
    fix="safe",
    message_en="Internal code name “{found}”",
)


def test_message_in_the_chosen_language_with_its_values():
    zh = make_finding(RULE, "r.txt", (2, 3), (2, 7), args={"found": "甲"})
    en = make_finding(RULE, "r.txt", (2, 3), (2, 7), args={"found": "甲"}, lang="en")
    assert (zh.message, en.message) == ("出现内部代号“甲”", "Internal code name “甲”")
    assert (zh.line, zh.column, zh.end_line, zh.end_column) == (2, 3, 2, 7)
    assert (zh.rule, zh.name) == ("XB001", "internal-code-name")


def test_severity_of_the_check_else_of_the_rule():
    assert make_finding(RULE, "r.txt", (1, 1)).severity is Severity.WARNING
    assert make_finding(RULE, "r.txt", (1, 1), severity=Severity.INFO).severity is Severity.INFO


def test_end_defaults_to_start():
    found = make_finding(RULE, "r.txt", (4, 5))
    assert (found.end_line, found.end_column) == (4, 5)


def test_fix_only_when_the_rule_declares_one_and_edits_are_given():
    edits = (Edit(0, 2, "乙"),)
    assert make_finding(RULE, "r.txt", (1, 1), edits=edits).fix == Fix("safe", edits)
    assert make_finding(RULE, "r.txt", (1, 1)).fix is None
    unfixable = Rule(**{**RULE.__dict__, "fix": None})
    assert make_finding(unfixable, "r.txt", (1, 1), edits=edits).fix is None


def test_a_stored_finding_comes_back_equal():
    found = make_finding(RULE, "r.txt", (2, 3), (2, 7), args={"found": "甲"})
    stored = {**found.as_dict(), "fingerprint": "abc"}
    restored = finding_from_dict("r.txt", stored)
    assert restored == found
    assert (restored.message, restored.severity, restored.fingerprint) == (
        found.message,
        found.severity,
        "abc",
    )


def test_an_incomplete_stored_finding_is_refused():
    stored = make_finding(RULE, "r.txt", (1, 1)).as_dict()
    with pytest.raises(KeyError):
        finding_from_dict("r.txt", stored)  # no fingerprint


def test_findings_sort_by_path_line_column_rule():
    late = make_finding(RULE, "a.txt", (3, 1))
    early = make_finding(RULE, "a.txt", (1, 9))
    other = make_finding(RULE, "b.txt", (1, 1))
    assert sorted([other, late, early]) == [early, late, other]
    assert isinstance(early, Finding)
