"""A rule's examples: read from its file, and compared with what a run reports.

An invalid example states each finding of its rule as ``LINE:COLUMN MESSAGE``.
MESSAGE is the whole message or its start, cut no earlier than the end of the
last placeholder's value: every value a message shows is checked, yet the
example need not repeat the rule's fixed advice.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from typing import Any

from discl_lint.model.errors import RuleError
from discl_lint.model.findings import Example, Examples, ExpectedFinding
from discl_lint.text.regex_store import regex

_FINDING = regex(r"([1-9]\d*):([1-9]\d*) (\S.*)", re.DOTALL)
_FIELDS = ("text", "encoding", "path")

# A finding as a run reports it: line, column, message.
Reported = tuple[int, int, str]


def read_examples(data: Mapping[str, Any], source: str) -> Examples:
    """The ``examples`` of a rule's data (already checked against the rule schema)."""
    raw, rule_id = data["examples"], str(data["id"])
    if not isinstance(raw, dict) or set(raw) - {"valid", "invalid"}:
        raise RuleError(source, rule_id, "examples", "expected a mapping with valid and invalid")
    for kind in ("valid", "invalid"):
        if not isinstance(raw.get(kind) or [], list):
            raise RuleError(source, rule_id, f"examples.{kind}", "expected a list of examples")
    fixable = data.get("fix") is not None
    return Examples(
        valid=tuple(
            _valid(item, source, rule_id, f"examples.valid[{n}]")
            for n, item in enumerate(raw.get("valid") or [])
        ),
        invalid=tuple(
            _invalid(item, source, rule_id, f"examples.invalid[{n}]", fixable)
            for n, item in enumerate(raw.get("invalid") or [])
        ),
    )


def _valid(item: Any, source: str, rule_id: str, key: str) -> Example:
    if isinstance(item, str):
        return Example(item)
    if isinstance(item, dict) and "text" in item and set(item) <= set(_FIELDS):
        return _example(item)
    raise RuleError(source, rule_id, key, "expected a text (or {text, encoding, path})")


def _invalid(item: Any, source: str, rule_id: str, key: str, fixable: bool) -> Example:
    fields = {*_FIELDS, "findings", "fixed"}
    if not isinstance(item, dict) or "text" not in item or set(item) - fields:
        raise RuleError(source, rule_id, key, "expected {text, findings, fixed, encoding, path}")
    if not isinstance(item.get("findings"), list) or not item["findings"]:
        raise RuleError(source, rule_id, f"{key}.findings", "missing required key")
    if fixable and "fixed" not in item:
        raise RuleError(
            source, rule_id, f"{key}.fixed", "missing required key (the rule has a fix)"
        )
    if not fixable and "fixed" in item:
        raise RuleError(source, rule_id, f"{key}.fixed", "the rule has no fix")
    findings = []
    for n, text in enumerate(item["findings"]):
        match = _FINDING.fullmatch(str(text))
        if match is None:
            raise RuleError(source, rule_id, f"{key}.findings[{n}]", "expected LINE:COLUMN MESSAGE")
        findings.append(ExpectedFinding(int(match[1]), int(match[2]), match[3]))
    fixed = item.get("fixed")
    return _example(item, tuple(findings), None if fixed is None else str(fixed))


def _example(
    item: Mapping[str, Any], findings: tuple[ExpectedFinding, ...] = (), fixed: str | None = None
) -> Example:
    encoding = str(item.get("encoding", "utf-8")).lower()
    return Example(
        str(item["text"]), encoding, str(item.get("path", "report.txt")), findings, fixed
    )


def fixed_ending(template: str) -> str:
    """The template's text after its last placeholder, spaced as a rendered message."""
    ending = ""
    for literal, name, _, _ in string.Formatter().parse(template):
        ending = "" if name is not None else ending + literal
    return re.sub(r"\s+", " ", ending).rstrip()


def message_matches(expected: str, message: str, template: str) -> bool:
    """Whether ``expected`` is ``message`` or its start, leaving out only the fixed ending."""
    return message.startswith(expected) and fixed_ending(template).endswith(
        message[len(expected) :]
    )


def finding_diff(
    expected: Sequence[ExpectedFinding], reported: Sequence[Reported], template: str
) -> str:
    """A diff of the expected against the reported findings; empty when they agree."""
    left = list(expected)
    shown: list[str] = []
    for line, column, message in reported:
        match = _match(left, line, column, message, template)
        if match is not None:
            left.remove(match)
        shown.append(str(match) if match else f"{line}:{column} {message}")
    if not left and len(reported) == len(expected):  # each reported finding was expected
        return ""
    import difflib  # only when an example fails: not on the loading path

    diff = difflib.unified_diff(
        [str(e) for e in expected], shown, "expected findings", "reported findings", lineterm=""
    )
    return "\n".join([*diff, *_cut_too_early(left, reported, template)])


def _match(
    left: Sequence[ExpectedFinding], line: int, column: int, message: str, template: str
) -> ExpectedFinding | None:
    return next(
        (
            e
            for e in left
            if (e.line, e.column) == (line, column)
            and message_matches(e.message, message, template)
        ),
        None,
    )


def _cut_too_early(
    left: Sequence[ExpectedFinding], reported: Sequence[Reported], template: str
) -> list[str]:
    ending = fixed_ending(template)
    return [
        f"{e.line}:{e.column}: the expected message stops inside a value; "
        f"it may leave out only the ending “{ending}”"
        for e in left
        if any(
            (line, column) == (e.line, e.column) and message.startswith(e.message)
            for line, column, message in reported
        )
    ]


def text_diff(expected: str, actual: str) -> str:
    """A diff of the expected against the fixed text, line by line as Python literals."""
    if expected == actual:
        return ""
    import difflib

    diff = difflib.unified_diff(
        [repr(line) for line in expected.splitlines(keepends=True)],
        [repr(line) for line in actual.splitlines(keepends=True)],
        "expected fixed text",
        "text after fixing",
        lineterm="",
    )
    return "\n".join(diff)
