"""Text for ``--list-rules`` and ``--explain``."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

from discl_lint.model.errors import DiscLintError
from discl_lint.model.findings import Example, Rule


def list_rules(rules: tuple[Rule, ...]) -> str:
    """One line per rule: ID, severity, name, profiles."""
    return "".join(f"{r.id}\t{r.severity}\t{r.name}\t{','.join(r.profiles)}\n" for r in rules)


def _block(title: str, text: str) -> str:
    return f"{title}:\n{textwrap.indent(text.rstrip(), '  ')}\n"


def explain(rules: tuple[Rule, ...], rule_id: str, kinds: Mapping[str, Any] | None = None) -> str:
    """Name, severity, description, basis and examples of one rule (and what its kind knows)."""
    rule = next((r for r in rules if r.id == rule_id.upper() or r.name == rule_id), None)
    if rule is None:
        raise DiscLintError(f"unknown rule {rule_id!r} (see --list-rules)")
    parts = [
        f"{rule.id} {rule.name} ({rule.severity}; profiles: {', '.join(rule.profiles)})\n",
        _block("说明 description", rule.description),
        _block("依据 basis", rule.basis),
    ]
    for title, texts in (
        ("合规示例 valid", rule.examples.valid),
        ("违规示例 invalid", rule.examples.invalid),
    ):
        parts.extend(
            _block(f"{title} #{n}" + _encoding_note(example.encoding), _expected(example))
            for n, example in enumerate(texts, start=1)
        )
    describe = getattr((kinds or {}).get(rule.kind), "describe", None)
    if describe is not None:
        parts.append(_block("知识库 knowledge base", describe(rule.options)))
    return "\n".join(parts)


def _expected(example: Example) -> str:
    """The example's text, then the findings it expects and its text after fixing."""
    text = example.text.rstrip() + "\n"
    if example.findings:
        text += _block("问题 findings", "\n".join(map(str, example.findings)))
    if example.fixed is not None:
        text += _block("修正后 fixed", example.fixed)
    return text


def _encoding_note(encoding: str) -> str:
    return "" if encoding == "utf-8" else f" (file saved as {encoding.upper()})"
