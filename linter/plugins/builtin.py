"""The built-in rule pack, offered like any plugin's rule directory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from discl_lint.plugins.hookspecs import hookimpl


@hookimpl
def discl_lint_rule_dirs() -> Sequence[Any]:
    """The directory of the built-in YAML rules."""
    import discl_lint.builtin_rules as package  # type: ignore[import-not-found,unused-ignore]

    # A package on disk needs no importlib.resources (which imports zipfile).
    if getattr(package, "__file__", None):
        return (Path(package.__file__).parent,)
    import importlib.resources

    return (importlib.resources.files(package),)
