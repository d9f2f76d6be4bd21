"""The quantities and breakdowns of a document, read once and shared by the number rules."""

from __future__ import annotations

from discl_lint.document.prose import prose_text
from discl_lint.document.structure import Document
from discl_lint.text.breakdowns import Breakdown, find_breakdowns
from discl_lint.text.quantities import Quantity, read_quantities


def quantities(doc: Document) -> tuple[Quantity, ...]:
    """Every quantity with a unit in the report, in text order."""
    return doc.analysis("quantities", lambda d: tuple(read_quantities(d.text)))


def breakdowns(doc: Document) -> tuple[Breakdown, ...]:
    """Every judgeable breakdown (totals and their parts) in the report.

    Sentences are read across the line breaks inside a paragraph: a PDF transcript
    wraps "其中予" / "以公开4件" over two lines.
    """
    return doc.analysis(
        "breakdowns", lambda d: tuple(find_breakdowns(prose_text(d), quantities(d)))
    )
