"""Breakdowns read from the page's tables: each 合计 row against the rows above it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from discl_lint.document.structure import Document
from discl_lint.page.layout import TABLE, Block, page_of
from discl_lint.text.breakdowns import Breakdown, Part
from discl_lint.text.lines import line_above
from discl_lint.text.quantities import Quantity
from discl_lint.text.regex_store import regex
from discl_lint.text.table_totals import Cell, count, is_rule_row, row_cells, table_totals

TABLE_SUMS = "page.table_sums"
_CONTINUED = regex(r"[ \t\u3000]*(?:续表|接上表|续上表)")


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
        rows = [row_cells(line, start) for line, start in lines if not is_rule_row(line)]
        for total, column in table_totals(rows):
            parts = tuple(Part(_quantity(cell), None) for cell in column)
            yield Breakdown(_quantity(total), parts, True, column[0][1], total[2])


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
