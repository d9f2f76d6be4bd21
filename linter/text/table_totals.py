"""The 合计 row of a flattened table against the rows above it, column by column.

A row is cut into cells at its pipes, its tabs or (aligned columns) runs of three
spaces; a cell is its text and offsets. A column is added up only when the total
row and every row above it (back to the header or the previous total row) hold
a whole number there, and its header does not name a rate, a share, a rank or
a code (序号, 占比, 增长率 …). A table with a sub-item or subtotal row (其中, 小计)
is not judged: its rows count some things twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

Cell = tuple[str, int, int]  # text, start, end

_PIPE = re.compile(r"[|｜]")
_TAB = re.compile(r"\t")
_ALIGNED = re.compile(r" {3,}|\u3000{2,}")
_RULE_ROW = re.compile(r"[\s|｜:：-]*-{3,}[\s|｜:：-]*")
_TOTAL = re.compile(r"(?:合|总|共)\s*计")
_INTEGER = re.compile(r"\d{1,9}")
_NOT_ADDITIVE = re.compile(r"序号|编号|代码|比|率|%|％|均|排名|名次|增|减|年份|年度|日期|时间|电话")
_NESTED = re.compile(r"其中|小计|含")
_MIN_ROWS = 2


def row_cells(line: str, offset: int) -> list[Cell]:
    """The cells of one table row (``offset``: where the line starts in the text)."""
    piped = "|" in line or "｜" in line
    separator = _PIPE if piped else _TAB if "\t" in line else _ALIGNED
    bounds = [0, *(x for m in separator.finditer(line) for x in m.span()), len(line)]
    cells = [_cell(line, offset, a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if piped:  # the outer pipes of | a | b |
        cells = cells[1:] if cells and not cells[0][0] else cells
        cells = cells[:-1] if cells and not cells[-1][0] else cells
    return cells


def _cell(line: str, offset: int, start: int, end: int) -> Cell:
    raw = line[start:end]
    text = raw.strip()
    first = start + len(raw) - len(raw.lstrip())
    return text, offset + first, offset + first + len(text)


def is_rule_row(line: str) -> bool:
    """A Markdown table's ``| --- | ---: |`` line."""
    return bool(_RULE_ROW.fullmatch(line))


def table_totals(rows: Sequence[list[Cell]]) -> Iterator[tuple[Cell, list[Cell]]]:
    """Each total cell of a 合计 row, and the cells of its column above it."""
    body_start = 0
    for index, row in enumerate(rows):
        if not any(_TOTAL.fullmatch(cell[0]) for cell in row[:2]):
            continue
        body = rows[body_start:index]
        body_start = index + 1
        if not any(_NESTED.search(cell[0]) for above in body for cell in above[:2]):
            yield from _columns(rows[0], body, row)


def _columns(
    header: list[Cell], body: Sequence[list[Cell]], total: list[Cell]
) -> Iterator[tuple[Cell, list[Cell]]]:
    for column, cell in enumerate(total):
        if not _INTEGER.fullmatch(cell[0]) or column >= len(header):
            continue
        named = header[column][0]
        if _NOT_ADDITIVE.search(named):
            continue
        # A header row holds names; a table without one starts with data.
        rows = body[1:] if body and body[0] is header and not _INTEGER.fullmatch(named) else body
        parts = [r[column] for r in rows if column < len(r)]
        whole = len(parts) == len(rows) >= _MIN_ROWS
        if whole and all(_INTEGER.fullmatch(p[0]) for p in parts):
            yield cell, parts
