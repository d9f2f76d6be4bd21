"""The quantities and breakdowns of a document, read once and shared by the number rules."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from discl_lint.document.prose import prose_text
from discl_lint.document.structure import Document
from discl_lint.text.breakdown_parts import Breakdown
from discl_lint.text.breakdowns import find_breakdowns, listed_breakdowns
from discl_lint.text.quantities import UNITS, Quantity, read_quantities
from discl_lint.text.regex_store import regex

_UNITS = "|".join(UNITS)
# A digit ends a line and its unit opens the next: the count is whole (read above).
_UNIT_WRAPPED = regex(rf"\d([ \t\u3000]*\n[ \t\u3000]*)(?:{_UNITS})")
_DIGIT_AT_END = regex(rf"\d[ \t\u3000]*\n(?![ \t\u3000]*(?:{_UNITS}))")
_DIGIT_BEFORE = regex(r"\d[ \t\u3000]*\n\s*$")


def quantities(doc: Document) -> tuple[Quantity, ...]:
    """Every quantity with a unit in the report, in text order; a count whose unit a
    PDF transcript wrapped to the next line of its paragraph (掌握3 / 件。) included."""
    return doc.analysis("quantities", _quantities)


def _quantities(doc: Document) -> tuple[Quantity, ...]:
    found = list(read_quantities(doc.text))
    if "\n" in doc.text:
        wrapped = list(_wrapped_quantities(doc.text, prose_text(doc)))
        if wrapped:
            found = sorted([*found, *wrapped], key=lambda q: q.start)
    return tuple(found)


def _wrapped_quantities(text: str, prose: str) -> Iterator[Quantity]:
    """Counts cut from their unit by a line break inside a paragraph (a soft break:
    the prose text has a space where the break was)."""
    for match in _UNIT_WRAPPED.finditer(text):
        digits_end, unit_start = match.start(1), match.end(1)
        if "\n" in prose[digits_end:unit_start]:
            continue  # a paragraph ends there: the next line is no continuation
        line_start = text.rfind("\n", 0, digits_end) + 1
        head_start = max(line_start, digits_end - 12)
        head = text[head_start:digits_end]
        for quantity in read_quantities(head + text[unit_start : unit_start + 4]):
            if quantity.start < len(head) < quantity.end:
                shift = unit_start - digits_end
                yield dataclasses.replace(
                    quantity,
                    start=head_start + quantity.start,
                    end=head_start + quantity.end + shift,
                )


def breakdowns(doc: Document) -> tuple[Breakdown, ...]:
    """Every judgeable breakdown (totals and their parts) in the report.

    Sentences are read across the line breaks inside a paragraph: a PDF transcript
    wraps "其中予" / "以公开4件" over two lines. A breakdown with a number cut in two
    by such a break is not judged.
    """
    return doc.analysis("breakdowns", _breakdowns)


def _breakdowns(doc: Document) -> tuple[Breakdown, ...]:
    found = find_breakdowns(prose_text(doc), quantities(doc))
    return tuple(b for b in found if not _wrapped_number(doc.text, b))


def _wrapped_number(text: str, breakdown: Breakdown) -> bool:
    """A line (or page) ends right after a digit inside the breakdown or just before it:
    a number wrapped over two lines (不满意1 / 8份, 信息2 / 件) is misread, so it is
    not judged."""
    start = min(breakdown.start, breakdown.parts[0].quantity.start)
    end = max(breakdown.end, breakdown.total.end)
    inside = _DIGIT_AT_END.search(text, start, end)
    return bool(inside or _DIGIT_BEFORE.search(text, max(0, start - 40), start))


def listed(doc: Document) -> tuple[Breakdown, ...]:
    """The totals of ``类别：N条`` lines ending ``合计：N条`` (a table flattened so)."""
    return doc.analysis("listed", lambda d: tuple(listed_breakdowns(d.text, quantities(d))))
