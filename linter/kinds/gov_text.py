"""Kinds that hold a government-format report's text against its tables.

``gov-narrative``: a number the text states (收到申请X件, 予以公开X件, 结转下年度X件,
  行政复议X件, 行政诉讼X件, 现行有效行政规范性文件X件) that its table contradicts:
  {subject}, {found} (the text's number), {table}, {expected} (the table's).
``gov-template-edition``: tables in the 2019 trial format (国办公开办函〔2019〕60号)
  in a report for a year the 2021 template (国办公开办函〔2021〕30号) applies to:
  {found} (the tables and their format), {expected} (the report's year and the template).
  Option ``from_year``: the first report year of the 2021 template (default 2021).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.document.years import report_year
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit, Severity


@dataclass(frozen=True)
class NarrativeOptions:
    """``gov-narrative`` has no options."""


class GovNarrative:
    """Report a number in the text that the table contradicts."""

    name = "gov-narrative"
    placeholders = ("subject", "found", "table", "expected")

    def parse_options(self, raw: Mapping[str, Any]) -> NarrativeOptions:
        """Validate the options."""
        opt.reject_unknown(raw, set())
        return NarrativeOptions()

    def check(self, doc: Document, options: NarrativeOptions) -> Iterator[Hit]:
        """One hit per contradicted number, at the number."""
        del options
        from discl_lint.govtables.narrative import mismatches  # the tables: gov reports only
        from discl_lint.govtables.reader import gov_tables

        for found in mismatches(doc, gov_tables(doc)):
            args = {
                "subject": found.subject,
                "found": found.said,
                "table": found.table,
                "expected": found.expected,
            }
            yield Hit(found.start, found.end, args)


@dataclass(frozen=True)
class EditionOptions:
    """Validated options of ``gov-template-edition``."""

    from_year: int


class GovTemplateEdition:
    """Report tables in the superseded 2019 format in a report of 2021 or later."""

    name = "gov-template-edition"
    placeholders = ("found", "expected")

    def parse_options(self, raw: Mapping[str, Any]) -> EditionOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"from_year"})
        year = raw.get("from_year", 2021)
        if not isinstance(year, int) or year < 2000:
            raise OptionError("options.from_year", f"expected a year, got {year!r}")
        return EditionOptions(year)

    def check(self, doc: Document, options: EditionOptions) -> Iterator[Hit]:
        """At most one hit, at the first table in the old format (always info)."""
        year = report_year(doc) if doc.profile == "gov" else None  # tables are read in gov only
        if year is None or year.first < options.from_year:
            return
        from discl_lint.govtables.reader import gov_tables  # read in gov reports only
        from discl_lint.govtables.template import EDITION_2019

        old = [t for _, t in gov_tables(doc).tables if t is not None and t.edition == EDITION_2019]
        if not old:
            return
        names = "、".join(t.name for t in old)
        args = {
            "found": f"{names}按2019年试行格式（国办公开办函〔2019〕60号）编制",
            "expected": f"{year.first}年度报告应使用国办公开办函〔2021〕30号印发的格式",
        }
        yield Hit(old[0].start, old[0].start, args, Severity.INFO)
