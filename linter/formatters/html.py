"""``html``: one self-contained review page (no network, no external file).

A summary table (report × error/warning/info, sortable, filtered by rule and severity),
then each report's text with its findings highlighted in place and their messages beside
the line; a message opens the rule's explanation and legal basis. The page prints.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape

from discl_lint.formatters.html_assets import SCRIPT, STYLE
from discl_lint.formatters.html_lines import highlight, spans_on
from discl_lint.formatters.report import Report
from discl_lint.formatters.statistics import SEVERITIES, per_report
from discl_lint.model.findings import Finding, Rule, Severity
from discl_lint.model.version import __version__

LABELS = {"error": "错误 error", "warning": "警告 warning", "info": "提示 info"}


def _note(key: str, f: Finding, rule: Rule | None) -> str:
    place = f'<span class="place">原文位置：{escape(f.place)}</span>' if f.where else ""
    explain = ""
    if rule is not None:
        explain = (
            f'<div class="explain"><p><b>说明</b>{escape(rule.description)}</p>'
            f"<p><b>依据</b>{escape(rule.basis)}</p></div>"
        )
    return (
        f'<details class="note sev-{f.severity}" id="{key}" data-rule="{f.rule}" '
        f'data-severity="{f.severity}"><summary><span class="rule">{f.rule}</span> '
        f"{escape(f.message)} {place}</summary>{explain}</details>"
    )


def _report_section(index: int, path: str, report: Report, rules: Mapping[str, Rule]) -> str:
    keyed = [(f"r{index}f{n}", f) for n, f in enumerate(report.findings) if f.path == path]
    lines = report.lines(path)
    if lines and lines[-1] == "":
        lines = lines[:-1]
    rows = []
    for number, text in enumerate(lines, start=1):
        spans = spans_on(number, text, keyed)
        notes = "".join(_note(k, f, rules.get(f.rule)) for k, f in keyed if f.line == number)
        classes = "line has-findings" if spans else "line"
        rows.append(
            f'<div class="{classes}" id="r{index}-L{number}"><span class="ln">{number}</span>'
            f'<span class="src">{highlight(text, spans) or "&#8203;"}</span>'
            f'<div class="notes">{notes}</div></div>'
        )
    counts = _counts([f for _, f in keyed])
    return (
        f'<section class="report" id="r{index}" data-path="{escape(path)}">'
        f'<details open><summary><h2>{escape(path)}</h2> <span class="counts">{counts}</span>'
        f'</summary><div class="text" lang="zh-CN">{"".join(rows)}</div></details></section>'
    )


def _counts(findings: Sequence[Finding]) -> str:
    parts = [
        f'<span class="badge sev-{s}">{sum(1 for f in findings if f.severity == s)} {s}</span>'
        for s in SEVERITIES
    ]
    return " ".join(parts)


def _summary(report: Report, paths: Sequence[str], rules: Mapping[str, Rule]) -> str:
    rows = []
    for index, (path, counts) in enumerate(per_report(report.findings, paths)):
        cells = "".join(
            f'<td class="n" data-severity="{s}">{n}</td>'
            for s, n in zip(SEVERITIES, counts, strict=True)
        )
        link = f'<a href="#r{index}">{escape(path)}</a>'
        rows.append(f'<tr data-report="r{index}"><td>{link}</td>{cells}</tr>')
    used = sorted({f.rule for f in report.findings})
    options = "".join(
        f'<option value="{r}">{r} {escape(rules[r].name if r in rules else "")}</option>'
        for r in used
    )
    boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s}" checked> '
        f"{LABELS[str(s)]}</label>"
        for s in SEVERITIES
    )
    heads = "".join(f'<th class="n" data-sort="number">{LABELS[str(s)]}</th>' for s in SEVERITIES)
    return (
        '<section id="summary"><form class="filters" onsubmit="return false">'
        f'<label>规则 rule <select id="rule-filter"><option value="">全部 all</option>{options}'
        f"</select></label> {boxes}</form>"
        '<table id="summary-table"><thead><tr><th data-sort="text">报告 report</th>'
        f"{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _data(report: Report, paths: Sequence[str]) -> str:
    index = {path: n for n, path in enumerate(paths)}
    rows = [
        {
            "id": f"r{index[f.path]}f{n}",
            "report": f"r{index[f.path]}",
            "rule": f.rule,
            "severity": str(f.severity),
        }
        for n, f in enumerate(report.findings)
        if f.path in index
    ]
    return json.dumps(rows, ensure_ascii=False).replace("</", "<\\/")


class Html:
    """The review page of a run."""

    name = "html"

    def render(self, report: Report) -> str:
        """The whole page, CSS and script inline."""
        paths = list(dict.fromkeys([*report.files, *(f.path for f in report.findings)]))
        rules = report.rules()
        total = len(report.findings)
        by = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
        line = (
            f"{len(paths)} 份报告，{total} 条问题（错误 {by[Severity.ERROR]}，"
            f"警告 {by[Severity.WARNING]}，提示 {by[Severity.INFO]}）"
        )
        sections = "".join(_report_section(n, p, report, rules) for n, p in enumerate(paths))
        return (
            '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>discl-lint 审查报告</title><style>{STYLE}</style></head><body>"
            f'<header><h1>discl-lint 审查报告</h1><p class="total">{line}</p>'
            f'<p class="version">discl-lint {__version__}</p></header><main>'
            f"{_summary(report, paths, rules)}{sections}</main>"
            f'<script type="application/json" id="findings">{_data(report, paths)}</script>'
            f"<script>{SCRIPT}</script></body></html>\n"
        )
