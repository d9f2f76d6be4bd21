"""Text that looks like a stray space or a CJK–digit space but is not one.

- codes set off by spaces: URLs (also ``//m.example.cn/``), e-mail addresses,
  telephone numbers (``0571-86001234``), times (``9:00-11:00``);
- the one space between joint issuers: ``《中共中央办公厅 国务院办公厅关于…》``;
- in a page or PDF saved on one line, the spaces that stand for lost line ends:
  after a sentence, around inline headings, and every line-width or so.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from discl_lint.page.inline import TOKEN, inline_headings
from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Spans

if TYPE_CHECKING:
    from discl_lint.document.structure import Document, Line

LOOKALIKES = "page.lookalikes"
# URLs and e-mail addresses, each with the text it cannot do without (a cheap test).
_ADDRESSES = (
    (
        "//",
        regex(r"(?:https?:)?//[\w.-]+\.[A-Za-z]{2,}(?::\d+)?(?:/[^\s，。；、（）()《》“”]*)?"),
    ),
    ("www.", regex(r"www\.[\w.-]+(?:/[^\s，。；、（）()《》“”]*)?")),
    ("@", regex(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
)
# Numbers that are codes; each pattern opens with a literal, which the search skips to.
_NUMBERS = (
    regex(r"0\d{2,3}[-－]\d{7,8}(?:[-－]\d{1,4})?"),
    regex(r"400-?\d{3}-?\d{4}"),
    regex(r"1[3-9]\d{9}"),
)
_TIME = regex(r"\d{1,2}[:：]\d{2}(?:\s*[-－—~～至]\s*\d{1,2}[:：]\d{2})?")
_BLANKS = " \u3000\u00a0"
_TITLE = regex(r"《[^》\n]{1,120}》")
_ISSUER = regex(
    r"(?:办公厅|办公室|中央|国务院|委员会|部|委|院|局|署|厅|政府|党组|联合会|银行)"
    r"[ \u3000](?=[^\x00-\x7f\W])"
)
_SPACES = regex(r"[ \u3000\u00a0]+")
_AFTER_SENTENCE = regex(r"(?<=[。！？；])[ \u3000\u00a0]+")
# A flattened line is long and parted by spaces at a steady interval.
MIN_CHARS, MIN_BREAKS = 200, 6
MIN_GAP, MAX_GAP = 12, 90
STEADY_SHARE = 0.3


def lookalike_spans(doc: Document) -> Spans:
    """Spans (with their spaces) that hygiene rules leave alone, computed once."""
    return doc.analysis(LOOKALIKES, lambda d: Spans(_lookalikes(d)))


def _lookalikes(doc: Document) -> Iterator[tuple[int, int]]:
    text = doc.text
    for needed, pattern in _ADDRESSES:
        if needed in text:
            yield from (_with_blanks(text, *m.span()) for m in pattern.finditer(text))
    for pattern in _NUMBERS:
        for match in pattern.finditer(text):
            if _alone(text, *match.span()):
                yield _with_blanks(text, *match.span())
    yield from (_with_blanks(text, *span) for span in _times(text))
    for title in _TITLE.finditer(text):
        for issuer in _ISSUER.finditer(title.group(0)):
            yield title.start() + issuer.end() - 1, title.start() + issuer.end()
    for line in doc.lines:
        if len(line.text) >= MIN_CHARS:
            yield from soft_breaks(line)


def _alone(text: str, start: int, end: int) -> bool:
    """Not part of a longer number."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return not (before.isdigit() or before == "-" or after.isdigit())


def _times(text: str) -> Iterator[tuple[int, int]]:
    """Times of day (9:00, 14:30-17:00), found from their colons."""
    for colon in ":：":
        at = text.find(colon, 1)
        while at != -1:
            start = at - 2 if at >= 2 and text[at - 2].isdigit() else at - 1
            match = _TIME.match(text, start) if text[at - 1].isdigit() else None
            if match and _alone(text, *match.span()):
                yield match.span()
                at = text.find(colon, match.end())
            else:
                at = text.find(colon, at + 1)


def _with_blanks(text: str, start: int, end: int) -> tuple[int, int]:
    # A code takes the spaces that set it off.
    while start > 0 and text[start - 1] in _BLANKS:
        start -= 1
    while end < len(text) and text[end] in _BLANKS:
        end += 1
    return start, end


def soft_breaks(line: Line) -> Iterator[tuple[int, int]]:
    """In a line that stands for many, the spaces that were line or paragraph ends."""
    if line.text.count(" ") + line.text.count("\u3000") < 2:
        return
    runs = [m.span() for m in _SPACES.finditer(line.text.strip())]
    offset = len(line.text) - len(line.text.lstrip())
    runs = [(a + offset, b + offset) for a, b in runs]
    headings = inline_headings(line)
    gap = _steady_gap(runs)
    if not headings and gap is None:
        return
    structural = {m.start() for m in _AFTER_SENTENCE.finditer(line.text)}
    structural.update(m.start() - 1 for m in TOKEN.finditer(line.text))
    structural.update(h.end - line.start for h in headings)
    last = 0
    for start, end in runs:
        at_structure = any(start <= s < end for s in structural) or end in structural
        if at_structure or (gap is not None and start - last >= 0.6 * gap):
            yield line.start + start, line.start + end
            last = end


def _steady_gap(runs: list[tuple[int, int]]) -> float | None:
    # Paragraph ends and headings only shorten the gaps: the line width is an upper one.
    if len(runs) < MIN_BREAKS:
        return None
    gaps = sorted(b[0] - a[1] for a, b in itertools.pairwise(runs))
    gap = gaps[int(0.75 * len(gaps))]
    steady = sum(1 for g in gaps if 0.85 * gap <= g <= 1.15 * gap)
    return gap if MIN_GAP <= gap <= MAX_GAP and steady >= STEADY_SHARE * len(gaps) else None
