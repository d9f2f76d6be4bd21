"""Every rule's own YAML examples run through the command line and find exactly what they state."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from discl_lint.cli.main import main
from discl_lint.model.findings import Example, ExpectedFinding, Rule
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.examples import finding_diff, text_diff
from discl_lint.ruleset.loading import load_rules

from build_docx import docx_from_body


def _rules(dirs=()):
    registry = build_registry(make_plugin_manager(entry_points=False))
    return load_rules((*registry.rule_dirs, *dirs), registry.kinds)


def _cases(kind: str):
    for rule in _rules():
        for number, example in enumerate(getattr(rule.examples, kind), start=1):
            case = f"{rule.id}-{kind}-{number}"
            yield pytest.param(rule, example, id=case)


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(args)
    return status, out.getvalue(), err.getvalue()


def example_problems(rule: Rule, example: Example, workdir: Path, rule_dirs=()) -> str:
    """How the rule's run on the example differs from what the example states ("" if not at all)."""
    report = workdir / example.path
    if report.suffix == ".docx":  # the example is the body of word/document.xml
        report.write_bytes(docx_from_body(example.text))
    else:
        report.write_bytes(example.text.encode(example.encoding))
    base = ["--no-cache", "--isolated", *(f"--rules={d}" for d in rule_dirs), "--select", rule.id]
    status, out, err = _run([*base, "--format", "json", str(report)])
    if status == 2:
        return f"the run failed:\n{err}"
    reported = [
        (f["line"], f["column"], f["message"]) for f in json.loads(out) if f["rule"] == rule.id
    ]
    problems = [finding_diff(example.findings, reported, rule.message)]
    if example.fixed is not None:
        unsafe = ["--unsafe-fixes"] if rule.fix == "unsafe" else []
        _run([*base, "--fix", *unsafe, str(report)])
        problems.append(text_diff(example.fixed, report.read_bytes().decode(example.encoding)))
    return "\n".join(p for p in problems if p)


def _check(rule: Rule, example: Example, workdir: Path) -> None:
    problems = example_problems(rule, example, workdir)
    if problems:
        pytest.fail(f"{rule.source}: {rule.id}\n{problems}", pytrace=False)


@pytest.mark.parametrize(("rule", "example"), list(_cases("valid")))
def test_valid_example_finds_nothing(tmp_path, rule, example):
    _check(rule, example, tmp_path)


@pytest.mark.parametrize(("rule", "example"), list(_cases("invalid")))
def test_invalid_example_finds_what_it_states(tmp_path, rule, example):
    _check(rule, example, tmp_path)


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: r.id)
def test_every_rule_has_examples_and_basis(rule):
    assert rule.examples.valid, f"{rule.id} has no valid example"
    assert rule.examples.invalid, f"{rule.id} has no invalid example"
    assert all(e.findings for e in rule.examples.invalid)
    assert rule.basis
    assert rule.description


def test_rule_ids_are_unique_and_match_the_catalogue_prefixes():
    ids = [r.id for r in _rules()]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("DL") for i in ids)


TODO_RULE = """\
id: XE001
name: no-todo
severity: error
kind: forbidden-pattern
fix: safe
options: {{patterns: ['TODO'], replace: '待办'}}
message: "占位内容“{{found}}”：应替换为实际内容"
description: 不得有 TODO。
basis: 内部规范。
examples:
  valid: ["完成。"]
  invalid:
    - text: "{text}"
      findings: {findings}
      fixed: "{fixed}"
"""


def _example_of(tmp_path, text, findings, fixed=None):
    """Check an XE001 rule whose one invalid example states ``findings`` on ``text``."""
    rules = tmp_path / "rules"
    rules.mkdir()
    fixed = text.replace("TODO", "待办") if fixed is None else fixed
    rule_file = TODO_RULE.format(
        text=text, findings=json.dumps(findings, ensure_ascii=False), fixed=fixed
    )
    (rules / "XE001.yaml").write_text(rule_file, encoding="utf-8")
    rule = next(r for r in _rules([rules]) if r.id == "XE001")
    return example_problems(rule, rule.examples.invalid[0], tmp_path, [rules])


ONE_TODO = "第一行\\n这里还是TODO。\\n"
TWO_TODOS = "第一行\\n这里还是TODO，TODO。\\n"
REPORTED = "2:5 占位内容“TODO”：应替换为实际内容"


