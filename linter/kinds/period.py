"""``period``: the statistics period (统计期限) is stated, readable and right.

Options:
  report: what this rule reports —
    ``missing``      no period statement at all;
    ``unparseable``  a period statement whose dates cannot be read;
    ``expected``     a readable period other than the profile's expected one;
    ``order``        start not before end, or a span far from one year.
  expected: per profile, ``academic-year`` (Y-09-01..Y+1-08-31) or
    ``calendar-year`` (Y-01-01..Y-12-31). Default hei: academic-year, gov: calendar-year.
  min_days / max_days: the span allowed by ``order`` (default 300 / 430).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.period import PeriodStatement, document_period
from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import PROFILES, Hit
from discl_lint.text.dates import chinese_date

_SHAPES = ("academic-year", "calendar-year")


@dataclass(frozen=True)
class PeriodOptions:
    """Validated options of ``period``."""

    report: str
    expected: Mapping[str, str]
    min_days: int
    max_days: int


def _expected(raw: Mapping[str, Any]) -> dict[str, str]:
    value = raw.get("expected", {"hei": "academic-year", "gov": "calendar-year"})
    if not isinstance(value, dict):
        raise OptionError("options.expected", "expected a mapping of profile to period shape")
    for profile, shape in value.items():
        if profile not in PROFILES or shape not in _SHAPES:
            raise OptionError(
                f"options.expected.{profile}", f"expected one of {', '.join(_SHAPES)}"
            )
    return dict(value)


def _int(raw: Mapping[str, Any], name: str, default: int) -> int:
    value = raw.get(name, default)
    if not isinstance(value, int) or value <= 0:
        raise OptionError(f"options.{name}", f"expected a positive whole number, got {value!r}")
    return value


def expected_period(shape: str, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of ``shape`` that the range ``start``–``end`` was meant to be: an
    academic year begins in the year of ``start``; a calendar year is the one most of
    the range falls in (2022年9月1日至2023年8月31日 is 2023)."""
    if shape == "calendar-year":
        year = start.year if start.month < 6 else end.year
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first = start.year if start.month >= 6 else start.year - 1
    return dt.date(first, 9, 1), dt.date(first + 1, 8, 31)


class Period:
    """Report problems of the statistics period statement."""

    name = "period"
    placeholders = ("expected", "found", "shape")

    def parse_options(self, raw: Mapping[str, Any]) -> PeriodOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"report", "expected", "min_days", "max_days"})
        report = opt.choice(raw, "report", ("missing", "unparseable", "expected", "order"))
        return PeriodOptions(
            report, _expected(raw), _int(raw, "min_days", 300), _int(raw, "max_days", 430)
        )

    def check(self, doc: Document, options: PeriodOptions) -> Iterator[Hit]:
        """Yield at most one hit."""
        statement = document_period(doc)
        hit = _REPORTS[options.report](doc, statement, options)
        if hit is not None:
            yield hit


def _missing(doc: Document, statement: PeriodStatement | None, _: PeriodOptions) -> Hit | None:
    if statement is not None:
        return None
    preamble = [line for line in doc.lines if line.start < doc.preamble_end and not line.blank]
    at = preamble[-1].start if preamble else 0
    return Hit(at, at, {"expected": "统计期限", "found": "无"})


def _unparseable(_: Document, statement: PeriodStatement | None, __: PeriodOptions) -> Hit | None:
    if statement is None or statement.dates is not None:
        return None
    start, end = statement.sentence
    return Hit(start, end, {"expected": "可读的起止日期", "found": "无法识别的日期"})


def _expected_shape(
    doc: Document, statement: PeriodStatement | None, options: PeriodOptions
) -> Hit | None:
    dates = statement.dates if statement else None
    shape = options.expected.get(doc.profile)
    if dates is None or shape is None or dates.end <= dates.start:
        return None
    want = expected_period(shape, dates.start, dates.end)
    if (dates.start, dates.end) == want:
        return None
    found = f"{chinese_date(dates.start)}至{chinese_date(dates.end)}"
    expected = f"{chinese_date(want[0])}至{chinese_date(want[1])}"
    shape_name = "自然年" if shape == "calendar-year" else "学年"
    return Hit(*dates.span, {"expected": expected, "found": found, "shape": shape_name})


def _order(_: Document, statement: PeriodStatement | None, options: PeriodOptions) -> Hit | None:
    dates = statement.dates if statement else None
    if dates is None:
        return None
    days = (dates.end - dates.start).days + 1
    if options.min_days <= days <= options.max_days:
        return None
    span = f"{days}天" if days > 0 else "截止日期不晚于起始日期"
    found = f"{chinese_date(dates.start)}至{chinese_date(dates.end)}（{span}）"
    return Hit(*dates.span, {"expected": "起始日期早于截止日期且跨度约一年", "found": found})


_REPORTS = {
    "missing": _missing,
    "unparseable": _unparseable,
    "expected": _expected_shape,
    "order": _order,
}
