"""What the reader rebuilt: tables of rows of cells, or why a table could not be read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from discl_lint.govtables.cells import Cell, TableLine
from discl_lint.govtables.splits import Layout, splits

AMBIGUOUS = "many"  # the glued digits split more than one way
UNSPLITTABLE = "none"  # no split fits the row's identity


@dataclass(frozen=True)
class Row:
    """One row: its key and printed name, its columns and cells (empty if unreadable)."""

    key: str
    name: str
    columns: tuple[str, ...]
    cells: tuple[Cell, ...]
    start: int  # where the row's numbers begin in the text
    end: int
    glued: str = ""  # AMBIGUOUS or UNSPLITTABLE when the digits could not be split

    def value(self, column: str) -> Decimal | None:
        """The number in ``column``; None when blank or unreadable."""
        if not self.cells or column not in self.columns:
            return None
        return self.cells[self.columns.index(column)].value

    def cell(self, column: str) -> Cell | None:
        """The cell of ``column``, if the row was read."""
        if not self.cells or column not in self.columns:
            return None
        return self.cells[self.columns.index(column)]


@dataclass(frozen=True)
class Table:
    """A table as read; ``problem`` says why it could not be (then it has no rows)."""

    name: str
    start: int
    end: int
    rows: tuple[Row, ...] = ()
    edition: str = ""
    problem: str = ""
    subtotals: bool = False

    def row(self, key: str) -> Row | None:
        """The row with ``key``."""
        return next((r for r in self.rows if r.key == key), None)


@dataclass(frozen=True)
class Unit:
    """The text that holds one row's numbers: cells of one line, or of several."""

    cells: tuple[Cell, ...]
    label: str = ""  # the label printed on the same line, if any


def unit_of(line: TableLine, columns: int) -> Unit:
    """The cells of one line as a row unit; blank cells before a full row are merged cells."""
    cells = line.cells
    while len(cells) > columns and cells[0].blank:
        cells = cells[1:]
    return Unit(cells, line.label)


def fit(unit: Unit, layout: Layout) -> tuple[tuple[Cell, ...], str]:
    """The unit's cells as ``layout.columns`` cells, splitting glued digits if needed.

    A split is taken when it is the only one at all (as many digits as cells),
    else when it is the only one the row's identity allows. Returns the cells
    and "" — or no cells and AMBIGUOUS / UNSPLITTABLE.
    """
    cells = unit.cells
    if len(cells) == layout.columns and all(c.value is not None or c.blank for c in cells):
        return cells, ""
    runs = tuple(c.text.replace("－", "-") for c in cells)
    found = splits(runs, Layout(layout.columns, signed=layout.signed))
    if len(found) != 1 and layout.blocks:  # not forced: the identity must choose
        found = splits(runs, layout)
    if len(found) != 1:
        return (), AMBIGUOUS if found else UNSPLITTABLE
    pieces = found[0]
    return tuple(_piece_cell(cells[p.run], p.start, p.end, p.value) for p in pieces), ""


def splittable(unit: Unit, columns: int) -> bool:
    """Digit runs (no blank cell) that may hold ``columns`` cells between them."""
    cells = unit.cells
    if not cells or len(cells) >= columns or any(not c.run for c in cells):
        return False
    return sum(len(c.text) for c in cells) >= columns


def _piece_cell(cell: Cell, start: int, end: int, value: int) -> Cell:
    return Cell(cell.text[start:end], cell.start + start, cell.start + end, Decimal(value))


def row_of(key: str, name: str, columns: tuple[str, ...], unit: Unit, layout: Layout) -> Row:
    """A row read from ``unit``."""
    cells, glued = fit(unit, layout)
    start = unit.cells[0].start if unit.cells else 0
    end = unit.cells[-1].end if unit.cells else 0
    return Row(key, name, columns, cells, start, end, glued)
