"""A whole lint run: group the reports by configuration, lint each group, then
apply severities, suppressions and the baseline."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from discl_lint.config.codes import check_config_codes
from discl_lint.config.files import Config, ConfigFinder, load_config
from discl_lint.config.requested import RunSettings
from discl_lint.config.settings import Settings, combine
from discl_lint.model.findings import Finding
from discl_lint.plugins.manager import Registry
from discl_lint.ruleset.rule_files import RuleSet, check_codes_of
from discl_lint.runner.discovery import Found
from discl_lint.runner.lint import Linter, RunOptions, lint_paths
from discl_lint.runner.outcomes import FileOutcome, RunResult

if TYPE_CHECKING:
    from discl_lint.engine.suppress import Suppression


@dataclass(frozen=True)
class Group:
    """Reports that share one configuration."""

    config: Config
    settings: Settings
    paths: tuple[str, ...]


def config_of(requested: RunSettings, finder: ConfigFinder, report: str) -> Config:
    """--isolated: none; --config: that file; otherwise the nearest above the report."""
    if requested.isolated:
        return Config()
    if requested.config:
        return load_config(Path(requested.config))
    # Standard input has the configuration of the file it stands for.
    return finder.config_for(requested.stdin_filename if report == "-" else report)


def find(requested: RunSettings, given: Sequence[str]) -> Found:
    """The reports of the paths given, passing over what each one's configuration excludes."""
    from discl_lint.config.excludes import Excluder
    from discl_lint.runner.discovery import find_reports

    finder = ConfigFinder()
    if requested.isolated or requested.config:
        one = config_of(requested, finder, "-")
        excluded = Excluder(lambda _path: one, requested)
    else:
        excluded = Excluder(finder.config_for, requested)
    return find_reports(given, excluded, requested.force_exclude)


def groups(
    requested: RunSettings, paths: Sequence[str], config: Config | None = None
) -> list[Group]:
    """The reports grouped by their configuration (``config`` for all, when given)."""
    finder = ConfigFinder()
    by_config: dict[Path | None, tuple[Config, list[str]]] = {}
    for path in paths:
        chosen = config if config is not None else config_of(requested, finder, path)
        by_config.setdefault(chosen.path, (chosen, []))[1].append(path)
    return [Group(c, combine(requested, c), tuple(p)) for c, p in by_config.values()]


def ruleset_of(registry: Registry, settings: Settings, requested: RunSettings) -> RuleSet:
    """The rule files and selection of one group (parsed rules cached unless --no-cache)."""
    dirs = (*registry.rule_dirs, *(Path(d) for d in settings.rule_dirs))
    # Like .pyc files, parsed rule files are kept even with --no-cache (which is about
    # results): keyed by the files' content, they can never be stale.
    from discl_lint.runner.cache import RuleDataCache, default_directory

    parsed = RuleDataCache(
        Path(requested.cache_dir) if requested.cache_dir else default_directory()
    )
    return RuleSet(dirs, settings.select, settings.ignore, parsed)


@dataclass(frozen=True)
class Outcome:
    """The merged result of every group and its findings after suppressions."""

    result: RunResult
    findings: tuple[Finding, ...]
    rulesets: tuple[RuleSet, ...]


def covers(folders: Sequence[str], base: Path) -> bool:
    """Whether one of the folders searched holds ``base`` (so every report below it ran)."""
    target = base.resolve()
    return any(target.is_relative_to(Path(folder).resolve()) for folder in folders)


