"""Cache entries are checked before use: a damaged or forged entry is a miss.

The check is ``schemas/cache-entry.schema.json`` written out by hand (the test
suite holds the two to agree), because it runs on every cached report of every
run; it adds what a schema cannot say: every finding is of a rule of the run and
lies inside the report.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from discl_lint.text.regex_store import regex

_INTEGERS = ("line", "column", "end_line", "end_column")
_TEXTS = ("rule", "name", "severity", "message", "fingerprint")
_KEYS = frozenset((*_INTEGERS, *_TEXTS))
_RULE = regex(r"[A-Z][A-Z0-9]*[0-9]{3}")
_FINGERPRINT = regex(r"[0-9a-f]{20}")
_KEY = regex(r"[0-9a-f]{64}")
SEVERITIES = frozenset({"error", "warning", "info"})


def matches_schema(entry: Any) -> bool:
    """Whether ``entry`` is valid against the cache-entry schema."""
    if type(entry) is not dict or entry.keys() != {"key", "findings"}:
        return False
    key, rows = entry["key"], entry["findings"]
    if type(key) is not str or not _KEY.fullmatch(key) or type(rows) is not list:
        return False
    return all(_finding(row) for row in rows)


def _finding(row: Any) -> bool:
    if type(row) is not dict or row.keys() != _KEYS:
        return False
    if any(type(row[k]) is not int or row[k] < 1 for k in _INTEGERS):
        return False
    if any(type(row[k]) is not str or not row[k] for k in _TEXTS):
        return False
    return (
        bool(_RULE.fullmatch(row["rule"]))
        and row["severity"] in SEVERITIES
        and bool(_FINGERPRINT.fullmatch(row["fingerprint"]))
    )


def usable(entry: Any, key: str, rules: Collection[str], lines: int) -> bool:
    """Valid, stored under ``key``, and only findings of ``rules`` within ``lines`` lines."""
    if not matches_schema(entry) or entry["key"] != key:
        return False
    return all(
        row["rule"] in rules and row["line"] <= row["end_line"] <= lines
        for row in entry["findings"]
    )
