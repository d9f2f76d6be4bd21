"""Where 表二, 表三 and 表四 stand among the report's lines.

A region is a run of lines, found from the template's own words (column
headers, first and last row labels) and ended by running text: a line with a
full stop, a long line, or one of the report's six part headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from discl_lint.document.structure import Line
from discl_lint.govtables.cells import TableLine, read_line, skipped
from discl_lint.text.numerals import read_numbering
from discl_lint.text.regex_store import regex

PART_HEADING = regex(
    r"^[一二三四五六][、.]\S{0,8}(?:总体情况|主动公开|收到和处理|行政复议|行政诉讼|存在的|其他需要|其它需要)"
)
_PROSE_CHARS = 60
_T2_START = regex(r"第二十条第\(一\)项|本年制发件数|本年新制作数量|^信息内容")
_T2_FIRST_ROW = regex(r"^规章$")
_T3_HEADER = regex(r"申请人情况|自然人|商业企业|勾稽关系|法人或其他组织")
_T3_START = regex(r"本年新收")
_T3_END = regex(r"结转下年度|下年度继续")
_T4_HEADER = regex(r"结果维持|结果纠正|尚未审结|直接起诉|复议后起诉")
_T4_WORDS = regex(r"行政复议|行政诉讼")
_LOOK_BACK = 12  # lines above a table's first row where its header may start
_HEADER_CHARS = 12  # a header cell wrapped over lines: short pieces
_TAIL = 20  # lines after the last label where its cells may still come (one per line)
_T4_LINES = 80  # one cell per line, with separator lines
_T4_HEAD_LINES = 4  # 行政复议 / 行政诉讼 header lines above the first column header


@dataclass(frozen=True)
class Region:
    """Lines ``first``..``last`` (indexes into the report's lines), read."""

    first: int
    last: int
    lines: tuple[TableLine, ...]


def is_prose(line: TableLine) -> bool:
    """Running text or a part heading: never inside a table."""
    text = line.label.lstrip("#")  # a Markdown heading
    if PART_HEADING.search(text):
        return True
    return "。" in text or (len(text) > _PROSE_CHARS and not line.cells)


class Lines:
    """The report's lines, each read as a table line on first use."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._read: dict[int, TableLine] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index: int) -> TableLine:
        if index not in self._read:
            self._read[index] = read_line(self._lines[index])
        return self._read[index]

    def skipped(self, index: int) -> bool:
        """Blank, footer or rule row."""
        return skipped(self._lines[index])

    def find(self, pattern: re.Pattern[str], start: int = 0, stop: int | None = None) -> int:
        """The first table-like line from ``start`` whose label matches, or -1."""
        for index in range(start, len(self) if stop is None else min(stop, len(self))):
            if self.skipped(index) or "。" in self._lines[index].text:  # blank, or prose
                continue
            line = self[index]
            if pattern.search(line.label) and not is_prose(line):
                return index
        return -1

    def region(self, first: int, last: int) -> Region:
        """Lines ``first``..``last`` without blanks, footers and rule rows."""
        kept = tuple(self[i] for i in range(first, last + 1) if not self.skipped(i))
        return Region(first, last, kept)


def table3_region(lines: Lines, start: int = 0) -> Region | None:
    """From 表三's header to the cells of 四、结转下年度继续办理."""
    anchor = lines.find(_T3_START, start)
    if anchor < 0:
        return None
    first = _header_start(lines, anchor)
    last = _run_end(lines, anchor)
    end_label = lines.find(_T3_END, anchor, last + 1)
    if end_label >= 0:
        last = _cells_after(lines, end_label)
    return lines.region(first, last)


def _header_start(lines: Lines, anchor: int) -> int:
    first = anchor
    for index in _back(lines, anchor):
        line = lines[index]
        if is_prose(line):
            break
        if _T3_HEADER.search(line.label) or (line.bare and first == anchor):
            first = index
    return first


def _back(lines: Lines, anchor: int) -> Iterator[int]:
    """Up to ``_LOOK_BACK`` lines above ``anchor``, blanks and footers not counted."""
    seen = 0
    for index in range(anchor - 1, -1, -1):
        if lines.skipped(index):
            continue
        seen += 1
        if seen > _LOOK_BACK:
            return
        yield index


def _caption_start(lines: Lines, anchor: int) -> int:
    """Above 表二's first row: its caption and headers, however wrapped."""
    first = anchor
    for index in _back(lines, anchor):
        line = lines[index]
        short = 0 < len(line.label) <= _HEADER_CHARS and not line.cells
        if not short or is_prose(line) or read_numbering(line.line.text) is not None:
            break
        first = index
    return first


def _run_end(lines: Lines, anchor: int) -> int:
    """The last line before running text, a part heading or 表四's header."""
    last = anchor
    for index in range(anchor + 1, len(lines)):
        if lines.skipped(index):
            continue
        line = lines[index]
        if is_prose(line) or _T4_WORDS.search(line.label) or _T4_HEADER.search(line.label):
            break
        last = index
    return last


def _cells_after(lines: Lines, label: int) -> int:
    """The last line of cells (or of a short label tail) right after ``label``."""
    last = label
    for index in range(label + 1, min(label + _TAIL, len(lines))):
        if lines.skipped(index):
            continue
        line = lines[index]
        if not (line.bare or _label_tail(line)):
            break
        last = index
    return last


def _label_tail(line: TableLine) -> bool:
    """The end of a wrapped label (``办理``), not a new header."""
    return not line.cells and 0 < len(line.label) <= 4 and not _T4_WORDS.search(line.label)


def table4_region(lines: Lines, start: int = 0) -> Region | None:
    """From 表四's header to the line that ends its single row of cells."""
    anchor = lines.find(_T4_HEADER, start)
    if anchor < 0:
        anchor = lines.find(_T4_WORDS, start)
    if anchor < 0:
        return None
    first = anchor
    for index in range(anchor - 1, max(anchor - _T4_HEAD_LINES, start) - 1, -1):
        line = lines[index]
        if not lines.skipped(index) and not _t4_header(line):
            break
        first = index
    last, seen = anchor, False
    for index in range(anchor + 1, min(anchor + _T4_LINES, len(lines))):
        if lines.skipped(index):
            continue
        line = lines[index]
        if is_prose(line) or (seen and not line.cells):
            break
        seen = seen or bool(line.cells)
        last = index
    return lines.region(first, last)


def table2_region(lines: Lines, stop: int) -> Region | None:
    """From 第二十条第（一）项 (or 表二's header) to the line before ``stop``."""
    anchor = lines.find(_T2_START, 0, stop)
    first = anchor
    if anchor < 0:
        anchor = lines.find(_T2_FIRST_ROW, 0, stop)
        first = _caption_start(lines, anchor) if anchor >= 0 else anchor
    if anchor < 0:
        return None
    last = anchor
    for index in range(anchor + 1, stop):
        if lines.skipped(index):
            continue
        if is_prose(lines[index]):
            break
        if lines[index].cells:  # a heading after the last row is not the table's
            last = index
    return lines.region(first, last)


def _t4_header(line: TableLine) -> bool:
    """A 行政复议 / 行政诉讼 header line of 表四 (not a numbered heading, not prose)."""
    numbered = read_numbering(line.line.text) is not None
    return not numbered and not is_prose(line) and bool(_T4_WORDS.search(line.label))
