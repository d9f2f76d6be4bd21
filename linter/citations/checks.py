"""The check behind each ``report`` option of the ``citation`` kind."""

from __future__ import annotations

from collections.abc import Iterator

from discl_lint.document import Document
from discl_lint.model import Hit


def check(report: str, doc: Document) -> Iterator[Hit]:
    """The hits of one check on ``doc``."""
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
