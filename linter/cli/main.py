"""Command line: ``discl-lint [OPTIONS] PATH...``. The only place that prints or exits."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from discl_lint.cli.arguments import build_parser, run_settings
from discl_lint.model.errors import DiscLintError
from discl_lint.plugins.manager import Registry, build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet

if TYPE_CHECKING:
    from discl_lint.cli.display import Progress
    from discl_lint.config.requested import RunSettings
    from discl_lint.formatters.report import Report
    from discl_lint.model.findings import Finding, Rule
    from discl_lint.runner.lint import RunOptions
    from discl_lint.runner.outcomes import RunResult
    from discl_lint.runner.pipeline import Outcome


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from discl_lint.cli.handler import guarded
    from discl_lint.text.regex_store import save_compiled

    args = build_parser().parse_args(argv)
    status = guarded(lambda: _run(args, sys.stdout, sys.stderr), args.debug, sys.stderr)
    save_compiled()  # as Python writes bytecode: the next run compiles no pattern again
    return status


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.clean_cache:
        return _clean_cache(args, err)
    registry = build_registry(make_plugin_manager())
    if args.show_config:
        from discl_lint.runner.show_config import show_config

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
        args.paths = ["."]  # as ruff: the current folder
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
    from discl_lint.cli import launch
    from discl_lint.cli.targets import choose
    from discl_lint.runner.pipeline import find

    launch.check_combinations(args)
    targets = choose(args.format, args.output_file, registry.formatters)
    requested = run_settings(args)
    found = find(requested, args.paths)
    if args.show_files:
        return launch.show_files(found, out, err)
    paths = list(found.paths)
    if not paths and not args.silent:
        nothing = "no reports (.txt, .md, .docx, .pdf, .html) found under the given paths"
        print(f"discl-lint: warning: {nothing}", file=err)
    progress = launch.progress_for(args, targets, len(paths), err)
    options = launch.run_options(args, progress)
    outcome = _run_paths(requested, registry, paths, options, progress)
    result = dataclasses.replace(outcome.result, errors=(*found.errors, *outcome.result.errors))
    if args.write_baseline:
        return _write_baseline(args, outcome.findings, result, err)
    findings = outcome.findings
    if args.baseline:
        from discl_lint.cli.baselines import baselined

        findings = baselined(args, findings, [o.path for o in result.outcomes], err)
    from discl_lint.cli.output import finish

    report = _report(result, findings, outcome.rulesets or (ruleset,), registry, options)
    return finish(args, targets, report, result, out, err)


def _run_paths(
    requested: RunSettings,
    registry: Registry,
    paths: list[str],
    options: RunOptions,
    progress: Progress | None,
) -> Outcome:
    from discl_lint.runner.pipeline import run

    try:
        return run(requested, registry, paths, options)
    finally:
        if progress is not None:
            progress.close()


def _write_baseline(
    args: argparse.Namespace, findings: tuple[Finding, ...], result: RunResult, err: TextIO
) -> int:
    from discl_lint.cli.baselines import record

    record(args, findings, err)
    for error in result.errors:
        print(f"discl-lint: error: {error}", file=err)
    return 2 if result.errors else 0


def _report(
    result: RunResult,
    findings: tuple[Finding, ...],
    rulesets: Sequence[RuleSet],
    registry: Registry,
    options: RunOptions,
) -> Report:
    from discl_lint.formatters.report import Report
    from discl_lint.ruleset.rule_files import rules_by_id
    from discl_lint.runner.extracted import source_of
    from discl_lint.runner.sources import read_bytes

    def text_of(path: str) -> str:
        if path == options.stdin_name and options.stdin is not None:
            return source_of(path, options.stdin, registry).text
        return source_of(path, read_bytes(path), registry).text

    def rules() -> dict[str, Rule]:  # every group's: a report may cover several configurations
        return rules_by_id(rulesets, registry.kinds)

    linted = tuple(o.path for o in result.outcomes)
    return Report(findings, linted, rules, text_of)
