"""Loading YAML rule files into validated, frozen ``Rule`` objects."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from discl_lint.model.errors import OptionError, RuleError
from discl_lint.model.findings import FIX_SAFETY, PROFILES, Rule, Severity
from discl_lint.model.messages import placeholders
from discl_lint.ruleset.examples import read_examples
from discl_lint.ruleset.listing import sorted_rule_files
from discl_lint.ruleset.schema import first_error
from discl_lint.ruleset.schema import load as load_schema
from discl_lint.text.regex_store import regex

REQUIRED = ("id", "name", "severity", "kind", "message", "description", "basis", "examples")
OPTIONAL = ("options", "profiles", "fix", "message_en")
RULE_ID = regex(r"[A-Z][A-Z0-9]*\d{3}")


def read_rule_files(files: Iterable[Any]) -> list[tuple[str, Any]]:
    """Each file's path and parsed YAML data (not yet validated)."""
    return [(str(f), read_rule_data(f.read_text(encoding="utf-8"), str(f))) for f in files]


def read_rule_data(text: str, source: str) -> Any:
    """Parse one rule file's YAML with a safe loader."""
    import yaml  # only when rules are read from YAML, not from the parsed-rule cache

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise RuleError(source, "", "yaml", " ".join(str(exc).split())) from None


def load_rules(
    directories: Iterable[Any], kinds: Mapping[str, Any], parsed: Any = None
) -> tuple[Rule, ...]:
    """Load and validate every rule; raise ``RuleError`` on the first problem.

    ``parsed`` (a ``RuleDataCache``) may supply the files' parsed YAML; cached data
    that does not validate is read again from the files, which decide.
    """
    files = sorted_rule_files(directories)
    data = parsed.get(files) if parsed else None
    if data is not None:
        try:
            return _built(data, kinds)
        except RuleError:
            pass  # a damaged or altered cache entry, not a broken rule file
    data = read_rule_files(files)
    if parsed:
        parsed.put(files, data)
    return _built(data, kinds)


def _built(data: Iterable[tuple[str, Any]], kinds: Mapping[str, Any]) -> tuple[Rule, ...]:
    rules: dict[str, Rule] = {}
    schema = load_schema("rule.schema.json")
    for source, raw in data:
        rule = build_rule(raw, source, kinds, schema)
        if rule.id in rules:
            raise RuleError(source, rule.id, "id", f"duplicate of {rules[rule.id].source}")
        rules[rule.id] = rule
    return tuple(sorted(rules.values(), key=lambda r: r.id))


def parse_rule(
    text: str, source: str, kinds: Mapping[str, Any], rule_schema: Mapping[str, Any] | None = None
) -> Rule:
    """Validate one rule file's text."""
    return build_rule(read_rule_data(text, source), source, kinds, rule_schema)


def build_rule(
    data: Any, source: str, kinds: Mapping[str, Any], rule_schema: Mapping[str, Any] | None = None
) -> Rule:
    """Validate one rule's parsed data."""
    if not isinstance(data, dict):
        raise RuleError(source, "", "(file)", "expected a mapping of rule fields")
    rule_id = str(data.get("id", ""))
    problem = first_error(data, rule_schema or load_schema("rule.schema.json"))
    if problem:
        key, _, message = problem.partition(": ")
        raise RuleError(source, rule_id, key, message)
    _check_keys(data, source, rule_id)
    _check_id(rule_id, source)
    kind = kinds.get(data["kind"])
    if kind is None:
        raise RuleError(
            source,
            rule_id,
            "kind",
            f"unknown kind {data['kind']!r} (known: {', '.join(sorted(kinds))})",
        )
    return Rule(
        id=rule_id,
        name=_text(data, "name", source),
        kind=data["kind"],
        severity=_severity(data, source),
        message=_message(data, kind, source),
        description=_text(data, "description", source),
        basis=_text(data, "basis", source),
        options=_options(data, kind, source),
        examples=read_examples(data, source),
        profiles=_profiles(data, source),
        source=source,
        fix=_fix(data, source),
        message_en=_message(data, kind, source, "message_en") if "message_en" in data else "",
    )


def _check_keys(data: Mapping[str, Any], source: str, rule_id: str) -> None:
    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            raise RuleError(source, rule_id, str(key), "unknown key")
    for key in REQUIRED:
        if key not in data:
            raise RuleError(source, rule_id, key, "missing required key")


def _check_id(rule_id: str, source: str) -> None:
    if not RULE_ID.fullmatch(rule_id):
        raise RuleError(source, rule_id, "id", "expected letters then three digits, e.g. DL101")
    if Path(source).stem != rule_id:
        raise RuleError(source, rule_id, "id", f"file name must be {rule_id}.yaml")


def _text(data: Mapping[str, Any], key: str, source: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise RuleError(source, data["id"], key, "expected non-empty text")
    return value.strip()


def _severity(data: Mapping[str, Any], source: str) -> Severity:
    try:
        return Severity.parse(str(data["severity"]))
    except KeyError:
        raise RuleError(source, data["id"], "severity", "expected error, warning or info") from None


def _message(data: Mapping[str, Any], kind: Any, source: str, key: str = "message") -> str:
    message = _text(data, key, source)
    unknown = placeholders(message) - set(getattr(kind, "placeholders", ()))
    if unknown:
        raise RuleError(source, data["id"], key, f"unknown placeholder {{{sorted(unknown)[0]}}}")
    return message


def _options(data: Mapping[str, Any], kind: Any, source: str) -> Any:
    raw = data.get("options") or {}
    if not isinstance(raw, dict):
        raise RuleError(source, data["id"], "options", "expected a mapping")
    try:
        return kind.parse_options(raw)
    except OptionError as exc:
        raise RuleError(source, data["id"], exc.key, exc.problem) from None


def _profiles(data: Mapping[str, Any], source: str) -> tuple[str, ...]:
    value = data.get("profiles", list(PROFILES))
    if not isinstance(value, list) or not value or any(p not in PROFILES for p in value):
        raise RuleError(
            source, data["id"], "profiles", f"expected a list drawn from {', '.join(PROFILES)}"
        )
    return tuple(value)


def _fix(data: Mapping[str, Any], source: str) -> str | None:
    value = data.get("fix")
    if value is not None and value not in FIX_SAFETY:
        raise RuleError(source, data["id"], "fix", f"expected one of {', '.join(FIX_SAFETY)}")
    return value
