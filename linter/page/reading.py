"""Build a document from a report as published: read the page first, then the text."""

from __future__ import annotations

from discl_lint.document.structure import (
    Document,
    Heading,
    Paragraph,
    line_headings,
    numbered_lines,
)
from discl_lint.page.inline import headings_inside
from discl_lint.page.layout import read_page
from discl_lint.page.width import rejoined


def build(
    path: str,
    text: str,
    headings: tuple[Heading, ...] | None = None,
    paragraphs: tuple[Paragraph, ...] | None = None,
    with_chrome: bool = True,
) -> Document:
    """Build a document: read the page, mask its chrome (``with_chrome``) and tables,
    find headings (default: the short numbered lines) and paragraphs (re-joined
    wrapped lines)."""
    lines = Document.split_lines(text)
    page = read_page(text, lines, with_chrome)
    masked = page.masked(text)
    if page.blocks:
        lines = Document.split_lines(masked)
        if headings is not None:
            headings = tuple(h for h in headings if not page.masked_spans.covers(h.line.start))
    numbered = numbered_lines(lines)
    if headings is None:
        headings = line_headings(numbered) + headings_inside(lines)
    if paragraphs is None:
        paragraphs = rejoined(lines, page.wrap)
    starts = tuple(line.start for line in lines)
    raw = text if page.blocks else ""
    args = (path, masked, lines, headings, numbered, paragraphs)
    return Document(*args, line_starts=starts, page=page, raw_text=raw)
