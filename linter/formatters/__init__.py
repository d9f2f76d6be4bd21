"""Built-in output formats, registered through the plugin manager like any plugin."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from discl_lint.plugins.hookspecs import hookimpl


@hookimpl
def discl_lint_formatters() -> Sequence[Any]:
    """Provide the built-in formatters."""
    from discl_lint.formatters.ci import GitHub, GitLab, JUnit
    from discl_lint.formatters.data import Json, JsonLines
    from discl_lint.formatters.sarif import Sarif
    from discl_lint.formatters.text import Concise, Full, Grouped

    return (Concise(), Full(), Grouped(), Json(), JsonLines(), Sarif(), GitHub(), JUnit(), GitLab())
