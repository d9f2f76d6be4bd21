"""Every rule's own YAML examples run through the command line: valid pass, invalid fail."""

from __future__ import annotations

import json

import pytest

from discl_lint.cli.main import main
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.loading import load_rules


def _rules():
    registry = build_registry(make_plugin_manager(entry_points=False))
    return load_rules(registry.rule_dirs, registry.kinds)


def _cases(kind: str):
    for rule in _rules():
        for number, example in enumerate(getattr(rule.examples, kind), start=1):
            yield pytest.param(rule.id, example, id=f"{rule.id}-{kind}-{number}")


def _findings(tmp_path, capsys, rule_id, example):
    report = tmp_path / example.path
    report.write_bytes(example.text.encode(example.encoding))
    main(["--no-cache", "--isolated", "--select", rule_id, "--format", "json", str(report)])
    return [f for f in json.loads(capsys.readouterr().out) if f["rule"] == rule_id]


@pytest.mark.parametrize(("rule_id", "example"), list(_cases("valid")))
def test_valid_example_passes(tmp_path, capsys, rule_id, example):
    assert _findings(tmp_path, capsys, rule_id, example) == []


@pytest.mark.parametrize(("rule_id", "example"), list(_cases("invalid")))
def test_invalid_example_fails(tmp_path, capsys, rule_id, example):
    assert _findings(tmp_path, capsys, rule_id, example), f"{rule_id} found nothing"


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
