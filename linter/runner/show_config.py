"""``--show-config``: the settings that apply to one report, and where each comes from."""

from __future__ import annotations

from typing import TextIO

from discl_lint.config.files import Config, ConfigFinder
from discl_lint.config.requested import RunSettings
from discl_lint.config.settings import combine
from discl_lint.runner.pipeline import config_of


def show_config(requested: RunSettings, report: str, out: TextIO) -> int:
    """Print the effective settings of one report."""
    from discl_lint.config.settings import show

    config = config_of(requested, ConfigFinder(), report)
    settings = combine(requested, config)
    detected = _detected(report) if settings.profile == "auto" else None
    out.write(show(settings, config, report, detected))
    out.write(_excludes(requested, config))
    return 0


def _excludes(requested: RunSettings, config: Config) -> str:
    from discl_lint.config.excludes import patterns_of

    if requested.exclude is not None or requested.extend_exclude:
        origin = "command line"
    else:
        origin = config.origins.get("exclude") or config.origins.get("extend-exclude") or "default"
    return f"exclude = {list(patterns_of(config, requested))}  # {origin}\n"


def _detected(report: str) -> tuple[str, str] | None:
    """The profile ``auto`` picks for ``report``, and why (None if it cannot be read)."""
    from discl_lint.govtables.detect import choose_profile
    from discl_lint.model.errors import DiscLintError
    from discl_lint.plugins.manager import build_registry, make_plugin_manager
    from discl_lint.runner.extracted import source_of, text_loader
    from discl_lint.runner.sources import read_bytes

    registry = build_registry(make_plugin_manager())
    try:
        source = source_of(report, read_bytes(report), registry)
    except DiscLintError:
        return None
    doc = source.document
    if doc is None:
        doc = text_loader(registry, report).load(report, source.text)
    choice = choose_profile(doc)
    return choice.profile, choice.reason
