"""Which year a report is about, and the year mentions that must agree with it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from discl_lint.document.period import document_period
from discl_lint.document.signature import signature
from discl_lint.document.structure import Document
from discl_lint.text.dates import normalise
from discl_lint.text.history import names_the_past
from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Spans

ACADEMIC = regex(r"(\d{4})(?<!\d{5})\s*年?\s*[-—–－～~至到]{1,2}\s*(\d{4})\s*年?\s*学年")
# Two years run together by a lossy conversion: 20172018学年度.
GARBLED = regex(r"(\d{4})(\d{4})\s*学年")
_GARBLED_LOOK = 12
REPORT_YEAR = regex(
    r"(\d{4})(?<![\d.\-]\d{4})\s*年度?\s*(?=(?:高校|学校|政府)?信息公开(?:工作)?(?:年度|情况|执行|报告)|(?:工作)?年度报告)"
)
# Titles of documents and 文号 carry their own years.
EXCLUDED = regex(r"《[^》\n]*》|〔[^〕\n]*〕|\[[^\]\n]*\]|【[^】\n]*】")
DATE = regex(r"(\d{4})(?<!\d{5})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
TITLE_MAX_CHARS = 60
# The source of a report's year taken from its title because the period disagrees alone.
PERIOD_OUTLIER = "标题（统计期限与之不符）"
_NOTICE_YEAR = regex(r"做好(\d{4})年(?:度)?(?:高校|高等学校)?信息公开")


@dataclass(frozen=True)
class YearMention:
    """A year or academic year written in the text."""

    first: int
    last: int
    start: int
    end: int
    text: str
    garbled: bool = False


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


# A text with its digits normalised, and its excluded spans.
Prepared = tuple[str, Spans]


def _prepare(text: str) -> Prepared:
    return normalise(text), excluded_spans(text)


def prepared_text(doc: Document) -> Prepared:
    """The document's text prepared for the year readers, computed once."""
    return doc.analysis("year_text", lambda d: _prepare(d.text))


def academic_mentions(
    text: str, end: int | None = None, *, prepared: Prepared | None = None
) -> Iterator[YearMention]:
    """``2021-2022学年`` mentions outside excluded spans, in text order; the garbled
    ``20212022学年`` too (marked), when its years follow each other (``prepared``:
    ``text`` already prepared)."""
    plain, spans = prepared or _prepare(text)
    stop = len(plain) if end is None else end
    found = [(m, False) for m in ACADEMIC.finditer(plain, 0, stop)]
    found += [(m, True) for m in _garbled(plain, stop)]
    for m, garbled in sorted(found, key=lambda pair: pair[0].start()):
        if _outside(spans, m.start()):
            first, last = int(m.group(1)), int(m.group(2))
            yield YearMention(first, last, m.start(), m.end(), text[m.start() : m.end()], garbled)


def _garbled(plain: str, stop: int) -> Iterator[re.Match[str]]:
    """Garbled academic years, found from the 学年 they stand before."""
    at = plain.find("学年", 8, stop)
    while at != -1:
        if plain[at - 1].isdigit() or plain[at - 1].isspace():
            start = max(0, at - _GARBLED_LOOK)
            match = GARBLED.search(plain, start, at + 2)
            if match and match.end() == at + 2 and _consecutive(plain, match):
                yield match
        at = plain.find("学年", at + 2, stop)


def _consecutive(plain: str, match: re.Match[str]) -> bool:
    alone = match.start() == 0 or not plain[match.start() - 1].isdigit()
    return alone and int(match.group(2)) == int(match.group(1)) + 1


def report_year_mentions(
    text: str, end: int, *, prepared: Prepared | None = None
) -> Iterator[YearMention]:
    """``2021年度信息公开工作`` / ``2022年…年度报告`` mentions before ``end``."""
    plain, spans = prepared or _prepare(text)
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
    """From the period, else the title's academic year, else the title's year (an end
    year); the title's when the period alone disagrees with a title the text repeats."""
    year = _period_year(doc)
    if year is None:
        return title_year(doc)
    titled = title_year(doc)
    if doc.profile != "gov" and titled is not None and _period_alone(doc, year, titled):
        return ReportYear(titled.first, titled.last, PERIOD_OUTLIER)
    return year


def _period_year(doc: Document) -> ReportYear | None:
    statement = document_period(doc)
    if not (statement and statement.dates and statement.dates.end > statement.dates.start):
        return None
    start = statement.dates.start
    if doc.profile == "gov" and start.month >= 6:
        # A government-format report over an academic year is the year it ends in.
        end = statement.dates.end.year
        return ReportYear(end, end, "统计期限")
    if doc.profile == "gov" or start.month < 6:
        return ReportYear(start.year, start.year, "统计期限")
    return ReportYear(start.year, start.year + 1, "统计期限")


def _period_alone(doc: Document, period: ReportYear, titled: ReportYear) -> bool:
    """Whether the period is the one year that disagrees: the title's academic year
    stands again in the text (编制了2023—2024学年…报告, though it reads as history, agrees),
    the period's nowhere but as a comparison."""
    if (titled.first, titled.last) == (period.first, period.last) or _sides_with(doc, period):
        return False
    mentions = academic_mentions(doc.text, prepared=prepared_text(doc))
    agree = sum((m.first, m.last) == (titled.first, titled.last) for m in mentions)
    against = any(
        (m.first, m.last) == (period.first, period.last)
        and not names_the_past(doc.text, m.start, m.end)
        for m in mentions
    )
    return agree >= 2 and not against


def _sides_with(doc: Document, period: ReportYear) -> bool:
    """Whether the closing date or the yearly notice cited names the period's year (a
    title copied from last year's report, not a wrong period)."""
    signed = signature(doc)
    if signed is not None and signed[0].year == period.last:
        return True
    return any(int(m.group(1)) == period.last for m in _NOTICE_YEAR.finditer(doc.text))


def title_year(doc: Document) -> ReportYear | None:
    """The title's academic year, else its year (an end year)."""
    end = title_end(doc)
    prepared = prepared_text(doc)
    academic = [
        m for m in academic_mentions(doc.text, end, prepared=prepared) if m.last == m.first + 1
    ]
    if academic:
        return ReportYear(academic[0].first, academic[0].last, "标题")
    titled = list(report_year_mentions(doc.text, end, prepared=prepared))
    if titled:
        year = titled[0].first
        return ReportYear(year if doc.profile == "gov" else year - 1, year, "标题")
    return None


def dates_in(text: str) -> Iterator[tuple[dt.date, int, int]]:
    """Full or month-precision dates outside excluded spans."""
    plain, spans = _prepare(text)
    for m in DATE.finditer(plain):
        if not _outside(spans, m.start()):
            continue
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            continue
        yield day, m.start(), m.end()
