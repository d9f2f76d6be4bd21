"""Markdown reports: ATX/setext headings from markdown-it-py, numbering still read.

A heading's level ranks first and its numbering within the level (## 概述 above
### 1. 工作机制); a numbered paragraph that reads as a heading (一、概述：, **一、概述**,
as Word exports to Markdown) ranks below every Markdown heading.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from discl_lint.document.structure import (
    Document,
    Heading,
    Line,
    Paragraph,
    line_headings,
    numbered_lines,
)
from discl_lint.page.reading import build
from discl_lint.text.numerals import read_numbering

LEVEL_RANK = 100  # ranks per Markdown heading level
UNNUMBERED = 50  # an unnumbered heading ranks below the numbered ones of its level
PLAIN_RANK = 7 * LEVEL_RANK  # below ###### headings
TITLE_RANK = 9 * LEVEL_RANK  # the report's title, below everything


def load_markdown(path: str, text: str) -> Document:
    """Build a document whose headings are the Markdown headings."""
    lines = Document.split_lines(text)
    tokens = MarkdownIt("commonmark").parse(text)
    paragraphs = tuple(
        Paragraph(lines[t.map[0] : t.map[1]])
        for t in tokens
        if t.type == "paragraph_open" and t.map is not None
    )
    marked = _title_apart(_sequence_kept(_marked_headings(tokens, lines)))
    taken = {h.line.number for h in marked}
    plain = [
        Heading(h.line, PLAIN_RANK + h.rank, h.title, h.numbering)
        for h in line_headings(numbered_lines(lines))
        if h.line.number not in taken
    ]
    headings = tuple(sorted([*marked, *plain], key=lambda h: h.line.start))
    return build(path, text, headings, paragraphs)


def _title_apart(marked: list[Heading]) -> list[Heading]:
    """The report's title (# …, the one heading of the highest level, first) is no
    section: it ranks below every other heading."""
    if not marked:
        return marked
    level = marked[0].rank // LEVEL_RANK
    if len(marked) == 1 and level > 1:
        return marked  # a lone ## heading may be a section among numbered paragraphs
    if any(h.rank // LEVEL_RANK <= level for h in marked[1:]):
        return marked
    first = marked[0]
    return [Heading(first.line, TITLE_RANK, first.title, first.numbering), *marked[1:]]


def _sequence_kept(marked: list[Heading]) -> list[Heading]:
    """A heading one level too deep that numbers on from the last heading of its
    family (### 五、 after ## 四、) is that list's next item: it ranks with it."""
    last: dict[str, Heading] = {}
    kept = []
    for heading in marked:
        numbering = heading.numbering
        if numbering is not None:
            before = last.get(numbering.family)
            if (
                before is not None
                and before.numbering is not None
                and numbering.value == before.numbering.value + 1
                and heading.rank > before.rank
            ):
                heading = Heading(heading.line, before.rank, heading.title, numbering)
            last[numbering.family] = heading
        kept.append(heading)
    return kept


def _marked_headings(tokens: list[Token], lines: tuple[Line, ...]) -> list[Heading]:
    found = []
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        line, level = lines[token.map[0]], int(token.tag[1:]) * LEVEL_RANK
        inline = tokens[index + 1].content
        numbering = read_numbering(inline)
        if numbering is not None:
            title = inline[numbering.end :].strip()
            found.append(Heading(line, level + numbering.rank, title, numbering))
        else:
            found.append(Heading(line, level + UNNUMBERED, inline.strip()))
    return found
