"""The decoded report: text, line index, numbered lines, headings, paragraphs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar, cast

from discl_lint.document.lines import Heading, Line, NumberedLine, Paragraph, title_after
from discl_lint.document.run_in import with_run_in
from discl_lint.text.numerals import read_numbering
from discl_lint.text.regex_store import regex

__all__ = ["Document", "Heading", "Line", "NumberedLine", "Paragraph", "build", "title_after"]

T = TypeVar("T")
_EOL = regex(r"\r\n|\r|\n")
# 附件：/附件1 …/附件一：/附表2、/附：/**附件1：**, at a line's start.
_ANNEX = regex(
    r"^[ \t\u3000#*]*附\s*(?:[件表]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?)?"
    r"\s*(?:[:：、.．]|[ \t\u3000]+(?=\S)|\**$)",
    re.MULTILINE,
)
# A numbered line longer than this (after its token) is a list item, not a heading.
HEADING_MAX_CHARS = 40
# Sections found by their place alone when fewer than three stand alone.
RUN_IN_LEAST = 5
# Ranks of marked headings (Markdown ## …): LEVEL_RANK per level, below them the rest.
LEVEL_RANK = 100
PLAIN_RANK = 7 * LEVEL_RANK


@dataclass(frozen=True)
class Document:
    """A report as the rules see it. Loaders build it; nothing mutates it.

    ``text`` is the report with page chrome and tables blanked out (offsets kept)
    when the page was read; ``source_text`` is the text as read, for the checks
    that look at everything.
    """

    path: str
    text: str
    lines: tuple[Line, ...]
    headings: tuple[Heading, ...] = ()
    numbered: tuple[NumberedLine, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    profile: str = "hei"
    encoding: str = "utf-8"
    line_starts: tuple[int, ...] = field(default=(), repr=False)
    # Spans of laid-out tables (rows of cells, not sentences), when a reader found them.
    tables: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # How the page was read (chrome, tables, line width: a ``page.layout.Page``)
    # and the text before masking; the page layer sits above this one.
    page: Any = field(default=None, compare=False, repr=False)
    raw_text: str = field(default="", compare=False, repr=False)
    # Set by the loaders of .docx, .pdf and .html files: see origin.py.
    origin: Any = field(default=None, compare=False, repr=False)
    # Where the citation knowledge base comes from (a KnowledgeSource); None: the built-in one.
    knowledge: Any = field(default=None, compare=False, repr=False)
    # Analyses shared by several rules (the period, the breakdowns), computed once.
    memo: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def analysis(self, name: str, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, computed on first use and remembered."""
        if name not in self.memo:
            self.memo[name] = compute(self)
        return cast(T, self.memo[name])

    @property
    def source_text(self) -> str:
        """The text as read, chrome and tables included."""
        return self.raw_text or self.text

    @cached_property
    def source_lines(self) -> tuple[Line, ...]:
        """The lines as read, chrome and tables included (numbers and offsets as ``lines``)."""
        return self.split_lines(self.raw_text) if self.raw_text else self.lines

    @classmethod
    def split_lines(cls, text: str) -> tuple[Line, ...]:
        """Cut ``text`` into lines on any of ``\\r\\n``, ``\\r`` and ``\\n``."""
        lines, start = [], 0
        for number, match in enumerate(_EOL.finditer(text), start=1):
            lines.append(Line(number, start, text[start : match.start()]))
            start = match.end()
        if start < len(text) or not lines:
            lines.append(Line(len(lines) + 1, start, text[start:]))
        return tuple(lines)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of ``offset``."""
        starts = self.line_starts or tuple(line.start for line in self.lines)
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        line = self.lines[index]
        return line.number, min(offset, line.end) - line.start + 1

    def in_table(self, offset: int) -> bool:
        """Whether ``offset`` falls inside one of the document's tables."""
        return any(start <= offset < end for start, end in self.tables)

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Offsets of the paragraphs' first characters, for bisecting."""
        return [p.start for p in self.paragraphs]

    @cached_property
    def characters(self) -> frozenset[str]:
        """Every distinct character of the text (what prefilters ask about)."""
        return frozenset(self.text)

    @cached_property
    def source_characters(self) -> frozenset[str]:
        """Every distinct character of the text as read (chrome and tables included)."""
        return frozenset(self.raw_text) if self.raw_text else self.characters

    @cached_property
    def top_headings(self) -> tuple[Heading, ...]:
        """Headings of the highest rank that has enough of them to be sections."""
        ranks = sorted({h.rank for h in self.headings})
        for rank in ranks:
            chosen = tuple(h for h in self.headings if h.rank <= rank)
            if len(chosen) >= 3:
                return self._before_annex(with_run_in(chosen, self.numbered))
            # Most sections may run into their first sentence (一、概述。本学年……).
            if len(filled := with_run_in(chosen, self.numbered)) >= RUN_IN_LEAST:
                return self._before_annex(filled)
        return self.headings

    @cached_property
    def heading_levels(self) -> dict[int, int]:
        """Line number → level of each marked heading (## … is 2); none in plain text."""
        return {
            h.line.number: h.rank // LEVEL_RANK
            for h in self.headings
            if LEVEL_RANK <= h.rank < PLAIN_RANK
        }

    def _before_annex(self, headings: tuple[Heading, ...]) -> tuple[Heading, ...]:
        # An attachment (附件：清单事项公开情况表) numbers its own items 一、二、…: they
        # are the attachment's, not the report's sections. A caption in the body
        # (附表1：…) is followed by the next section, numbered on.
        at = headings[2].line.end
        while (annex := _ANNEX.search(self.text, at)) is not None:
            before = tuple(h for h in headings if h.line.start < annex.start())
            after = next((h for h in headings if h.line.start >= annex.end()), None)
            if after is None or not _numbered_on(before[-1], after):
                return before
            at = annex.end()
        return headings

    @cached_property
    def annex_start(self) -> int | None:
        """Offset of the attachments after the last section (附件：…), if any."""
        top = self.top_headings
        annex = _ANNEX.search(self.text, top[-1].line.end) if len(top) >= 3 else None
        return annex.start() if annex else None

    def section_title(self, offset: int) -> str:
        """Title of the top-level section holding ``offset`` ("" in the preamble)."""
        index = bisect.bisect_right(self._section_starts, offset) - 1
        return self.top_headings[index].title if index >= 0 else ""

    def section_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the top-level section holding ``offset`` (or of the preamble)."""
        starts = self._section_starts
        index = bisect.bisect_right(starts, offset) - 1
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return (starts[index] if index >= 0 else 0), end

    @cached_property
    def _section_starts(self) -> list[int]:
        return [h.line.start for h in self.top_headings]

    @cached_property
    def preamble_end(self) -> int:
        """Offset of the first section heading (the end of title and preamble)."""
        top = self.top_headings
        return top[0].line.start if top else len(self.text)


def _numbered_on(last: Heading, then: Heading) -> bool:
    """Whether ``then`` is the section after ``last`` (五、 after 四、)."""
    a, b = last.numbering, then.numbering
    return a is not None and b is not None and (b.family, b.value) == (a.family, a.value + 1)


def numbered_lines(lines: tuple[Line, ...]) -> tuple[NumberedLine, ...]:
    """Find every line opened by a numbering token."""
    found = []
    for line in lines:
        numbering = read_numbering(line.text)
        if numbering is None:
            continue
        title = title_after(line.text, numbering)
        found.append(NumberedLine(line, numbering, looks_like_heading(title)))
    return tuple(found)


def looks_like_heading(title: str) -> bool:
    """Short, one-sentence titles are headings; long numbered lines are list items."""
    body = title.rstrip("。.；;：:")
    return 0 < len(body) <= HEADING_MAX_CHARS and "。" not in body


def line_paragraphs(lines: tuple[Line, ...]) -> tuple[Paragraph, ...]:
    """Text converted from Word or PDF writes one paragraph per line."""
    return tuple(Paragraph((line,)) for line in lines if not line.blank)


def build(
    path: str,
    text: str,
    headings: tuple[Heading, ...] | None = None,
    paragraphs: tuple[Paragraph, ...] | None = None,
) -> Document:
    """Build a document; headings default to the short numbered lines."""
    lines = Document.split_lines(text)
    numbered = numbered_lines(lines)
    if headings is None:
        headings = line_headings(numbered)
    starts = tuple(line.start for line in lines)
    if paragraphs is None:
        paragraphs = line_paragraphs(lines)
    return Document(path, text, lines, headings, numbered, paragraphs, line_starts=starts)


def line_headings(numbered: tuple[NumberedLine, ...]) -> tuple[Heading, ...]:
    """The numbered lines short enough to be headings."""
    return tuple(
        Heading(n.line, n.numbering.rank, n.title, n.numbering) for n in numbered if n.is_heading
    )
