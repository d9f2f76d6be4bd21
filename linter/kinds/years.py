"""Year and date checks: one year throughout, events inside the period, on-time publication.

``year-coherence``: academic years that are not two consecutive years
(2021-2021学年) and year mentions (title, preamble, 20XX-20XX学年) that disagree
with the report's year (from the period, else the title). Option ``compare``
(default true) switches the comparison off, leaving the invalid-pair check.

``dated-events``: dated events (YYYY年M月) in the body's sections far outside the
period. Options ``after_days`` (default 61) and ``before_days`` (366); ``skip``
(regex of sentences to ignore: plans, laws taking effect).

``deadline``: the closing date (落款) is later than the publication deadline.
Option ``deadline``: per profile, ``MM-DD`` in the period's end year (hei)
or ``+MM-DD`` in the following year (gov).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.dates import normalise
from discl_lint.document import Document
from discl_lint.errors import OptionError
from discl_lint.kinds import options as opt
from discl_lint.model import Hit
from discl_lint.period import document_period
from discl_lint.years import (
    DATE,
    ReportYear,
    academic_mentions,
    dates_in,
    report_year,
    report_year_mentions,
)


def _fmt(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


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
        """Invalid pairs everywhere; disagreements when the report's year is known."""
        year = report_year(doc) if options.compare else None
        for mention in academic_mentions(doc.text):
            if mention.last != mention.first + 1:
                expected = f"{mention.first}-{mention.first + 1}学年"
                yield Hit(mention.start, mention.end, {"expected": expected, "found": mention.text})
            elif year and (mention.first, mention.last) != (year.first, year.last):
                yield Hit(
                    mention.start,
                    mention.end,
                    {"expected": _year_text(year), "found": mention.text},
                )
        if year is None:
            return
        for mention in report_year_mentions(doc.text, doc.preamble_end):
            if mention.last != year.last:
                yield Hit(
                    mention.start,
                    mention.end,
                    {"expected": _year_text(year), "found": mention.text},
                )


@dataclass(frozen=True)
class EventOptions:
    """Validated options of ``dated-events``."""

    after_days: int
    before_days: int
    skip: re.Pattern[str]


_SENTENCE = re.compile(r"[^。！？；\n]+")


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
        body_end = top[5].line.start if len(top) > 5 else _closing_start(doc)
        for sentence in _SENTENCE.finditer(doc.text, body_start, body_end):
            if options.skip.search(sentence.group(0)):
                continue
            for day, start, end in dates_in(sentence.group(0)):
                if not low <= day <= high:
                    found = sentence.group(0)[start:end]
                    expected = f"{_fmt(first)}至{_fmt(last)}前后"
                    yield Hit(
                        sentence.start() + start,
                        sentence.start() + end,
                        {"expected": expected, "found": found},
                    )


@dataclass(frozen=True)
class DeadlineOptions:
    """Validated options of ``deadline``."""

    deadline: Mapping[str, tuple[int, int, int]]


_DEADLINE = re.compile(r"(\+?)(\d{2})-(\d{2})")
_SIGNATURE = re.compile(r"[\s\u3000]*" + DATE.pattern + r"[\s\u3000]*")
SIGNATURE_LINES = 6


def _deadline_option(raw: Mapping[str, Any]) -> dict[str, tuple[int, int, int]]:
    value = raw.get("deadline", {"hei": "10-31", "gov": "+03-31"})
    if not isinstance(value, dict):
        raise OptionError("options.deadline", "expected a mapping of profile to MM-DD")
    parsed = {}
    for profile, text in value.items():
        match = _DEADLINE.fullmatch(str(text))
        if match is None:
            raise OptionError(
                f"options.deadline.{profile}", f"expected MM-DD or +MM-DD, got {text!r}"
            )
        parsed[str(profile)] = (
            1 if match.group(1) else 0,
            int(match.group(2)),
            int(match.group(3)),
        )
    return parsed


class Deadline:
    """Report a closing date after the publication deadline."""

    name = "deadline"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> DeadlineOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"deadline"})
        return DeadlineOptions(_deadline_option(raw))

    def check(self, doc: Document, options: DeadlineOptions) -> Iterator[Hit]:
        """Compare the last date-only line with the deadline of the report's year."""
        year, rule = report_year(doc), options.deadline.get(doc.profile)
        signed = _signature(doc)
        if year is None or rule is None or signed is None:
            return
        day, start, end = signed
        shift, month, date = rule
        limit = dt.date(year.last + shift, month, date)
        if day > limit:
            yield Hit(start, end, {"expected": f"不晚于{_fmt(limit)}", "found": _fmt(day)})


def _closing_start(doc: Document) -> int:
    signed = _signature(doc)
    return signed[1] if signed else len(doc.text)


def _signature(doc: Document) -> tuple[dt.date, int, int] | None:
    tail = [line for line in doc.lines if not line.blank][-SIGNATURE_LINES:]
    for line in reversed(tail):
        match = _SIGNATURE.fullmatch(normalise(line.text))
        if match is None:
            continue
        try:
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))
        except ValueError:
            return None
        begin = line.start + len(line.text) - len(line.text.lstrip())
        return day, begin, line.start + len(line.text.rstrip())
    return None
