"""Writing a run's results: findings, fixes, diffs, the summary and the exit status."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from discl_lint.cli.targets import Target, append_github_summary, write
from discl_lint.formatters.report import Report
from discl_lint.model.findings import Finding, Severity

if TYPE_CHECKING:
    from discl_lint.runner.outcomes import FileOutcome, RunResult


def finish(
    args: argparse.Namespace,
    targets: Sequence[Target],
    report: Report,
    result: RunResult,
    out: TextIO,
    err: TextIO,
) -> int:
    """Write what the options ask for; return the exit status."""
    if not args.quiet:
        for notice in result.notices:
            print(f"discl-lint: warning: {notice}", file=err)
    for error in result.errors:
        print(f"discl-lint: error: {error}", file=err)
    if args.diff:
        status = _diff(result.outcomes, out, err)
    else:
        if args.fix:
            _fix(result.outcomes, out, err)
        stdin_fixed = args.fix and any(o.source and o.source.stdin for o in result.outcomes)
        if args.statistics:
            import discl_lint.formatters.statistics as stats

            json_out = any(t.path is None and t.formatter.name == "json" for t in targets)
            render = stats.as_json if json_out else stats.as_text
            out.write(render(report.findings, report.files))
        elif not stdin_fixed:
            write(targets, report, out)
        if any(t.formatter.name == "github" for t in targets):
            append_github_summary(report.findings, result.files)
        if not args.quiet:
            print(summary(report.findings, result.files), file=err)
        threshold = Severity.parse(args.fail_on)
        failing = any(f.severity >= threshold for f in report.findings)
        status = 1 if failing and not args.exit_zero else 0
    out.flush()
    return 2 if result.errors else status


def _changed(outcome: FileOutcome) -> bool:
    fixed, source = outcome.fixed, outcome.source
    return fixed is not None and source is not None and fixed.text != source.text


def _diff(outcomes: Sequence[FileOutcome], out: TextIO, err: TextIO) -> int:
    from discl_lint.engine.fixing import unified_diff

    changed = [o for o in outcomes if _changed(o)]
    fixed: Counter[str] = Counter()
    for outcome in changed:
        source, result = outcome.source, outcome.fixed
        if source is not None and result is not None:
            out.write(unified_diff(source.path, source.text, result.text))
            fixed += result.fixed
    print(
        f"discl-lint: would fix {_counted(fixed)} in {len(changed)} of {len(outcomes)} files",
        file=err,
    )
    return 1 if changed else 0


def _fix(outcomes: Sequence[FileOutcome], out: TextIO, err: TextIO) -> None:
    fixed: Counter[str] = Counter()
    for outcome in outcomes:
        source, result = outcome.source, outcome.fixed
        if source is not None and source.stdin:
            out.write(source.text if result is None else result.text)
        if source is None or result is None:
            continue
        fixed += result.fixed  # the runner wrote the file, or says why not (result is None)
    print(f"discl-lint: fixed {_counted(fixed)}", file=err)


def _counted(fixed: Counter[str]) -> str:
    total = sum(fixed.values())
    if not total:
        return "0 findings"
    rules = ", ".join(f"{rule} ×{n}" for rule, n in sorted(fixed.items()))
    return f"{total} {_plural('finding', total)} ({rules})"


def summary(findings: Sequence[Finding], files: int) -> str:
    """One line for standard error: counts by severity and files linted."""
    noun = "file" if files == 1 else "files"
    if not findings:
        return f"discl-lint: no findings in {files} {noun}"
    counts = {s: sum(1 for f in findings if f.severity == s) for s in reversed(Severity)}
    parts = ", ".join(f"{n} {_plural(str(s), n)}" for s, n in counts.items() if n)
    total = f"{len(findings)} {_plural('finding', len(findings))}"
    return f"discl-lint: {total} ({parts}) in {files} {noun}"


def _plural(word: str, count: int) -> str:
    return word if count == 1 or word == "info" else word + "s"
