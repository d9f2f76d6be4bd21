"""``deadline``: the closing date (落款) is later than the publication deadline.

Option ``deadline``: per profile, ``MM-DD`` in the period's end year (hei)
or ``+MM-DD`` in the following year (gov).
Option ``issuer_deadlines``: list of {profile, issuer, deadline}: when the
title names an issuer (the title without its year and ``…工作年度报告``) that
the ``issuer`` regular expression matches, that deadline applies instead
(a local government's own report is due later than its departments').
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.period import document_period
from discl_lint.document.signature import signature
from discl_lint.document.structure import Document
from discl_lint.document.years import report_year, title_end
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit
from discl_lint.text.dates import chinese_date
from discl_lint.text.regex_store import regex


@dataclass(frozen=True)
class IssuerDeadline:
    """A deadline for the reports of some issuers in one profile."""

    profile: str
    issuer: re.Pattern[str]
    deadline: tuple[int, int, int]


@dataclass(frozen=True)
class DeadlineOptions:
    """Validated options of ``deadline``."""

    deadline: Mapping[str, tuple[int, int, int]]
    issuers: tuple[IssuerDeadline, ...] = ()


_DEADLINE = regex(r"(\+?)(\d{2})-(\d{2})")


def _deadline_option(raw: Mapping[str, Any]) -> dict[str, tuple[int, int, int]]:
    value = raw.get("deadline", {"hei": "10-31", "gov": "+01-31"})
    if not isinstance(value, dict):
        raise OptionError("options.deadline", "expected a mapping of profile to MM-DD")
    return {str(p): _day(text, f"options.deadline.{p}") for p, text in value.items()}


def _day(text: Any, key: str) -> tuple[int, int, int]:
    match = _DEADLINE.fullmatch(str(text))
    if match is None:
        raise OptionError(key, f"expected MM-DD or +MM-DD, got {text!r}")
    return (1 if match.group(1) else 0, int(match.group(2)), int(match.group(3)))


def _issuers_option(raw: Mapping[str, Any]) -> tuple[IssuerDeadline, ...]:
    value = raw.get("issuer_deadlines", [])
    if not isinstance(value, list):
        raise OptionError(
            "options.issuer_deadlines", "expected a list of {profile, issuer, deadline}"
        )
    found = []
    for index, item in enumerate(value):
        key = f"options.issuer_deadlines[{index}]"
        if not isinstance(item, dict):
            raise OptionError(key, "expected a mapping with profile, issuer and deadline")
        opt.reject_unknown(item, {"profile", "issuer", "deadline"}, key)
        found.append(
            IssuerDeadline(
                str(item.get("profile", "")),
                opt.regex(item.get("issuer"), f"{key}.issuer"),
                _day(item.get("deadline"), f"{key}.deadline"),
            )
        )
    return tuple(found)


_TITLE_WORDS = regex(r"\d{4}\s*年度?|(?:政府)?信息公开工作年度报告.*$|[\s\u3000]+")


def issuer(doc: Document) -> str:
    """Who the title says publishes the report (上海市教育委员会, 某县人民政府)."""
    title = "".join(line.text for line in doc.lines if line.start < title_end(doc))
    return _TITLE_WORDS.sub("", title)


class Deadline:
    """Report a closing date after the publication deadline."""

    name = "deadline"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> DeadlineOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"deadline", "issuer_deadlines"})
        return DeadlineOptions(_deadline_option(raw), _issuers_option(raw))

    def check(self, doc: Document, options: DeadlineOptions) -> Iterator[Hit]:
        """Compare the last date-only line with the deadline of the report's year."""
        year, rule = report_year(doc), _rule(doc, options)
        signed = signature(doc)
        if year is None or rule is None or signed is None:
            return
        day, start, end = signed
        shift, month, date = rule
        limit = dt.date(year.last + shift, month, date)
        if _calendar_year_past(doc, limit):
            return  # a calendar year's period ends after the deadline: DL103's to report
        if day > limit:
            yield Hit(
                start, end, {"expected": f"不晚于{chinese_date(limit)}", "found": chinese_date(day)}
            )


def _calendar_year_past(doc: Document, limit: dt.date) -> bool:
    stated = document_period(doc)
    dates = stated.dates if stated is not None else None
    return dates is not None and dates.start.month == 1 and dates.end > limit


def _rule(doc: Document, options: DeadlineOptions) -> tuple[int, int, int] | None:
    chosen = [i for i in options.issuers if i.profile == doc.profile]
    name = issuer(doc) if chosen else ""
    special = next((i.deadline for i in chosen if name and i.issuer.search(name)), None)
    return special or options.deadline.get(doc.profile)


def closing_start(doc: Document) -> int:
    """Where the closing block (signature and date) begins, or the end of the text."""
    signed = signature(doc)
    return signed[1] if signed else len(doc.text)
