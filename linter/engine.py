"""Running rules over a document: pure, text in and findings out."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

from discl_lint.document import Document
from discl_lint.errors import CheckFailed
from discl_lint.model import Finding, Fix, Hit, Rule


def placeholders(template: str) -> set[str]:
    """Names used as ``{name}`` in a message template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(template: str, args: Mapping[str, str]) -> str:
    """Fill a message; unknown placeholders stay visible, newlines become spaces."""
    text = template.format_map(_Missing(args))
    return " ".join(text.split())


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    """Turn a kind's hit into a positioned finding."""
    line, column = doc.position(hit.start)
    end_line, end_column = doc.position(max(hit.end, hit.start))
    fix = Fix(rule.fix, hit.edits) if rule.fix and hit.edits else None
    return Finding(
        doc.path,
        line,
        column,
        rule.id,
        end_line,
        end_column,
        rule.name,
        hit.severity or rule.severity,
        render(rule.message, hit.args),
        fix,
    )


def lint_document(doc: Document, rules: Iterable[Rule], kinds: Mapping[str, Any]) -> list[Finding]:
    """All findings of ``rules`` on ``doc``, sorted by position and rule."""
    found: list[Finding] = []
    for rule in rules:
        if doc.profile not in rule.profiles:
            continue
        try:
            hits = list(kinds[rule.kind].check(doc, rule.options))
        except Exception as exc:  # a crashing kind is reported, never hidden
            raise CheckFailed(rule.id, doc.path, exc) from exc
        found.extend(finding(doc, rule, hit) for hit in hits)
    return sorted(found)
