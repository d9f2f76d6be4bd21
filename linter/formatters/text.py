"""Text formats: concise (one line per finding), full (with the source line and a
caret), grouped (by file)."""

from __future__ import annotations

from itertools import groupby

from discl_lint.formatters.excerpt import escaped, excerpt
from discl_lint.formatters.report import Report
from discl_lint.model.findings import Finding

_SEVERITY_COLOURS = {"error": "\x1b[1;31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def concise_line(f: Finding, colour: bool = False) -> str:
    """``path:line:col: severity RULE message``."""
    if not colour:
        return escaped(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
    severity = f"{_SEVERITY_COLOURS[str(f.severity)]}{f.severity}{_RESET}"
    return (
        f"{_BOLD}{escaped(f.path)}{_RESET}:{f.line}:{f.column}: {severity} "
        f"{_BOLD}{f.rule}{_RESET} {escaped(f.message)}"
    )


class Concise:
    """``path:line:col: severity RULE message``, one finding per line."""

    name = "concise"

    def render(self, report: Report) -> str:
        """One line per finding."""
        return "".join(concise_line(f, report.colour) + "\n" for f in report.findings)


class Full:
    """The concise line, then the source line with a caret under the span."""

    name = "full"

    def render(self, report: Report) -> str:
        """Three lines per finding, then a blank line."""
        blocks = []
        for f in report.findings:
            source = report.line(f.path, f.line)
            end = f.end_column if f.end_line == f.line else len(source) + 1
            shown = excerpt(source, f.column - 1, end - 1)
            gutter = " " * len(str(f.line))
            place = f"{gutter} = in the original: {f.place}\n" if f.where else ""
            caret = "^" * shown.caret_width
            if report.colour:
                caret = f"{_SEVERITY_COLOURS[str(f.severity)]}{caret}{_RESET}"
            blocks.append(
                f"{concise_line(f, report.colour)}\n{gutter} |\n{f.line} | {shown.text}\n"
                f"{gutter} | {' ' * shown.caret_start}{caret}\n{place}"
            )
        return "\n".join(blocks)


class Grouped:
    """A heading per file, then its findings."""

    name = "grouped"

    def render(self, report: Report) -> str:
        """Files in order, findings indented below them."""
        out = []
        for path, group in groupby(report.findings, key=lambda f: f.path):
            heading = f"{_BOLD}{escaped(path)}{_RESET}" if report.colour else escaped(path)
            out.append(f"{heading}:\n")
            out.extend(
                escaped(f"  {f.line}:{f.column}  {f.severity}  {f.rule}  {f.message}") + "\n"
                for f in group
            )
            out.append("\n")
        return "".join(out)
