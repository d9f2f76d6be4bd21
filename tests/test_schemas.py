"""The shipped JSON Schemas are valid, describe every built-in rule, and agree with the loader."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from discl_lint.ruleset.schema import SCHEMAS, first_error, load

from conftest import ROOT

RULE_FILES = sorted((ROOT / "rules").glob("*.yaml"))


@pytest.mark.parametrize(
    "name", ["rule.schema.json", "config.schema.json", "cache-entry.schema.json"]
)
def test_schema_is_valid_json_schema(name):
    jsonschema.Draft7Validator.check_schema(
        json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    )


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_built_in_rules_match_the_schema(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, load("rule.schema.json"))
    assert first_error(data, load("rule.schema.json")) is None


@pytest.mark.parametrize(
    "config",
    [
        {"select": ["DL1"], "ignore": ["DL406"], "severity": {"DL202": "error"}, "profile": "hei"},
        {
            "rules": ["more-rules"],
            "per-file-ignores": {"archive/*.txt": ["DL4"]},
            "extends": "../base.yaml",
        },
        {"colour": "red"},
        {"select": "DL1"},
        {"severity": {"DL202": "fatal"}},
        {"profile": "school"},
        {"per-file-ignores": {"*.txt": "DL4"}},
    ],
)
def test_small_validator_agrees_with_jsonschema(config):
    schema = load("config.schema.json")
    expected_valid = jsonschema.Draft7Validator(schema).is_valid(config)
    assert (first_error(config, schema) is None) == expected_valid
