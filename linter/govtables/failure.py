"""A failing identity of the government tables, and the numbers on each side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from discl_lint.govtables.cells import Cell
from discl_lint.govtables.identities import (
    CARRY_OVER,
    IDENTITIES,
    RESULT_TOTAL,
    REVIEW_TOTAL,
    ROW_TOTAL,
)
from discl_lint.govtables.tables import Row
from discl_lint.govtables.template import TABLE3_COLUMNS

__all__ = ["CARRY_OVER", "IDENTITIES", "RESULT_TOTAL", "REVIEW_TOTAL", "ROW_TOTAL"]
TOTAL = TABLE3_COLUMNS[-1]


@dataclass(frozen=True)
class Term:
    """A named number in an identity."""

    name: str
    value: Decimal


@dataclass(frozen=True)
class Failure:
    """An identity that does not hold: the parts, the other side, where to report."""

    identity: str
    table: str
    row: str
    column: str
    parts: tuple[Term, ...]
    found: tuple[Term, ...]
    at: Cell
    rows: frozenset[str]  # rows on either side of the identity
    key: str = ""  # the row (row totals) or the group (subtotals) it is about

    @property
    def difference(self) -> Decimal:
        """How far the printed side is from the sum of the parts."""
        return sum((t.value for t in self.found), Decimal(0)) - sum(
            (t.value for t in self.parts), Decimal(0)
        )


def terms(row: Row, columns: Sequence[str]) -> tuple[Term, ...] | None:
    values = [row.value(c) for c in columns]
    if any(v is None for v in values):
        return None
    return tuple(Term(c, v) for c, v in zip(columns, values, strict=True) if v is not None)
