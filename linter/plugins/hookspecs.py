"""Extension points. Built-ins implement them exactly as third-party plugins do."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pluggy

PROJECT = "discl_lint"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def discl_lint_check_kinds() -> Sequence[Any]:
    """Return check kinds (objects with ``name``, ``parse_options`` and ``check``)."""
    return ()  # a specification: pluggy never calls it


@hookspec
def discl_lint_formatters() -> Sequence[Any]:
    """Return output formatters (objects with ``name`` and ``render``)."""
    return ()  # a specification: pluggy never calls it


@hookspec
def discl_lint_loaders() -> Sequence[Any]:
    """Return document loaders (objects with ``name``, ``suffixes`` and ``load``)."""
    return ()  # a specification: pluggy never calls it


@hookspec
def discl_lint_rule_dirs() -> Sequence[Any]:
    """Return directories (paths or Traversables) holding rule YAML files."""
    return ()  # a specification: pluggy never calls it
