"""Year and date checks: one year throughout, events inside the period.

``year-coherence``: academic years that are not two consecutive years
(2021-2021学年) and year mentions (title, preamble, 20XX-20XX学年) that disagree
with the report's year (from the period, else the title). Option ``compare``
(default true) switches the comparison off, leaving the invalid-pair check.

``dated-events``: dated events (YYYY年M月) in the body's sections far outside the
period. Options ``after_days`` (default 61) and ``before_days`` (366); ``skip``
(regex of sentences to ignore: plans, laws taking effect).

The publication deadline is checked by ``deadline`` (kinds/deadline.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.period import document_period
from discl_lint.document.structure import Document
from discl_lint.document.years import (
    PERIOD_OUTLIER,
    ReportYear,
    YearMention,
    academic_mentions,
    dates_in,
    prepared_text,
    report_year,
    report_year_mentions,
)
from discl_lint.kinds import options as opt
from discl_lint.kinds.deadline import closing_start
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit
from discl_lint.text.dates import chinese_date
from discl_lint.text.history import (
    names_a_plan,
    names_last_years_results,
    names_next_years_own,
    names_the_past,
)
from discl_lint.text.regex_store import regex


def _year_text(year: ReportYear) -> str:
    if year.first == year.last:
        return f"{year.last}年"
    return f"{year.first}-{year.last}学年（或{year.last}年度）"


@dataclass(frozen=True)
class CoherenceOptions:
    """Validated options of ``year-coherence``."""

    compare: bool


class YearCoherence:
    """Report invalid academic years and years that disagree with the report's."""

    name = "year-coherence"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> CoherenceOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"compare"})
        return CoherenceOptions(opt.boolean(raw, "compare", True))

    def check(self, doc: Document, options: CoherenceOptions) -> Iterator[Hit]:
        """Invalid pairs everywhere; disagreements when the report's year is known.

        Garbled years (20172018学年) are one finding, and are otherwise read as
        the academic year they stand for; years that name the past are left alone.
        """
        year = report_year(doc) if options.compare else None
        mentions = list(academic_mentions(doc.text, prepared=prepared_text(doc)))
        if year is not None and year.source == PERIOD_OUTLIER:
            yield from _period_hit(doc, year)  # the period is the one year that disagrees
        garbled = [m for m in mentions if m.garbled]
        if garbled:
            yield _garbled_hit(garbled)
        for mention in mentions:
            if mention.garbled:
                continue
            if mention.last != mention.first + 1:  # wrong whatever it tells of (2024-2024学年)
                expected = f"{mention.first}-{mention.first + 1}学年"
                yield Hit(mention.start, mention.end, {"expected": expected, "found": mention.text})
            elif (
                year
                and not names_the_past(doc.text, mention.start, mention.end)
                and _disagrees(doc.text, mention, year)
            ):
                yield _mismatch(mention, year)
        if year is None:
            return
        prepared = prepared_text(doc)
        for mention in report_year_mentions(doc.text, doc.preamble_end, prepared=prepared):
            if mention.last != year.last and not names_the_past(
                doc.text, mention.start, mention.end
            ):
                yield _mismatch(mention, year)


def _period_hit(doc: Document, year: ReportYear) -> Iterator[Hit]:
    statement = document_period(doc)
    if statement is not None and statement.dates is not None:
        start, end = statement.dates.span
        yield Hit(start, end, {"expected": _year_text(year), "found": doc.text[start:end]})


def _disagrees(text: str, mention: YearMention, year: ReportYear) -> bool:
    """Another academic year than the report's, and not one a plan looks ahead to."""
    if (mention.first, mention.last) == (year.first, year.last):
        return False
    if mention.first == year.first + 1 and names_next_years_own(text, mention.end):
        return False
    if mention.last == year.first and names_last_years_results(text, mention.end):
        return False
    return not (mention.first > year.first and names_a_plan(text, mention.start))


def _mismatch(mention: YearMention, year: ReportYear) -> Hit:
    return Hit(mention.start, mention.end, {"expected": _year_text(year), "found": mention.text})


def _garbled_hit(garbled: list[YearMention]) -> Hit:
    first = garbled[0]
    count = f"，全文共{len(garbled)}处" if len(garbled) > 1 else ""
    expected = f"{first.first}-{first.last}学年（两个年份连写{count}）"
    return Hit(first.start, first.end, {"expected": expected, "found": first.text})


@dataclass(frozen=True)
class EventOptions:
    """Validated options of ``dated-events``."""

    after_days: int
    before_days: int
    skip: re.Pattern[str]


_SENTENCE = regex(r"[^。！？；\n]+")
_DOCUMENT_NOTE = regex(r"》\s*[（(][^（()）]*[）)]")


class DatedEvents:
    """Report dated events in the body far outside the statistics period."""

    name = "dated-events"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> EventOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"after_days", "before_days", "skip"})
        days = {k: raw.get(k, d) for k, d in (("after_days", 61), ("before_days", 366))}
        for key, value in days.items():
            if not isinstance(value, int) or value < 0:
                raise OptionError(
                    f"options.{key}", f"expected a whole number of days, got {value!r}"
                )
        skip = opt.regex(raw.get("skip", "将|计划|拟|下一步|预计|起施行|以来"), "options.skip")
        return EventOptions(days["after_days"], days["before_days"], skip)

    def check(self, doc: Document, options: EventOptions) -> Iterator[Hit]:
        """Dates in the sections after the first, outside the widened period."""
        statement = document_period(doc)
        if statement is None or statement.dates is None or len(doc.top_headings) < 2:
            return
        first, last = statement.dates.start, statement.dates.end
        low = first - dt.timedelta(days=options.before_days)
        high = last + dt.timedelta(days=options.after_days)
        # Sections 二 to 五 report the year's work; the closing date comes after them.
        top = doc.top_headings
        body_start = top[1].line.start
        body_end = top[5].line.start if len(top) > 5 else closing_start(doc)
        for sentence in _SENTENCE.finditer(doc.text, body_start, body_end):
            if options.skip.search(sentence.group(0)):
                continue
            text = sentence.group(0)
            notes = [m.span() for m in _DOCUMENT_NOTE.finditer(text)] if "》" in text else []
            for day, start, end in dates_in(text):
                if any(a <= start < b for a, b in notes):
                    continue  # a document's own dates (《章程》（2015年6月经教育部核准）)
                if not low <= day <= high:
                    found = sentence.group(0)[start:end]
                    expected = f"{chinese_date(first)}至{chinese_date(last)}前后"
                    yield Hit(
                        sentence.start() + start,
                        sentence.start() + end,
                        {"expected": expected, "found": found},
                    )
