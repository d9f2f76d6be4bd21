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


@hookimpl
def discl_lint_check_kinds() -> Sequence[CheckKind[Any]]:
    """Provide the built-in kinds."""
    from discl_lint.kinds.audit import UnusedSuppression
    from discl_lint.kinds.citations import Citation
    from discl_lint.kinds.contradiction import ZeroClaim
    from discl_lint.kinds.deadline import Deadline
    from discl_lint.kinds.encoding import Encoding
    from discl_lint.kinds.gov_tables import GovSums, GovTables
    from discl_lint.kinds.gov_text import GovNarrative
    from discl_lint.kinds.leftovers import WordLeftovers
    from discl_lint.kinds.numbering import Numbering
    from discl_lint.kinds.numbers import Sum
    from discl_lint.kinds.pairs import BalancedPairs
    from discl_lint.kinds.paragraphs import BrokenParagraph
    from discl_lint.kinds.parts import PartsCount
    from discl_lint.kinds.patterns import ForbiddenPattern, RequiredPattern
    from discl_lint.kinds.percent import Percent
    from discl_lint.kinds.period import Period
    from discl_lint.kinds.punctuation import PunctuationWidth
    from discl_lint.kinds.repeats import RepeatedParagraph, RepeatedWord
    from discl_lint.kinds.section_checks import SectionContent, SectionOrder
    from discl_lint.kinds.sections import RequiredSections
    from discl_lint.kinds.years import DatedEvents, YearCoherence

    return (
        ForbiddenPattern(),
        RequiredPattern(),
        RequiredSections(),
        Numbering(),
        Period(),
        PartsCount(),
        Sum(),
        Percent(),
        ZeroClaim(),
        YearCoherence(),
        DatedEvents(),
        Deadline(),
        BrokenParagraph(),
        BalancedPairs(),
        Encoding(),
        UnusedSuppression(),
        SectionOrder(),
        SectionContent(),
        GovTables(),
        GovSums(),
        GovNarrative(),
        PunctuationWidth(),
        RepeatedWord(),
        RepeatedParagraph(),
        WordLeftovers(),
        Citation(),
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
