"""The text as sentences run: line breaks inside a paragraph are not sentence ends, and
neither is a page break that cuts a sentence in two (a PDF transcript's)."""

from __future__ import annotations

import itertools
import re

from discl_lint.document.structure import Document

PROSE = "document.prose"
# A paragraph that ends so stops mid-sentence.
_OPEN_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z，、]$")


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
    """Between the lines of each paragraph, and between two paragraphs when the first
    stops mid-sentence and only blank space (a masked page number) stands between them."""
    headed = {h.line.start for h in doc.headings} | {n.line.start for n in doc.numbered}
    breaks: list[tuple[int, int]] = []
    for paragraph, following in itertools.zip_longest(doc.paragraphs, doc.paragraphs[1:]):
        lines = paragraph.lines
        breaks.extend((a.end, b.start) for a, b in itertools.pairwise(lines))
        if (
            following is not None
            and lines[-1].start not in headed
            and following.start not in headed
            and _OPEN_END.search(lines[-1].text)
            and not doc.text[paragraph.end : following.start].strip()
        ):
            breaks.append((paragraph.end, following.start))
    return breaks