def test_a_right_expectation_reports_no_problem(tmp_path):
    findings = ["2:5 占位内容“TODO”", "2:10 占位内容“TODO”：应替换为实际内容"]
    assert _example_of(tmp_path, TWO_TODOS, findings) == ""


@pytest.mark.parametrize(
    ("text", "findings", "diff"),
    [
        (ONE_TODO, ["2:4 占位内容“TODO”"], ["-2:4 占位内容“TODO”", f"+{REPORTED}"]),
        (ONE_TODO, ["3:5 占位内容“TODO”"], ["-3:5 占位内容“TODO”", f"+{REPORTED}"]),
        (ONE_TODO, ["2:5 占位内容“TODX”"], ["-2:5 占位内容“TODX”", f"+{REPORTED}"]),
        (ONE_TODO, ["2:5 占位内容“TOD"], ["-2:5 占位内容“TOD", f"+{REPORTED}"]),
        (
            TWO_TODOS,
            ["2:5 占位内容“TODO”"],
            [" 2:5 占位内容“TODO”", "+2:10 占位内容“TODO”：应替换为实际内容"],
        ),
        (
            ONE_TODO,
            ["2:5 占位内容“TODO”", "2:9 占位内容“TODO”"],
            [" 2:5 占位内容“TODO”", "-2:9 占位内容“TODO”"],
        ),
    ],
    ids=[
        "column",
        "line",
        "found-value",
        "cut-inside-the-value",
        "extra-finding",
        "missing-finding",
    ],
)
def test_a_wrong_expectation_reports_a_diff(tmp_path, text, findings, diff):
    lines = _example_of(tmp_path, text, findings).splitlines()
    assert lines[:2] == ["--- expected findings", "+++ reported findings"]
    assert [line for line in lines[3:] if line[:1] in "+- "] == diff


def test_a_message_cut_inside_a_value_is_explained(tmp_path):
    problems = _example_of(tmp_path, ONE_TODO, ["2:5 占位内容“TOD"])
    assert problems.splitlines()[-1] == (
        "2:5: the expected message stops inside a value; "
        "it may leave out only the ending “”：应替换为实际内容”"
    )


def test_a_wrong_fixed_text_reports_a_diff(tmp_path):
    problems = _example_of(tmp_path, ONE_TODO, ["2:5 占位内容“TODO”"], fixed=ONE_TODO)
    assert problems.splitlines() == [
        "--- expected fixed text",
        "+++ text after fixing",
        "@@ -1,2 +1,2 @@",
        " '第一行\\n'",
        "-'这里还是TODO。\\n'",
        "+'这里还是待办。\\n'",
    ]


TEMPLATE = "编号{problem}：此处应为“{expected}”，实为“{found}”：请改正"
REPORTED_TWO = [
    (1, 3, "编号有误：此处应为“1.”，实为“一.”：请改正"),
    (2, 1, "编号不连续：此处应为“二、”，实为“三、”：请改正"),
]


def test_findings_match_in_any_order_and_the_fixed_ending_may_be_left_out():
    expected = [
        ExpectedFinding(2, 1, "编号不连续：此处应为“二、”，实为“三、”：请"),
        ExpectedFinding(1, 3, "编号有误：此处应为“1.”，实为“一.”"),
    ]
    assert finding_diff(expected, REPORTED_TWO, TEMPLATE) == ""


def test_an_expected_message_must_reach_past_the_last_value():
    expected = [
        ExpectedFinding(1, 3, "编号有误：此处应为“1.”，实为“一"),
        ExpectedFinding(2, 1, "编号不连续：此处应为“二、”，实为“三、”"),
    ]
    assert finding_diff(expected, REPORTED_TWO, TEMPLATE).splitlines()[3:] == [
        "-1:3 编号有误：此处应为“1.”，实为“一",
        "+1:3 编号有误：此处应为“1.”，实为“一.”：请改正",
        " 2:1 编号不连续：此处应为“二、”，实为“三、”",
        "1:3: the expected message stops inside a value; it may leave out only the ending “”：请改正”",
    ]


def test_a_valid_example_that_finds_something_lists_it():
    assert finding_diff((), REPORTED_TWO[:1], TEMPLATE).splitlines()[3:] == [
        "+1:3 编号有误：此处应为“1.”，实为“一.”：请改正"
    ]
