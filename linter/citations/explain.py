"""The knowledge-base entries behind each citation check, as ``--explain`` prints them."""

from __future__ import annotations

from collections.abc import Iterator

from discl_lint.citations.kb import WRONG, Entry, KnowledgeBase
from discl_lint.citations.loading import KnowledgeSource
from discl_lint.citations.tokens import GONGWEN, ORDER


def describe(report: str) -> str:
    """One line per entry the ``report`` check relies on (the built-in knowledge base)."""
    kb = KnowledgeSource().base
    lines = {
        "number": _numbers,
        "format": _formats,
        "title": _titles,
        "superseded": _versions,
        "yearly-notice": _series,
    }[report](kb)
    return "\n".join(lines) + "\n"


def _numbers(kb: KnowledgeBase) -> Iterator[str]:
    for entry in kb.entries.values():
        for number in entry.numbers:
            where = number.src or ""
            yield f"《{entry.title}》 {number.text} [{number.mark}] {where}".rstrip()
    for code in kb.invalid_codes:
        yield f"机关代字“{code.code}”不存在，应为“{code.intended}”（见于 {code.seen}）"


def _formats(kb: KnowledgeBase) -> Iterator[str]:
    forms = {n.key[0] for e in kb.entries.values() for n in e.numbers}
    if GONGWEN in forms:
        yield (
            "发文字号：机关代字〔年份〕序号号 — GB/T 9704—2012 第7.2.5条"
            "（年份用〔〕、标全称，不加“第”，不编虚位）"
        )
    if ORDER in forms:
        yield "令号：××令第N号（“第”是令号的一部分），如教育部令第29号、国务院令第711号"


def _titles(kb: KnowledgeBase) -> Iterator[str]:
    for entry in kb.entries.values():
        if entry.year is not None:
            continue
        wrong = [f.shown for f in kb.forms.values() if f.entry is entry and f.status == WRONG]
        note = f"；已知误写：{'、'.join(wrong)}" if wrong else ""
        yield f"《{entry.title}》{' [核心文件]' if entry.core else ''}{note}"


def _versions(kb: KnowledgeBase) -> Iterator[str]:
    for entry in kb.entries.values():
        for version in entry.versions:
            fact = version.superseded
            if fact is not None:
                number = version.number.text if version.number else ""
                yield (
                    f"《{entry.title}》{number} {fact.value.isoformat()}起不再适用 [{fact.mark}]"
                    f" {fact.src or ''}".rstrip()
                )
        if entry.kind == "draft":
            yield f"《{entry.title}》 征求意见稿，未施行"


def _series(kb: KnowledgeBase) -> Iterator[str]:
    for series in kb.series:
        for year, edition in sorted(series.editions.items()):
            yield _edition(year, edition)
        if series.template:
            yield f"{series.template_from}年起：《{series.template.replace('{Y}', 'Y')}》"


def _edition(year: int, edition: Entry) -> str:
    numbers = "".join(f"（{n.text} [{n.mark}]）" for n in edition.numbers)
    where = edition.source or ""
    return f"{year}: 《{edition.title}》{numbers} [{edition.title_mark}] {where}".rstrip()
