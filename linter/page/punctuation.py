"""The punctuation regime of a document: native full-width, or converted to ASCII.

Many published texts had ，：；（） turned into ASCII wholesale while 。、《》“”
survived. Such a document is judged once for its punctuation, not once per
comma; its ASCII ( ) are brackets like （ ）, and spaces next to its ASCII
marks are spaces next to Chinese punctuation.

An ASCII mark counts when a Chinese character stands next to it, outside
URLs and e-mail addresses, a document number's year (``教办函(2014)23号``, a
matter of the number's form) and a line-opening ``(一)`` (a numbering matter).
The two halves of an ASCII bracket pair count together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Spans

if TYPE_CHECKING:
    from discl_lint.document.structure import Document

PUNCTUATION = "page.punctuation"
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）"}
_ASCII = regex(r"[,;:()]")
# URLs, e-mail addresses, document numbers: each with the text it needs.
_SHELTERS = (
    ("//", regex(r"https?://\S+")),
    ("www.", regex(r"www\.\S+")),
    ("@", regex(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
    # A document number's year in ASCII brackets (教办函(2014)23号) is DL503's to report.
    ("号", regex(r"\((?:19|20)\d\d\)\s*第?\s*\d+\s*号")),
    # Markdown link targets, code spans and fenced code are not prose.
    ("](", regex(r"\]\([^)\n]*(?:\([^)\n]*\)[^)\n]*)*\)")),
    ("`", regex(r"^```[^\n]*\n.*?^```|`[^`\n]+`", re.MULTILINE | re.DOTALL)),
)
_NUMBERING = regex(r"\([一二三四五六七八九十\d]{1,3}\)")
_INDENT = " \t\u3000\u00a0"
_BRACKET = regex(r"[()]")
# Converted wholesale: this many ASCII marks at least, and this share of all marks.
MIN_MARKS, MIN_SHARE = 5, 0.8


@dataclass(frozen=True)
class Punctuation:
    """The ASCII marks in Chinese text (offsets), the full-width count, and the regime."""

    marks: tuple[int, ...]
    native: int

    @property
    def converted(self) -> bool:
        """Whether the punctuation was converted to ASCII wholesale."""
        count = len(self.marks)
        return count >= MIN_MARKS and count >= MIN_SHARE * (count + self.native)


def punctuation_of(doc: Document) -> Punctuation:
    """The document's punctuation regime, computed once."""
    return doc.analysis(PUNCTUATION, _read)


def _read(doc: Document) -> Punctuation:
    text = doc.text
    sheltered = Spans(
        m.span() for needed, pattern in _SHELTERS if needed in text for m in pattern.finditer(text)
    )
    marks = {
        m.start()
        for m in _ASCII.finditer(text)
        if _in_chinese(text, m.start())
        and not sheltered.covers(m.start())
        and not _opens_line_numbering(text, m.start())
    }
    marks.update(_partners(text, marks, sheltered))
    return Punctuation(tuple(sorted(marks)), sum(text.count(ch) for ch in "，；：（）"))


def _in_chinese(text: str, offset: int) -> bool:
    before = text[offset - 1] if offset else ""
    after = text[offset + 1 : offset + 2]
    return is_han(before) or is_han(after)


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (the Chinese characters of a report)."""
    return "\u4e00" <= ch <= "\u9fff"


def _opens_line_numbering(text: str, offset: int) -> bool:
    """``(一)`` opening a line (a numbering matter, or the closer of one)."""
    if text[offset] not in "()":
        return False
    opener = offset if text[offset] == "(" else text.rfind("(", max(0, offset - 4), offset)
    if opener < 0 or not _NUMBERING.match(text, opener):
        return False
    line_start = text.rfind("\n", 0, opener) + 1
    return not text[line_start:opener].strip(_INDENT)


def _partners(text: str, marks: set[int], sheltered: Spans) -> Iterator[int]:
    """The other half of each ASCII bracket pair of which one half is a mark."""
    if "(" not in text:
        return
    stack: list[int] = []
    line_end = -1
    for bracket in _BRACKET.finditer(text):
        offset, ch = bracket.start(), bracket.group(0)
        if offset > line_end:  # brackets pair within a line
            stack, line_end = [], _line_end(text, offset)
        if ch == "(":
            stack.append(offset)
        elif stack:
            opener = stack.pop()
            if (opener in marks) != (offset in marks) and not sheltered.covers(opener):
                yield offset if opener in marks else opener


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
