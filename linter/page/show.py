"""``--show-text``: the text the rules read, with what they skip marked.

Lines of page chrome are shown as ``‹chrome›`` and table rows as ``‹table›``
before the line; chrome inside a line is bracketed ``⟦…⟧``. Everything else is
the report's text as read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from discl_lint.page.layout import CHROME, Block, page_of

if TYPE_CHECKING:
    from discl_lint.document.structure import Document, Line

LABEL = {CHROME: "‹chrome› ", "table": "‹table› "}


def marked_text(doc: Document) -> str:
    """Every line of ``doc``, with its chrome and table blocks marked."""
    blocks = page_of(doc).blocks
    source = doc.source_text
    return "".join(_marked(source, line, blocks) + "\n" for line in doc.lines)


def _marked(source: str, line: Line, blocks: tuple[Block, ...]) -> str:
    text = source[line.start : line.end]
    inside = [b for b in blocks if line.start <= b.start and b.end <= line.end]
    whole = [b for b in inside if (b.start, b.end) == (line.start, line.end)]
    if whole:
        return LABEL[whole[0].kind] + text
    for block in sorted(inside, key=lambda b: b.start, reverse=True):
        a, b = block.start - line.start, block.end - line.start
        text = text[:a] + "⟦" + text[a:b] + "⟧" + text[b:]
    return text
