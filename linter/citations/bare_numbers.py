"""DL505 for a document cited by its number alone (国办公开办函〔2019〕60号文件), or
after a title the knowledge base does not know.

Only entries the knowledge base marks with a severity for being superseded (the trial
format of the government report) are judged so: a number alone names the document as
surely as its title does, and these are cited so in real reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from discl_lint.citations.loading import knowledge
from discl_lint.citations.reader import citations
from discl_lint.citations.resolve import resolved
from discl_lint.citations.supersession import Superseded, superseded
from discl_lint.citations.timing import ReportSpan
from discl_lint.citations.tokens import NumberToken
from discl_lint.document.structure import Document
from discl_lint.model.findings import Hit


def superseded_numbers(
    doc: Document, span: ReportSpan, historical: Callable[[int, int], bool]
) -> Iterator[Hit]:
    """One hit per bare number of a superseded document (``historical(start, end)``:
    whether the clause around a number tells of the past)."""
    cited = citations(doc)
    # A number after a title the knowledge base knows is judged with that title.
    attached = {n.start for item in resolved(doc) for n in item.citation.numbers}
    kb = knowledge(doc)
    for token in cited.numbers:
        found = kb.numbers.get(token.key) if token.start not in attached else None
        if found is None or found[0].superseded_severity is None:
            continue
        entry, number = found
        version = next((v for v in entry.versions if v.number == number), None)
        if version is None or historical(token.start, token.end):
            continue
        verdict = superseded(doc, entry, version, span)
        if verdict is not None:
            yield _hit(doc, token, verdict)


def _hit(doc: Document, token: NumberToken, verdict: Superseded) -> Hit:
    args = {
        "found": doc.text[token.start : token.end],
        "problem": "已被取代的版本",
        "expected": verdict.expected,
        "source": verdict.source or "知识库",
    }
    return Hit(token.start, token.end, args, verdict.severity)
