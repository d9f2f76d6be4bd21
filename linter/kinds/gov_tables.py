"""Kinds over a government-format report's tables (read by ``discl_lint.govtables``).

``gov-tables`` option ``report``:
  ``missing``     a table whose labels are nowhere in the text ({table}, {expected}: its title);
  ``unreadable``  a table that is there but could not be rebuilt ({found}: why);
  ``blank``       a row with blank or "/" cells ({row}, {found}: the columns, {expected}: the text);
  ``ambiguous``   glued digits that split more than one way, or none ({found}: the digits).
``gov-sums`` option ``identity`` (row-total, result-total, carry-over, review-total):
  a failing sum, at the cell of its total: {table}, {row}, {column}, {parts} (the
  named parts), {sum} (their sum) and {found} (the printed side).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from discl_lint.document.structure import Document
from discl_lint.govtables.identities import IDENTITIES
from discl_lint.kinds import options as opt
from discl_lint.model.findings import Hit
from discl_lint.text.regex_store import regex

if TYPE_CHECKING:  # the table reader is imported only when a gov report is checked
    from discl_lint.govtables.failure import Failure, Term
    from discl_lint.govtables.tables import Row, Table

_TITLES = {
    "表二": ("主动公开政府信息情况表", "主动公开"),
    "表三": ("收到和处理政府信息公开申请情况表", "申请"),
    "表四": ("政府信息公开行政复议、行政诉讼情况表", "复议|诉讼"),
}
# Row labels of each table: two of them in the text mean the table is there, written in
# sentences (行政复议：结果维持1件，…) or in a layout not read, rather than missing.
_ROW_LABELS = {
    "表二": regex(r"本年制发|现行有效|行政许可|行政处罚|行政强制|行政事业性收费"),
    "表三": regex(r"本年新收|上年结转|予以公开|部分公开|无法提供|不予处理|结转下年"),
    "表四": regex(r"结果维持|结果纠正|其他结果|尚未审结"),
}
_IN_SENTENCES = "正文写有该表的行名（如“{label}”），但不是表格的排列（多为改写成了句子）"
_REPORTS = ("missing", "unreadable", "blank", "ambiguous")


@dataclass(frozen=True)
class TablesOptions:
    """Validated options of ``gov-tables``."""

    report: str


class GovTables:
    """Report tables that are missing or unreadable, blank cells and glued digits."""

    name = "gov-tables"
    placeholders = ("table", "row", "found", "expected")

    def parse_options(self, raw: Mapping[str, Any]) -> TablesOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"report"})
        return TablesOptions(opt.choice(raw, "report", _REPORTS))

    def check(self, doc: Document, options: TablesOptions) -> Iterator[Hit]:
        """Yield the hits of the chosen report."""
        from discl_lint.govtables.reader import gov_tables

        for name, table in gov_tables(doc).tables:
            if table is None:
                yield from _absent(doc, name, options.report)
            elif table is not None and options.report == "unreadable" and table.problem:
                yield Hit(table.start, table.start, {"table": name, "found": table.problem})
            elif table is not None and not table.problem:
                yield from _cells(doc, table, options.report)


def _absent(doc: Document, name: str, report: str) -> Iterator[Hit]:
    """A table not read: missing when its row labels are nowhere, else unreadable."""
    labels = list(_ROW_LABELS[name].finditer(doc.text))
    if len({m.group(0) for m in labels}) < 2:
        if report == "missing":
            yield _missing(doc, name)
    elif report == "unreadable":
        found = _IN_SENTENCES.format(label=labels[0].group(0))
        yield Hit(labels[0].start(), labels[0].start(), {"table": name, "found": found})


def _missing(doc: Document, name: str) -> Hit:
    title, keywords = _TITLES[name]
    heading = next((h for h in doc.top_headings if re.search(keywords, h.title)), None)
    at = heading.line.start if heading is not None else 0
    return Hit(at, at, {"table": name, "expected": title})


def _cells(doc: Document, table: Table, report: str) -> Iterator[Hit]:
    for row in table.rows:
        if report == "ambiguous" and row.glued:
            yield _glued(doc, table, row)
        elif report == "blank":
            yield from _blank(table, row)


def _glued(doc: Document, table: Table, row: Row) -> Hit:
    from discl_lint.govtables.tables import AMBIGUOUS

    how = "可以拆成不止一种各栏数字" if row.glued == AMBIGUOUS else "拆不出合乎本行合计的各栏数字"
    digits = " ".join(doc.source_text[row.start : row.end].split())
    args = {"table": table.name, "row": row.name, "found": digits, "expected": how}
    return Hit(row.start, row.end, args)


def _blank(table: Table, row: Row) -> Iterator[Hit]:
    if not row.cells:  # not read (glued digits): DL609 says so
        return
    blanks = [(c, cell) for c, cell in zip(row.columns, row.cells, strict=True) if cell.blank]
    if not blanks:
        return
    columns = "、".join(f"“{c}”" for c, _ in blanks)
    shown = "、".join(sorted({cell.text.strip() or "空白" for _, cell in blanks}))
    args = {"table": table.name, "row": row.name, "found": columns, "expected": shown}
    yield Hit(blanks[0][1].start, blanks[-1][1].end, args)


@dataclass(frozen=True)
class SumsOptions:
    """Validated options of ``gov-sums``."""

    identity: str


class GovSums:
    """Report a sum of the tables that does not hold."""

    name = "gov-sums"
    placeholders = ("table", "row", "column", "parts", "sum", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> SumsOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"identity"})
        return SumsOptions(opt.choice(raw, "identity", IDENTITIES))

    def check(self, doc: Document, options: SumsOptions) -> Iterator[Hit]:
        """One hit per failing identity, at the cell of its total."""
        for failure in doc.analysis("gov_failures", _all_failures):
            if failure.identity == options.identity:
                yield Hit(failure.at.start, failure.at.end, _args(failure))


def _all_failures(doc: Document) -> tuple[Failure, ...]:
    """Every table's failing sums, computed once for the four sum rules."""
    from discl_lint.govtables.checks import failures
    from discl_lint.govtables.reader import gov_tables

    tables = [t for _, t in gov_tables(doc).tables if t is not None]
    return tuple(f for table in tables for f in failures(table))


def _args(failure: Failure) -> dict[str, str]:
    parts = _joined(failure.parts)
    if all(not t.name for t in failure.parts):
        parts = f"{failure.row}的各分项{parts}"
    found = _joined(failure.found)
    if len(failure.found) > 1:
        found += f"＝{shown(sum(t.value for t in failure.found))}"
    return {
        "table": failure.table,
        "row": failure.row,
        "column": failure.column,
        "parts": parts,
        "sum": shown(sum(t.value for t in failure.parts)),
        "found": found if len(failure.found) > 1 else shown(failure.found[0].value),
    }


def _joined(terms: tuple[Term, ...]) -> str:
    return "＋".join(f"{t.name}{shown(t.value)}" for t in terms)


def shown(value: Decimal | int) -> str:
    """A number as the table prints it."""
    return format(Decimal(value).normalize(), "f")
