"""Applications received, as the text states them, against a table of their outcomes.

A 依申请 section that says 共收到申请12件 and tabulates the outcomes with a 合计 of 13
contradicts itself: a table's 合计 is all the outcomes. Judged only when the section
states one count received and says nothing of applications carried over (结转), whose
outcomes a table may include.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from decimal import Decimal

from discl_lint.document.numbers import quantities
from discl_lint.document.structure import Document
from discl_lint.page.table_sums import table_breakdowns
from discl_lint.text.breakdown_parts import Breakdown
from discl_lint.text.quantities import Quantity
from discl_lint.text.regex_store import regex

_CARRIED = regex(r"结转|上年度?遗留|上学年遗留")
_REACH = 4  # characters between the words of receiving and the count (共, 为)


def received_against_tables(
    doc: Document,
    received: re.Pattern[str],
    outcomes: re.Pattern[str] | None,
    scope: re.Pattern[str],
) -> Iterator[tuple[Breakdown, Decimal]]:
    """Per ``scope`` section, its largest table of outcomes when no table's 合计 is the
    count received (a two-way table also totals each column of applicants)."""
    sections: dict[tuple[int, int], list[Breakdown]] = {}
    for table in table_breakdowns(doc):
        if scope.search(doc.section_title(table.start)) and _outcomes(doc, table, outcomes):
            sections.setdefault(doc.section_bounds(table.start), []).append(table)
    for (start, end), tables in sections.items():
        if _CARRIED.search(doc.text, start, end):
            continue
        counts = {q.value for q in _counts(doc, received, start, end)}
        if len(counts) != 1 or (count := counts.pop()) in {t.total.value for t in tables}:
            continue
        yield max(tables, key=lambda t: t.total.value), count


def _outcomes(doc: Document, table: Breakdown, outcomes: re.Pattern[str] | None) -> bool:
    """Whether every row of the table is labelled as an outcome."""
    if outcomes is None:
        return True
    text = doc.source_text
    for part in table.parts:
        label = text[text.rfind("\n", 0, part.quantity.start) + 1 : part.quantity.start]
        if not outcomes.search(label):
            return False
    return True


def _counts(doc: Document, received: re.Pattern[str], start: int, end: int) -> Iterator[Quantity]:
    found = quantities(doc)
    starts = [q.start for q in found]
    for match in received.finditer(doc.text, start, end):
        index = bisect.bisect_left(starts, match.end())
        if index < len(found):
            quantity = found[index]
            if quantity.start - match.end() <= _REACH and quantity.unit == "件":
                yield quantity
