"""Choosing rules with ``--select`` and ``--ignore`` (IDs or prefixes)."""

from __future__ import annotations

from collections.abc import Iterable

from discl_lint.model.errors import DiscLintError
from discl_lint.model.findings import Rule


def split_codes(values: Iterable[str]) -> tuple[str, ...]:
    """``["DL1,DL201", "DL4"]`` → ``("DL1", "DL201", "DL4")``."""
    return tuple(
        code.strip().upper() for value in values for code in value.split(",") if code.strip()
    )


def check_codes(ids: Iterable[str], select: Iterable[str], ignore: Iterable[str]) -> None:
    """Refuse a --select or --ignore code that matches no rule ID."""
    known = tuple(ids)
    for code in (*split_codes(select), *split_codes(ignore)):
        if not any(rule_id.startswith(code) for rule_id in known):
            raise DiscLintError(f"no rule matches {code!r} (see --list-rules)")


def select_rules(
    rules: tuple[Rule, ...], select: Iterable[str], ignore: Iterable[str]
) -> tuple[Rule, ...]:
    """Rules matching a selected prefix (all when none) and no ignored one."""
    chosen, dropped = split_codes(select), split_codes(ignore)
    return tuple(
        rule
        for rule in rules
        if (not chosen or rule.id.startswith(chosen)) and not rule.id.startswith(dropped or ("\0",))
    )
