"""Grouping matches by paragraph, and telling a document-wide habit from a slip.

A defect that stands in many paragraphs (spaces between Chinese and digits
throughout) is one habit of the document: one finding with the count, whose
fix repairs every place, instead of one finding per paragraph.
"""

from __future__ import annotations

import bisect

from discl_lint.document.structure import Document

Span = tuple[int, int]


def by_paragraph(doc: Document, spans: list[Span]) -> dict[int, list[Span]]:
    """``spans`` (sorted) grouped by the paragraph they start in."""
    starts = doc.paragraph_starts
    groups: dict[int, list[Span]] = {}
    for span in spans:
        groups.setdefault(bisect.bisect_right(starts, span[0]), []).append(span)
    return groups


def grouped(doc: Document, spans: list[Span], habit: int) -> tuple[list[list[Span]], bool]:
    """Spans per paragraph; or all in one group (True) when ``habit`` paragraphs have them."""
    groups = by_paragraph(doc, spans)
    if habit and len(groups) >= habit:
        return [spans], True
    return list(groups.values()), False
