"""Linting from Python: what ``discl_lint.lint_text``, ``lint_paths`` and ``load_config`` do.

Each call runs as ``discl-lint --no-cache`` would (installed plugins included):
the same rules, configuration, suppressions and severities, so the findings are
the command line's, in its order. Nothing is written, and no result is cached.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from discl_lint.config.files import Config, ConfigFinder
from discl_lint.model.errors import DiscLintError
from discl_lint.model.findings import Finding

if TYPE_CHECKING:
    from discl_lint.runner.lint import RunOptions

ConfigChoice = str | os.PathLike[str] | Config | None


def load_config(path: str | os.PathLike[str]) -> Config:
    """A configuration file (``.discl-lint.yaml`` or ``pyproject.toml``), validated,
    with the file it ``extends``; raise ``DiscLintError`` naming the file and key."""
    from discl_lint.config.files import load_config as load

    return load(Path(path))


def lint_text(text: str, *, path: str = "report.txt", config: ConfigChoice = None) -> list[Finding]:
    """The findings of one report's text, as if it were the file ``path``.

    ``config``: a configuration file or a loaded ``Config`` (``Config()`` for none);
    by default the one nearest above ``path``, as the command line finds it for that file.
    Suppressions kept beside a file (sidecar files, Markdown comments) are not read.
    """
    from discl_lint.runner.lint import RunOptions

    chosen = _chosen(config)
    if chosen is None:
        chosen = ConfigFinder().config_for(path)
    options = RunOptions(stdin=text.encode("utf-8"), stdin_name=path)
    return _run(["-"], options, chosen)


def lint_paths(
    paths: Iterable[str | os.PathLike[str]], *, config: ConfigChoice = None
) -> list[Finding]:
    """The findings of report files, and of the reports found in folders.

    ``config``: one configuration file or ``Config`` for every report; by default
    each report's nearest, as the command line finds them.
    Raise ``DiscLintError`` when a report cannot be read or a rule fails.
    """
    from discl_lint.config.requested import RunSettings
    from discl_lint.runner.lint import RunOptions
    from discl_lint.runner.pipeline import find

    found = find(RunSettings(), [os.fspath(p) for p in paths])
    if found.errors:
        raise DiscLintError("\n".join(found.errors))
    return _run(list(found.paths), RunOptions(), _chosen(config))


def _chosen(config: ConfigChoice) -> Config | None:
    if config is None or isinstance(config, Config):
        return config
    return load_config(config)


def _run(paths: Sequence[str], options: RunOptions, config: Config | None) -> list[Finding]:
    from discl_lint.config.requested import RunSettings
    from discl_lint.plugins.manager import build_registry, make_plugin_manager
    from discl_lint.runner.pipeline import run

    registry = build_registry(make_plugin_manager())
    outcome = run(RunSettings(no_cache=True), registry, paths, options, config)
    if outcome.result.errors:
        raise DiscLintError("\n".join(outcome.result.errors))
    return list(outcome.findings)
