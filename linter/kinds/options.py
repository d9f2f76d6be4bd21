"""Helpers that validate kind options and raise ``OptionError`` naming the key."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from discl_lint.model.errors import OptionError
from discl_lint.text.regex import LazyRegex
from discl_lint.text.regex_store import regex as stored_regex


def reject_unknown(raw: Mapping[str, Any], known: set[str], prefix: str = "options") -> None:
    """Fail on the first key that the kind does not define."""
    for key in raw:
        if key not in known:
            raise OptionError(
                f"{prefix}.{key}", f"unknown option (known: {', '.join(sorted(known))})"
            )


def regex(value: Any, key: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern, or fail naming the key."""
    if not isinstance(value, str) or not value:
        raise OptionError(key, f"expected a non-empty regular expression, got {value!r}")
    try:
        return stored_regex(value, flags)
    except re.error as exc:
        raise OptionError(key, f"invalid regular expression: {exc}") from None


def regex_list(
    raw: Mapping[str, Any], name: str, flags: int = 0, required: bool = True
) -> tuple[re.Pattern[str], ...]:
    """A list of patterns under ``options.<name>``."""
    value = raw.get(name, [] if not required else None)
    if not isinstance(value, list) or (required and not value):
        raise OptionError(
            f"options.{name}", f"expected a list of regular expressions, got {value!r}"
        )
    return tuple(regex(item, f"options.{name}[{i}]", flags) for i, item in enumerate(value))


def lazy_regex_list(
    raw: Mapping[str, Any], name: str, flags: int = 0, required: bool = True
) -> tuple[LazyRegex, ...]:
    """Like ``regex_list``, but validated now and compiled only when a text may match."""
    value = raw.get(name, [] if not required else None)
    if not isinstance(value, list) or (required and not value):
        raise OptionError(
            f"options.{name}", f"expected a list of regular expressions, got {value!r}"
        )
    return tuple(_lazy(item, f"options.{name}[{i}]", flags) for i, item in enumerate(value))


def _lazy(value: Any, key: str, flags: int) -> LazyRegex:
    if not isinstance(value, str) or not value:
        raise OptionError(key, f"expected a non-empty regular expression, got {value!r}")
    try:
        return LazyRegex(value, flags)
    except re.error as exc:
        raise OptionError(key, f"invalid regular expression: {exc}") from None


def choice(
    raw: Mapping[str, Any], name: str, allowed: tuple[str, ...], default: str | None = None
) -> str:
    """One of ``allowed`` under ``options.<name>``."""
    value = raw.get(name, default)
    if value not in allowed:
        raise OptionError(f"options.{name}", f"expected one of {', '.join(allowed)}, got {value!r}")
    return str(value)


def boolean(raw: Mapping[str, Any], name: str, default: bool) -> bool:
    """A true/false option."""
    value = raw.get(name, default)
    if not isinstance(value, bool):
        raise OptionError(f"options.{name}", f"expected true or false, got {value!r}")
    return value
