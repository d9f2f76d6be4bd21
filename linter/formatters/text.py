"""Text formats: concise (one line per finding), full (with the source line and a
caret), grouped (by file)."""

from __future__ import annotations

import unicodedata
from itertools import groupby

from discl_lint.formatters.report import Report
from discl_lint.model.findings import Finding


def concise_line(f: Finding) -> str:
    """``path:line:col: severity RULE message``."""
    return f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"


class Concise:
    """``path:line:col: severity RULE message``, one finding per line."""

    name = "concise"

    def render(self, report: Report) -> str:
        """One line per finding."""
        return "".join(concise_line(f) + "\n" for f in report.findings)


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Full:
    """The concise line, then the source line with a caret under the span."""

    name = "full"

    def render(self, report: Report) -> str:
        """Three lines per finding, then a blank line."""
        blocks = []
        for f in report.findings:
            source = report.line(f.path, f.line).expandtabs(4)
            end = f.end_column if f.end_line == f.line else len(source) + 1
            before = display_width(source[: f.column - 1])
            under = max(1, display_width(source[f.column - 1 : end - 1]))
            gutter = " " * len(str(f.line))
            place = f"{gutter} = in the original: {f.place}\n" if f.where else ""
            blocks.append(
                f"{concise_line(f)}\n{gutter} |\n{f.line} | {source}\n"
                f"{gutter} | {' ' * before}{'^' * under}\n{place}"
            )
        return "\n".join(blocks)


class Grouped:
    """A heading per file, then its findings."""

    name = "grouped"

    def render(self, report: Report) -> str:
        """Files in order, findings indented below them."""
        out = []
        for path, group in groupby(report.findings, key=lambda f: f.path):
            out.append(f"{path}:\n")
            out.extend(
                f"  {f.line}:{f.column}  {f.severity}  {f.rule}  {f.message}\n" for f in group
            )
            out.append("\n")
        return "".join(out)
