"""``repeated-paragraph``: a paragraph copied verbatim.

A paragraph of ``min_chars`` characters or more (default 20, spaces not counted)
that has a sentence mark and stands verbatim earlier in the report. Not reported:
the cells of one column of a table flattened one cell a line (the same 公开情况 in
every row of a 清单 table). Placeholders: {found} (its opening), {line} (where it
stood first).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from discl_lint.document.structure import Document, Paragraph
from discl_lint.kinds import options as opt
from discl_lint.kinds.repeats import positive
from discl_lint.model.findings import Hit
from discl_lint.text.regex_store import regex

_SENTENCE = regex(r"[，。；！？,;]")
# A flattened table's row (序号, cells) spans at most this many lines.
_ROW_MAX = 8
_ROW_NUMBER = regex(r"[ \t\u3000]*\d{1,3}[.、]?[ \t\u3000]*")


@dataclass(frozen=True)
class ParagraphOptions:
    """Validated options of ``repeated-paragraph``."""

    min_chars: int


class RepeatedParagraph:
    """Report a paragraph that stands verbatim earlier in the report."""

    name = "repeated-paragraph"
    placeholders = ("found", "line")

    def parse_options(self, raw: Mapping[str, Any]) -> ParagraphOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"min_chars"})
        return ParagraphOptions(positive(raw, "min_chars", 20, 1))

    def check(self, doc: Document, options: ParagraphOptions) -> Iterator[Hit]:
        """One hit per later copy, at its first character."""
        copies: dict[str, list[Paragraph]] = {}
        for paragraph in doc.paragraphs:
            if paragraph.end - paragraph.start < options.min_chars:
                continue
            key = "".join(doc.text[paragraph.start : paragraph.end].split())
            if len(key) >= options.min_chars:
                copies.setdefault(key, []).append(paragraph)
        hits = []
        for key, found in copies.items():
            if len(found) < 2 or not _SENTENCE.search(key) or _table_column(doc, found):
                continue
            shown = key if len(key) <= 16 else key[:15] + "…"
            first = str(found[0].lines[0].number)
            for paragraph in found[1:]:
                start = _content_start(doc, paragraph)
                hits.append(Hit(start, paragraph.end, {"found": shown, "line": first}))
        yield from sorted(hits, key=lambda hit: hit.start)


def _table_column(doc: Document, copies: list[Paragraph]) -> bool:
    """Whether the copies are one column's cells of a table flattened one cell a line
    (序号, 事项, then the same 公开情况 in every row): single lines a few lines apart,
    nothing but cells between, and a row number between each two or a steady stride."""
    if any(len(p.lines) > 1 for p in copies):
        return False
    numbers = [p.lines[0].number for p in copies]
    gaps = [b - a for a, b in pairwise(numbers)]
    if max(gaps) > _ROW_MAX:
        return False
    headings = {h.line.number for h in doc.headings}
    between = [doc.lines[n - 1].text for n in range(numbers[0] + 1, numbers[-1])]
    if any(not text.strip() for text in between) or headings.intersection(
        range(numbers[0], numbers[-1])
    ):
        return False
    if len(set(gaps)) == 1 and len(gaps) >= 2:
        return True
    return all(
        any(_ROW_NUMBER.fullmatch(doc.lines[n - 1].text) for n in range(a + 1, b))
        for a, b in pairwise(numbers)
    )


def _content_start(doc: Document, paragraph: Paragraph) -> int:
    text = doc.text[paragraph.start : paragraph.end]
    return paragraph.start + len(text) - len(text.lstrip())
