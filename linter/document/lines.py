"""The parts of a report a document is made of: lines, numbered lines, headings, paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from discl_lint.text.numerals import Numbering
from discl_lint.text.regex_store import regex

_BLANK = regex(r"[\s\u00a0\u3000\ufeff]*")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the report, without its line ending."""

    number: int
    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just past the line's last character."""
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        """True for an empty or whitespace-only line."""
        return _BLANK.fullmatch(self.text) is not None


@dataclass(frozen=True, slots=True)
class NumberedLine:
    """A line opened by a numbering token (heading or list item)."""

    line: Line
    numbering: Numbering
    is_heading: bool

    @property
    def title(self) -> str:
        """The text after the numbering token."""
        return title_after(self.line.text, self.numbering)


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading: its line, a rank (smaller is higher) and its title text."""

    line: Line
    rank: int
    title: str
    numbering: Numbering | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph: consecutive lines of one block (one line in converted text)."""

    lines: tuple[Line, ...]

    @property
    def start(self) -> int:
        """Offset of the paragraph's first character."""
        return self.lines[0].start

    @property
    def end(self) -> int:
        """Offset just past the paragraph's last character."""
        return self.lines[-1].end


def title_after(text: str, numbering: Numbering) -> str:
    """The words after a line's numbering, without spaces or closing bold markers."""
    title = text[numbering.end :].strip(" \t\u00a0\u3000")
    return title.removesuffix("**").removesuffix("__").rstrip(" \t\u00a0\u3000")
