"""Headings the source marks as such (Markdown ``##``, HTML ``<h2>``) ranked with the
numbered lines: a marked heading's level ranks first and its numbering within the
level (## 概述 above ### 1. 工作机制); a numbered line that reads as a heading
(一、概述：) ranks below every marked heading, unless it numbers on from a marked
heading of its family.
"""

from __future__ import annotations

from collections.abc import Iterable

from discl_lint.document.structure import (
    LEVEL_RANK,
    PLAIN_RANK,
    Heading,
    Line,
    line_headings,
    numbered_lines,
)
from discl_lint.text.numerals import read_numbering

UNNUMBERED = 50  # an unnumbered heading ranks below the numbered ones of its level
TITLE_RANK = 9 * LEVEL_RANK  # the report's title, below everything


def marked_heading(line: Line, level: int, text: str) -> Heading:
    """The heading of ``line``, marked at ``level`` (1–6), whose own text is ``text``."""
    numbering = read_numbering(text)
    if numbering is None:
        return Heading(line, level * LEVEL_RANK + UNNUMBERED, text.strip())
    title = text[numbering.end :].strip()
    return Heading(line, level * LEVEL_RANK + numbering.rank, title, numbering)


def ranked_headings(
    lines: tuple[Line, ...], marked: list[Heading], plain: Iterable[Heading] = ()
) -> tuple[Heading, ...]:
    """The marked headings and the numbered lines of ``lines`` not marked (and
    ``plain``, further unmarked headings), in text order, ranked."""
    marked = _title_apart(marked)
    taken = {h.line.number for h in marked}
    unmarked = [
        Heading(h.line, PLAIN_RANK + h.rank, h.title, h.numbering)
        for h in (*line_headings(numbered_lines(lines)), *plain)
        if h.line.number not in taken
    ]
    return tuple(_sequence_kept(sorted([*marked, *unmarked], key=lambda h: h.line.start)))


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
