"""DL505: a version not in force for the report's period, a document issued after the report,
or a draft cited as the basis of the report.

The version is the one whose number the citation carries (a document with one text needs
none). Superseded before the period starts: a warning when the date is certain; the period
straddles the change: info; no period known: nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from discl_lint.citations.kb import Entry, Version, severity_of
from discl_lint.citations.reader import Citation, citations
from discl_lint.citations.resolve import Resolved, resolved
from discl_lint.citations.supersession import superseded
from discl_lint.citations.timing import ReportSpan, report_span
from discl_lint.document.structure import Document
from discl_lint.model.findings import Hit, Severity
from discl_lint.text.dates import chinese_date
from discl_lint.text.regex_store import regex

_SENTENCE_ENDS = "。！？；\n"
_AS_BASIS = regex(r"根据|按照|依据|依照|遵照|贯彻|落实|执行")
# Words of the citation's own clause that tell of the past (当时施行的《…》, 原依据的《…》,
# 原《…》, 《…》（第492号）已于/于2019年修订): history, not the report's basis.
_CLAUSE_ENDS = "，,。！？；;\n"
_PAST_BEFORE = regex(
    r"当时|彼时|原(?:来|先)?(?:依据|执行|施行|实施|适用)的|曾经?|修订前|旧版|(?<![\u4e00-\u9fff])原\Z"
)
_PAST_AFTER = regex(
    r"[》）)]{0,2}\s*(?:(?:已经?|业已)(?:于\d{4}年\S{0,6}?)?|于\d{4}年\S{0,6}?)(?:被)?"
    r"(?:修订|修改|废止|失效|取代)"
)
_SINCE = regex(r"自?((?:19|20)\d\d)年(?:起|以来|开始)")


def superseded_versions(doc: Document) -> Iterator[Hit]:
    """One hit per citation of a version or draft that cannot be the report's basis."""
    items = resolved(doc)
    if not items and not citations(doc).numbers:
        return
    span = report_span(doc)
    if span is not None:
        from discl_lint.citations.bare_numbers import superseded_numbers

        yield from superseded_numbers(doc, span, lambda a, b: _past_around(doc.text, a, b, span))
    for item in items:
        if item.entry.kind == "draft":
            if _as_basis(doc.text, item.citation):
                yield _draft(doc, item)
            continue
        if span is None:
            continue
        cited = _cited_versions(item.entry, item.citation)
        if not cited:
            continue
        # Citing the version in force as well (第492号公布，第711号修订) is right.
        old = all(v.superseded is not None for v in cited) and not _historical(
            doc.text, item.citation, span
        )
        hit = _superseded(doc, item, cited[-1], span) if old else None
        hit = hit or _too_late(doc, item, cited[0], span)
        if hit is not None:
            yield hit


def _cited_versions(entry: Entry, citation: Citation) -> tuple[Version, ...]:
    """The versions the citation's numbers name (the only one, for a single text)."""
    if len(entry.versions) == 1:
        return entry.versions
    keys = {n.key for n in citation.numbers}
    return tuple(v for v in entry.versions if v.number is not None and v.number.key in keys)


def _found(doc: Document, item: Resolved) -> str:
    written = "，".join(doc.text[n.start : n.end] for n in item.citation.numbers)
    return f"《{item.citation.title.text}》" + (f"（{written}）" if written else "")


def _args(
    doc: Document, item: Resolved, problem: str, expected: str, source: str | None
) -> dict[str, str]:
    return {
        "found": _found(doc, item),
        "problem": problem,
        "expected": expected,
        "source": source or "知识库",
    }


def _superseded(doc: Document, item: Resolved, version: Version, span: ReportSpan) -> Hit | None:
    verdict = superseded(doc, item.entry, version, span)
    if verdict is None:
        return None
    args = _args(doc, item, "已被取代的版本", verdict.expected, verdict.source)
    return Hit(item.citation.title.start, item.citation.title.end, args, verdict.severity)


def _too_late(doc: Document, item: Resolved, version: Version, span: ReportSpan) -> Hit | None:
    fact = version.issued or version.effective
    if fact is None or fact.value <= span.published:
        return None
    severity = severity_of(fact.mark)
    if severity is None:
        return None
    issued, published = chinese_date(fact.value), chinese_date(span.published)
    expected = f"该文件{issued}才印发（施行），晚于本报告发布（{published}）"
    args = _args(doc, item, "晚于报告的文件", expected, fact.src)
    return Hit(item.citation.title.start, item.citation.title.end, args, severity)


def _historical(text: str, citation: Citation, span: ReportSpan) -> bool:
    """Whether the citation's clause tells of the past: a past cue before the title, a
    year before the period it has applied since (自2008年起), or 已修订 after it."""
    after = max([citation.title.end, *(n.end for n in citation.numbers)])
    return _past_around(text, citation.title.start, after, span)


def _past_around(text: str, start: int, after: int, span: ReportSpan) -> bool:
    begin = max(0, start - 40)
    for end in _CLAUSE_ENDS:
        begin = max(begin, text.rfind(end, begin, start) + 1)
    if _PAST_BEFORE.search(text, begin, start):
        return True
    since = _SINCE.search(text, begin, start)
    if since is not None and int(since.group(1)) < span.start.year:
        return True
    return bool(_PAST_AFTER.match(text, after))


def _as_basis(text: str, citation: Citation) -> bool:
    start = citation.title.start
    begin = max(0, start - 60)
    for end in _SENTENCE_ENDS:
        begin = max(begin, text.rfind(end, begin, start) + 1)
    return bool(_AS_BASIS.search(text, begin, start))


def _draft(doc: Document, item: Resolved) -> Hit:
    expected = "征求意见稿尚未施行，不能作为编制报告的依据"
    args = _args(doc, item, "征求意见稿", expected, item.entry.source)
    return Hit(item.citation.title.start, item.citation.title.end, args, Severity.INFO)
