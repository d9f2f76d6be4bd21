"""One line of a table as text converters print it: a label and the cells after it.

Shapes read here: aligned columns (``（一）予以公开   12   0 …``), pipe rows
(``| 规章 | 0 | 0 |``), one cell per line, and cells glued to the label or to
each other (``行政规范性文件12340``). A blank cell is written ``/``, ``&nbsp;``,
``—`` or left empty between pipes; it is not a zero.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from discl_lint.document.structure import Line
from discl_lint.govtables.normalise import squeezed
from discl_lint.text.regex_store import regex

_NUMBER = regex(r"[+\-－]?\d+(?:[.．]\d+)?")
_BLANK = regex(r"(?:&nbsp;|&#160;|[/／—–\-－]{1,2}|无|\u00a0)+", re.IGNORECASE)
_TOKEN = regex(r"[^\s\u3000|｜]+")
# Digits glued to the end of a label: "数量5001006", "行政处罚1520-12408".
_GLUED = regex(r"(?<=[^\d\s.．/／\-－+])\d(?:[\d\-－]*|\d*[.．]\d+)$")
_RUN = regex(r"\d+(?:[\-－]\d+)*")
_PIPE = regex(r"[|｜]")
_RULE_ROW = regex(r"[\s|｜:：\-－—=+]*")
_FOOTER = regex(
    r"[\s\u3000]*(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?)[\s\u3000]*"
)


@dataclass(frozen=True)
class Cell:
    """A cell's text and span in the document; ``value`` is None for a blank cell."""

    text: str
    start: int
    end: int
    value: Decimal | None

    @property
    def blank(self) -> bool:
        """A cell with no number: empty, ``/``, ``&nbsp;`` …"""
        return self.value is None and not self.run

    @property
    def run(self) -> bool:
        """Digits that may hold several glued cells (``5001006``, ``1520-12408``)."""
        return bool(_RUN.fullmatch(self.text))


@dataclass(frozen=True)
class TableLine:
    """A line's label (``squeezed``), its cells, and digits glued into one run."""

    line: Line
    label: str
    cells: tuple[Cell, ...]
    glued: bool = False  # the first cell was glued to the label

    @property
    def bare(self) -> bool:
        """A line of cells only, without label text."""
        return not self.label


def value_of(text: str) -> Decimal | None:
    """The number a cell holds, or None for a blank one."""
    plain = text.replace("．", ".").replace("－", "-")
    try:
        return Decimal(plain) if _NUMBER.fullmatch(plain) else None
    except InvalidOperation:
        return None


def skipped(line: Line) -> bool:
    """Blank lines, page footers (``-4-``, ``第3页``) and rule rows (``|---|``)."""
    text = line.text
    return not text.strip() or bool(_FOOTER.fullmatch(text) or _RULE_ROW.fullmatch(text))


def read_line(line: Line) -> TableLine:
    """Split a line into its label and cells."""
    if len(_PIPE.findall(line.text)) >= 2:
        return _pipe_line(line)
    return _plain_line(line)


def _is_cell(token: str) -> bool:
    return bool(_NUMBER.fullmatch(token) or _RUN.fullmatch(token) or _BLANK.fullmatch(token))


def _cell(line: Line, start: int, end: int) -> Cell:
    text = line.text[start:end]
    return Cell(text, line.start + start, line.start + end, value_of(text))


def _plain_line(line: Line) -> TableLine:
    tokens = list(_TOKEN.finditer(line.text))
    first = len(tokens)
    while first > 0 and _is_cell(tokens[first - 1].group(0)):
        first -= 1
    cells = [_cell(line, t.start(), t.end()) for t in tokens[first:]]
    label_end = tokens[first - 1].end() if first else 0
    glued = _GLUED.search(line.text, 0, label_end) if first else None
    if glued is not None:
        cells.insert(0, _cell(line, glued.start(), glued.end()))
        label_end = glued.start()
    label = squeezed(line.text[:label_end])
    return TableLine(line, label, tuple(cells), glued is not None)


def _pipe_line(line: Line) -> TableLine:
    bounds = [m.start() for m in _PIPE.finditer(line.text)]
    pieces = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    if bounds[0] > 0 and line.text[: bounds[0]].strip():
        pieces.insert(0, (0, bounds[0]))
    if line.text[bounds[-1] + 1 :].strip():
        pieces.append((bounds[-1] + 1, len(line.text)))
    texts = [line.text[a:b] for a, b in pieces]
    last_label = max((i for i, t in enumerate(texts) if not _pipe_cell(t)), default=-1)
    label = squeezed("".join(texts[: last_label + 1]))
    cells = [_stripped_cell(line, a, b) for a, b in pieces[last_label + 1 :]]
    if all(not c.text.strip() for c in cells):
        cells = []  # empty cells beside a merged header cell (申请人情况 | | |): no numbers
    return TableLine(line, label, tuple(cells))


def _pipe_cell(text: str) -> bool:
    stripped = text.strip()
    return not stripped or _is_cell(stripped)


def _stripped_cell(line: Line, start: int, end: int) -> Cell:
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if not body:
        return Cell("", line.start + start, line.start + end, None)
    return _cell(line, start + lead, start + lead + len(body))
