"""Section order and content.

``section-order`` options:
  sections: as in ``required-sections`` (one list, or one per profile). The
    top-level headings that fill the sections should come in the listed order;
    the first heading that comes before a section listed ahead of it is
    reported ({found}, {expected}).

``section-content`` options:
  section: {name, keywords}, the section whose body is checked (or a mapping
    of profile to such a section).
  none: regular expression for a body that says nothing (default: 无 / 没有 …).
  min_chars: shortest acceptable body, in characters (default 10).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document, Heading
from discl_lint.kinds import options as opt
from discl_lint.kinds.sections import (
    ProfileSections,
    parse_profile_sections,
    parse_sections,
    present,
)
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import PROFILES, Hit
from discl_lint.text.regex_store import regex

_BLANK = regex(r"[\s\u3000\u00a0]+")


@dataclass(frozen=True)
class OrderOptions:
    """Validated options of ``section-order``."""

    sections: ProfileSections


class SectionOrder:
    """Report the first section that stands before one the order puts ahead of it."""

    name = "section-order"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> OrderOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"sections"})
        return OrderOptions(parse_profile_sections(raw))

    def check(self, doc: Document, options: OrderOptions) -> Iterator[Hit]:
        """At most one hit, at the heading out of place."""
        headings = doc.top_headings
        found = [(s, present(s, headings)) for s in options.sections.get(doc.profile)]
        placed = [(s, h) for s, h in found if h is not None]
        for (earlier, first), (later, second) in itertools.pairwise(placed):
            if second is not None and first is not None and second.line.start < first.line.start:
                line = second.line
                yield Hit(line.start, line.end, {"found": later.name, "expected": earlier.name})
                return


@dataclass(frozen=True)
class ContentOptions:
    """Validated options of ``section-content``."""

    section: ProfileSections
    none: re.Pattern[str]
    min_chars: int


class SectionContent:
    """Report a section whose body is empty or only says there is nothing."""

    name = "section-content"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> ContentOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"section", "none", "min_chars"})
        section = _profile_section(raw.get("section"))
        none = opt.regex(raw.get("none", r"(?:无|没有|暂无|无其他)[。.]?"), "options.none")
        min_chars = raw.get("min_chars", 10)
        if not isinstance(min_chars, int) or min_chars < 0:
            raise OptionError("options.min_chars", f"expected a whole number, got {min_chars!r}")
        return ContentOptions(section, none, min_chars)

    def check(self, doc: Document, options: ContentOptions) -> Iterator[Hit]:
        """One hit at the heading of an empty section."""
        headings = doc.top_headings
        chosen = options.section.get(doc.profile)
        heading = present(chosen[0], headings) if chosen else None
        if heading is None:
            return
        later = [h for h in headings if h.line.start > heading.line.start]
        end = later[0].line.start if later else len(doc.text)
        body = _BLANK.sub("", doc.text[heading.line.end : end])
        run_in = _run_in(heading)
        if len(run_in + body) < options.min_chars or options.none.fullmatch(run_in + body):
            line = heading.line
            found = body or run_in or "（空）"
            yield Hit(line.start, line.end, {"expected": chosen[0].name, "found": found})


def _run_in(heading: Heading) -> str:
    """The words run in after a heading's colon (六、存在的主要问题和改进措施：无。), or
    after a title its first sentence runs on from (六、……改进措施 个别部门……)."""
    text = heading.line.text
    at = text.find(heading.title) if heading.title else -1
    rest = text[at + len(heading.title) :] if at >= 0 else ""
    if rest:
        return _BLANK.sub("", rest.lstrip(" \t\u3000：:。.*"))
    parts = re.split(r"[：:]", text, maxsplit=1)
    return _BLANK.sub("", parts[1]) if len(parts) == 2 else ""


def _profile_section(value: Any) -> ProfileSections:
    if isinstance(value, dict) and value and set(value) <= set(PROFILES):
        return ProfileSections(
            {p: parse_sections({"sections": [v]}, f"options.section.{p}") for p, v in value.items()}
        )
    return ProfileSections({"*": parse_sections({"sections": [value]}, "options.section")})
