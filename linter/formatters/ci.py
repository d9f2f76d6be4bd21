"""CI formats: GitHub workflow commands, JUnit XML, GitLab Code Quality."""

from __future__ import annotations

import json

from discl_lint.formatters.report import Report
from discl_lint.formatters.text import concise_line
from discl_lint.model.findings import Finding

GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
GITLAB_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GitHub:
    """``::error file=…,line=…::message`` annotations for GitHub Actions."""

    name = "github"

    def render(self, report: Report) -> str:
        """One workflow command per finding."""
        lines = []
        for f in report.findings:
            props = {
                "file": f.path,
                "line": f.line,
                "col": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "title": f"{f.rule} {f.name}",
            }
            joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
            lines.append(f"::{GITHUB_LEVELS[str(f.severity)]} {joined}::{escape_data(f.message)}\n")
        return "".join(lines)


class JUnit:
    """JUnit XML: a test case per file, a failure per finding."""

    name = "junit"

    def render(self, report: Report) -> str:
        """The XML document."""
        from xml.etree import ElementTree

        suites = ElementTree.Element("testsuites", name="discl-lint")
        files = sorted(set(report.files) | {f.path for f in report.findings})
        suite = ElementTree.SubElement(
            suites,
            "testsuite",
            name="discl-lint",
            tests=str(len(files)),
            failures=str(sum(1 for _ in report.findings)),
            errors="0",
        )
        for path in files:
            case = ElementTree.SubElement(suite, "testcase", name=path, classname="discl-lint")
            for f in (f for f in report.findings if f.path == path):
                failure = ElementTree.SubElement(
                    case, "failure", type=f.rule, message=f"{f.line}:{f.column}: {f.message}"
                )
                failure.text = concise_line(f)
        ElementTree.indent(suites)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            + ElementTree.tostring(suites, encoding="unicode")
            + "\n"
        )


def _unique(finding: Finding) -> str:
    # GitLab tells issues apart by fingerprint alone, across files.
    import hashlib

    return hashlib.sha256(f"{finding.path}\0{finding.fingerprint}".encode()).hexdigest()[:20]


class GitLab:
    """GitLab Code Quality report (JSON), fingerprints stable across edits."""

    name = "gitlab"

    def render(self, report: Report) -> str:
        """The array of issues."""
        issues = [
            {
                "description": f"{f.rule} {f.message}",
                "check_name": f.rule,
                "fingerprint": _unique(f),
                "severity": GITLAB_SEVERITIES[str(f.severity)],
                "location": {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}},
            }
            for f in report.findings
        ]
        return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
