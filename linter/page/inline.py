"""Headings written inside one long line: a page or a PDF saved on a single line.

``……已全部上线。 2.信息公开队伍进一步加强。 各单位……``: a numbering token after
a space opens a heading whose title runs to the next space. A line is read this
way only when it holds at least two top-level tokens (一、 二、 …) in order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from discl_lint.text.numerals import Numbering, read_numbering
from discl_lint.text.regex_store import regex

if TYPE_CHECKING:
    from discl_lint.document.structure import Heading, Line

# Lines shorter than this are ordinary lines, read line by line.
MIN_CHARS = 200
TITLE_MAX = 40
TOKEN = regex(
    r"(?<=\s)(?:[一二三四五六七八九十]{1,3}[、.．]|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、](?![\d.．])|（\d{1,2}）)"
)
_SEGMENT = regex(rf"\S{{1,{TITLE_MAX + 4}}}(?=\s|$)")


@dataclass(frozen=True)
class InlineHeading:
    """A heading inside a long line: where its segment starts, its text and numbering."""

    start: int
    text: str
    numbering: Numbering

    @property
    def end(self) -> int:
        """Offset just past the heading's title."""
        return self.start + len(self.text)


def inline_headings(line: Line) -> tuple[InlineHeading, ...]:
    """The headings inside ``line`` when it is a flattened page, else none."""
    text = line.text
    if len(text) < MIN_CHARS or text.count(" ") + text.count("\u3000") < 2:
        return ()
    found = list(_candidates(line))
    top = [h.numbering.value for h in found if h.numbering.family == "han"]
    if len(top) < 2 or top[0] != 1 or top != sorted(top):
        return ()
    return tuple(found)


def _candidates(line: Line) -> Iterator[InlineHeading]:
    for token in TOKEN.finditer(line.text):
        segment = _SEGMENT.match(line.text, token.start())
        if segment is None:
            continue
        numbering = read_numbering(segment.group(0))
        if numbering is not None and numbering.end < len(segment.group(0)):
            yield InlineHeading(line.start + token.start(), segment.group(0), numbering)


def headings_inside(lines: Sequence[Line]) -> tuple[Heading, ...]:
    """The inline headings of every long line, as headings whose line is their segment."""
    from discl_lint.document.structure import Heading, Line

    headings = []
    for line in lines:
        for inline in inline_headings(line):
            title = inline.text[inline.numbering.end :].strip()
            segment = Line(line.number, inline.start, inline.text)
            headings.append(Heading(segment, inline.numbering.rank, title, inline.numbering))
    return tuple(headings)
