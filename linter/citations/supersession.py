"""When a cited version stopped applying, for the report's period: one verdict for a
version cited by its title (citations/versions.py) or by its number alone
(citations/bare_numbers.py)."""

from __future__ import annotations

from dataclasses import dataclass

from discl_lint.citations.kb import Entry, Version, severity_of
from discl_lint.citations.loading import knowledge
from discl_lint.citations.timing import ReportSpan
from discl_lint.document.structure import Document
from discl_lint.model.findings import Severity
from discl_lint.text.dates import chinese_date


@dataclass(frozen=True)
class Superseded:
    """A version superseded before (or during) the period: how sure, what instead, source."""

    severity: Severity
    expected: str
    source: str | None


def superseded(
    doc: Document, entry: Entry, version: Version, span: ReportSpan
) -> Superseded | None:
    """The verdict on citing ``version`` of ``entry`` for ``span``, if it no longer applied:
    a warning when superseded before the period (as sure as its source), info when the
    period straddles the change, never above the entry's own severity for it."""
    fact = version.superseded
    certain = severity_of(fact.mark) if fact is not None else None
    if fact is None or certain is None or span.end < fact.value:
        return None
    severity = certain if span.start >= fact.value else Severity.INFO
    if entry.superseded_severity is not None:
        severity = min(severity, entry.superseded_severity)
    replaced = _replacement(doc, entry, version)
    expected = f"该版本自{chinese_date(fact.value)}起{replaced}，{span.text()}"
    return Superseded(severity, expected, fact.src)


def _replacement(doc: Document, entry: Entry, version: Version) -> str:
    later = [v for v in entry.versions if v is not version and v.number is not None]
    if later and later[-1].number is not None:
        return f"由{later[-1].number.text}取代"
    newer = knowledge(doc).entries.get(entry.superseded_by)
    return f"由《{newer.title}》取代" if newer else "停止执行"
