"""``--write-baseline``, ``--baseline`` and ``--prune-baseline`` on the command line."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from typing import TextIO

import discl_lint.engine.baseline as baseline
from discl_lint.model.findings import Finding
from discl_lint.runner.writing import safe_write


def record(args: argparse.Namespace, findings: Sequence[Finding], err: TextIO) -> None:
    """Write the baseline file of ``--write-baseline``."""
    text = baseline.recorded(args.write_baseline, findings)
    safe_write(args.write_baseline, text.encode("utf-8"))
    if not args.silent:
        print(f"discl-lint: recorded {len(findings)} findings in {args.write_baseline}", file=err)


def baselined(
    args: argparse.Namespace, findings: tuple[Finding, ...], linted: Iterable[str], err: TextIO
) -> tuple[Finding, ...]:
    """The findings that ``--baseline`` does not record; stale entries reported (and pruned)."""
    entries = baseline.load(args.baseline)
    applied = baseline.apply(entries, findings, linted)
    for entry in applied.stale if not args.silent else ():
        print(
            f"discl-lint: warning: {args.baseline}: stale entry {entry.path} {entry.rule} "
            f"(was line {entry.line}): {entry.message}",
            file=err,
        )
    if args.prune_baseline and applied.stale:
        safe_write(args.baseline, baseline.pruned(entries, applied.stale).encode("utf-8"))
        if not args.silent:
            removed = len(applied.stale)
            print(f"discl-lint: removed {removed} stale entries from {args.baseline}", file=err)
    return applied.findings
