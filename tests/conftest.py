from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from discl_lint.plugins.manager import Registry, build_registry, make_plugin_manager
from discl_lint.ruleset.loading import load_rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own result cache, so no test sees another's results."""
    monkeypatch.setenv("DISCL_LINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def registry() -> Registry:
    return build_registry(make_plugin_manager(entry_points=False))


@pytest.fixture
def rules(registry):
    return load_rules(registry.rule_dirs, registry.kinds)


@pytest.fixture
def lint(registry, rules):
    """Lint a text and return its findings (all rules, or those given)."""
    from discl_lint.engine.check import lint_document
    from discl_lint.runner.lint import load

    def run(
        text: str,
        path: str = "report.txt",
        only: str | None = None,
        profile: str = "auto",
        encoding: str = "utf-8",
    ):
        doc = dataclasses.replace(load(path, text, registry, profile), encoding=encoding)
        chosen = [r for r in rules if only is None or r.id.startswith(only)]
        return lint_document(doc, chosen, registry.kinds)

    return run
