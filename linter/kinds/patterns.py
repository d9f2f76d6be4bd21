"""Pattern kinds: text that must not appear, and text that must.

``forbidden-pattern`` options:
  patterns: list of regular expressions; each match is a finding ({found}).
  ignore_case: bool (default false).
  skip_within: regular expressions whose matches shelter text (URLs, e-mail).

``required-pattern`` options:
  patterns: list of regular expressions; a finding when none matches.
  within: ``document`` (default) or ``preamble`` (text before the first section).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document import Document
from discl_lint.kinds import options as opt
from discl_lint.model import Hit


@dataclass(frozen=True)
class ForbiddenOptions:
    """Validated options of ``forbidden-pattern``."""

    patterns: tuple[re.Pattern[str], ...]
    skip_within: tuple[re.Pattern[str], ...]


class ForbiddenPattern:
    """Report every match of any pattern outside sheltered spans."""

    name = "forbidden-pattern"
    placeholders = ("found",)

    def parse_options(self, raw: Mapping[str, Any]) -> ForbiddenOptions:
        """Validate and compile the options."""
        opt.reject_unknown(raw, {"patterns", "ignore_case", "skip_within"})
        flags = re.IGNORECASE if opt.boolean(raw, "ignore_case", False) else 0
        return ForbiddenOptions(
            opt.regex_list(raw, "patterns", flags),
            opt.regex_list(raw, "skip_within", required=False),
        )

    def check(self, doc: Document, options: ForbiddenOptions) -> Iterator[Hit]:
        """Yield one hit per match."""
        sheltered = [m.span() for p in options.skip_within for m in p.finditer(doc.text)]
        for pattern in options.patterns:
            for match in pattern.finditer(doc.text):
                start, end = match.span()
                if end > start and not any(a <= start < b for a, b in sheltered):
                    yield Hit(start, end, {"found": _shown(match.group(0))})


def _shown(text: str) -> str:
    visible = "".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in text)
    return visible if len(visible) <= 40 else visible[:39] + "…"


@dataclass(frozen=True)
class RequiredOptions:
    """Validated options of ``required-pattern``."""

    patterns: tuple[re.Pattern[str], ...]
    within: str


class RequiredPattern:
    """Report once when no pattern matches."""

    name = "required-pattern"
    placeholders = ("expected",)

    def parse_options(self, raw: Mapping[str, Any]) -> RequiredOptions:
        """Validate and compile the options."""
        opt.reject_unknown(raw, {"patterns", "within"})
        within = opt.choice(raw, "within", ("document", "preamble"), "document")
        return RequiredOptions(opt.regex_list(raw, "patterns"), within)

    def check(self, doc: Document, options: RequiredOptions) -> Iterator[Hit]:
        """Yield a hit at the start of the searched text when nothing matches."""
        text = doc.text if options.within == "document" else doc.text[: doc.preamble_end]
        if not any(p.search(text) for p in options.patterns):
            yield Hit(0, 0, {"expected": options.patterns[0].pattern})
