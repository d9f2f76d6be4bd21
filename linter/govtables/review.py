"""表四's sums: each block's 总计 is 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (G5)."""

from __future__ import annotations

from collections.abc import Iterator

from discl_lint.govtables.failure import REVIEW_TOTAL, Failure, Term, terms
from discl_lint.govtables.tables import Table
from discl_lint.govtables.template import TABLE4_COLUMNS


def review_totals(table: Table) -> Iterator[Failure]:
    row = table.rows[0]
    size = len(TABLE4_COLUMNS)
    for first in range(0, len(row.columns), size):
        names = row.columns[first : first + size]
        parts = terms(row, names[:-1])
        cell = row.cell(names[-1])
        if parts is None or cell is None or cell.value is None:
            continue
        if sum(t.value for t in parts) != cell.value:
            block = names[-1].removesuffix("总计")
            named = tuple(Term(t.name.removeprefix(block), t.value) for t in parts)
            found = (Term("总计", cell.value),)
            yield Failure(REVIEW_TOTAL, table.name, block, "总计", named, found, cell, frozenset())
