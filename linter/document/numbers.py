"""The quantities and breakdowns of a document, read once and shared by the number rules."""

from __future__ import annotations

from discl_lint.document.prose import prose_text
from discl_lint.document.structure import Document
from discl_lint.text.breakdowns import Breakdown, find_breakdowns, listed_breakdowns
from discl_lint.text.quantities import Quantity, read_quantities
from discl_lint.text.regex_store import regex

_DIGIT_AT_END = regex(r"\d[ \t\u3000]*\n")
_DIGIT_BEFORE = regex(r"\d[ \t\u3000]*\n\s*$")


def quantities(doc: Document) -> tuple[Quantity, ...]:
    """Every quantity with a unit in the report, in text order."""
    return doc.analysis("quantities", lambda d: tuple(read_quantities(d.text)))


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
