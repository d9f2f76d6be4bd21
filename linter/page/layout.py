"""The page as a whole: what is chrome or table (masked from the rules), and the line width.

``read_page`` runs once, when a document is built: the rules then see the
report's text with chrome and tables blanked out (same length, same offsets),
while artifact checks still read the text as it was. ``page_of`` gives the
rules the same reading through ``Document.analysis``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from discl_lint.document.structure import Document, Line
from discl_lint.page.chrome import LINE_MAX, chrome_line, chrome_lines, inline_chrome
from discl_lint.page.notice import notice_lines
from discl_lint.page.tables import table_lines
from discl_lint.page.width import wrap_width
from discl_lint.text.spans import Spans

PAGE = "page"
CHROME, TABLE = "chrome", "table"


@dataclass(frozen=True)
class Block:
    """A stretch of text the rules do not read as prose."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Page:
    """Chrome and table blocks in text order, and the typical width of a wrapped line."""

    blocks: tuple[Block, ...] = ()
    wrap: int | None = None

    @cached_property
    def masked_spans(self) -> Spans:
        """The blocks, asked "is this offset masked?"."""
        return Spans((b.start, b.end) for b in self.blocks)

    def masked(self, text: str) -> str:
        """``text`` with every block replaced by spaces (offsets unchanged)."""
        if not self.blocks:
            return text
        parts, at = [], 0
        for block in self.blocks:
            parts.append(text[at : block.start])
            parts.append(" " * (block.end - block.start))
            at = block.end
        parts.append(text[at:])
        return "".join(parts)


def read_page(text: str, lines: Sequence[Line], with_chrome: bool = True) -> Page:
    """Find the chrome (unless ``with_chrome`` is false: a loader took it away) and
    tables of a report's lines; measure its line width."""
    tables = table_lines(lines)
    if not with_chrome:  # a loader took the chrome away; a notice is left
        notice = notice_lines(lines, tables)
        rows = [
            Block(TABLE if i in tables else CHROME, lines[i].start, lines[i].end)
            for i in sorted(tables | notice)
        ]
        return Page(tuple(rows), wrap_width(lines, tables | notice))
    tables -= {i for i in tables if _lone_menu(lines, i, tables)}
    chrome = chrome_lines(lines, tables)
    chrome |= notice_lines(lines, tables | chrome)
    blocks = [
        Block(TABLE if i in tables else CHROME, lines[i].start, lines[i].end)
        for i in sorted(tables | chrome)
    ]
    for index, line in enumerate(lines):
        if len(line.text) > LINE_MAX and index not in tables and index not in chrome:
            blocks.extend(Block(CHROME, *_with_spaces(text, s, e)) for s, e in inline_chrome(line))
    blocks.sort(key=lambda b: b.start)
    return Page(tuple(blocks), wrap_width(lines, tables | chrome))


def with_hidden(page: Page, text: str, hidden: Sequence[tuple[int, int]]) -> Page:
    """``page`` with the spans a loader blanked masked as chrome, a block a line as
    every block is (pieces on a line already masked are covered by its block)."""
    spans = page.masked_spans
    pieces = [piece for a, b in hidden for piece in _line_pieces(text, a, b)]
    extra = [Block(CHROME, a, b) for a, b in pieces if not (spans.covers(a) or spans.covers(b - 1))]
    if not extra:
        return page
    return Page(tuple(sorted((*page.blocks, *extra), key=lambda b: b.start)), page.wrap)


def _line_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        if stop > start:
            yield start, stop
        start = stop + 1


def _lone_menu(lines: Sequence[Line], index: int, tables: set[int]) -> bool:
    """A single pipe row that reads as a menu (首页 | 学校概况 | …) is chrome, not a table."""
    alone = index - 1 not in tables and index + 1 not in tables
    return alone and chrome_line(lines[index].text)


def _with_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    # Inline chrome takes the spaces around it: they part it from the text, nothing more.
    while start > 0 and text[start - 1] in " \u3000\u00a0":
        start -= 1
    while end < len(text) and text[end] in " \u3000\u00a0":
        end += 1
    return start, end


def page_of(doc: Document) -> Page:
    """The page reading of ``doc``, computed once."""
    return doc.analysis(PAGE, _read)


def _read(doc: Document) -> Page:
    if isinstance(doc.page, Page):
        return doc.page
    source = doc.source_text
    return read_page(source, Document.split_lines(source))
