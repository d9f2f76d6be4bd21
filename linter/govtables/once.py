"""One error, one finding: a wrong cell breaks a row sum and a column sum at once.

A column failure that a failing row explains (same difference) is not reported
again; nor is the 总计 column when another column of the same identity fails
(it is their sum); nor a carry-over (G1) that the （七）总计 failure explains,
nor a result total that a subtotal's failure explains.
"""

from __future__ import annotations

from discl_lint.govtables.failure import CARRY_OVER, RESULT_TOTAL, ROW_TOTAL, TOTAL, Failure


def once(found: list[Failure]) -> list[Failure]:
    rows = [f for f in found if f.identity == ROW_TOTAL]
    columns = [f for f in found if f.identity != ROW_TOTAL]
    kept = [c for c in columns if not _explained(c, rows, columns)]
    return [*rows, *kept]


def _explained(failure: Failure, rows: list[Failure], columns: list[Failure]) -> bool:
    size = abs(failure.difference)
    if any(r.key in failure.rows and abs(r.difference) == size for r in rows):
        return True
    if failure.column == TOTAL and any(
        o.identity == failure.identity and o.key == failure.key and o.column != TOTAL
        for o in columns
    ):
        return True
    if failure.identity == CARRY_OVER:
        return any(
            o.identity == RESULT_TOTAL
            and not o.key
            and o.column == failure.column
            and abs(o.difference) == size
            for o in columns
        )
    if failure.identity == RESULT_TOTAL and not failure.key:
        return any(
            o.identity == RESULT_TOTAL
            and o.key
            and o.column == failure.column
            and abs(o.difference) == size
            for o in columns
        )
    return False
