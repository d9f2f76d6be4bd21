"""The text as sentences run: line breaks inside a paragraph are not sentence ends, and
neither is a page break that cuts a sentence in two (a PDF transcript's)."""

from __future__ import annotations

import itertools

from discl_lint.document.structure import Document, Paragraph
from discl_lint.text.regex_store import regex
from discl_lint.text.width import fills

PROSE = "document.prose"
# A paragraph that ends so stops mid-sentence.
_OPEN_END = regex(r"[\u4e00-\u9fff0-9A-Za-z，、]$")


def prose_text(doc: Document) -> str:
    """``doc.text`` with the breaks inside a sentence turned into spaces (offsets kept)."""
    return doc.analysis(PROSE, _prose)


def _prose(doc: Document) -> str:
    parts, at = [], 0
    for end, start in _soft_breaks(doc):
        parts += [doc.text[at:end], " " * (start - end)]
        at = start
    return "".join([*parts, doc.text[at:]]) if parts else doc.text


def _soft_breaks(doc: Document) -> list[tuple[int, int]]:
    """Between the lines of each paragraph; and, in a wrapped document (a PDF transcript),
    between two paragraphs when the first fills its last line and stops mid-sentence,
    with only blank space (a masked page number) between them."""
    wrap = getattr(doc.page, "wrap", None)  # the width the page reader found, if any
    inside = [(a.end, b.start) for p in doc.paragraphs for a, b in itertools.pairwise(p.lines)]
    if not wrap:
        return inside  # lines are paragraphs: no page break to run over
    headed = {h.line.start for h in doc.headings} | {n.line.start for n in doc.numbered}
    pairs = itertools.pairwise(doc.paragraphs)
    across = [(a.end, b.start) for a, b in pairs if _cut_by_page(doc, a, b, wrap, headed)]
    return sorted(inside + across)


def _cut_by_page(
    doc: Document, paragraph: Paragraph, following: Paragraph, wrap: int, headed: set[int]
) -> bool:
    last = paragraph.lines[-1]
    return (
        last.start not in headed
        and following.start not in headed
        and fills(last.text, wrap)
        and bool(_OPEN_END.search(last.text.rstrip()))
        and "\n\n" in doc.text[paragraph.end : following.start].replace(" ", "")
        and not _table_between(doc, paragraph.end, following.start)
    )


def _table_between(doc: Document, start: int, end: int) -> bool:
    """A masked table (not a page number) stands between the two paragraphs."""
    blocks = getattr(doc.page, "blocks", ())  # the page reader's chrome and tables
    return any(b.kind == "table" and start <= b.start < end for b in blocks)
