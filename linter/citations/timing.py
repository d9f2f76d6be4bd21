"""The period a report covers and when it was published, for the version and year checks.

The period is the stated statistics period, else the year the title names, else the year
before the closing date (落款). Publication is the closing date, else the deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from discl_lint.document.period import document_period
from discl_lint.document.signature import signature
from discl_lint.document.structure import Document
from discl_lint.document.years import report_year
from discl_lint.text.dates import chinese_date


@dataclass(frozen=True)
class ReportSpan:
    """First and last day of the period, the publication date, and what they come from."""

    start: dt.date
    end: dt.date
    published: dt.date
    source: str

    def text(self) -> str:
        """本报告统计期限为2021年9月1日至2022年8月31日 (or 按标题/落款推定)."""
        span = f"{chinese_date(self.start)}至{chinese_date(self.end)}"
        return (
            f"本报告统计期限为{span}"
            if self.source == "统计期限"
            else f"本报告（按{self.source}推定）覆盖{span}"
        )


def report_span(doc: Document) -> ReportSpan | None:
    """The span of ``doc``, found once (None when nothing says when the report is)."""
    return doc.analysis("citations.span", _span)


def _span(doc: Document) -> ReportSpan | None:
    signed = signature(doc)
    bounds = _bounds(doc, signed[0] if signed else None)
    if bounds is None:
        return None
    start, end, source = bounds
    gov = doc.profile == "gov"
    deadline = dt.date(end.year + 1, 3, 31) if gov else dt.date(end.year, 10, 31)
    return ReportSpan(start, end, signed[0] if signed else deadline, source)


def _bounds(doc: Document, signed: dt.date | None) -> tuple[dt.date, dt.date, str] | None:
    statement = document_period(doc)
    dates = statement.dates if statement else None
    if dates is not None and dates.end > dates.start:
        return dates.start, dates.end, "统计期限"
    year = report_year(doc)
    if year is not None:
        return (*_year_bounds(year.first, year.last), year.source)
    if signed is None:
        return None
    if doc.profile == "gov":
        return (*_year_bounds(signed.year - 1, signed.year - 1), "落款")
    last = signed.year if signed.month >= 9 else signed.year - 1
    return (*_year_bounds(last - 1, last), "落款")


def _year_bounds(first: int, last: int) -> tuple[dt.date, dt.date]:
    if first == last:
        return dt.date(first, 1, 1), dt.date(first, 12, 31)
    return dt.date(first, 9, 1), dt.date(last, 8, 31)
