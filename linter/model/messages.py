"""Filling message templates: ``{name}`` placeholders from a finding's values."""

from __future__ import annotations

import string
from collections.abc import Mapping


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
