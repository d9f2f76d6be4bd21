"""Choosing rules with ``--select`` and ``--ignore`` (IDs or prefixes)."""

from __future__ import annotations

from collections.abc import Iterable

from discl_lint.errors import DiscLintError
from discl_lint.model import Rule


def split_codes(values: Iterable[str]) -> tuple[str, ...]:
    """``["DL1,DL201", "DL4"]`` → ``("DL1", "DL201", "DL4")``."""
    return tuple(
        code.strip().upper() for value in values for code in value.split(",") if code.strip()
    )


def select_rules(
    rules: tuple[Rule, ...], select: Iterable[str], ignore: Iterable[str]
) -> tuple[Rule, ...]:
    """Rules matching a selected prefix (all when none) and no ignored one."""
    chosen, dropped = split_codes(select), split_codes(ignore)
    for code in (*chosen, *dropped):
        if not any(rule.id.startswith(code) for rule in rules):
            raise DiscLintError(f"no rule matches {code!r} (see --list-rules)")
    return tuple(
        rule
        for rule in rules
        if (not chosen or rule.id.startswith(chosen)) and not rule.id.startswith(dropped or ("\0",))
    )
