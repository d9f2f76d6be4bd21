"""表二 (主动公开政府信息情况) rebuilt by label: each item row and the cells after it.

Rows have their own column counts (3 for 规章 and 行政规范性文件, 1 for the
2021 template's 行政许可 …); the 2019 trial format has other columns and rows
(其他对外管理服务事项, 政府集中采购), told apart by the headers, else by which
edition's column counts the rows fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from discl_lint.govtables.cells import TableLine
from discl_lint.govtables.regions import Region
from discl_lint.govtables.splits import Layout
from discl_lint.govtables.tables import Row, Table, Unit, row_of, splittable
from discl_lint.govtables.template import (
    EDITION_2019,
    EDITION_2021,
    TABLE2_EDITION,
    TABLE2_ROWS,
    Table2Row,
)

NAME = "表二"


def read_table2(region: Region) -> Table:
    """Rebuild 表二 from its region."""
    start, end = region.lines[0].line.start, region.lines[-1].line.end
    labels = "".join(line.label for line in region.lines)
    marked = [e for e, pattern in TABLE2_EDITION.items() if pattern.search(labels)]
    editions = marked if len(marked) == 1 else [EDITION_2021, EDITION_2019]
    tables = [_read(region.lines, e, start, end) for e in editions]
    fitting = [t for t in tables if not t.problem]
    return fitting[0] if fitting else tables[0]


def _read(lines: Sequence[TableLine], edition: str, start: int, end: int) -> Table:
    specs = TABLE2_ROWS[edition]
    units = _units(lines, specs)
    rows: list[Row] = []
    for spec in specs:
        unit = units.get(spec.key)
        if unit is None:
            continue
        if not unit.cells:
            return Table(NAME, start, end, edition=edition, problem=f"“{spec.name}”行没有数字")
        unit = _trimmed(unit, len(spec.columns))
        layout = Layout(len(spec.columns), signed=spec.signed)
        if len(unit.cells) > len(spec.columns) or (
            len(unit.cells) < len(spec.columns) and not splittable(unit, len(spec.columns))
        ):
            problem = f"“{spec.name}”行有{len(unit.cells)}个数，应为{len(spec.columns)}个"
            return Table(NAME, start, end, edition=edition, problem=problem)
        rows.append(row_of(spec.key, spec.name, spec.columns, unit, layout))
    if not rows:
        return Table(NAME, start, end, edition=edition, problem="没有找到表中的行")
    return Table(NAME, start, end, tuple(rows), edition)


def _units(lines: Sequence[TableLine], specs: Sequence[Table2Row]) -> dict[str, Unit]:
    """Each row's cells: on its label's line, else on the bare lines after it."""
    found: dict[str, list[TableLine]] = {}
    current = ""
    for line in lines:
        if line.bare:
            if current and line.cells:
                found[current].append(line)
            continue
        spec = next((s for s in specs if s.label.search(line.label)), None)
        current = spec.key if spec is not None and spec.key not in found else ""
        if current:
            found[current] = [line] if line.cells else []
    return {k: Unit(tuple(c for line in v for c in line.cells)) for k, v in found.items()}


def _trimmed(unit: Unit, columns: int) -> Unit:
    """Without blank cells before a full row (merged label cells)."""
    cells = unit.cells
    while len(cells) > columns and cells[0].blank:
        cells = cells[1:]
    return Unit(cells, unit.label)
