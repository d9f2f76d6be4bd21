"""Arithmetic in prose: totals against their parts, and percentages.

``sum`` options:
  skip_sections: regular expression; breakdowns in sections whose title matches are skipped.
  only_sections: regular expression; only breakdowns in sections whose title matches.
  parts: regular expression that every part's label (the text before it) must match.
  near_ratio: a non-exhaustive list whose parts add up to less than the total is
    reported (as a warning) only when it has 3 parts or more and they reach this
    share of the total (default 0.8) — short lists of examples are not breakdowns.
  tables: also the totals of tables and 类别：N条 lists in ``only_sections``.
  received: regular expression of the words that state the count received (收到…申请);
    with ``only_sections``, a table of outcomes (rows labelled as ``parts``) whose 合计
    is not that count is reported at its 合计 (kinds/received.py).
Percentages are checked by ``percent`` (kinds/percent.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from discl_lint.document.numbers import breakdowns, listed
from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit, Severity
from discl_lint.page.table_sums import table_breakdowns
from discl_lint.text.breakdown_parts import Breakdown
from discl_lint.text.subsets import labels, overlapping


def shown(value: Decimal | float, unit: str = "") -> str:
    """A number as a report would print it: 8.60 → 8.6, 12.0 → 12."""
    text = format(Decimal(str(value)).normalize(), "f")
    return text + unit


@dataclass(frozen=True)
class SumOptions:
    """Validated options of ``sum``."""

    skip_sections: re.Pattern[str] | None
    only_sections: re.Pattern[str] | None
    parts: re.Pattern[str] | None
    near_ratio: float
    tables: bool = False
    received: re.Pattern[str] | None = None


def _optional_regex(raw: Mapping[str, Any], name: str) -> re.Pattern[str] | None:
    return opt.regex(raw[name], f"options.{name}") if name in raw else None


def in_scope(doc: Document, offset: int, options: SumOptions) -> bool:
    """Whether the section holding ``offset`` is one the rule looks at."""
    title = doc.section_title(offset)
    if options.skip_sections and options.skip_sections.search(title):
        return False
    return not options.only_sections or bool(options.only_sections.search(title))


class Sum:
    """Report totals that do not equal the sum of their listed parts."""

    name = "sum"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> SumOptions:
        """Validate the options."""
        known = {"skip_sections", "only_sections", "parts", "near_ratio", "tables", "received"}
        opt.reject_unknown(raw, known)
        ratio = raw.get("near_ratio", 0.8)
        if not isinstance(ratio, int | float) or not 0 < ratio <= 1:
            raise OptionError("options.near_ratio", f"expected a number in (0, 1], got {ratio!r}")
        return SumOptions(
            _optional_regex(raw, "skip_sections"),
            _optional_regex(raw, "only_sections"),
            _optional_regex(raw, "parts"),
            float(ratio),
            _tables(raw),
            _optional_regex(raw, "received"),
        )

    def check(self, doc: Document, options: SumOptions) -> Iterator[Hit]:
        """One hit per breakdown whose parts do not add up."""
        for breakdown in _judged(doc, options):
            severity = _verdict(breakdown, options)
            if severity is not None:
                total = breakdown.total
                yield Hit(
                    total.start,
                    total.end,
                    {
                        "expected": shown(total.value, total.unit),
                        "found": "+".join(p.shown(shown(p.quantity.value)) for p in breakdown.parts)
                        + "="
                        + shown(breakdown.parts_sum, total.unit),
                    },
                    severity,
                )
        yield from _against_received(doc, options)


def _against_received(doc: Document, options: SumOptions) -> Iterator[Hit]:
    """A table of outcomes whose 合计 is not the count the text says was received."""
    from discl_lint.kinds.received import received_against_tables

    received, scope = options.received, options.only_sections
    if received is None or scope is None:
        return
    for table, count in received_against_tables(doc, received, options.parts, scope):
        parts = "+".join(shown(p.quantity.value) for p in table.parts)
        found = f"{parts}={shown(table.total.value, '件')}"
        yield Hit(
            table.total.start, table.total.end, {"expected": shown(count, "件"), "found": found}
        )


def _judged(doc: Document, options: SumOptions) -> Iterator[Breakdown]:
    """The prose breakdowns in scope, then (with ``tables``) the tables' and lists' totals
    in ``only_sections``, whatever ``skip_sections`` says: that option leaves prose to
    a rule that names its parts, and no such rule can read a table's rows."""
    for breakdown in breakdowns(doc):
        if (
            in_scope(doc, breakdown.start, options)
            and _labelled(doc, breakdown, options)
            and not overlapping(doc.text, breakdown)
        ):
            yield breakdown
    if options.tables:
        tables = table_breakdowns(doc) if doc.profile != "gov" else ()  # gov-sums read those
        only = options.only_sections
        for breakdown in (*listed(doc), *tables):
            if not only or only.search(doc.section_title(breakdown.start)):
                yield breakdown


def _tables(raw: Mapping[str, Any]) -> bool:
    tables = opt.boolean(raw, "tables", False)
    if tables and "parts" in raw:
        raise OptionError("options.tables", "table rows have no labels to match options.parts")
    return tables


def _labelled(doc: Document, breakdown: Breakdown, options: SumOptions) -> bool:
    if options.parts is None:
        return True
    return all(options.parts.search(label) for label in labels(doc.text, breakdown))


def _verdict(breakdown: Breakdown, options: SumOptions) -> Severity | None:
    total, parts = float(breakdown.total.value), breakdown.parts_sum
    if parts > total:
        return Severity.ERROR
    if parts == total:
        return None
    if breakdown.exhaustive:
        return Severity.ERROR
    if len(breakdown.parts) >= 3 and parts >= options.near_ratio * total:
        return Severity.WARNING
    return None
