"""Turning the command line into a run: options that go together, what the run does, and
what it shows on the way (the file list, a progress line)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from discl_lint.cli.display import TEXT_FORMATS, Progress
from discl_lint.model.errors import DiscLintError
from discl_lint.runner.discovery import Found
from discl_lint.runner.lint import RunOptions


def check_combinations(args: argparse.Namespace) -> None:
    """Refuse an option that would be silently ignored without another."""
    if args.prune_baseline and not args.baseline:
        raise DiscLintError("--prune-baseline needs --baseline FILE")
    if args.write_baseline and args.baseline:
        raise DiscLintError("--write-baseline and --baseline do not go together")


def fixing(args: argparse.Namespace) -> bool:
    """Whether the run fixes (in place or, with --diff, only in memory)."""
    return bool(args.fix or args.fix_only or args.diff)


def run_options(args: argparse.Namespace, progress: Progress | None) -> RunOptions:
    """How the runner should run."""
    return RunOptions(
        # --unsafe-fixes alone fixes nothing (as in ruff): it widens --fix and --diff.
        fix=("unsafe" if args.unsafe_fixes else "safe") if fixing(args) else None,
        jobs=args.jobs or None,
        stdin=sys.stdin.buffer.read() if "-" in args.paths else None,
        stdin_name=args.stdin_filename,
        write=fixing(args) and not args.diff,
        progress=progress,
    )


def progress_for(
    args: argparse.Namespace, targets: Sequence[Any], files: int, err: TextIO
) -> Progress | None:
    """A progress line for a long run at a terminal; none for machine formats."""
    machine = any(t.formatter.name not in TEXT_FORMATS for t in targets) and not args.fix_only
    if machine or not Progress.wanted(files, err, args.quiet or args.silent):
        return None
    return Progress(files, err)


def show_files(found: Found, out: TextIO, err: TextIO) -> int:
    """``--show-files``: the files a run would lint, one per line."""
    for error in found.errors:
        print(f"discl-lint: error: {error}", file=err)
    out.write("".join(f"{path}\n" for path in found.paths))
    return 2 if found.errors else 0
