"""Writing a run's results: findings, fixes, diffs, the summary and the exit status."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from discl_lint.cli.display import TEXT_FORMATS, use_colour
from discl_lint.cli.fixes import diff, fix, fixed_counts, list_fixes
from discl_lint.cli.targets import Target, append_github_summary, write
from discl_lint.formatters.report import Report
from discl_lint.formatters.text import concise_line
from discl_lint.model.errors import FileError
from discl_lint.model.findings import Finding, Severity

if TYPE_CHECKING:
    from discl_lint.runner.outcomes import RunResult

# Machine formats show a file that could not be read, linted or fixed as a finding of it.
FILE_ERROR, FILE_ERROR_NAME = "DL000", "file-error"
FILE_ERROR_FORMATS = frozenset({"json", "jsonl", "sarif", "github", "junit", "gitlab"})


def finish(
    args: argparse.Namespace,
    targets: Sequence[Target],
    report: Report,
    result: RunResult,
    out: TextIO,
    err: TextIO,
) -> int:
    """Write what the options ask for; return the exit status."""
    for error in result.errors:
        print(f"discl-lint: error: {error}", file=err)
    if args.diff:
        status = diff(result.outcomes, out, err)
        if args.show_fixes and not args.silent:
            list_fixes(result.outcomes, err, would=True)
    else:
        status = _report_findings(args, targets, report, result, out, err)
    out.flush()
    return 2 if result.errors else status


def _report_findings(
    args: argparse.Namespace,
    targets: Sequence[Target],
    report: Report,
    result: RunResult,
    out: TextIO,
    err: TextIO,
) -> int:
    fixed = _apply_fixes(args, result, out, err)
    on_fix = 1 if args.exit_non_zero_on_fix and fixed else 0
    if args.fix_only:
        return on_fix
    if not args.silent:
        _print_findings(args, targets, report, result, out, err)
    if any(t.formatter.name == "github" for t in targets):
        append_github_summary(report.findings, result.files)
    if not (args.quiet or args.silent):
        print(summary(report.findings, result.files), file=err)
    threshold = Severity.parse(args.fail_on)
    failing = any(f.severity >= threshold for f in report.findings) and not args.exit_zero
    return 1 if failing else on_fix


def _apply_fixes(args: argparse.Namespace, result: RunResult, out: TextIO, err: TextIO) -> int:
    """With --fix or --fix-only: write the fixes; the number made."""
    if not (args.fix or args.fix_only):
        return 0
    fix(result.outcomes, out, err, quiet=args.silent)
    if args.show_fixes and not args.silent:
        list_fixes(result.outcomes, err)
    return sum(fixed_counts(result.outcomes).values())


def _print_findings(
    args: argparse.Namespace,
    targets: Sequence[Target],
    report: Report,
    result: RunResult,
    out: TextIO,
    err: TextIO,
) -> None:
    if args.fix and any(o.source and o.source.stdin for o in result.outcomes):
        # The fixed text went to standard output: what remains goes to stderr.
        err.write("".join(concise_line(f) + "\n" for f in report.findings))
    elif args.statistics:
        import discl_lint.formatters.statistics as stats

        json_out = any(t.path is None and t.formatter.name == "json" for t in targets)
        render = stats.as_json if json_out else stats.as_text
        out.write(render(report.findings, report.files))
    else:
        _write_targets(args, targets, report, result, out)


def _write_targets(
    args: argparse.Namespace,
    targets: Sequence[Target],
    report: Report,
    result: RunResult,
    out: TextIO,
) -> None:
    errors = tuple(_as_finding(e) for e in result.errors if isinstance(e, FileError))
    with_errors = dataclasses.replace(
        report, findings=tuple(sorted((*report.findings, *errors))), _memo=report._memo
    )
    coloured = dataclasses.replace(report, colour=use_colour(args.color, out), _memo=report._memo)

    def report_for(target: Target) -> Report:
        if target.formatter.name in FILE_ERROR_FORMATS:
            return with_errors  # the others print errors on standard error only
        if target.formatter.name in TEXT_FORMATS and target.path is None:
            return coloured
        return report

    write(targets, report_for, out)


def _as_finding(error: FileError) -> Finding:
    return Finding(
        error.path, 1, 1, FILE_ERROR, 1, 1, FILE_ERROR_NAME, Severity.ERROR, error.message
    )


def summary(findings: Sequence[Finding], files: int) -> str:
    """One line for standard error: counts by severity and files linted."""
    noun = "file" if files == 1 else "files"
    if not findings:
        return f"discl-lint: no findings in {files} {noun}"
    counts = {s: sum(1 for f in findings if f.severity == s) for s in reversed(Severity)}
    parts = ", ".join(f"{n} {plural(str(s), n)}" for s, n in counts.items() if n)
    total = f"{len(findings)} {plural('finding', len(findings))}"
    return f"discl-lint: {total} ({parts}) in {files} {noun}"


def plural(word: str, count: int) -> str:
    """``word`` for ``count`` things (info has no plural)."""
    return word if count == 1 or word == "info" else word + "s"
