"""Every rule's own YAML examples are executed: valid texts pass, invalid ones fail."""

from __future__ import annotations

import pytest

from discl_lint.plugins import build_registry, make_plugin_manager
from discl_lint.rules import load_rules


def _rules():
    registry = build_registry(make_plugin_manager(entry_points=False))
    return load_rules(registry.rule_dirs, registry.kinds)


def _cases(kind: str):
    for rule in _rules():
        examples = getattr(rule.examples, kind)
        for number, example in enumerate(examples, start=1):
            yield pytest.param(rule.id, example, id=f"{rule.id}-{kind}-{number}")


@pytest.mark.parametrize(("rule_id", "example"), list(_cases("valid")))
def test_valid_example_passes(lint, rule_id, example):
    assert list(lint(example.text, only=rule_id, encoding=example.encoding)) == []


@pytest.mark.parametrize(("rule_id", "example"), list(_cases("invalid")))
def test_invalid_example_fails(lint, rule_id, example):
    found = lint(example.text, only=rule_id, encoding=example.encoding)
    assert found, f"{rule_id} found nothing in its invalid example"
    assert {f.rule for f in found} == {rule_id}


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: r.id)
def test_every_rule_has_examples_and_basis(rule):
    assert rule.examples.valid, f"{rule.id} has no valid example"
    assert rule.examples.invalid, f"{rule.id} has no invalid example"
    assert rule.basis
    assert rule.description


def test_rule_ids_are_unique_and_match_the_catalogue_prefixes():
    ids = [r.id for r in _rules()]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("DL") for i in ids)
