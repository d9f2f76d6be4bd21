"""The closing date under a report's signature: the last date-only line near the end."""

from __future__ import annotations

import datetime as dt
import itertools

from discl_lint.document.structure import Document
from discl_lint.document.years import DATE
from discl_lint.text.dates import normalise
from discl_lint.text.regex_store import regex

_SIGNATURE = regex(r"[\s\u3000]*" + DATE.pattern + r"[\s\u3000]*")
SIGNATURE_LINES = 6


def signature(doc: Document) -> tuple[dt.date, int, int] | None:
    """The last date-only line near the end: the closing date, and its span."""
    last = (line for line in reversed(doc.lines) if not line.blank)
    for line in itertools.islice(last, SIGNATURE_LINES):
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
