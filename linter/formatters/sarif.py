"""SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps)."""

from __future__ import annotations

import json
from typing import Any

from discl_lint.formatters.report import Report
from discl_lint.model.findings import Finding, Rule
from discl_lint.model.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def one_line(text: str) -> str:
    """Join wrapped lines: no space between Chinese characters, one between words."""
    out = ""
    for line in (part.strip() for part in text.splitlines()):
        if out and line and (out[-1].isascii() and line[0].isascii()):
            out += " "
        out += line
    return out


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.name},
        "fullDescription": {"text": one_line(rule.description)},
        "help": {"text": one_line(rule.basis)},
        "defaultConfiguration": {"level": LEVELS[str(rule.severity)]},
    }


def uri(path: str) -> str:
    """A path as a URI reference: relative stays relative; ``%``-encoded (Chinese names too)."""
    from pathlib import PurePath
    from urllib.parse import quote

    posix = PurePath(path).as_posix()
    if posix.startswith("/"):
        return "file://" + quote(posix, safe="/")
    return quote(posix, safe="/")


def _result(f: Finding, index: int | None) -> dict[str, Any]:
    region = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVELS[str(f.severity)],
        "message": {"text": f.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": uri(f.path)}, "region": region}}
        ],
        "partialFingerprints": {"discl-lint/v1": f.fingerprint},
    }
    if index is not None:
        result["ruleIndex"] = index
    if f.where:  # the place in the .docx/.pdf the region's text was extracted from
        result["properties"] = {"where": dict(f.where), "place": f.place}
    return result


class Sarif:
    """A SARIF log with the rules' metadata and one result per finding."""

    name = "sarif"

    def render(self, report: Report) -> str:
        """The log as indented JSON."""
        rules = report.rules()
        used = sorted({f.rule for f in report.findings} | set(rules))
        index = {rule_id: n for n, rule_id in enumerate(r for r in used if r in rules)}
        driver = {
            "name": "discl-lint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_rule(rules[r]) for r in used if r in rules],
        }
        run = {
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index.get(f.rule)) for f in report.findings],
        }
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
