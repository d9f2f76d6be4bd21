"""``citation``: citations checked against the knowledge base of documents reports cite.

Option ``report`` chooses what the rule reports:
  ``number``         a known document with a number that is not its own, a known number
                     under another known document's title, a denylisted issuing-office code;
  ``format``         the form of a 文号 or 令号 (brackets, spaces, 第, leading zero, 号);
  ``title``          a known document's title misspelt, informal, or with inner marks not 〈〉;
  ``superseded``     a version not in force for the report's period, a document issued after
                     the report, a draft as basis;
  ``yearly-notice``  the yearly notice on the annual report: a title matching no edition of
                     its year, or notices of other years only.
With ``report: superseded``, ``template_edition_from: YEAR`` also reports a gov report of
YEAR or later whose tables keep the superseded 2019 format (``gov-template-edition``; info).
The knowledge base is read on first use (a report that cites nothing never loads it); a
configuration adds entries with ``citations: [files]``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.kinds.gov_text import EditionOptions, GovTemplateEdition
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit

REPORTS = ("number", "format", "title", "superseded", "yearly-notice")


@dataclass(frozen=True)
class CitationOptions:
    """Validated options of ``citation``."""

    report: str
    edition: EditionOptions | None = None  # the gov tables' template edition, too


class Citation:
    """Report one kind of citation problem."""

    name = "citation"
    placeholders = ("found", "expected", "problem", "source")

    def parse_options(self, raw: Mapping[str, Any]) -> CitationOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"report", "template_edition_from"})
        report = opt.choice(raw, "report", REPORTS)
        if "template_edition_from" not in raw:
            return CitationOptions(report)
        if report != "superseded":
            raise OptionError("options.template_edition_from", "only with report: superseded")
        edition = GovTemplateEdition().parse_options({"from_year": raw["template_edition_from"]})
        return CitationOptions(report, edition)

    def check(self, doc: Document, options: CitationOptions) -> Iterator[Hit]:
        """The hits of the chosen check (its modules are imported on first use)."""
        from discl_lint.citations.checks import check

        yield from check(options.report, doc)
        if options.edition is not None:
            yield from map(_as_citation, GovTemplateEdition().check(doc, options.edition))

    def describe(self, options: CitationOptions) -> str:
        """The knowledge-base entries the rule relies on, for ``--explain``."""
        from discl_lint.citations.explain import describe

        return describe(options.report)


def _as_citation(hit: Hit) -> Hit:
    """A template-edition hit with the values of a citation message."""
    args = {
        "problem": "已被替代的表格格式",
        "found": hit.args["found"],
        "expected": hit.args["expected"],
        "source": "国办公开办函〔2021〕30号",
    }
    return dataclasses.replace(hit, args=args)
