"""``broken-paragraph``: a paragraph cut in two by a page break of the conversion.

A paragraph is broken when it ends in the middle of a sentence (a character,
a comma) and the next paragraph carries on the sentence. Headings, title and
letterhead lines, addressees (…：), signatures and dates are not paragraphs of
running text, nor is a line without any punctuation (a heading without a
number) or a ``label：value`` line of a contact block. A numbered line counts as
a heading only when most lines of its list are headings too ("8. …优秀学生干部"
in a list of sentences is text); in a list of headings, an item with no
sentence punctuation is a heading however long. Paragraphs are the document's:
in a PDF transcript its wrapped lines are re-joined, and a paragraph is broken
only where its last line fills the document's line width.
The fix joins the two paragraphs.

Options:
  min_chars: shortest unnumbered paragraph considered running text (default 40;
    titles are shorter; in a wrapped document, at most one full line).
    A numbered list item is running text at any length.
  open_end: regular expression a broken paragraph ends with.
  closed_start: regular expression the next paragraph must not start with.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document, NumberedLine, Paragraph
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Edit, Hit
from discl_lint.page.layout import page_of
from discl_lint.text.numerals import read_numbering
from discl_lint.text.regex_store import regex
from discl_lint.text.width import fills, slack

_DATE_LINE = regex(r"[\s\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]*")
_INDENT = regex(r"[ \t\u00a0\u3000]*")
_SENTENCE_MARK = regex(r"[，。；,;]")
_ANY_MARK = regex(r"[，。、；：？！“”‘’（）《》〈〉【】〔〕…—,.;:?!()\"]")
_YEAR_RANGE = regex(r"(?<=\d)[—–－~～-](?=\d)")
_FIELD_LINE = regex(r"[^，。；：:\s]{1,8}[：:][^，。；]{1,40}")
# An unnumbered line without punctuation this long or shorter is a heading.
HEADING_LINE_MAX = 60


@dataclass(frozen=True)
class BrokenOptions:
    """Validated options of ``broken-paragraph``."""

    min_chars: int
    open_end: re.Pattern[str]
    closed_start: re.Pattern[str]


def list_headings(doc: Document) -> set[int]:
    """Line numbers of numbered lines that are headings, judged with their list."""
    parents: list[NumberedLine] = []
    groups: dict[tuple[int, str], list[NumberedLine]] = {}
    for item in doc.numbered:
        while parents and parents[-1].numbering.rank >= item.numbering.rank:
            parents.pop()
        parent = parents[-1].line.number if parents else 0
        groups.setdefault((parent, item.numbering.family), []).append(item)
        parents.append(item)
    headings: set[int] = set()
    for items in groups.values():
        if 2 * sum(i.is_heading for i in items) > len(items):
            headings.update(i.line.number for i in items if i.is_heading or _no_sentence(i))
    return headings


def _no_sentence(item: NumberedLine) -> bool:
    return not _SENTENCE_MARK.search(item.title)


class BrokenParagraph:
    """Report paragraphs that end mid-sentence and continue in the next one."""

    name = "broken-paragraph"
    placeholders = ("found",)

    def parse_options(self, raw: Mapping[str, Any]) -> BrokenOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"min_chars", "open_end", "closed_start"})
        min_chars = raw.get("min_chars", 40)
        if not isinstance(min_chars, int) or min_chars < 1:
            raise OptionError(
                "options.min_chars", f"expected a positive whole number, got {min_chars!r}"
            )
        return BrokenOptions(
            min_chars,
            opt.regex(raw.get("open_end", r"[\u4e00-\u9fffA-Za-z0-9，、]$"), "options.open_end"),
            opt.regex(raw.get("closed_start", r"[\s\u3000]*(?:附件|特此)"), "options.closed_start"),
        )

    def check(self, doc: Document, options: BrokenOptions) -> Iterator[Hit]:
        """One hit per broken paragraph, at its last character."""
        titles = {h.line.number for h in doc.headings if h.numbering is None}
        wrap = page_of(doc).wrap
        if wrap is not None:
            options = BrokenOptions(
                min(options.min_chars, (wrap - slack(wrap)) // 2),
                options.open_end,
                options.closed_start,
            )
        skip = _Skip(list_headings(doc) | titles, _title_end(doc, options.min_chars), wrap)
        paragraphs = doc.paragraphs
        for index, (first, second) in enumerate(itertools.pairwise(paragraphs)):
            tail = doc.text[max(first.start, first.end - 6) : first.end]
            if _broken(doc, first, second, skip, options):
                indent = _INDENT.match(doc.text, second.start)
                join = Edit(first.end, indent.end() if indent else second.start, "")
                yield Hit(first.end - 1, first.end, {"found": tail}, edits=(join,))
            elif (
                _header_line(doc, second)
                and index + 2 < len(paragraphs)
                and _broken(doc, first, paragraphs[index + 2], skip, options)
            ):
                # Cut by a page break under a running header printed once: said, not
                # joined (the line between may be a heading after all).
                yield Hit(first.end - 1, first.end, {"found": tail})


@dataclass(frozen=True)
class _Skip:
    """Lines that are not running text, and where the title block ends."""

    lines: set[int]
    title_end: int
    wrap: int | None = None


def _running_text(doc: Document, paragraph: Paragraph, skip: _Skip, options: BrokenOptions) -> bool:
    text = doc.text[paragraph.start : paragraph.end].strip(" \t\u00a0\u3000")
    first, last = paragraph.lines[0].number, paragraph.lines[-1].number
    if first in skip.lines or last in skip.lines or _DATE_LINE.fullmatch(text):
        return False
    if skip.wrap is not None and not fills(paragraph.lines[-1].text, skip.wrap):
        return False
    numbered = read_numbering(text) is not None
    if not numbered and len(paragraph.lines) == 1 and _heading_or_field(text):
        return False
    if _FIELD_LINE.fullmatch(paragraph.lines[-1].text.strip(" \t\u00a0\u3000")):
        return False  # a list of 类别：58条 lines ends with its last item, not mid-sentence
    long_enough = numbered or len(text) >= options.min_chars
    return long_enough and paragraph.start >= skip.title_end


def _broken(
    doc: Document, first: Paragraph, second: Paragraph, skip: _Skip, options: BrokenOptions
) -> bool:
    ending = doc.text[first.start : first.end].rstrip(" \t\u00a0\u3000")
    if not options.open_end.search(ending) or not _running_text(doc, first, skip, options):
        return False
    following = doc.text[second.start : second.end]
    if read_numbering(following) is not None or options.closed_start.match(following):
        return False
    if _header_line(doc, second):
        return False  # a page's running header, not the words that go on: joining is no fix
    return second.lines[0].number not in skip.lines and not _DATE_LINE.fullmatch(following)


def _header_line(doc: Document, paragraph: Paragraph) -> bool:
    """A one-line paragraph that reads as a running header (…年度报告, no punctuation)."""
    text = doc.text[paragraph.start : paragraph.end].strip()
    return len(paragraph.lines) == 1 and "报告" in text and _heading_or_field(text)


def _heading_or_field(text: str) -> bool:
    """A heading without a number (no punctuation at all), or a ``联系电话：…`` line."""
    short = len(text) <= HEADING_LINE_MAX
    marks = _ANY_MARK.search(_YEAR_RANGE.sub("", text))  # 2023—2024学年: no punctuation
    return short and (not marks or bool(_FIELD_LINE.fullmatch(text)))


def _title_end(doc: Document, min_chars: int) -> int:
    # Title and letterhead lines stand before the first line of running text.
    return next((line.start for line in doc.lines if len(line.text.strip()) >= min_chars), 0)
