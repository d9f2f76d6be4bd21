"""Built-in check kinds, registered through the plugin manager like any plugin."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from discl_lint.plugins.hookspecs import hookimpl


@hookimpl
def discl_lint_check_kinds() -> Sequence[Any]:
    """Provide the built-in kinds."""
    from discl_lint.kinds.audit import UnusedSuppression
    from discl_lint.kinds.contradiction import ZeroClaim
    from discl_lint.kinds.deadline import Deadline
    from discl_lint.kinds.encoding import Encoding
    from discl_lint.kinds.numbering import Numbering
    from discl_lint.kinds.numbers import Sum
    from discl_lint.kinds.pairs import BalancedPairs
    from discl_lint.kinds.paragraphs import BrokenParagraph
    from discl_lint.kinds.parts import PartsCount
    from discl_lint.kinds.patterns import ForbiddenPattern, RequiredPattern
    from discl_lint.kinds.percent import Percent
    from discl_lint.kinds.period import Period
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
    )
