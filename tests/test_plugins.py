"""Plugins extend the linter through the same hooks the built-ins use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pluggy
import pytest

from discl_lint import hookimpl
from discl_lint.engine.check import lint_document
from discl_lint.model.errors import PluginError
from discl_lint.model.findings import Hit
from discl_lint.plugins.manager import BUILTIN_PLUGINS, build_registry, make_plugin_manager
from discl_lint.ruleset.loading import load_rules
from discl_lint.runner.lint import load

RULE = """\
id: XT001
name: too-short
severity: warning
kind: min-length
options: {chars: 10}
message: "报告过短：应至少{expected}字，实为{found}字"
description: 报告不应过短。
basis: 示例插件。
examples:
  valid: ["这是一份足够长的年度报告正文内容。"]
  invalid: [{text: "太短", findings: ["1:1 报告过短：应至少10字，实为2字"]}]
"""


class MinLength:
    name = "min-length"
    placeholders = ("expected", "found")

    def parse_options(self, raw):
        return int(raw["chars"])

    def check(self, doc, options) -> Iterator[Hit]:
        if len(doc.text) < options:
            yield Hit(0, 0, {"expected": str(options), "found": str(len(doc.text))})


class OutsidePlugin:
    def __init__(self, rules_dir: Path) -> None:
        self.rules_dir = rules_dir

    @hookimpl
    def discl_lint_check_kinds(self):
        return [MinLength()]

    @hookimpl
    def discl_lint_rule_dirs(self):
        return [self.rules_dir]


def test_outside_plugin_adds_a_kind_and_a_rule_that_uses_it(tmp_path):
    (tmp_path / "XT001.yaml").write_text(RULE, encoding="utf-8")
    registry = build_registry(
        make_plugin_manager(entry_points=False, extra=[OutsidePlugin(tmp_path)])
    )
    rules = load_rules(registry.rule_dirs, registry.kinds)
    assert "XT001" in {r.id for r in rules}
    assert "DL201" in {r.id for r in rules}
    doc = load("t.txt", "太短", registry, "auto")
    [finding] = lint_document(doc, [r for r in rules if r.id == "XT001"], registry.kinds)
    assert (finding.line, finding.column, finding.message) == (
        1,
        1,
        "报告过短：应至少10字，实为2字",
    )


def test_builtins_register_as_plugins():
    pm = make_plugin_manager(entry_points=False)
    names = {pm.get_name(p) for p in pm.get_plugins()}
    assert names == {f"builtin:{m}" for m in BUILTIN_PLUGINS}
    registry = build_registry(pm)
    assert {"forbidden-pattern", "required-sections", "numbering", "period", "parts-count"} <= set(
        registry.kinds
    )
    assert {"concise", "json"} <= set(registry.formatters)


def test_unknown_hook_fails_check_pending():
    class Typo:
        @hookimpl
        def discl_lint_check_kind(self):
            return []

    with pytest.raises(pluggy.PluginValidationError):
        make_plugin_manager(entry_points=False, extra=[Typo()])


def test_duplicate_kind_name_is_refused():
    class Clash:
        @hookimpl
        def discl_lint_check_kinds(self):
            return [type("K", (MinLength,), {"name": "numbering"})()]

    with pytest.raises(PluginError, match="two plugins provide the check kind 'numbering'"):
        _ = build_registry(make_plugin_manager(entry_points=False, extra=[Clash()])).kinds


def test_plugin_manager_is_not_shared():
    assert make_plugin_manager(entry_points=False) is not make_plugin_manager(entry_points=False)
