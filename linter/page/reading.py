"""Build a document from a report as published: read the page first, then the text."""

from __future__ import annotations

from collections.abc import Sequence

from discl_lint.document.structure import (
    Document,
    Heading,
    Paragraph,
    line_headings,
    numbered_lines,
)
from discl_lint.page.inline import headings_inside
from discl_lint.page.layout import read_page, with_hidden
from discl_lint.page.width import rejoined


def build(
    path: str,
    text: str,
    headings: tuple[Heading, ...] | None = None,
    paragraphs: tuple[Paragraph, ...] | None = None,
    with_chrome: bool = True,
    source: str | None = None,
    hidden: Sequence[tuple[int, int]] = (),
) -> Document:
    """Build a document: read the page, mask its chrome (``with_chrome``) and tables,
    find headings (default: the short numbered lines) and paragraphs (re-joined
    wrapped lines). A loader that blanked what the page never shows passes the text
    as written (``source``) and the blanked spans (``hidden``: masked as chrome)."""
    lines = Document.split_lines(text)
    page = with_hidden(read_page(text, lines, with_chrome), text, hidden)
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
    raw = (source or text) if page.blocks else ""
    args = (path, masked, lines, headings, numbered, paragraphs)
    return Document(*args, line_starts=starts, page=page, raw_text=raw)
