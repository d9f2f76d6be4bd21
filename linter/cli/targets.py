"""Where each requested format goes: standard output, --output-file, or FORMAT:PATH."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from discl_lint.formatters.report import Report
from discl_lint.model.errors import DiscLintError
from discl_lint.model.findings import Finding
from discl_lint.runner.writing import safe_write


@dataclass(frozen=True)
class Target:
    """One format and its destination (None: standard output)."""

    formatter: Any
    path: str | None


def choose(
    requested: Sequence[str], output_file: str | None, formatters: Mapping[str, Any]
) -> list[Target]:
    """Parse ``--format NAME`` / ``--format NAME:PATH`` (default concise, or github on Actions)."""
    if not requested:
        requested = ["github" if os.environ.get("GITHUB_ACTIONS") == "true" else "concise"]
    targets = []
    for item in requested:
        name, _, path = item.partition(":")
        if name not in formatters:
            known = ", ".join(sorted(formatters))
            raise DiscLintError(f"unknown format {name!r} (known: {known})")
        targets.append(Target(formatters[name], path or None))
    to_stdout = [t for t in targets if t.path is None]
    if len(to_stdout) > 1:
        raise DiscLintError(
            "only one format can go to standard output; give the others as FORMAT:PATH"
        )
    if output_file and to_stdout:
        targets[targets.index(to_stdout[0])] = Target(to_stdout[0].formatter, output_file)
    return targets


def write(targets: Sequence[Target], report: Callable[[Target], Report], out: TextIO) -> None:
    """Render each target (the report it shows: ``report(target)``); files are written whole."""
    for target in targets:
        text = target.formatter.render(report(target))
        if target.path is None:
            out.write(text)
        else:
            safe_write(target.path, text.encode("utf-8"))


def github_summary(findings: Sequence[Finding], files: int) -> str:
    """A Markdown job summary: counts per rule and the first findings."""
    lines = ["## discl-lint", "", f"{len(findings)} findings in {files} files.", ""]
    if findings:
        lines += ["| rule | name | count |", "|---|---|---|"]
        counts = Counter((f.rule, f.name) for f in findings)
        lines += [f"| {r} | {n} | {c} |" for (r, n), c in sorted(counts.items())]
        lines += ["", "| file | line | rule | message |", "|---|---|---|---|"]
        lines += [f"| {f.path} | {f.line} | {f.rule} | {f.message} |" for f in findings[:50]]
    return "\n".join(lines) + "\n"


def append_github_summary(findings: Sequence[Finding], files: int) -> None:
    """Append the summary to $GITHUB_STEP_SUMMARY when Actions provides it."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with Path(path).open("a", encoding="utf-8") as stream:
            stream.write(github_summary(findings, files))
