"""The built-in plugin: the check kinds, formatters, loaders and rule pack that ship with
discl-lint, offered through the same hooks as any installed plugin."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from discl_lint.plugins.hookspecs import BytesLoader, CheckKind, Formatter, Loader, hookimpl

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from discl_lint.formatters.report import Report


@hookimpl
def discl_lint_rule_dirs() -> Sequence[Path | Traversable]:
    """The directory of the built-in YAML rules."""
    # The rule pack is a data package installed beside the code (YAML files and an empty
    # __init__), not a module of it: it is looked up by name.
    package = importlib.import_module("discl_lint.builtin_rules")
    # A package on disk needs no importlib.resources (which imports zipfile).
    if package.__file__:
        return (Path(package.__file__).parent,)
    from importlib.resources import files

    return (files(package),)


# Each built-in kind: its module under discl_lint.kinds and its class, imported when asked for.
_KINDS = (
    ("patterns", "ForbiddenPattern"),
    ("patterns", "RequiredPattern"),
    ("sections", "RequiredSections"),
    ("numbering", "Numbering"),
    ("period", "Period"),
    ("parts", "PartsCount"),
    ("numbers", "Sum"),
    ("percent", "Percent"),
    ("contradiction", "ZeroClaim"),
    ("years", "YearCoherence"),
    ("years", "DatedEvents"),
    ("deadline", "Deadline"),
    ("paragraphs", "BrokenParagraph"),
    ("pairs", "BalancedPairs"),
    ("encoding", "Encoding"),
    ("audit", "UnusedSuppression"),
    ("section_checks", "SectionOrder"),
    ("section_checks", "SectionContent"),
    ("gov_tables", "GovTables"),
    ("gov_tables", "GovSums"),
    ("gov_text", "GovNarrative"),
    ("punctuation", "PunctuationWidth"),
    ("repeats", "RepeatedWord"),
    ("repeated_paragraphs", "RepeatedParagraph"),
    ("leftovers", "WordLeftovers"),
    ("citations", "Citation"),
)


@hookimpl
def discl_lint_check_kinds() -> Sequence[CheckKind[Any]]:
    """Provide the built-in kinds."""
    return tuple(
        getattr(importlib.import_module(f"discl_lint.kinds.{module}"), name)()
        for module, name in _KINDS
    )


@hookimpl
def discl_lint_formatters() -> Sequence[Formatter]:
    """Provide the built-in formatters."""
    from discl_lint.formatters.ci import GitHub, GitLab, JUnit
    from discl_lint.formatters.data import Json, JsonLines
    from discl_lint.formatters.sarif import Sarif
    from discl_lint.formatters.text import Concise, Full, Grouped

    return (
        Concise(),
        Full(),
        Grouped(),
        Json(),
        JsonLines(),
        Sarif(),
        GitHub(),
        JUnit(),
        GitLab(),
        DeferredFormatter("html", "discl_lint.formatters.html", "Html"),
    )


class DeferredFormatter:
    """A formatter imported when it first renders: most runs never write a review page,
    and its module (markup, script, style) is the heaviest of the formatters."""

    def __init__(self, name: str, module: str, attribute: str) -> None:
        self.name = name
        self._home = (module, attribute)

    def render(self, report: Report) -> str:
        """The real formatter's output."""
        module, attribute = self._home
        formatter: Formatter = getattr(importlib.import_module(module), attribute)()
        return formatter.render(report)


@hookimpl
def discl_lint_loaders() -> Sequence[Loader | BytesLoader]:
    """Provide the built-in loaders."""
    from discl_lint.loaders import MarkdownLoader, PdfLoader, TextLoader, WebPageLoader, WordLoader

    return (TextLoader(), MarkdownLoader(), WordLoader(), PdfLoader(), WebPageLoader())
