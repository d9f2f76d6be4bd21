"""Command line: ``discl-lint [OPTIONS] PATH...``. The only place that prints or exits."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from discl_lint import __version__
from discl_lint.errors import DiscLintError
from discl_lint.model import PROFILES, Rule
from discl_lint.plugins import Registry, build_registry, make_plugin_manager
from discl_lint.rules import load_rules
from discl_lint.selection import select_rules
from discl_lint.sources import discover


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (kept apart so the help can be tested)."""
    parser = argparse.ArgumentParser(
        prog="discl-lint",
        description="Lint 高等学校信息公开工作年度报告 (.txt, .md) against the requirements.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders; - for standard input"
    )
    parser.add_argument(
        "--format", default="concise", help="output format: concise (default), json"
    )
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="IDS",
        help="only these rules (IDs or prefixes such as DL2, comma-separated)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="IDS",
        help="skip these rules (IDs or prefixes, comma-separated)",
    )
    parser.add_argument(
        "--fail-on",
        default="warning",
        choices=["error", "warning", "info"],
        help="lowest severity that makes the exit status 1 (default: warning)",
    )
    parser.add_argument(
        "--profile",
        default="auto",
        choices=["auto", *PROFILES],
        help="hei: university report; gov: government format; auto: by title",
    )
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="an extra folder of YAML rules (repeatable)",
    )
    parser.add_argument(
        "--stdin-filename",
        default="-",
        metavar="PATH",
        help="path shown for the report read from standard input",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="apply safe fixes in place (atomically), then report what remains",
    )
    parser.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff, also apply fixes marked unsafe",
    )
    parser.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff and change nothing (exit 1 if any)",
    )
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.add_argument("--explain", metavar="RULE", help="describe a rule, its basis and examples")
    parser.add_argument("--version", action="version", version=f"discl-lint {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args, sys.stdout, sys.stderr)
    except DiscLintError as exc:
        print(f"discl-lint: error: {exc}", file=sys.stderr)
        return 2


def _setup(args: argparse.Namespace) -> tuple[Registry, tuple[Rule, ...]]:
    from pathlib import Path

    registry = build_registry(make_plugin_manager())
    dirs = (*registry.rule_dirs, *(Path(d) for d in args.rules))
    return registry, load_rules(dirs, registry.kinds)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    registry, rules = _setup(args)
    if args.list_rules or args.explain:
        from discl_lint.explain import explain, list_rules

        text = explain(rules, args.explain) if args.explain else list_rules(rules)
        out.write(text)
        return 0
    if args.format not in registry.formatters:
        known = ", ".join(sorted(registry.formatters))
        raise DiscLintError(f"unknown format {args.format!r} (known: {known})")
    if not args.paths:
        raise DiscLintError("no PATH given (use - for standard input)")
    return _lint(args, registry, select_rules(rules, args.select, args.ignore), out, err)


def _lint(
    args: argparse.Namespace, registry: Registry, rules: tuple[Rule, ...], out: TextIO, err: TextIO
) -> int:
    from discl_lint.output import finish
    from discl_lint.run import Linter, lint_paths

    stdin = sys.stdin.buffer.read() if "-" in args.paths else None
    fix = "unsafe" if args.unsafe_fixes else "safe" if args.fix or args.diff else None
    linter = Linter(rules, registry, args.profile)
    result = lint_paths(discover(args.paths), linter, stdin, args.stdin_filename, fix)
    return finish(args, registry.formatters[args.format], result, out, err)
