"""DL502 (a number wrong in substance) and DL503 (a number written in the wrong form)."""

from __future__ import annotations

from collections.abc import Iterator

from discl_lint.citations.kb import USABLE, KnowledgeBase, Number, severity_of
from discl_lint.citations.loading import knowledge
from discl_lint.citations.reader import citations
from discl_lint.citations.resolve import Resolved, resolved
from discl_lint.citations.tokens import GARBLED, GONGWEN, ORDER, P_NO_CODE, NumberToken
from discl_lint.document.structure import Document
from discl_lint.model.findings import Hit, Severity

GONGWEN_BASIS = "GB/T 9704—2012 第7.2.5条；正文引用按惯例沿用"
ORDER_BASIS = "令的原件写法“××令第N号”，如国务院令第711号、教育部令第29号"


def number_forms(doc: Document) -> Iterator[Hit]:
    """One hit per 文号 or 令号 written in the wrong form (DL503)."""
    for token in citations(doc).numbers:
        if token.problems:
            yield _form_hit(doc.text, token)


def _form_hit(text: str, token: NumberToken) -> Hit:
    if token.form == GARBLED:
        expected = "请对照原件核对"
    elif token.edit is None:
        expected = "请补全发文机关代字"
    else:
        expected = f"应为“{token.expected}”"
        if P_NO_CODE in token.problems:
            expected += "，并补全发文机关代字"
    args = {
        "found": text[token.start : token.end],
        "problem": "、".join(token.problems),
        "expected": expected,
        "source": ORDER_BASIS if token.form == ORDER else GONGWEN_BASIS,
    }
    return Hit(token.start, token.end, args, edits=(token.edit,) if token.edit else ())


def number_substance(doc: Document) -> Iterator[Hit]:
    """Known documents with another number, known numbers under another title, bad codes (DL502)."""
    cited = citations(doc)
    if not cited.numbers:
        return
    kb = knowledge(doc)
    reported = set()
    for token in cited.numbers:
        bad = kb.invalid_code(token.code) if token.form == GONGWEN else None
        if bad is not None:
            reported.add(token.start)
            found = doc.text[token.start : token.end]
            expected = f"不存在机关代字“{bad.code}”，应为“{bad.intended}”"
            source = (
                f"知识库 invalid_codes；此误写见于 {bad.seen}"
                if bad.seen
                else "知识库 invalid_codes"
            )
            yield Hit(
                token.start, token.end, {"found": found, "expected": expected, "source": source}
            )
    for item in resolved(doc):
        for token in item.citation.numbers:
            if token.start not in reported and token.form != GARBLED:
                hit = _mismatch(doc.text, kb, item, token)
                if hit is not None:
                    reported.add(token.start)
                    yield hit


def _mismatch(text: str, kb: KnowledgeBase, item: Resolved, token: NumberToken) -> Hit | None:
    entry = item.entry
    own = [n for n in entry.numbers if n.mark in USABLE]
    if not own or token.key in {n.key for n in entry.numbers}:
        return None
    other = kb.numbers.get(token.key)
    belongs = other is not None and other[0].id != entry.id
    same_series = any(n.key[:2] == token.key[:2] for n in own)
    specific = entry.core or item.form.names_issuer or bool(item.issuer)
    if not (belongs or same_series or specific):
        return None  # an unrelated code under an issuer-less title: perhaps another body's document
    facts = [own[0], other[1]] if other is not None and belongs else [own[0]]
    severity = min(severity_of(n.mark) or Severity.INFO for n in facts)
    written = text[token.start : token.end]
    expected = f"《{entry.title}》的文号为{_numbers_text(own)}"
    if other is not None and belongs:
        expected = f"{written}是《{other[0].title}》的文号；{expected}"
    args = {
        "found": f"《{item.citation.title.text}》（{written}）",
        "expected": expected,
        "source": own[0].src or entry.source or "知识库",
    }
    return Hit(token.start, token.end, args, severity=severity)


def _numbers_text(numbers: list[Number]) -> str:
    return "或".join(n.text for n in numbers)
