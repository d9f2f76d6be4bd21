"""``punctuation-width``: ASCII , ; : ( ) inside Chinese text.

In a document whose punctuation was converted to ASCII wholesale (see
``page/punctuation.py``) there is one finding for the document, with the count;
otherwise one finding per paragraph. Either way the fix turns every mark of its
scope into the full-width form (，；：（）), bracket pairs together.
Placeholders: {found} (the first mark), {count}, {where} (本段/全文) and
{scope} (paragraph/document). No options.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.kinds.habits import by_paragraph
from discl_lint.model.findings import Edit, Hit
from discl_lint.page.punctuation import FULL_WIDTH, punctuation_of


class PunctuationWidth:
    """Report ASCII punctuation in Chinese text, per paragraph or once for the document."""

    name = "punctuation-width"
    placeholders = ("found", "count", "where", "scope")

    def parse_options(self, raw: Mapping[str, Any]) -> None:
        """This kind has no options."""
        opt.reject_unknown(raw, set())

    def check(self, doc: Document, options: None) -> Iterator[Hit]:  # noqa: ARG002
        """One hit for a converted document, else one per paragraph with marks."""
        punctuation = punctuation_of(doc)
        # A government table's cells are layout, like the page's own tables (masked).
        marks = [m for m in punctuation.marks if not (doc.tables and doc.in_table(m))]
        spans = [(m, m + 1) for m in marks]
        if not spans:
            return
        if punctuation.converted:
            yield _hit(
                doc.text,
                spans,
                "全文（标点整体被转换为半角）",
                "document (converted to ASCII wholesale)",
            )
            return
        for group in by_paragraph(doc, spans).values():
            yield _hit(doc.text, group, "本段", "paragraph")


def _hit(text: str, spans: list[tuple[int, int]], where: str, scope: str) -> Hit:
    edits = tuple(Edit(a, b, FULL_WIDTH[text[a]]) for a, b in spans)
    start, end = spans[0]
    args = {"found": text[start], "count": str(len(spans)), "where": where, "scope": scope}
    return Hit(start, end, args, edits=edits)
