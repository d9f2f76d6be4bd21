"""``parts-count``: the parts the preamble announces are the sections of the body.

Options:
  declaration: regular expression with a group ``count`` (默认 "等八个部分",
    "共七部分", "由…六部分组成"), searched in the preamble only.
  enumeration: regular expression that opens the preamble's list of parts.
  sections: as in ``required-sections`` (one list, or one per profile); used
    when no count is declared, to tell which announced parts have no heading.
Hits carry {expected} (what the preamble says) and {found} (what the body has).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.kinds.sections import ProfileSections, Section, parse_profile_sections, present
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit
from discl_lint.text.numerals import number_value
from discl_lint.text.regex_store import regex

_SENTENCE = regex(r"[^。！？\r\n]+")


@dataclass(frozen=True)
class PartsOptions:
    """Validated options of ``parts-count``."""

    declaration: re.Pattern[str]
    enumeration: re.Pattern[str]
    sections: ProfileSections


class PartsCount:
    """Compare the preamble's announced parts with the top-level headings."""

    name = "parts-count"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> PartsOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"declaration", "enumeration", "sections"})
        declaration = opt.regex(raw.get("declaration"), "options.declaration")
        if "count" not in declaration.groupindex:
            raise OptionError("options.declaration", "needs a named group (?P<count>…)")
        return PartsOptions(
            declaration,
            opt.regex(raw.get("enumeration"), "options.enumeration"),
            parse_profile_sections(raw),
        )

    def check(self, doc: Document, options: PartsOptions) -> Iterator[Hit]:
        """Yield at most one hit, at the preamble's sentence that announces the parts."""
        top = doc.top_headings
        if not top:
            return
        sections = [h for h in top if h.rank == top[0].rank]
        for match in _SENTENCE.finditer(doc.text, 0, doc.preamble_end):
            sentence = match.group(0)
            declared = options.declaration.search(sentence)
            named: list[Hit] = []
            if options.enumeration.search(sentence):  # the parts' names tell more
                named = list(_names_hit(match, options.sections.get(doc.profile), sections, doc))
            if declared and not named:
                yield from _count_hit(match, declared, len(sections))
                return
            if named or options.enumeration.search(sentence):
                yield from named
                return


def _count_hit(sentence: re.Match[str], declared: re.Match[str], found: int) -> Iterator[Hit]:
    count = number_value(declared.group("count"))
    if count is None or count == found:
        return
    start = sentence.start() + declared.start()
    yield Hit(
        start,
        sentence.start() + declared.end(),
        {
            "expected": f"前言称共{declared.group('count')}个部分",
            "found": f"正文有{found}个一级标题",
        },
    )


def _names_hit(
    sentence: re.Match[str], sections: tuple[Section, ...], headings: list[Any], doc: Document
) -> Iterator[Hit]:
    named = [s for s in sections if s.keywords.search(sentence.group(0))]
    missing = [s.name for s in named if present(s, doc.top_headings) is None]
    if len(named) < 3 or not missing:
        return
    yield Hit(
        *sentence.span(),
        {
            "expected": f"前言列出{len(named)}个部分",
            "found": f"正文有{len(headings)}个一级标题，缺少“{'”“'.join(missing)}”",
        },
    )
