"""Numbers the text states about the tables: 收到申请X件, 予以公开X件, 结转下年度X件,
行政复议X件, 行政诉讼X件, 现行有效行政规范性文件X件 — and what the tables say.

Only running text is read (never the tables' own lines), only statements about this
year (a clause comparing with last year is left alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from discl_lint.document.structure import Document
from discl_lint.govtables.normalise import simplified
from discl_lint.govtables.reader import GovTables
from discl_lint.govtables.table4 import COLUMNS as TABLE4_COLUMNS
from discl_lint.govtables.tables import Table
from discl_lint.text.regex_store import regex

_N = r"(?P<n>\d+)\s*(?:件|起|宗)"
_CLAIMS = (
    (
        "received",
        "收到的政府信息公开申请",
        regex(r"(?:收到|新收|受理|接收)[^，。；、]{0,12}?申请(?:共计?|合计|总计)?" + _N),
    ),
    ("opened", "予以公开的申请", regex(r"(?<!不)予以公开(?:的|申请)?(?:共)?" + _N)),
    (
        "next",
        "结转下年度继续办理的申请",
        regex(r"结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?" + _N),
    ),
    ("review", "政府信息公开行政复议", regex(r"行政复议(?:案件|申请)?(?:共)?" + _N)),
    ("lawsuit", "政府信息公开行政诉讼", regex(r"行政诉讼(?:案件)?(?:共)?" + _N)),
    (
        "current",
        "现行有效的行政规范性文件",
        regex(r"现行有效(?:的)?(?:行政)?规范性文件(?:共)?" + _N),
    ),
)
# Lines that may hold a claim (traditional forms included): the others are not read.
_MENTION = regex(
    r"收到|新收|受理|接收|予以公开|予以公開|结转|結轉|复议|復議|诉讼|訴訟|现行有效|現行有效"
)
_COMPARISON = regex(r"上年|上一年|去年|同比|较\d{4}年|比\d{4}年|累计")
_CLAUSE = regex(r"[^，,。！？；;\n]+")


@dataclass(frozen=True)
class Mismatch:
    """A number in the text that no reading of the table gives."""

    subject: str
    said: str
    table: str
    expected: str
    start: int
    end: int


def mismatches(doc: Document, tables: GovTables) -> Iterator[Mismatch]:
    """Each statement whose number differs from the table's."""
    expected = _table_values(tables)
    if not expected:
        return
    for line in doc.lines:
        if line.number in tables.line_numbers or not _MENTION.search(line.text):
            continue
        plain = simplified(line.text)
        if len(plain) != len(line.text):
            plain = line.text
        yield from _line_mismatches(plain, line.start, expected)


def _line_mismatches(
    text: str, offset: int, expected: dict[str, tuple[str, tuple[Decimal, ...]]]
) -> Iterator[Mismatch]:
    for clause in _CLAUSE.finditer(text):
        if _COMPARISON.search(clause.group(0)):
            continue
        for key, subject, pattern in _CLAIMS:
            if key not in expected:
                continue
            table, allowed = expected[key]
            for match in pattern.finditer(text, clause.start(), clause.end()):
                said = Decimal(match.group("n"))
                if said not in allowed:
                    shown = "或".join(dict.fromkeys(_shown(v) for v in allowed))
                    start, end = offset + match.start("n"), offset + match.end("n")
                    yield Mismatch(subject, match.group("n"), table, shown, start, end)


def _shown(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _table_values(tables: GovTables) -> dict[str, tuple[str, tuple[Decimal, ...]]]:
    """For each statement, the table it is checked against and the numbers allowed."""
    values: dict[str, tuple[str, tuple[Decimal, ...]]] = {}
    t3, t4, t2 = _read(tables.table3), _read(tables.table4), _read(tables.table2)
    if t3 is not None:
        new, carried = _cell(t3, "new", "总计"), _cell(t3, "carried", "总计")
        if new is not None:
            both = (new, new + carried) if carried is not None else (new,)
            values["received"] = ("表三", both)
        for key, row in (("opened", "open"), ("next", "next")):
            value = _cell(t3, row, "总计")
            if value is not None:
                values[key] = ("表三", (value,))
    if t4 is not None:
        review = _cell(t4, "cases", TABLE4_COLUMNS[4])
        direct, after = (
            _cell(t4, "cases", TABLE4_COLUMNS[9]),
            _cell(t4, "cases", TABLE4_COLUMNS[14]),
        )
        if review is not None:
            values["review"] = ("表四", (review,))
        if direct is not None and after is not None:
            values["lawsuit"] = ("表四", (direct + after,))
    current = _cell(t2, "normative", "现行有效件数") if t2 is not None else None
    if current is not None:
        values["current"] = ("表二", (current,))
    return values


def _read(table: Table | None) -> Table | None:
    return table if table is not None and not table.problem else None


def _cell(table: Table, row: str, column: str) -> Decimal | None:
    found = table.row(row)
    return found.value(column) if found is not None else None
