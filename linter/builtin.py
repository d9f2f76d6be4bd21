"""The built-in rule pack, offered like any plugin's rule directory."""

from __future__ import annotations

import importlib.resources
from collections.abc import Sequence
from typing import Any

from discl_lint.hookspecs import hookimpl


@hookimpl
def discl_lint_rule_dirs() -> Sequence[Any]:
    """The directory of the built-in YAML rules."""
    return (importlib.resources.files("discl_lint.builtin_rules"),)
