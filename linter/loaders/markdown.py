"""Markdown reports: ATX/setext headings from markdown-it-py, numbering still read."""

from __future__ import annotations

from markdown_it import MarkdownIt

from discl_lint.document.structure import Document, Heading, Paragraph
from discl_lint.page.reading import build
from discl_lint.text.numerals import read_numbering

# Unnumbered Markdown headings rank below every numbering family.
_UNNUMBERED_RANK = 10


def load_markdown(path: str, text: str) -> Document:
    """Build a document whose headings are the Markdown headings."""
    lines = Document.split_lines(text)
    tokens = MarkdownIt("commonmark").parse(text)
    headings = []
    paragraphs = tuple(
        Paragraph(lines[t.map[0] : t.map[1]])
        for t in tokens
        if t.type == "paragraph_open" and t.map is not None
    )
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        line = lines[token.map[0]]
        inline = tokens[index + 1].content
        numbering = read_numbering(inline)
        if numbering is not None:
            title = inline[numbering.end :].strip()
            headings.append(Heading(line, numbering.rank, title, numbering))
        else:
            headings.append(Heading(line, _UNNUMBERED_RANK + int(token.tag[1:]), inline.strip()))
    return build(path, text, tuple(headings), paragraphs)
