"""``unused-suppression``: a kind that finds nothing by itself.

Its rule (DL900) is reported after linting, for every suppression — Markdown
directive, sidecar entry or per-file ignore — that silenced no finding; the
kind exists so that the rule is selected, ignored and explained like any other.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.findings import Hit


class UnusedSuppression:
    """Placeholder kind of DL900; suppressions are audited after linting."""

    name = "unused-suppression"
    placeholders = ("suppression",)

    def parse_options(self, raw: Mapping[str, Any]) -> None:
        """No options."""
        opt.reject_unknown(raw, set())

    def check(self, doc: Document, options: None) -> Iterator[Hit]:  # noqa: ARG002
        """Nothing: see the module docstring."""
        yield from ()
