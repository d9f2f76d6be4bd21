"""DL506: the yearly notice on the annual report (做好Y年…年度报告工作的通知).

A 教育部办公厅 notice whose title matches no edition of the year it names is a warning
(compared only with that year's edition). A report that cites yearly notices (the ministry's
or a province's) of other years only, none of its own year, gets info: reports may cite
older notices, and provinces do not issue one every year.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from discl_lint.citations.kb import KnowledgeBase
from discl_lint.citations.loading import knowledge
from discl_lint.citations.normal import key
from discl_lint.citations.reader import Citation, citations
from discl_lint.citations.timing import report_span
from discl_lint.document.structure import Document
from discl_lint.document.years import PERIOD_OUTLIER, report_year
from discl_lint.model.findings import Hit, Severity
from discl_lint.text.regex_store import regex

_NAMED_YEAR = regex(r"做好(\d{4})(?:[-—–－～~至](\d{4}))?(?:学年度|学年|年度|年)")
SERIES_NOTE = "教育部办公厅每年印发“关于做好Y年高校信息公开年度报告工作的通知”（知识库 series）"
_NOTICE = regex(r"信息公开.*年度报告.*(?:通知|提示|提示函)$")


@dataclass(frozen=True)
class YearlyNotice:
    """A cited notice on the annual report of a named year."""

    citation: Citation
    year: int


def yearly_notices(doc: Document) -> Iterator[Hit]:
    """Titles that match no edition of their year; notices of other years only."""
    notices = [n for n in map(_notice, citations(doc).citations) if n is not None]
    if not notices:
        return
    kb = knowledge(doc)
    mismatched = set()
    for notice in notices:
        hit = _mismatched_title(kb, notice)
        if hit is not None:
            mismatched.add(notice.citation.title.start)
            yield hit
    others = [n for n in _other_years(doc, notices) if n.citation.title.start not in mismatched]
    span = report_span(doc)
    for notice in others:
        if span is not None:
            yield _other_year(notice, span.text(), span.end.year)


def _notice(citation: Citation) -> YearlyNotice | None:
    plain = citation.title.key
    if "做好" not in plain:
        return None
    named = _NAMED_YEAR.search(plain)
    if named is None or not _NOTICE.search(plain):
        return None
    return YearlyNotice(citation, int(named.group(2) or named.group(1)))


def _mismatched_title(kb: KnowledgeBase, notice: YearlyNotice) -> Hit | None:
    title = notice.citation.title
    issuer = kb.issuer_before(title.before)
    full = key(issuer + title.text)
    if full in kb.forms or title.key in kb.forms:
        return None
    for series in kb.series:
        if not full.startswith(key(series.issuer)):
            continue
        expected = series.expected_title(notice.year)
        # A year the knowledge base has no edition of yet is judged by the series' title.
        if expected is None or key(expected) in (full, title.key):
            return None
        edition = series.editions.get(notice.year)
        args = {
            "found": f"{issuer}《{title.text}》",
            "problem": f"名称与{notice.year}年的通知不符",
            "expected": f"{notice.year}年的通知为《{expected}》",
            "source": (edition.source if edition else None) or "知识库",
        }
        return Hit(title.start, title.end, args, Severity.WARNING)
    return None


def _other_years(doc: Document, notices: list[YearlyNotice]) -> list[YearlyNotice]:
    span = report_span(doc) if doc.profile == "hei" else None
    if span is None or any(n.year == span.end.year for n in notices):
        return []
    year = report_year(doc)
    if (
        year is not None
        and year.source == PERIOD_OUTLIER
        and any(n.year == year.last for n in notices)
    ):
        return []  # the period is the odd one (DL105): a notice of the title's year is right
    return [n for n in notices if n.year != span.end.year]


def _other_year(notice: YearlyNotice, span_text: str, year: int) -> Hit:
    title = notice.citation.title
    args = {
        "found": f"《{title.text}》",
        "problem": f"是{notice.year}年的通知",
        "expected": f"{span_text}，对应{year}年的年度报告通知，报告未引用",
        "source": SERIES_NOTE,
    }
    return Hit(title.start, title.end, args, Severity.INFO)
