"""Markdown reports: ATX/setext headings from markdown-it-py, numbering still read.

A heading's level ranks first and its numbering within the level (## 概述 above
### 1. 工作机制); a numbered paragraph that reads as a heading (一、概述：, **一、概述**,
as Word exports to Markdown) ranks below every Markdown heading, unless it numbers on
from a Markdown heading of its family.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from discl_lint.document.structure import (
    LEVEL_RANK,
    PLAIN_RANK,
    Document,
    Heading,
    Line,
    Paragraph,
    line_headings,
    numbered_lines,
)
from discl_lint.page.reading import build
from discl_lint.text.numerals import read_numbering

UNNUMBERED = 50  # an unnumbered heading ranks below the numbered ones of its level
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
    marked = _title_apart(_marked_headings(tokens, lines))
    taken = {h.line.number for h in marked}
    plain = [
        Heading(h.line, PLAIN_RANK + h.rank, h.title, h.numbering)
        for h in line_headings(numbered_lines(lines))
        if h.line.number not in taken
    ]
    headings = tuple(_sequence_kept(sorted([*marked, *plain], key=lambda h: h.line.start)))
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


def _sequence_kept(headings: list[Heading]) -> list[Heading]:
    """A heading that numbers on from an open list of its family but stands a level
    too deep (### 五、 after ## 四、), or was left unmarked (二、主动公开情况 as a
    paragraph after ## 一、概述), is that list's next item: it ranks with it."""
    open_lists: dict[str, dict[int, int]] = {}  # family → rank → last value
    kept = []
    for heading in headings:
        numbering = heading.numbering
        if numbering is not None:
            lists = open_lists.setdefault(numbering.family, {})
            rank = _continued_rank(lists, heading.rank, numbering.value)
            if rank != heading.rank:
                heading = Heading(heading.line, rank, heading.title, numbering)
            for deeper in [r for r in lists if r > rank]:
                del lists[deeper]  # a list closes under the next item above it
            lists[rank] = numbering.value
        kept.append(heading)
    return kept


def _continued_rank(lists: dict[int, int], rank: int, value: int) -> int:
    """The rank of the open list ``value`` continues: its own, else the nearest above."""
    if lists.get(rank) == value - 1:
        return rank
    above = [r for r, last in lists.items() if r < rank and last == value - 1]
    return max(above) if above else rank


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
