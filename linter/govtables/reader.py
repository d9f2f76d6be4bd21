"""All three tables of a report, read once per document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from discl_lint.document.structure import Document
from discl_lint.govtables.regions import (
    Lines,
    Region,
    table2_region,
    table3_region,
    table4_region,
)
from discl_lint.govtables.table2 import read_table2
from discl_lint.govtables.table3 import read_table3
from discl_lint.govtables.table4 import read_table4
from discl_lint.govtables.tables import Table

ANALYSIS = "gov_tables"


@dataclass(frozen=True)
class GovTables:
    """表二, 表三, 表四 (None when absent), the line numbers and spans the tables take."""

    table2: Table | None
    table3: Table | None
    table4: Table | None
    line_numbers: frozenset[int]
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def tables(self) -> tuple[tuple[str, Table | None], ...]:
        """Each table's name and what was read of it."""
        return (("表二", self.table2), ("表三", self.table3), ("表四", self.table4))


def gov_tables(doc: Document) -> GovTables:
    """The report's tables, computed once per document."""
    return doc.analysis(ANALYSIS, read_tables)


def read_tables(doc: Document) -> GovTables:
    """Find each table's region and rebuild the table from it."""
    # The page layer blanks table-like blocks out of ``doc.lines``: read the lines as published.
    lines = Lines(doc.source_lines)
    region3 = table3_region(lines)
    region2 = table2_region(lines, region3.first if region3 else len(lines))
    after = region3 or region2
    region4 = table4_region(lines, after.last + 1 if after else 0)
    regions = [r for r in (region2, region3, region4) if r is not None]
    source = doc.source_lines
    numbers = frozenset(source[i].number for r in regions for i in _span(r))
    spans = tuple((source[r.first].start, source[r.last].end) for r in regions)
    return GovTables(
        _read(region2, read_table2),
        _read(region3, read_table3),
        _read(region4, read_table4),
        numbers,
        spans,
    )


def _span(region: Region) -> range:
    return range(region.first, region.last + 1)


def _read(region: Region | None, reader: Callable[[Region], Table]) -> Table | None:
    if region is None or not region.lines:
        return None
    return reader(region)
