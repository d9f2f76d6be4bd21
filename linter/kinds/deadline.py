"""``deadline``: the closing date (落款) is later than the publication deadline.

Option ``deadline``: per profile, ``MM-DD`` in the period's end year (hei)
or ``+MM-DD`` in the following year (gov).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.document.years import DATE, report_year
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit
from discl_lint.text.dates import chinese_date, normalise


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
        signed = signature(doc)
        if year is None or rule is None or signed is None:
            return
        day, start, end = signed
        shift, month, date = rule
        limit = dt.date(year.last + shift, month, date)
        if day > limit:
            yield Hit(
                start, end, {"expected": f"不晚于{chinese_date(limit)}", "found": chinese_date(day)}
            )


def closing_start(doc: Document) -> int:
    """Where the closing block (signature and date) begins, or the end of the text."""
    signed = signature(doc)
    return signed[1] if signed else len(doc.text)


def signature(doc: Document) -> tuple[dt.date, int, int] | None:
    """The last date-only line near the end: the closing date, and its span."""
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
