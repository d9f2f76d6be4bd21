"""Which year a report is about, and the year mentions that must agree with it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from discl_lint.document.period import document_period
from discl_lint.document.structure import Document
from discl_lint.text.dates import normalise
from discl_lint.text.spans import Spans

ACADEMIC = re.compile(r"(\d{4})(?<!\d{5})\s*年?\s*[-—–－～~至到]{1,2}\s*(\d{4})\s*年?\s*学年")
REPORT_YEAR = re.compile(
    r"(\d{4})(?<![\d.\-]\d{4})\s*年度?\s*(?=(?:高校|学校|政府)?信息公开(?:工作)?(?:年度|情况|执行|报告)|(?:工作)?年度报告)"
)
# Titles of documents and 文号 carry their own years.
EXCLUDED = re.compile(r"《[^》\n]*》|〔[^〕\n]*〕|\[[^\]\n]*\]|【[^】\n]*】")
DATE = re.compile(r"(\d{4})(?<!\d{5})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
TITLE_MAX_CHARS = 60


@dataclass(frozen=True)
class YearMention:
    """A year or academic year written in the text."""

    first: int
    last: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ReportYear:
    """The academic (or calendar) year a report covers: first and last year."""

    first: int
    last: int
    source: str


def excluded_spans(text: str) -> Spans:
    """Spans whose years are not the report's: book titles, 文号."""
    return Spans(m.span() for m in EXCLUDED.finditer(text))


def _outside(spans: Spans, start: int) -> bool:
    return not spans.covers(start)


def academic_mentions(text: str, end: int | None = None) -> Iterator[YearMention]:
    """``2021-2022学年`` mentions outside excluded spans."""
    plain, spans = normalise(text), excluded_spans(text)
    for m in ACADEMIC.finditer(plain, 0, len(plain) if end is None else end):
        if _outside(spans, m.start()):
            yield YearMention(
                int(m.group(1)), int(m.group(2)), m.start(), m.end(), text[m.start() : m.end()]
            )


def report_year_mentions(text: str, end: int) -> Iterator[YearMention]:
    """``2021年度信息公开工作`` / ``2022年…年度报告`` mentions before ``end``."""
    plain, spans = normalise(text), excluded_spans(text)
    for m in REPORT_YEAR.finditer(plain, 0, end):
        if _outside(spans, m.start()):
            year = int(m.group(1))
            yield YearMention(year, year, m.start(), m.end(), text[m.start() : m.end()].strip())


def title_end(doc: Document) -> int:
    """End of the title block: the short lines before the first long one."""
    for line in doc.lines:
        if line.start >= doc.preamble_end or len(line.text.strip()) > TITLE_MAX_CHARS:
            return line.start
    return doc.preamble_end


def report_year(doc: Document) -> ReportYear | None:
    """The report's year, computed once per document."""
    return doc.analysis("report_year", _report_year)


def _report_year(doc: Document) -> ReportYear | None:
    """From the period, else the title's academic year, else the title's year (an end year)."""
    statement = document_period(doc)
    if statement and statement.dates and statement.dates.end > statement.dates.start:
        start = statement.dates.start
        if doc.profile == "gov" or start.month < 6:
            return ReportYear(start.year, start.year, "统计期限")
        return ReportYear(start.year, start.year + 1, "统计期限")
    end = title_end(doc)
    academic = [m for m in academic_mentions(doc.text, end) if m.last == m.first + 1]
    if academic:
        return ReportYear(academic[0].first, academic[0].last, "标题")
    titled = list(report_year_mentions(doc.text, end))
    if titled:
        year = titled[0].first
        return ReportYear(year if doc.profile == "gov" else year - 1, year, "标题")
    return None


def dates_in(text: str) -> Iterator[tuple[dt.date, int, int]]:
    """Full or month-precision dates outside excluded spans."""
    plain, spans = normalise(text), excluded_spans(text)
    for m in DATE.finditer(plain):
        if not _outside(spans, m.start()):
            continue
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            continue
        yield day, m.start(), m.end()
