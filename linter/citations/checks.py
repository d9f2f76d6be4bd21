"""The check behind each ``report`` option of the ``citation`` kind."""

from __future__ import annotations

import re
from collections.abc import Iterator

from discl_lint.document.structure import Document
from discl_lint.model.findings import Hit

# A text with none of these cites nothing: the reader and the knowledge base are not loaded.
_MAY_CITE = (
    r"[《令]|[〔\[［（(【﹝][ \u3000]*\d{2,4}[ \u3000]*[〕\]］）)】﹞]"
    r"|\d{4}[〕\]］】﹞]|[〔\[［【﹝]\d{5}"
)


def may_cite(doc: Document) -> bool:
    """Whether ``doc`` may cite anything (a quick look, shared by the citation rules)."""
    return doc.analysis("citations.may", lambda d: re.search(_MAY_CITE, d.text) is not None)


def check(report: str, doc: Document) -> Iterator[Hit]:
    """The hits of one check on ``doc``."""
    if not may_cite(doc):
        return iter(())
    if report == "format":
        from discl_lint.citations.numbers import number_forms

        return number_forms(doc)
    if report == "number":
        from discl_lint.citations.numbers import number_substance

        return number_substance(doc)
    if report == "title":
        from discl_lint.citations.titles import title_forms

        return title_forms(doc)
    if report == "superseded":
        from discl_lint.citations.versions import superseded_versions

        return superseded_versions(doc)
    from discl_lint.citations.notices import yearly_notices

    return yearly_notices(doc)
