"""Command line: ``discl-lint [OPTIONS] PATH...``. The only place that prints or exits."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from discl_lint.cli.arguments import build_parser, run_settings
from discl_lint.model.errors import DiscLintError
from discl_lint.plugins.manager import Registry, build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from discl_lint.cli.handler import guarded

    args = build_parser().parse_args(argv)
    return guarded(lambda: _run(args, sys.stdout, sys.stderr), args.debug, sys.stderr)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.clean_cache:
        return _clean_cache(args, err)
    registry = build_registry(make_plugin_manager())
    if args.show_config:
        from discl_lint.runner.pipeline import show_config

        return show_config(run_settings(args), args.show_config, out)
    if args.show_text:
        from discl_lint.cli.show_text import show_text

        out.write(show_text(args.show_text, registry, args.profile))
        return 0
    missing = next((d for d in args.rules if not Path(d).is_dir()), None)
    if missing is not None:
        raise DiscLintError(f"--rules {missing}: no such folder")
    dirs = (*registry.rule_dirs, *(Path(d) for d in args.rules))
    ruleset = RuleSet(dirs, tuple(args.select), tuple(args.ignore))
    if args.list_rules or args.explain:
        from discl_lint.cli.explain import explain, list_rules

        rules = ruleset.load(registry.kinds)
        text = explain(rules, args.explain, registry.kinds) if args.explain else list_rules(rules)
        out.write(text)
        return 0
    if not args.paths:
        raise DiscLintError("no PATH given (use - for standard input)")
    return _lint(args, registry, ruleset, out, err)


def _clean_cache(args: argparse.Namespace, err: TextIO) -> int:
    from discl_lint.runner.cache import default_directory
    from discl_lint.runner.cache_clean import clean

    directory = Path(args.cache_dir) if args.cache_dir else default_directory()
    removed = clean(directory)
    print(f"discl-lint: removed {removed} cache entries from {directory}", file=err)
    return 0


def _lint(
    args: argparse.Namespace, registry: Registry, ruleset: RuleSet, out: TextIO, err: TextIO
) -> int:
    from discl_lint.cli.output import finish
    from discl_lint.cli.targets import choose
    from discl_lint.runner.lint import RunOptions
    from discl_lint.runner.pipeline import find, run

    targets = choose(args.format, args.output_file, registry.formatters)
    options = RunOptions(
        # --unsafe-fixes alone fixes nothing (as in ruff): it widens --fix and --diff.
        fix=("unsafe" if args.unsafe_fixes else "safe") if args.fix or args.diff else None,
        jobs=args.jobs or None,
        stdin=sys.stdin.buffer.read() if "-" in args.paths else None,
        stdin_name=args.stdin_filename,
        write=args.fix and not args.diff,
    )
    requested = run_settings(args)
    found = find(requested, args.paths)
    paths = list(found.paths)
    if not paths:
        nothing = "no reports (.txt, .md, .docx, .pdf, .html) found under the given paths"
        print(f"discl-lint: warning: {nothing}", file=err)
    outcome = run(requested, registry, paths, options)
    result = dataclasses.replace(outcome.result, errors=(*found.errors, *outcome.result.errors))
    if args.write_baseline:
        import discl_lint.engine.baseline as baseline

        _replace(args.write_baseline, baseline.recorded(args.write_baseline, outcome.findings))
        count = len(outcome.findings)
        print(f"discl-lint: recorded {count} findings in {args.write_baseline}", file=err)
        return 2 if result.errors else 0
    findings = (
        _baselined(args, result, outcome.findings, err) if args.baseline else outcome.findings
    )
    report = _report(result, findings, outcome.rulesets or (ruleset,), registry, options)
    return finish(args, targets, report, result, out, err)


def _baselined(
    args: argparse.Namespace, result: Any, findings: tuple[Any, ...], err: TextIO
) -> tuple[Any, ...]:
    import discl_lint.engine.baseline as baseline

    entries = baseline.load(args.baseline)
    applied = baseline.apply(entries, findings, (o.path for o in result.outcomes))
    for entry in applied.stale:
        print(
            f"discl-lint: warning: {args.baseline}: stale entry {entry.path} {entry.rule} "
            f"(was line {entry.line}): {entry.message}",
            file=err,
        )
    if args.prune_baseline and applied.stale:
        _replace(args.baseline, baseline.pruned(entries, applied.stale))
        print(
            f"discl-lint: removed {len(applied.stale)} stale entries from {args.baseline}", file=err
        )
    return applied.findings


def _replace(path: str, text: str) -> None:
    """Write a baseline file whole or not at all."""
    from discl_lint.runner.writing import safe_write

    safe_write(path, text.encode("utf-8"))


def _report(
    result: Any,
    findings: tuple[Any, ...],
    rulesets: Sequence[RuleSet],
    registry: Registry,
    options: Any,
) -> Any:
    from discl_lint.formatters.report import Report
    from discl_lint.ruleset.rule_files import rules_by_id
    from discl_lint.runner.extracted import source_of
    from discl_lint.runner.sources import read_bytes

    def text_of(path: str) -> str:
        if path == options.stdin_name and options.stdin is not None:
            return source_of(path, options.stdin, registry).text
        return source_of(path, read_bytes(path), registry).text

    def rules() -> dict[str, Any]:  # every group's: a report may cover several configurations
        return rules_by_id(rulesets, registry.kinds)

    linted = tuple(o.path for o in result.outcomes)
    return Report(findings, linted, rules, text_of)
