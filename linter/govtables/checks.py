"""The tables' arithmetic: which identities fail, each failure reported once.

表三: each row's 总计 is the sum of its six applicant columns (G2); each
column's （七）总计 is the sum of the results (G3), a printed subtotal the sum
of its sub-rows (G4); 一 + 二 = （七） + 四 (G1, the template's own rule).
表四: each block's 总计 is the sum of its four results (G5). A blank or
unreadable cell makes every identity that needs it unassessable (skipped).

Each error is reported once (see ``once``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from discl_lint.govtables.failure import (
    CARRY_OVER,
    RESULT_TOTAL,
    ROW_TOTAL,
    TOTAL,
    Failure,
    Term,
    terms,
)
from discl_lint.govtables.once import once
from discl_lint.govtables.review import review_totals
from discl_lint.govtables.tables import Row, Table
from discl_lint.govtables.template import (
    GROUP_OF,
    RESULT_KEYS,
    SUBTOTALS,
    TABLE3_COLUMNS,
)

_RESULT_NAMES = dict(
    zip(RESULT_KEYS, ("（一）", "（二）", "（三）", "（四）", "（五）", "（六）"), strict=True)
)


def failures(table: Table) -> list[Failure]:
    """Every failing identity of a table that was read, each error once."""
    if table.problem or not table.rows:
        return []
    if table.name == "表四":
        return list(review_totals(table))
    found = [*_row_totals(table), *_result_totals(table), *_carry_over(table)]
    return once(found)


def _row_totals(table: Table) -> Iterator[Failure]:
    for row in table.rows:
        parts = terms(row, TABLE3_COLUMNS[:-1])
        total = row.cell(TOTAL)
        if parts is None or total is None or total.value is None:
            continue
        if sum(t.value for t in parts) != total.value:
            found = (Term("总计", total.value),)
            yield Failure(
                ROW_TOTAL,
                table.name,
                row.name,
                TOTAL,
                parts,
                found,
                total,
                frozenset({row.key}),
                row.key,
            )


def _groups(table: Table) -> dict[str, list[Row]]:
    """The result rows by group: (一), (二) alone, (三)…(六) their numbered sub-rows."""
    subtotal_keys = {s.key for s in SUBTOTALS}
    groups: dict[str, list[Row]] = {k: [] for k in RESULT_KEYS}
    for row in table.rows:
        spec_group = GROUP_OF.get(row.key, "")
        if row.key in RESULT_KEYS and row.key not in subtotal_keys:
            groups[row.key].append(row)
        elif row.key == "other" and table.edition == "2019":
            groups["other"].append(row)
        elif spec_group:
            groups[spec_group].append(row)
    return groups


def _sum(rows: Sequence[Row], column: str) -> Decimal | None:
    values = [r.value(column) for r in rows]
    if not rows or any(v is None for v in values):
        return None
    return sum((v for v in values if v is not None), Decimal(0))


def _result_totals(table: Table) -> Iterator[Failure]:
    groups = _groups(table)
    total_row = table.row("total")
    if total_row is None:
        return
    members = frozenset(r.key for rows in groups.values() for r in rows) | {"total"}
    for column in TABLE3_COLUMNS:
        sums = {k: _sum(rows, column) for k, rows in groups.items()}
        cell = total_row.cell(column)
        if cell is None or cell.value is None or any(v is None for v in sums.values()):
            continue
        parts = tuple(Term(_RESULT_NAMES[k], v) for k, v in sums.items() if v is not None)
        if sum(t.value for t in parts) != cell.value:
            found = (Term(total_row.name, cell.value),)
            yield Failure(
                RESULT_TOTAL, table.name, total_row.name, column, parts, found, cell, members
            )
    if table.subtotals:
        yield from _subtotals(table, groups)


def _subtotals(table: Table, groups: dict[str, list[Row]]) -> Iterator[Failure]:
    for spec in SUBTOTALS:
        row = table.row(spec.key)
        subrows = groups.get(spec.key, [])
        if row is None or not subrows:
            continue
        members = frozenset(r.key for r in subrows) | {row.key}
        for column in TABLE3_COLUMNS:
            cell, total = row.cell(column), _sum(subrows, column)
            if cell is None or cell.value is None or total is None or total == cell.value:
                continue
            parts = tuple(Term("", r.value(column) or Decimal(0)) for r in subrows)
            found = (Term(f"{spec.name}小计", cell.value),)
            yield Failure(
                RESULT_TOTAL, table.name, spec.name, column, parts, found, cell, members, spec.key
            )


def _carry_over(table: Table) -> Iterator[Failure]:
    rows = [table.row(k) for k in ("new", "carried", "total", "next")]
    if any(r is None for r in rows):
        return
    new, carried, total, following = (r for r in rows if r is not None)
    members = frozenset({"new", "carried", "total", "next"})
    for column in TABLE3_COLUMNS:
        values = [r.value(column) for r in (new, carried, total, following)]
        cell = following.cell(column)
        if cell is None or any(v is None for v in values):
            continue
        a, b, c, d = (v or Decimal(0) for v in values)
        if a + b != c + d:
            parts = (Term("一、本年新收", a), Term("二、上年结转", b))
            found = (Term("（七）总计", c), Term("四、结转下年度继续办理", d))
            yield Failure(
                CARRY_OVER, table.name, following.name, column, parts, found, cell, members
            )
