"""``--statistics``: findings counted per rule and, for a batch, per report — as
tab-separated text, or as one JSON object when the standard-output format is json."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from discl_lint.model.findings import Finding, Severity

SEVERITIES = tuple(reversed(Severity))  # error, warning, info


def per_rule(findings: Sequence[Finding]) -> list[tuple[str, str, int]]:
    """(rule, name, count), most frequent first."""
    counts = Counter((f.rule, f.name) for f in findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(rule, name, count) for (rule, name), count in rows]


def per_report(findings: Sequence[Finding], files: Sequence[str]) -> list[tuple[str, list[int]]]:
    """Each report (linted files first, in order) and its error, warning and info counts."""
    paths = list(dict.fromkeys([*files, *(f.path for f in findings)]))
    counts = Counter((f.path, f.severity) for f in findings)
    return [(path, [counts[path, s] for s in SEVERITIES]) for path in paths]


def as_text(findings: Sequence[Finding], files: Sequence[str]) -> str:
    """``count<TAB>rule<TAB>name`` per rule; then, for several reports, a table of them."""
    text = "".join(f"{count}\t{rule}\t{name}\n" for rule, name, count in per_rule(findings))
    reports = per_report(findings, files)
    if len(reports) > 1:
        header = "report\t" + "\t".join(str(s) for s in SEVERITIES) + "\n"
        rows = "".join(f"{path}\t" + "\t".join(map(str, n)) + "\n" for path, n in reports)
        text += ("\n" if text else "") + header + rows
    return text


def as_json(findings: Sequence[Finding], files: Sequence[str]) -> str:
    """``{"rules": [...], "reports": [...]}`` on one line per entry."""
    rules = [{"rule": r, "name": n, "count": c} for r, n, c in per_rule(findings)]
    reports = [
        {"path": path, **{str(s): n for s, n in zip(SEVERITIES, counts, strict=True)}}
        for path, counts in per_report(findings, files)
    ]
    parts = []
    for key, rows in (("rules", rules), ("reports", reports)):
        body = ",\n".join("    " + json.dumps(row, ensure_ascii=False) for row in rows)
        parts.append(f'  "{key}": [\n{body}\n  ]' if rows else f'  "{key}": []')
    return "{\n" + ",\n".join(parts) + "\n}\n"
