"""The text as sentences run: line breaks inside a paragraph are not sentence ends."""

from __future__ import annotations

from discl_lint.document.structure import Document

PROSE = "document.prose"


def prose_text(doc: Document) -> str:
    """``doc.text`` with the line breaks inside re-joined paragraphs turned into spaces."""
    return doc.analysis(PROSE, _prose)


def _prose(doc: Document) -> str:
    parts, at = [], 0
    for paragraph in doc.paragraphs:
        for before, after in zip(paragraph.lines, paragraph.lines[1:], strict=False):
            parts.append(doc.text[at : before.end])
            parts.append(" " * (after.start - before.end))
            at = after.start
    if not parts:
        return doc.text
    parts.append(doc.text[at:])
    return "".join(parts)
