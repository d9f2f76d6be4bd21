"""Which knowledge-base entry a cited title means, if any.

In order: an exact form (accepted, recognisable or wrong; with the issuer written before the
《 or without), then a title close to the entry whose number follows it ("anchored"), then a
close misspelling of a title open to fuzzy matching, when one entry is closest. A title that
matches nothing is unknown and is never reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from discl_lint.citations.kb import Entry, Form, KnowledgeBase
from discl_lint.citations.loading import knowledge
from discl_lint.citations.normal import edit_distance, key
from discl_lint.citations.reader import Citation, citations
from discl_lint.document.structure import Document

EXACT, ANCHORED, FUZZY = "exact", "anchored", "fuzzy"
MIN_FUZZY_CHARS = 8


@dataclass(frozen=True)
class Resolved:
    """A citation, the form of the entry it matched, and how it matched."""

    citation: Citation
    form: Form
    how: str
    issuer: str  # the issuer written before the 《, if the knowledge base knows it

    @property
    def entry(self) -> Entry:
        """The entry the citation means."""
        return self.form.entry


def resolved(doc: Document) -> tuple[Resolved, ...]:
    """The citations of ``doc`` that the knowledge base knows, resolved once."""
    return doc.analysis("citations.resolved", _resolve_all)


def _resolve_all(doc: Document) -> tuple[Resolved, ...]:
    cited = citations(doc).citations
    if not cited:
        return ()
    kb = knowledge(doc)
    found = (resolve(kb, c) for c in cited)
    return tuple(r for r in found if r is not None)


def resolve(kb: KnowledgeBase, citation: Citation) -> Resolved | None:
    """The entry ``citation`` means, or None when it is unknown."""
    text = citation.title.text
    issuer = kb.issuer_before(citation.title.before)
    keys = [k for k in (key(issuer + text) if issuer else "", citation.title.key) if k]
    for k in keys:
        form = kb.forms.get(k)
        if form is not None:
            return Resolved(citation, form, EXACT, issuer)
    for how, form in ((ANCHORED, _anchored(kb, citation, keys)), (FUZZY, _fuzzy(kb, keys))):
        if form is not None:
            return Resolved(citation, form, how, issuer)
    return None


def _anchored(kb: KnowledgeBase, citation: Citation, keys: list[str]) -> Form | None:
    """The accepted form nearest the title, of the entry whose number follows it."""
    for number in citation.numbers:
        known = kb.numbers.get(number.key)
        if known is None:
            continue
        entry = known[0]
        forms = [(k, f) for k, f in kb.forms.items() if f.entry is entry and f.status == "ok"]
        best = min(
            ((edit_distance(t, k, _anchor_limit(t)), f) for t in keys for k, f in forms),
            key=lambda pair: pair[0],
            default=None,
        )
        if best is not None and best[0] <= _anchor_limit(keys[0]):
            return best[1]
    return None


def _anchor_limit(text: str) -> int:
    return max(2, len(text) // 4)


def _holds(title: str, token: str) -> bool:
    """Whether ``title`` holds ``token``, or it with one character mistyped (条列, 工开):
    the typo a fuzzy match is for often falls on the very words it requires."""
    if token in title:
        return True
    size = len(token)
    return size > 1 and any(
        sum(a != b for a, b in zip(title[i : i + size], token, strict=True)) == 1
        for i in range(len(title) - size + 1)
    )


def _fuzzy(kb: KnowledgeBase, keys: list[str]) -> Form | None:
    """The fuzzy candidate uniquely nearest the title, within its entry's limits."""
    scored: list[tuple[int, Form]] = []
    for k in keys:
        if len(k) < MIN_FUZZY_CHARS:
            continue
        for candidate, form in kb.fuzzy:
            rules = form.entry.fuzzy
            if rules is None or abs(len(k) - len(candidate)) > rules.max_edits:
                continue
            if not all(_holds(k, token) for token in rules.required):
                continue
            distance = edit_distance(k, candidate, rules.max_edits)
            if 0 < distance <= rules.max_edits:
                scored.append((distance, form))
    if not scored:
        return None
    best = min(d for d, _ in scored)
    entries = {f.entry.id for d, f in scored if d == best}
    return next(f for d, f in scored if d == best) if len(entries) == 1 else None
