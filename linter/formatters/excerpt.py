"""A source line as a terminal should show it: tabs expanded, non-printing characters
escaped, and a long line cut to a window around the finding, with the caret's place.

A report is third-party text: an escape sequence in it must not reach the
terminal, and a 200 KB line must not be printed once per finding.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

TAB_WIDTH = 4
# Terminal columns of an excerpt of a long line, and how many of them come before the span.
WIDTH = 120
BEFORE = 40
ELLIPSIS = "…"


def escaped(text: str) -> str:
    """``text`` with every non-printing character (ANSI escapes, controls) written out."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def width(text: str) -> int:
    """Terminal columns: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass(frozen=True)
class Excerpt:
    """What to print, and the columns of the caret under the span."""

    text: str
    caret_start: int
    caret_width: int


def _cells(line: str) -> list[tuple[str, int]]:
    """Each character as shown, with its width; a tab reaches the next tab stop."""
    cells, column = [], 0
    for ch in line:
        if ch == "\t":
            shown = " " * (TAB_WIDTH - column % TAB_WIDTH)
        elif ch.isprintable() or ch == " ":
            shown = ch
        else:
            shown = _escape(ch)
        size = len(shown) if ch == "\t" or shown != ch else width(ch)
        cells.append((shown, size))
        column += size
    return cells


def excerpt(line: str, start: int, end: int) -> Excerpt:
    """The line with the span ``line[start:end]`` (code points) marked."""
    # A character takes at least one column, so no more of the line can be shown.
    low = 0 if len(line) <= WIDTH else max(0, start - BEFORE)
    cells = _cells(line[low : start + WIDTH])
    start = min(start - low, len(cells))
    end = min(max(end - low, start), len(cells))
    before = _columns(cells, start)
    whole = low == 0 and len(cells) == len(line) and _columns(cells, len(cells)) <= WIDTH
    first = 0 if whole else _back(cells, start, BEFORE)
    last = len(cells) if whole else _forward(cells, first, WIDTH)
    head = ELLIPSIS if low + first > 0 else ""
    tail = ELLIPSIS if low + last < len(line) else ""
    text = head + "".join(shown for shown, _ in cells[first:last]) + tail
    caret = len(head) + before - _columns(cells, first)
    return Excerpt(text, caret, max(1, _columns(cells, min(end, last)) - before))


def _columns(cells: list[tuple[str, int]], index: int) -> int:
    return sum(size for _, size in cells[:index])


def _back(cells: list[tuple[str, int]], index: int, columns: int) -> int:
    used = 0
    while index > 0 and used + cells[index - 1][1] <= columns:
        index -= 1
        used += cells[index][1]
    return index


def _forward(cells: list[tuple[str, int]], index: int, columns: int) -> int:
    used = 0
    while index < len(cells) and used + cells[index][1] <= columns:
        used += cells[index][1]
        index += 1
    return index
