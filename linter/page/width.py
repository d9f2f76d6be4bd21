"""The document's own line width, and paragraphs re-joined from it.

A PDF transcript keeps the printed lines: thirty-odd characters each, a
paragraph over several lines. Such a document has a typical width — many lines
of nearly the same width, most of them ending mid-sentence. A line that fills
that width runs on into the next line, unless the next line opens a block
(indented, numbered). Widths are visual: a Chinese character counts two, an
ASCII character one, as the printed page measures them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discl_lint.text.numerals import read_numbering
from discl_lint.text.regex_store import regex
from discl_lint.text.width import fills, visual_width

if TYPE_CHECKING:
    from discl_lint.document.structure import Line, Paragraph

# Printed lines are 15 to 80 Chinese characters wide.
MIN_WIDTH, MAX_WIDTH = 30, 160
BAND = 6
MIN_LINES, MIN_SHARE = 5, 0.35
GATE_SHARE = 0.3
_SENTENCE_END = regex(r"[。！？；：”’」』）)]\s*$")
_INDENT = regex(r"[ \t\u3000\u00a0]")


def wrap_width(lines: Sequence[Line], skip: set[int]) -> int | None:
    """The typical width of a wrapped line, or None when lines are paragraphs."""
    texts = [line.text.rstrip() for i, line in enumerate(lines) if i not in skip and not line.blank]
    if len(texts) < MIN_LINES or not _maybe_wrapped(texts):
        return None
    widths = [visual_width(t) for t in texts]
    ordered = sorted(widths)
    least = max(MIN_LINES, MIN_SHARE * len(texts))
    low, high = (
        bisect.bisect_right(ordered, MIN_WIDTH - BAND),
        bisect.bisect_right(ordered, MAX_WIDTH),
    )
    if high - low < least:
        return None  # most lines are paragraphs or short headings: nothing wraps

    def count(top: int) -> int:
        return bisect.bisect_right(ordered, top) - bisect.bisect_right(ordered, top - BAND)

    tops = {w for w in ordered[low:high] if w >= MIN_WIDTH}  # a band's top is a line's width
    band = max(tops, key=lambda top: (count(top), top), default=MIN_WIDTH)
    inside = [w for w in ordered if band - BAND < w <= band]
    if len(inside) < least:
        return None
    open_ended = sum(
        1
        for t, w in zip(texts, widths, strict=True)
        if band - BAND < w and not _SENTENCE_END.search(t)
    )
    return inside[len(inside) // 2] if 2 * open_ended >= len(inside) else None


def _maybe_wrapped(texts: list[str]) -> bool:
    # Cheap first test on lengths alone: enough lines of a line's length, running on.
    running = sum(
        1
        for t in texts
        if MIN_WIDTH // 2 <= len(t) <= MAX_WIDTH // 2 + 5 and not _SENTENCE_END.search(t)
    )
    return running >= GATE_SHARE * len(texts)


def opens_block(text: str) -> bool:
    """Indented or numbered: the line starts a paragraph, a heading or a list item."""
    return bool(_INDENT.match(text)) or read_numbering(text) is not None


def rejoined(lines: Sequence[Line], width: int | None) -> tuple[Paragraph, ...]:
    """Paragraphs: runs of non-blank lines, a line joined to the one it runs on from."""
    from discl_lint.document.structure import Paragraph

    if width is None:
        return tuple(Paragraph((line,)) for line in lines if not line.blank)
    paragraphs: list[Paragraph] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                paragraphs.append(Paragraph(tuple(current)))
            current = []
            continue
        runs_on = current and fills(current[-1].text, width)
        if current and not (runs_on and not opens_block(line.text)):
            paragraphs.append(Paragraph(tuple(current)))
            current = []
        current.append(line)
    if current:
        paragraphs.append(Paragraph(tuple(current)))
    return tuple(paragraphs)
