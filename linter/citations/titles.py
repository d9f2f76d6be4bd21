"""DL504: a known document's title written wrong, or in a recognisable non-canonical form.

One finding per title: a wrong or misspelt title (warning for the core documents and for a
title anchored by its own number, info otherwise), else a recognisable informal form (info),
else inner title marks other than 〈〉 (info). The fix writes the knowledge base's form.
"""

from __future__ import annotations

from collections.abc import Iterator

from discl_lint.citations.kb import CERTAIN, INFO, OK, WRONG, KnowledgeBase
from discl_lint.citations.loading import knowledge
from discl_lint.citations.normal import simplified
from discl_lint.citations.resolve import ANCHORED, EXACT, FUZZY, Resolved, resolved
from discl_lint.document.structure import Document
from discl_lint.model.findings import Edit, Hit, Severity
from discl_lint.text.regex_store import regex

_INNER = regex(r"〈([^〈〉]+)〉")
_MARKS = frozenset("<>＜＞()（）《》“”\"'‘’「」『』")


def title_forms(doc: Document) -> Iterator[Hit]:
    """One hit per known title that is not written as the knowledge base writes it."""
    items = resolved(doc)
    if not items:
        return
    kb = knowledge(doc)
    for item in items:
        hit = _wrong(kb, item) or _informal(kb, item) or _inner_marks(kb, item)
        if hit is not None:
            yield hit


def _suggestion(kb: KnowledgeBase, item: Resolved) -> str:
    text = kb.suggestion(item.form)
    # The issuer written before the 《 stays there: suggest the title without it.
    if (
        item.issuer
        and text.startswith(item.issuer)
        and not item.citation.title.text.startswith(item.issuer)
    ):
        return text[len(item.issuer) :]
    return text


def _hit(
    kb: KnowledgeBase,
    item: Resolved,
    problem: str,
    severity: Severity,
    edits: tuple[Edit, ...] = (),
) -> Hit:
    title = item.citation.title
    suggestion = _suggestion(kb, item)
    start, end = title.inner
    seen = f"；此误写见于 {item.form.seen}" if item.form.seen else ""
    args = {
        "found": f"《{title.text}》",
        "problem": problem,
        "expected": f"《{suggestion}》",
        "source": (item.entry.source or "知识库") + seen,
    }
    return Hit(title.start, title.end, args, severity, edits or (Edit(start, end, suggestion),))


def _wrong(kb: KnowledgeBase, item: Resolved) -> Hit | None:
    entry = item.entry
    if item.how == EXACT and item.form.status == WRONG:
        return _hit(kb, item, "有误（已知误写）", item.form.severity or Severity.WARNING)
    if item.how not in (ANCHORED, FUZZY):
        return None
    certain = entry.title_mark in CERTAIN and (entry.core or item.how == ANCHORED)
    problem = "与所附文号对应文件的名称不符" if item.how == ANCHORED else "疑似误写"
    return _hit(kb, item, problem, Severity.WARNING if certain else Severity.INFO)


def _informal(kb: KnowledgeBase, item: Resolved) -> Hit | None:
    if item.how == EXACT and item.form.status == INFO:
        return _hit(kb, item, "为非规范名称", Severity.INFO)
    return None


def _inner_marks(kb: KnowledgeBase, item: Resolved) -> Hit | None:
    if item.how != EXACT or item.form.status != OK:
        return None
    title = item.citation.title
    raw = title.text
    plain = simplified(raw)
    if len(plain) != len(raw):
        return None
    edits = []
    for inner in _INNER.findall(item.form.shown):
        at = plain.find(inner)
        after = at + len(inner)
        if at < 1 or after >= len(raw) or raw[at - 1] not in _MARKS or raw[after] not in _MARKS:
            continue
        base = title.inner[0]
        edits += [Edit(base + at - 1, base + at, "〈"), Edit(base + after, base + after + 1, "〉")]
    if not edits:
        return None
    return _hit(kb, item, "内层书名号应为〈〉", Severity.INFO, tuple(edits))
