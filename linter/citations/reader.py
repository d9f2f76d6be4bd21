"""The citations of a report: 《…》 titles, 文号 and 令号 tokens, and which number goes with
which title. Read once per document (``citations(doc)``); offsets are into the original text.

A title is an outermost 《…》 span on one line (nested marks belong to it). Its numbers are
the tokens in the parenthesis right after the 》 — （教办函〔2014〕23号）,
（中华人民共和国教育部令第29号，以下简称《办法》）, （国务院令第492号公布，国务院令第711号修订）
— possibly after a （以下简称…）.
Nothing inside a URL is read.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from discl_lint.citations.normal import key
from discl_lint.citations.scan import is_han, positions, urls
from discl_lint.citations.tokens import NumberToken, read_numbers
from discl_lint.document.structure import Document
from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Spans

_ALIAS_PAREN = regex(r"[ \u3000]*[（(]以下简称[^）)\n]{0,30}[）)]")
_OPEN_PAREN = regex(r"[ \u3000]*[（(]")
_CLOSE_PAREN = regex(r"[）)\n]")
# The document's date before its number (（2007年国务院令第492号）, （2019年4月3日公布）).
_DATE_LEAD = regex(
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:公布|发布|印发|修订|颁布)?的?\s*"
)
_ALIAS_CLAUSE = regex(r"以下简称[^，,；;]{0,30}[，,；;]")
_JOINERS = regex(r"[\s，,、；;和及]*|[\s，,、；;]*(?:公布|修订|发布|印发)[\s，,、；;]*")
MAX_TITLE_CHARS = 80
_MAY_FOLLOW = frozenset("（( \u3000")  # what a paired number's parenthesis may start with


@dataclass(frozen=True)
class Title:
    """A 《…》 span: its offsets (marks included), the text inside, the Han run before it."""

    start: int
    end: int
    text: str
    preceding: str  # up to 24 characters before the 《

    @cached_property
    def before(self) -> str:
        """The Han run (and 、) right before the 《, where an issuer may be written."""
        text = self.preceding
        first = len(text)
        while first > 0 and (is_han(text[first - 1]) or text[first - 1] == "、"):
            first -= 1
        return text[first:]

    @cached_property
    def key(self) -> str:
        """The title as compared with the knowledge base (normal.key)."""
        return key(self.text)

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the text inside the marks."""
        return self.start + 1, self.end - 1


@dataclass(frozen=True)
class Citation:
    """A title and the numbers in the parenthesis after it."""

    title: Title
    numbers: tuple[NumberToken, ...] = ()


@dataclass(frozen=True)
class Citations:
    """Everything cited in one report."""

    citations: tuple[Citation, ...]
    numbers: tuple[NumberToken, ...]

    @property
    def empty(self) -> bool:
        """True when the report cites nothing."""
        return not self.citations and not self.numbers


def citations(doc: Document) -> Citations:
    """The citations of ``doc``, read once and shared by the rules."""
    return doc.analysis("citations", lambda d: read(d.text))


def read(text: str) -> Citations:
    """Titles, numbers and their pairing in ``text``."""
    sheltered = Spans(urls(text))
    numbers = read_numbers(text, sheltered)
    titles = [t for t in _titles(text) if not sheltered.covers(t.start)]
    paired = tuple(Citation(t, _paired(text, t, numbers)) for t in titles)
    return Citations(paired, numbers)


def _titles(text: str) -> Iterator[Title]:
    depth, opened = 0, 0
    for at in positions(text, "《》"):
        char = text[at]
        if depth and text.find("\n", opened, at) != -1:
            depth = 0  # a title does not run across lines
        if char == "《":
            if depth == 0:
                opened = at
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0 and at + 1 - opened <= MAX_TITLE_CHARS:
                yield _title(text, opened, at + 1)


def _title(text: str, start: int, end: int) -> Title:
    return Title(start, end, text[start + 1 : end - 1], text[max(0, start - 24) : start])


def _paired(text: str, title: Title, numbers: tuple[NumberToken, ...]) -> tuple[NumberToken, ...]:
    at = title.end
    if text[at : at + 1] not in _MAY_FOLLOW:
        return ()
    alias = _ALIAS_PAREN.match(text, at)
    if alias:
        at = alias.end()
    opening = _OPEN_PAREN.match(text, at)
    if opening is None:
        return ()
    closing = _CLOSE_PAREN.search(text, opening.end(), opening.end() + 120)
    stop = closing.start() if closing else min(len(text), opening.end() + 120)
    first = bisect_left(numbers, opening.end(), key=_start)
    inside = numbers[first : bisect_left(numbers, stop, lo=first, key=_start)]
    if not inside:
        return ()
    lead = text[opening.end() : inside[0].start]
    if lead.strip() and not (
        _ALIAS_CLAUSE.fullmatch(lead.strip()) or _DATE_LEAD.fullmatch(lead.strip())
    ):
        return ()
    chosen = [inside[0]]
    for number in inside[1:]:
        if not _JOINERS.fullmatch(text[chosen[-1].end : number.start]):
            break
        chosen.append(number)
    return tuple(chosen)


def _start(number: NumberToken) -> int:
    return number.start
