"""Breakdowns read from the page's tables: each 合计 row against the rows above it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from discl_lint.document.structure import Document
from discl_lint.page.layout import TABLE, Block, page_of
from discl_lint.text.breakdown_parts import Breakdown, Part
from discl_lint.text.lines import line_above
from discl_lint.text.quantities import Quantity
from discl_lint.text.regex_store import regex
from discl_lint.text.table_totals import Cell, count, is_rule_row, row_cells, table_totals

TABLE_SUMS = "page.table_sums"
_CONTINUED = regex(r"[ \t\u3000]*(?:续表|接上表|续上表)")
_PERCENT = regex(r"(\d{1,3}(?:\.\d+)?)\s*[%％]")
MAX_REGROUPED = 6  # columns, at the most, of a table flattened one cell a line


def table_breakdowns(doc: Document) -> tuple[Breakdown, ...]:
    """The totals rows of the document's tables, as breakdowns (computed once)."""
    return doc.analysis(TABLE_SUMS, lambda d: tuple(_breakdowns(d)))


def _breakdowns(doc: Document) -> Iterator[Breakdown]:
    text = doc.source_text
    if "计" not in text:
        return
    for table in _tables(doc.text, [b for b in page_of(doc).blocks if b.kind == TABLE]):
        if _continued(text, table[0].start):
            continue  # 续表: the rows above the page break are no part of this column
        lines = [(text[b.start : b.end], b.start) for b in table]
        rows = _regrouped(
            [row_cells(line, start) for line, start in lines if not is_rule_row(line)]
        )
        beside = _right_neighbours(rows)
        for total, column in table_totals(rows):
            shares = _shares(beside, total, column)
            parts = tuple(Part(_quantity(c), s) for c, s in zip(column, shares, strict=True))
            yield Breakdown(_quantity(total), parts, True, column[0][1], total[2])


def _regrouped(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A table flattened one cell a line (发布渠道 / 条数 / 信息公开网 / 214 / …) put back
    into rows: the narrowest width at which every row is a label and then numbers."""
    if any(len(row) != 1 for row in rows):
        return rows
    cells = [row[0] for row in rows]
    for width in range(2, MAX_REGROUPED + 1):
        if len(cells) % width or len(cells) < 3 * width:
            continue
        grouped = [cells[i : i + width] for i in range(0, len(cells), width)]
        if all(_label_then_numbers(row) for row in grouped[1:]):
            return grouped
    return rows


def _label_then_numbers(row: list[Cell]) -> bool:
    label, *values = row
    number = count(label[0]) is not None or _PERCENT.fullmatch(label[0]) is not None
    return not number and all(count(v[0]) is not None or _PERCENT.fullmatch(v[0]) for v in values)


def _right_neighbours(rows: Sequence[list[Cell]]) -> dict[int, Cell]:
    """Each cell's right-hand neighbour in its row, by the cell's start."""
    return {row[i][1]: row[i + 1] for row in rows for i in range(len(row) - 1)}


def _shares(beside: dict[int, Cell], total: Cell, column: Sequence[Cell]) -> list[Quantity | None]:
    """The shares printed in the column right of a count column (数量 | 占比), when the
    total row's cell there reads about 100% and every row has one; else none. Under a
    wrong total (DL301's) the shares are not judged: they follow the rows' own sum."""
    shares = [_share(beside.get(cell[1])) for cell in column]
    whole = _share(beside.get(total[1]))
    added = sum(count(cell[0]) or 0 for cell in column)
    if whole is None or abs(whole.value - 100) > 1 or None in shares or added != count(total[0]):
        return [None] * len(column)
    return shares


def _share(cell: Cell | None) -> Quantity | None:
    if cell is None:
        return None
    match = _PERCENT.fullmatch(cell[0])
    if match is None:
        return None
    return Quantity(Decimal(match.group(1)), "%", False, cell[1], cell[2], match.group(1))


def _tables(text: str, blocks: Sequence[Block]) -> Iterator[list[Block]]:
    """Runs of table lines with nothing but blank space between them (``text``: masked,
    so a page break's number between two halves of a table is blank too)."""
    run: list[Block] = []
    for block in blocks:
        if run and text[run[-1].end : block.start].strip():
            yield run
            run = []
        run.append(block)
    if run:
        yield run


def _continued(text: str, start: int) -> bool:
    """Whether the line above the table (blank lines aside) is a 续表 caption."""
    line_start, stop = line_above(text, start)
    return bool(_CONTINUED.match(text, line_start, stop))


def _quantity(cell: Cell) -> Quantity:
    text, start, end, _ = cell
    return Quantity(Decimal(count(text) or 0), "", False, start, end, text)
