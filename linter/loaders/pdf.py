"""PDF reports, read with pdfminer.six: the text of each page in reading order (its
layout analysis), visual lines joined back into paragraphs, page numbers left out.

A line continues the paragraph above it when that line reaches the right margin and
this one is not indented (Chinese paragraphs open with a two-character indent), also
across a page break; each piece keeps its place as "page N, line M" (lines counted on
the page, page numbers not counted). A PDF with no text layer cannot be linted and
says so.
"""

from __future__ import annotations

import io
import itertools
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.loaders.extracted import TextBuilder, require
from discl_lint.model.errors import SourceError
from discl_lint.text.numerals import read_numbering
from discl_lint.text.regex_store import regex

_PAGE_NUMBER = regex(
    r"[\s\-—－–]*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})"
    r"[\s\-—－–]*"
)
_SENTENCE_END = "。！？；：!?;:”」』）)"
_NO_GLYPH = regex(r"\(cid:\d+\)")
_RUNNING_WIDTH = 0.8  # of the text's width: wider, a line is the text's own


@dataclass(frozen=True)
class VisualLine:
    """One line as laid out on a page."""

    text: str
    page: int
    number: int
    left: float
    right: float
    size: float


def load_pdf(path: str, data: bytes) -> Document:
    """The document of a PDF's text layer; no text layer is a ``SourceError``."""
    require("pdfminer", "pdf", path)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are not findings
    pages = _without_running_lines(_read_pages(path, data))
    lines = [line for page in pages for line in page]
    if not any(line.text.strip() for line in lines):
        raise SourceError(
            f"{path}: no text layer (a scanned or image-only PDF): it cannot be linted; "
            "lint the original document, or a copy with recognised text (OCR)"
        )
    if sum(len(m.group(0)) for line in lines for m in _NO_GLYPH.finditer(line.text)) * 2 > sum(
        len(line.text) for line in lines
    ):
        raise SourceError(f"{path}: its fonts map no glyph to a character: it cannot be linted")
    builder = TextBuilder("pdf")
    for paragraph in _paragraphs(pages):
        pieces = [(line.text, (("page", line.page), ("line", line.number))) for line in paragraph]
        separators = [_separator(a.text, b.text) for a, b in itertools.pairwise(paragraph)]
        builder.add_joined(pieces, separators)
    return builder.document(path, tables=True, chrome=True)


def _read_pages(path: str, data: bytes) -> list[list[VisualLine]]:
    high_level = require("pdfminer.high_level", "pdf", path)
    layout = require("pdfminer.layout", "pdf", path)
    try:
        pages = high_level.extract_pages(io.BytesIO(data), laparams=layout.LAParams())
        return [_page_lines(page, number, layout) for number, page in enumerate(pages, 1)]
    except Exception as exc:  # pdfminer raises many kinds on damaged or protected files
        raise SourceError(_failure(path, exc)) from None


def _failure(path: str, exc: Exception) -> str:
    name = type(exc).__name__
    if "Password" in name or "Encryption" in name:
        return f"{path}: the PDF is encrypted with a password: save an unprotected copy to lint it"
    reason = " ".join(str(exc).split())[:120] or name
    return f"{path}: not a readable PDF ({reason})"


def _page_lines(page: Any, number: int, layout: Any) -> list[VisualLine]:
    found = []
    for box in page:
        if isinstance(box, layout.LTTextContainer):
            for line in box:
                if isinstance(line, layout.LTTextLine) and line.get_text().strip():
                    found.append(line)
    rows = _rows(_without_page_numbers(found))
    return [
        VisualLine(
            "\t".join(cell.get_text().strip() for cell in row),
            number,
            index,
            row[0].x0,
            row[-1].x1,
            max(min(cell.height for cell in row), 1.0),
        )
        for index, row in enumerate(rows, 1)
    ]


def _rows(lines: list[Any]) -> list[list[Any]]:
    """Lines top to bottom; pieces side by side on one baseline (table cells) form a row."""
    rows: list[list[Any]] = []
    for line in sorted(lines, key=lambda item: (-item.y1, item.x0)):
        row = rows[-1] if rows else None
        middle = (line.y0 + line.y1) / 2
        if row is not None and abs(middle - (row[0].y0 + row[0].y1) / 2) < 0.4 * line.height:
            row.append(line)
            row.sort(key=lambda item: item.x0)
        else:
            rows.append([line])
    return rows


def _without_page_numbers(lines: list[Any]) -> list[Any]:
    """Drop the topmost or bottommost line when it is only a page number."""
    if not lines:
        return lines
    by_height = sorted(lines, key=lambda line: line.y0)
    ends = {id(by_height[0]), id(by_height[-1])}
    return [
        line
        for line in lines
        if not (id(line) in ends and _PAGE_NUMBER.fullmatch(line.get_text().strip()))
    ]


def _without_running_lines(pages: list[list[VisualLine]]) -> list[list[VisualLine]]:
    """Drop running headers and footers: a page's top (bottom) line, narrower than the
    text, whose text is the top (bottom) line of two pages or more after the first, or
    the title of the first. They would stand between the halves of a paragraph a page
    break cuts (a wrapped line of the text fills the width: never one of them)."""
    first = [line.text.strip() for line in pages[0][:3]] if pages else []
    title = {*first, "".join(first[:2])}
    for end in (0, -1):
        tops = Counter(page[end].text.strip() for page in pages[1:] if page and _narrow(page, end))
        running = {text for text, count in tops.items() if count >= 2 or text in title}
        if running:
            pages = [
                _dropped(page, end, running) if index else page for index, page in enumerate(pages)
            ]
    return pages


def _narrow(page: list[VisualLine], end: int) -> bool:
    """Narrower than the text; at the foot, no sentence (以上数据均来源于…。 closing each
    section is text, while a header may end in 。)."""
    width = max(line.right for line in page) - min(line.left for line in page)
    sentence = end == -1 and page[end].text.rstrip().endswith(("。", "！", "？", "；", "."))
    return not sentence and page[end].right - page[end].left < _RUNNING_WIDTH * width


def _dropped(page: list[VisualLine], end: int, running: set[str]) -> list[VisualLine]:
    if not page or page[end].text.strip() not in running or not _narrow(page, end):
        return page
    return page[1:] if end == 0 else page[:-1]


def _paragraphs(pages: list[list[VisualLine]]) -> Iterator[list[VisualLine]]:
    current: list[VisualLine] = []
    for page in pages:
        if not page:
            continue
        left = min(line.left for line in page)
        right = max(line.right for line in page)
        for line in page:
            if current and not _continues(current[-1], line, left, right):
                yield current
                current = []
            current.append(line)
    if current:
        yield current


def _continues(above: VisualLine, line: VisualLine, left: float, right: float) -> bool:
    """Whether ``line`` goes on with the paragraph whose last line is ``above``."""
    size = line.size
    full = above.right >= right - 2.5 * size
    indented = line.left > left + 0.8 * size
    if not full or indented:
        return False
    return not (above.text[-1] in _SENTENCE_END and read_numbering(line.text) is not None)


def _separator(before: str, after: str) -> str:
    """A space between two Latin words cut by a line break, else nothing."""
    latin = before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii()
    return " " if latin and after[:1].isalnum() else ""
