"""A government-format report as the prose rules see it: the tables' lines are
not headings, list items or paragraphs (一、本年新收… is a row, not a part), and
the document knows where its tables are (their spaces are layout)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from discl_lint.document.structure import Document, Line, Paragraph
from discl_lint.govtables.reader import ANALYSIS, gov_tables


def without_tables(doc: Document) -> Document:
    """``doc`` without the tables' lines among its headings, numbered lines and paragraphs."""
    tables = gov_tables(doc)
    taken = tables.line_numbers
    if not taken:
        return doc
    prose = dataclasses.replace(
        doc,
        headings=tuple(h for h in doc.headings if h.line.number not in taken),
        numbered=tuple(n for n in doc.numbered if n.line.number not in taken),
        paragraphs=tuple(run for p in doc.paragraphs for run in _outside(p, taken)),
        tables=tables.spans,
    )
    prose.memo[ANALYSIS] = tables  # the same lines: no need to read the tables again
    return prose


def _outside(paragraph: Paragraph, taken: frozenset[int]) -> Iterator[Paragraph]:
    """The runs of a paragraph's lines that are not table lines (Markdown joins them)."""
    run: list[Line] = []
    for line in paragraph.lines:
        if line.number in taken:
            if run:
                yield Paragraph(tuple(run))
            run = []
        else:
            run.append(line)
    if run:
        yield Paragraph(tuple(run))