def lint_group(
    requested: RunSettings, registry: Registry, group: Group, ruleset: RuleSet, base: RunOptions
) -> tuple[RunResult, tuple[Finding, ...]]:
    """Lint one group with its ruleset and apply its severities and suppressions."""
    from discl_lint.engine.postprocess import finalize

    fixing = base.fix is not None
    chosen = (group.settings.profile, requested.rule_timeout, requested.lang, fixing)
    linter = Linter(ruleset, registry, *chosen, group.settings.citations)
    linter.knowledge.check()
    knowledge = linter.knowledge.paths()
    cache = None if requested.no_cache else cache_for(requested, ruleset, group.settings, knowledge)
    result = lint_paths(group.paths, linter, dataclasses.replace(base, cache=cache))
    linted = [o.path for o in result.outcomes]
    findings = finalize(
        result.findings,
        _suppressions(requested, group, ruleset, linted, base.stdin_name),
        group.settings.severity,
        lambda: linter.rules,
        _line_reader(registry),
        requested.lang,
    )
    return result, findings


def _suppressions(
    requested: RunSettings, group: Group, ruleset: RuleSet, linted: list[str], stdin_name: str
) -> list[Suppression]:
    """The configuration's per-file ignores and each linted file's own suppressions."""
    from discl_lint.engine.postprocess import file_suppressions, per_file_suppressions
    from discl_lint.engine.suppress import check_rule_codes
    from discl_lint.runner.sources import read

    settings = group.settings
    config_path = str(group.config.path) if group.config.path else ""
    whole = covers(requested.folders, settings.base)
    suppressions = per_file_suppressions(
        linted, settings.per_file_ignores, settings.base, config_path if whole else None
    )
    for path in linted:
        if path != stdin_name:
            suppressions.extend(file_suppressions(path, lambda p: read(p).text))
    check_rule_codes(suppressions, ruleset.ids)
    return suppressions


def _line_reader(registry: Registry) -> Callable[[str], list[str]]:
    """A file's lines as linted, read once per file and only if a text suppression asks."""
    from discl_lint.runner.extracted import source_of
    from discl_lint.runner.sources import read_bytes

    texts: dict[str, list[str]] = {}

    def lines_of(path: str) -> list[str]:
        if path not in texts:
            text = source_of(path, read_bytes(path), registry).text
            texts[path] = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return texts[path]

    return lines_of


def run(
    requested: RunSettings,
    registry: Registry,
    paths: Sequence[str],
    base: RunOptions,
    config: Config | None = None,
) -> Outcome:
    """Lint every group; merge outcomes, errors and findings in path order.

    ``config`` applies one configuration to every report instead of each one's nearest.
    """
    outcomes: list[FileOutcome] = []
    errors: list[str] = []
    notices: list[str] = []
    findings: list[Finding] = []
    planned = [
        (g, ruleset_of(registry, g.settings, requested)) for g in groups(requested, paths, config)
    ]
    rulesets = tuple(ruleset for _, ruleset in planned)
    for group, ruleset in planned:  # a configuration's codes name its own group's rules
        check_config_codes(group.config, ruleset.ids)
    check_codes_of(rulesets)  # a code may name rules that only one group has
    for group, ruleset in planned:
        result, kept = lint_group(requested, registry, group, ruleset, base)
        outcomes.extend(result.outcomes)
        errors.extend(result.errors)
        notices.extend(result.notices)
        findings.extend(kept)
    merged = RunResult(tuple(outcomes), tuple(errors), tuple(notices))
    return Outcome(merged, tuple(sorted(findings)), rulesets)


def cache_for(
    requested: RunSettings, ruleset: RuleSet, settings: Settings, knowledge: Sequence[Any] = ()
) -> Any:
    """The result cache for one group's settings (and the knowledge-base files it reads)."""
    from discl_lint.plugins.entrypoints import entry_points
    from discl_lint.plugins.hookspecs import PROJECT
    from discl_lint.ruleset.listing import content_key
    from discl_lint.runner.cache import ResultCache, default_directory
    from discl_lint.runner.cache_keys import plugin_key

    plugins = plugin_key(entry_points(PROJECT))
    read = (content_key(ruleset.files), content_key(knowledge))
    parts = (read[0], plugins, settings.key(), requested.lang, read[1])
    directory = Path(requested.cache_dir) if requested.cache_dir else default_directory()
    return ResultCache.for_settings(directory, parts, ruleset.ids)
