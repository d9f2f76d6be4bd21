"""``balanced-pairs``: brackets and quotes opened and closed within a paragraph.

Options:
  pairs: list of two-character strings, opener then closer (default （）“”《》〔〕【】).
A stray closer or an opener left open is reported ({found}, {expected}).
Paragraphs are the document's (wrapped lines re-joined). In a document whose
punctuation was converted to ASCII wholesale, ( ) pair like （ ）. An opener
left open in a text that stops mid-sentence (cut off) is not reported: the
rest of the pair was lost with the rest of the text. Marks inside the
document's tables are not judged: a cell's text wraps over lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit
from discl_lint.page.punctuation import punctuation_of
from discl_lint.text.regex_store import regex

DEFAULT_PAIRS = ("（）", "“”", "《》", "〔〕", "【】")
# A text that ends with none of these stops mid-sentence.
_CLOSED_END = regex(r"[。！？；：…”’）)》」』】〕.!?;:]\s*$")
# ``1)`` and ``(一)`` opening a line are numbering, not brackets.
_NUMBERING = regex(r"^[ \t\u3000]*\(?[0-9一二三四五六七八九十A-Za-z]{1,3}\)", re.MULTILINE)
# A closer after a short numeral that opens a line or a clause (1）予以公开；2）…) ends a
# list marker: it was never opened.
_MARKER = regex(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z])\Z")
_MARKER_AFTER = frozenset("\n \t\u3000；;，,。：:、")


@dataclass(frozen=True)
class PairOptions:
    """Validated options of ``balanced-pairs``."""

    closers: Mapping[str, str]


class BalancedPairs:
    """Report unclosed openers and unopened closers, per paragraph."""

    name = "balanced-pairs"
    placeholders = ("found", "expected")

    def parse_options(self, raw: Mapping[str, Any]) -> PairOptions:
        """Validate the pair list."""
        opt.reject_unknown(raw, {"pairs"})
        pairs = raw.get("pairs", list(DEFAULT_PAIRS))
        if not isinstance(pairs, list) or not all(
            isinstance(p, str) and len(p) == 2 for p in pairs
        ):
            raise OptionError(
                "options.pairs", "expected a list of two-character strings such as （）"
            )
        return PairOptions({p[1]: p[0] for p in pairs})

    def check(self, doc: Document, options: PairOptions) -> Iterator[Hit]:
        """Walk each paragraph with a stack of open brackets."""
        closers = dict(options.closers)
        numbering: set[int] = set()
        if "（" in closers.values() and "(" in doc.text and punctuation_of(doc).converted:
            closers[")"] = "("
            numbering = _numbering_marks(doc.text)
        groups = _by_paragraph(doc, "".join(closers) + "".join(closers.values()), numbering)
        cut_off = _cut_off(doc)
        for key, offsets in groups.items():
            yield from _unbalanced(doc.text, offsets, closers, report_open=key != cut_off)


def _numbering_marks(text: str) -> set[int]:
    """Offsets of the brackets of line-opening numbering: the ``)`` and, in ``(一)``, the ``(``."""
    marks: set[int] = set()
    for match in _NUMBERING.finditer(text):
        marks.add(match.end() - 1)
        opener = match.group().find("(")
        if opener >= 0:
            marks.add(match.start() + opener)
    return marks


def _by_paragraph(doc: Document, chars: str, skip: set[int]) -> dict[int, list[int]]:
    """Offsets of the marks, by paragraph; marks outside paragraphs (Markdown headings) by line."""
    marks = regex("[" + re.escape(chars) + "]")
    starts = doc.paragraph_starts
    groups: dict[int, list[int]] = {}
    for match in marks.finditer(doc.text):
        offset = match.start()
        if offset in skip or (doc.tables and doc.in_table(offset)):
            continue
        index = bisect.bisect_right(starts, offset) - 1
        inside = index >= 0 and offset < doc.paragraphs[index].end
        groups.setdefault(index if inside else -doc.position(offset)[0], []).append(offset)
    return groups


def _unbalanced(
    text: str, offsets: list[int], closers: Mapping[str, str], report_open: bool
) -> Iterator[Hit]:
    openers = {v: k for k, v in closers.items()}
    stack: list[int] = []
    for offset in offsets:
        ch = text[offset]
        if ch in openers:
            stack.append(offset)
        elif stack and text[stack[-1]] == closers[ch]:
            stack.pop()
        elif not _ends_marker(text, offset):
            yield Hit(offset, offset + 1, {"found": ch, "expected": closers[ch] + ch})
    for offset in stack if report_open else ():
        opener = text[offset]
        yield Hit(offset, offset + 1, {"found": opener, "expected": opener + openers[opener]})


def _ends_marker(text: str, offset: int) -> bool:
    """Whether the closer at ``offset`` ends a list marker (``1）``, ``二）``, ``a）``)."""
    match = _MARKER.search(text, max(0, offset - 3), offset)
    return match is not None and (match.start() == 0 or text[match.start() - 1] in _MARKER_AFTER)


def _cut_off(doc: Document) -> int:
    """The last paragraph's index when the text stops mid-sentence (cut off), else -1."""
    if not doc.paragraphs or _CLOSED_END.search(doc.text[-200:]):
        return -1
    return len(doc.paragraphs) - 1
