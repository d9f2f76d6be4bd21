"""Fingerprints that identify a finding across edits elsewhere in its file.

A fingerprint is built from the rule, the matched text (spaces folded), a
hash of the enclosing paragraph (for a finding about the whole report, the
word "document") and the finding's occurrence index among equal matches in
that paragraph — never from the line number, so adding paragraphs
above a finding keeps its fingerprint, while editing the paragraph itself
changes it. Nor from the path, which depends on where the run started: what
compares fingerprints compares the (resolved) paths beside them.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
from collections import Counter
from collections.abc import Sequence

from discl_lint.document.structure import Document
from discl_lint.model.findings import Finding, Hit


def _fold(text: str) -> str:
    return "".join(text.split())


def _paragraph_span(doc: Document, starts: list[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and offset <= doc.paragraphs[index].end:
        return doc.paragraphs[index].start, doc.paragraphs[index].end
    line = doc.lines[doc.position(offset)[0] - 1]
    return line.start, line.end


def _paragraph_digest(
    doc: Document, starts: list[int], hit: Hit, digests: dict[tuple[int, int], str]
) -> str:
    # A finding about the whole report (a required text absent) stands where the text
    # starts; no paragraph identifies it, so text added above leaves it the same.
    if hit.args.get("anchor") == "document":
        return "document"
    span = _paragraph_span(doc, starts, hit.start)
    if span not in digests:
        digests[span] = digest(_fold(doc.text[span[0] : span[1]]))
    return digests[span]


def digest(*parts: str) -> str:
    """A short stable hash of the parts."""
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def with_fingerprints(doc: Document, pairs: Sequence[tuple[Finding, Hit]]) -> list[Finding]:
    """The findings, each given its fingerprint."""
    starts = [p.start for p in doc.paragraphs]
    seen: Counter[tuple[str, str, str]] = Counter()
    digests: dict[tuple[int, int], str] = {}  # one hash per paragraph, however many findings
    result = []
    for finding, hit in sorted(pairs, key=lambda pair: (pair[1].start, pair[0].rule)):
        matched = _fold(doc.text[hit.start : hit.end])
        paragraph = _paragraph_digest(doc, starts, hit, digests)
        key = (finding.rule, matched, paragraph)
        index = seen[key]
        seen[key] += 1
        fingerprint = digest(finding.rule, matched, paragraph, str(index))
        result.append(dataclasses.replace(finding, fingerprint=fingerprint))
    return result
