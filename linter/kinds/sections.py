"""``required-sections``: every listed section has a heading among the top headings.

Options:
  sections: list of {name, keywords, severity?}. ``keywords`` is a regular
  expression searched in heading titles with all spaces removed; one heading
  may fill several sections. A missing section is reported ({expected}) at the
  heading of the next section that is present, else at the end of the report.
  A mapping of profile to such a list gives each profile its own sections (a
  profile it does not name gets no check).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document, Heading
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import PROFILES, Hit, Severity
from discl_lint.text.regex_store import regex

# Spaces, and the invisible characters a conversion leaves (DL402 reports them).
_SPACE = regex(r"[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\u00ad]+")


@dataclass(frozen=True)
class Section:
    """One required section: its canonical name and heading keywords."""

    name: str
    keywords: re.Pattern[str]
    severity: Severity | None = None


def parse_sections(raw: Mapping[str, Any], key: str = "options.sections") -> tuple[Section, ...]:
    """Validate ``options.sections`` (shared with ``parts-count``)."""
    value = raw.get("sections")
    if not isinstance(value, list) or not value:
        raise OptionError(key, "expected a non-empty list of sections")
    return tuple(_section(item, f"{key}[{i}]") for i, item in enumerate(value))


@dataclass(frozen=True)
class ProfileSections:
    """Required sections per profile; ``*`` for a list that applies to every profile."""

    by_profile: Mapping[str, tuple[Section, ...]]

    def get(self, profile: str) -> tuple[Section, ...]:
        """The sections required of a report in ``profile`` (none if not named)."""
        return self.by_profile.get(profile, self.by_profile.get("*", ()))


def parse_profile_sections(raw: Mapping[str, Any]) -> ProfileSections:
    """``options.sections`` as one list, or as a mapping of profile to list."""
    value = raw.get("sections")
    if not isinstance(value, dict):
        return ProfileSections({"*": parse_sections(raw)})
    for profile in value:
        if profile not in PROFILES:
            raise OptionError(
                f"options.sections.{profile}", f"expected a profile ({', '.join(PROFILES)})"
            )
    return ProfileSections(
        {p: parse_sections({"sections": v}, f"options.sections.{p}") for p, v in value.items()}
    )


def _section(item: Any, key: str) -> Section:
    if not isinstance(item, dict):
        raise OptionError(key, f"expected a mapping with name and keywords, got {item!r}")
    opt.reject_unknown(item, {"name", "keywords", "severity"}, key)
    name = item.get("name")
    if not isinstance(name, str) or not name:
        raise OptionError(f"{key}.name", "expected the section's name")
    severity = item.get("severity")
    try:
        level = Severity.parse(severity) if severity is not None else None
    except (KeyError, AttributeError):
        raise OptionError(
            f"{key}.severity", f"expected error, warning or info, got {severity!r}"
        ) from None
    return Section(name, opt.regex(item.get("keywords"), f"{key}.keywords"), level)


def heading_text(heading: Heading) -> str:
    """A heading's title with every space removed (概　　述 → 概述)."""
    return _SPACE.sub("", heading.title)


def present(section: Section, headings: tuple[Heading, ...]) -> Heading | None:
    """The first heading that fills ``section``."""
    return next((h for h in headings if section.keywords.search(heading_text(h))), None)


@dataclass(frozen=True)
class SectionsOptions:
    """Validated options of ``required-sections``."""

    sections: ProfileSections


class RequiredSections:
    """Report each required section that no top-level heading fills."""

    name = "required-sections"
    placeholders = ("expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> SectionsOptions:
        """Validate the section list."""
        opt.reject_unknown(raw, {"sections"})
        return SectionsOptions(parse_profile_sections(raw))

    def check(self, doc: Document, options: SectionsOptions) -> Iterator[Hit]:
        """Yield one hit per missing section."""
        headings = doc.top_headings
        sections = options.sections.get(doc.profile)
        found = [present(s, headings) for s in sections]
        count = str(len(headings))
        for index, section in enumerate(sections):
            if found[index] is not None:
                continue
            later = next((h for h in found[index + 1 :] if h is not None), None)
            at = later.line.start if later else _end_of_text(doc)
            yield Hit(at, at, {"expected": section.name, "found": count}, section.severity)


def _end_of_text(doc: Document) -> int:
    last = next((line for line in reversed(doc.lines) if not line.blank), doc.lines[-1])
    return last.start
