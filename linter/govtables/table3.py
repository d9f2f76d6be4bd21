"""表三 (收到和处理政府信息公开申请情况) rebuilt by order.

Every line that carries a row's numbers — seven cells, or digits that split
into seven — is mapped in order onto the template's rows; the count tells the
edition (25 rows in 2021, 23 in 2019; four or three more with printed
subtotals). One cell per line is read by label instead. A label printed on a
number line must be the row the order gives it, or the table is not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from discl_lint.govtables.cells import TableLine
from discl_lint.govtables.regions import Region
from discl_lint.govtables.splits import Layout
from discl_lint.govtables.tables import Row, Table, Unit, row_of, splittable, unit_of
from discl_lint.govtables.template import (
    EDITION_2019,
    EDITION_2021,
    MARKERS_2021,
    SUBTOTALS,
    TABLE3_COLUMNS,
    TABLE3_ROWS,
    RowSpec,
)

NAME = "表三"
LAYOUT = Layout(len(TABLE3_COLUMNS), (len(TABLE3_COLUMNS),))
_COLUMNS = len(TABLE3_COLUMNS)
_GROUP_SKIP = 4  # labels that start a cell group may skip a few rows (group headings)


def variants(edition: str) -> tuple[tuple[RowSpec, ...], tuple[RowSpec, ...]]:
    """The rows of ``edition``, without and with printed subtotals."""
    plain = TABLE3_ROWS[edition]
    subtotal = {s.key: s for s in SUBTOTALS}
    with_subtotals: list[RowSpec] = []
    for row in plain:
        if row.group and row.group not in {r.key for r in with_subtotals}:
            with_subtotals.append(subtotal[row.group])
        with_subtotals.append(row)
    return plain, tuple(with_subtotals)


def identify(label: str, specs: Sequence[RowSpec]) -> RowSpec | None:
    """The row a label names: the match that comes last in it."""
    best, at = None, -1
    for spec in specs:
        for match in spec.label.finditer(label):
            if match.start() > at:
                best, at = spec, match.start()
    return best


def read_table3(region: Region) -> Table:
    """Rebuild 表三 from its region."""
    start, end = region.lines[0].line.start, region.lines[-1].line.end
    labels = "".join(line.label for line in region.lines)
    hint = EDITION_2021 if MARKERS_2021.search(labels) else ""
    units = [(line, unit_of(line, _COLUMNS)) for line in region.lines if _is_unit(line)]
    odd = [line for line in region.lines if _odd(line)]
    if len(units) >= 3:
        if odd:
            return Table(NAME, start, end, problem=_odd_problem(odd[0]))
        return _by_order(units, hint, start, end)
    return _by_label(region, hint, start, end)


def _is_unit(line: TableLine) -> bool:
    unit = unit_of(line, _COLUMNS)
    return len(unit.cells) == _COLUMNS or splittable(unit, _COLUMNS)


def _odd(line: TableLine) -> bool:
    """A line with several cells that cannot be one row (not one cell: page numbers)."""
    return len(line.cells) > 1 and not _is_unit(line)


def _odd_problem(line: TableLine) -> str:
    return f"第{line.line.number}行有{len(line.cells)}个数，而表三每行应有{_COLUMNS}栏"


def _by_order(units: list[tuple[TableLine, Unit]], hint: str, start: int, end: int) -> Table:
    chosen = _variant(len(units), hint)
    if chosen is None:
        return Table(NAME, start, end, problem=_count_problem(len(units), hint))
    edition, specs = chosen
    rows = []
    for (line, unit), spec in zip(units, specs, strict=True):
        named = identify(unit.label, (*TABLE3_ROWS[edition], *SUBTOTALS))
        if named is not None and named.key != spec.key and spec.key not in _GROUPS:
            problem = (
                f"第{line.line.number}行的数字按顺序属于“{spec.name}”，该行却写着“{named.name}”"
            )
            return Table(NAME, start, end, problem=problem)
        rows.append(row_of(spec.key, spec.name, TABLE3_COLUMNS, unit, LAYOUT))
    subtotals = len(specs) > len(TABLE3_ROWS[edition])
    return Table(NAME, start, end, tuple(rows), edition, subtotals=subtotals)


_GROUPS = {s.key for s in SUBTOTALS}


def _variant(count: int, hint: str) -> tuple[str, tuple[RowSpec, ...]] | None:
    editions = (EDITION_2021,) if hint else (EDITION_2021, EDITION_2019)
    for edition in editions:
        for specs in variants(edition):
            if len(specs) == count:
                return edition, specs
    return None


def _count_problem(count: int, hint: str) -> str:
    expected = "25行（2021年格式）" if hint else "25行（2021年格式）或23行（2019年格式）"
    return f"读到{count}行数字，模板为{expected}，可能被截断或有行缺数"


def _by_label(region: Region, hint: str, start: int, end: int) -> Table:
    """One cell per line: each label's cells are the single cells after it."""
    edition = hint or EDITION_2021
    specs = variants(edition)[1]
    groups = _groups(region.lines, specs)
    if not groups:
        return Table(NAME, start, end, problem="没有找到按行排列的数字")
    if hint == "" and not any(k in groups for k in ("overdue", "unpaid", "misc")):
        edition, specs = EDITION_2019, variants(EDITION_2019)[1]
        groups = _groups(region.lines, specs)
    return _grouped_table(groups, edition, specs, start, end)


def _groups(lines: Sequence[TableLine], specs: Sequence[RowSpec]) -> dict[str, list[TableLine]]:
    groups: dict[str, list[TableLine]] = {}
    at = -1
    for line in lines:
        if line.bare:
            if at >= 0 and line.cells:
                groups[specs[at].key].append(line)
            continue
        window = specs[at + 1 : at + 1 + _GROUP_SKIP] if at >= 0 else specs[:1]
        named = identify(line.label, window)
        if named is not None:
            at = specs.index(named)
            groups[named.key] = [line] if line.cells else []
    return groups


def _grouped_table(
    groups: dict[str, list[TableLine]],
    edition: str,
    specs: Sequence[RowSpec],
    start: int,
    end: int,
) -> Table:
    cells = {k: tuple(c for line in v for c in line.cells) for k, v in groups.items()}
    crowded = any(len(v) > _COLUMNS for v in cells.values())
    empty = any(not cells.get(spec.key) for spec in specs if spec.key not in _GROUPS)
    if crowded and empty:
        problem = "先列出行名、再逐栏列出各行数字（按列排列的文本），无法还原各行"
        return Table(NAME, start, end, problem=problem)
    rows: list[Row] = []
    for spec in specs:
        found = cells.get(spec.key, ())
        if spec.key in _GROUPS and not found:
            continue
        if len(found) != _COLUMNS:
            problem = (
                f"“{spec.name}”行有{len(found)}个数，应为{_COLUMNS}个"
                if found
                else f"缺少“{spec.name}”行"
            )
            return Table(NAME, start, end, problem=problem)
        rows.append(row_of(spec.key, spec.name, TABLE3_COLUMNS, Unit(found), LAYOUT))
    subtotals = any(r.key in _GROUPS for r in rows)
    return Table(NAME, start, end, tuple(rows), edition, subtotals=subtotals)
