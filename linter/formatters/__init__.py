"""Built-in output formats. Each renders the whole, sorted list of findings."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from discl_lint.hookspecs import hookimpl
from discl_lint.model import Finding


class Concise:
    """``path:line:col: severity RULE message``, one finding per line."""

    name = "concise"

    def render(self, findings: Sequence[Finding]) -> str:
        """One line per finding."""
        return "".join(
            f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}\n" for f in findings
        )


class Json:
    """A JSON array of finding objects, one object per line for diffs."""

    name = "json"

    def render(self, findings: Sequence[Finding]) -> str:
        """The array, with each finding on its own line."""
        if not findings:
            return "[]\n"
        rows = ",\n".join("  " + json.dumps(f.as_dict(), ensure_ascii=False) for f in findings)
        return f"[\n{rows}\n]\n"


@hookimpl
def discl_lint_formatters() -> Sequence[Any]:
    """Provide the built-in formatters."""
    return (Concise(), Json())
