"""表四 (政府信息公开行政复议、行政诉讼情况): one row of fifteen cells, in order.

Three blocks of five — 行政复议, 诉讼未经复议直接起诉, 诉讼复议后起诉 — each
结果维持, 结果纠正, 其他结果, 尚未审结, 总计. The cells are read in text order
whatever the layout (one line, three lines, one cell per line, glued); lines
whose cells are all blank are header rows of a pipe table.
"""

from __future__ import annotations

from discl_lint.govtables.cells import Cell
from discl_lint.govtables.regions import Region
from discl_lint.govtables.splits import Layout
from discl_lint.govtables.tables import Row, Table, Unit, fit, splittable
from discl_lint.govtables.template import TABLE4_BLOCKS, TABLE4_COLUMNS

NAME = "表四"
COLUMNS = tuple(f"{block}{column}" for block in TABLE4_BLOCKS for column in TABLE4_COLUMNS)
LAYOUT = Layout(len(COLUMNS), (len(TABLE4_COLUMNS),) * len(TABLE4_BLOCKS))


def read_table4(region: Region) -> Table:
    """Rebuild 表四's row from its region."""
    start, end = region.lines[0].line.start, region.lines[-1].line.end
    rows = [line for line in region.lines if line.bare or any(not c.blank for c in line.cells)]
    unit = Unit(tuple(c for line in rows for c in line.cells))
    if len(unit.cells) > len(COLUMNS):  # an empty label cell before the numbers
        unit = Unit(tuple(c for line in rows for c in _without_lead(line.cells)))
    if not unit.cells:
        return Table(NAME, start, end, problem="没有找到表中的数字")
    if len(unit.cells) != len(COLUMNS) and not splittable(unit, len(COLUMNS)):
        problem = f"读到{len(unit.cells)}个数，表四应有{len(COLUMNS)}栏"
        return Table(NAME, start, end, problem=problem)
    cells, glued = fit(unit, LAYOUT)
    row = Row("cases", "案件数量", COLUMNS, cells, unit.cells[0].start, unit.cells[-1].end, glued)
    return Table(NAME, start, end, (row,))


def _without_lead(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    return cells[1:] if cells and cells[0].blank else cells
