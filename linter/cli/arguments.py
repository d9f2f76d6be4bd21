"""The command line's options."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from discl_lint.config.requested import RunSettings
from discl_lint.model.findings import PROFILES
from discl_lint.model.version import __version__

Adder = Callable[..., argparse.Action]  # an argument group's add_argument


def _jobs(text: str) -> int:
    if text == "auto":
        return 0
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("expected a positive number or auto")
    return value


def _output_options(add: Adder) -> None:
    """What is printed, and where."""
    add(
        "--format",
        action="append",
        default=[],
        metavar="FORMAT[:PATH]",
        help="concise (default; github under GitHub Actions), full, grouped, json, jsonl, sarif, "
        "github, junit, gitlab, html; repeat with FORMAT:PATH to write several outputs",
    )
    add("-o", "--output-file", metavar="PATH", help="write the standard-output format to PATH")
    add(
        "--statistics",
        action="store_true",
        help="print the count of findings per rule (and per report) instead",
    )
    add(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text formats: auto (default) at a terminal unless NO_COLOR is set",
    )
    add("--lang", choices=["zh", "en"], default="zh", help="language of messages (default zh)")


def _exit_options(add: Adder) -> None:
    """When the exit status says the run failed."""
    add(
        "--exit-non-zero-on-fix",
        action="store_true",
        help="exit 1 when a fix was made, even if nothing remains",
    )
    add(
        "--fail-on",
        default="warning",
        choices=["error", "warning", "info"],
        help="lowest severity that makes the exit status 1 (default: warning)",
    )
    add("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    add("-q", "--quiet", action="store_true", help="print findings only: no summary or warnings")
    add(
        "-s",
        "--silent",
        action="store_true",
        help="print nothing but errors (the exit status still says whether there are findings)",
    )


def _rule_options(add: Adder) -> None:
    """Which rules run."""
    add(
        "--select",
        action="append",
        default=[],
        metavar="IDS",
        help="only these rules (IDs or prefixes such as DL2, comma-separated)",
    )
    add(
        "--ignore",
        action="append",
        default=[],
        metavar="IDS",
        help="skip these rules (IDs or prefixes, comma-separated)",
    )
    add(
        "--profile",
        default="auto",
        choices=["auto", *PROFILES],
        help="hei: university report; gov: government format; auto: by title",
    )
    add(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="an extra folder of YAML rules (repeatable)",
    )


def _file_options(add: Adder) -> None:
    """Which files are linted."""
    add(
        "--exclude",
        action="append",
        metavar="PATTERNS",
        help="files and folders a folder search passes over, replacing the configuration's "
        "(comma-separated globs: a name such as README* or a path such as reports/archive)",
    )
    add(
        "--extend-exclude",
        action="append",
        default=[],
        metavar="PATTERNS",
        help="patterns excluded in addition to the configuration's",
    )
    add(
        "--force-exclude",
        action="store_true",
        help="exclude files named on the command line too (for pre-commit)",
    )
    add(
        "--stdin-filename",
        default="-",
        metavar="PATH",
        help="path shown for the report read from standard input",
    )


def _fix_options(add: Adder) -> None:
    """Fixes: the only options that change files."""
    add(
        "--fix",
        action="store_true",
        help="apply safe fixes in place (atomically), then report what remains",
    )
    add(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix, --fix-only or --diff, also apply fixes marked unsafe",
    )
    add(
        "--fix-only",
        action="store_true",
        help="apply the fixes like --fix, but report no remaining findings (exit 0)",
    )
    add(
        "--show-fixes",
        action="store_true",
        help="list the fixes made (or that --diff would make) per file and rule",
    )
    add(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff and change nothing (exit 1 if any)",
    )


def _run_options(add: Adder) -> None:
    """Workers, the result cache and time limits."""
    add(
        "-j",
        "--jobs",
        type=_jobs,
        default=0,
        metavar="N",
        help="worker processes (default auto: one per core when there are many files)",
    )
    add("--no-cache", action="store_true", help="lint every file, ignoring cached results")
    add(
        "--cache-dir",
        metavar="DIR",
        help="where results are cached (default $DISCL_LINT_CACHE_DIR or ~/.cache/discl-lint)",
    )
    add(
        "--clean-cache",
        action="store_true",
        help="remove the cached results and parsed rules (of --cache-dir) and exit",
    )
    add(
        "--rule-timeout",
        type=float,
        metavar="SECONDS",
        help="stop a rule that runs longer on one file (default: 2 s + 1 s per MB)",
    )


def _setting_options(add: Adder) -> None:
    """Baselines of known findings, and configuration files."""
    add("--write-baseline", metavar="FILE", help="record the current findings in FILE and exit 0")
    add(
        "--baseline",
        metavar="FILE",
        help="hide the findings recorded in FILE; report stale entries",
    )
    add("--prune-baseline", action="store_true", help="with --baseline, drop its stale entries")
    add("--config", metavar="FILE", help="use this configuration file for every report")
    add("--isolated", action="store_true", help="ignore every configuration file")
    add("--show-config", metavar="REPORT", help="print the settings that apply to REPORT and exit")


def _info_options(add: Adder) -> None:
    """Options that print something and exit."""
    add(
        "--show-files",
        action="store_true",
        help="print the files that would be linted and exit",
    )
    add(
        "--show-text",
        metavar="FILE",
        help="print the text linted in FILE (as extracted; for a text report with its page "
        "chrome and tables marked) and exit",
    )
    add("--list-rules", action="store_true", help="list the rules and exit")
    add("--explain", metavar="RULE", help="describe a rule, its basis and examples")
    add("--debug", action="store_true", help="show the traceback of an internal error")
    add("--version", action="version", version=f"discl-lint {__version__}")


_GROUPS: tuple[tuple[Callable[[Adder], None], str], ...] = (
    (_output_options, "output"),
    (_exit_options, "exit status"),
    (_rule_options, "rules"),
    (_file_options, "files"),
    (_fix_options, "fixes"),
    (_run_options, "running"),
    (_setting_options, "baseline and configuration"),
    (_info_options, "information"),
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``discl-lint``, its options in groups as ``--help`` shows them."""
    parser = argparse.ArgumentParser(
        prog="discl-lint",
        description="Lint 高等学校信息公开工作年度报告 (.txt, .md, .docx, .pdf, .html) "
        "against the requirements.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: the current folder); - for standard input",
    )
    for add_options, title in _GROUPS:
        add_options(parser.add_argument_group(title).add_argument)
    return parser


def run_settings(args: argparse.Namespace) -> RunSettings:
    """The arguments that the layers below the command line need, typed."""
    return RunSettings(
        select=tuple(args.select),
        ignore=tuple(args.ignore),
        profile=args.profile,
        rules=tuple(args.rules),
        config=args.config,
        isolated=args.isolated,
        no_cache=args.no_cache,
        cache_dir=args.cache_dir,
        rule_timeout=args.rule_timeout,
        lang=args.lang,
        folders=tuple(p for p in args.paths if p != "-" and Path(p).is_dir()),
        exclude=None if args.exclude is None else _patterns(args.exclude),
        extend_exclude=_patterns(args.extend_exclude),
        force_exclude=args.force_exclude,
        stdin_filename=args.stdin_filename,
    )


def _patterns(values: list[str]) -> tuple[str, ...]:
    return tuple(p.strip() for value in values for p in value.split(",") if p.strip())
