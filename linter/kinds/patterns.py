"""Pattern kinds: text that must not appear, and text that must.

Patterns are compiled with ``re.MULTILINE``: ``^`` and ``$`` match at line ends.

``forbidden-pattern`` options:
  patterns: list of regular expressions; each match is a finding ({found}). A
    pattern with a group named ``span`` reports (and fixes) only that group.
  ignore_case: bool (default false).
  skip_within: regular expressions whose matches shelter text (URLs, e-mail).
  per_paragraph: report only the first match of each paragraph; its fix then
    repairs every match of that paragraph (default false).
  replace: the text a fix puts in place of the match (default: remove it).
  outside_tables: skip matches inside the document's tables, where spaces and
    line breaks are layout (default false).

``required-pattern`` options:
  patterns: list of regular expressions; a finding when none matches.
  within: ``document`` (default) or ``preamble`` (text before the first section).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Edit, Hit
from discl_lint.text.regex import LazyRegex
from discl_lint.text.spans import Spans


@dataclass(frozen=True)
class ForbiddenOptions:
    """Validated options of ``forbidden-pattern``."""

    patterns: tuple[LazyRegex, ...]
    skip_within: tuple[LazyRegex, ...]
    per_paragraph: bool
    replace: str
    outside_tables: bool = False


class ForbiddenPattern:
    """Report every match of any pattern outside sheltered spans."""

    name = "forbidden-pattern"
    placeholders = ("found",)

    def parse_options(self, raw: Mapping[str, Any]) -> ForbiddenOptions:
        """Validate and compile the options."""
        known = {
            "patterns",
            "ignore_case",
            "skip_within",
            "per_paragraph",
            "replace",
            "outside_tables",
        }
        opt.reject_unknown(raw, known)
        flags = re.MULTILINE | (re.IGNORECASE if opt.boolean(raw, "ignore_case", False) else 0)
        replace = raw.get("replace", "")
        if not isinstance(replace, str):
            raise OptionError("options.replace", f"expected text, got {replace!r}")
        return ForbiddenOptions(
            opt.lazy_regex_list(raw, "patterns", flags),
            opt.lazy_regex_list(raw, "skip_within", re.MULTILINE, required=False),
            opt.boolean(raw, "per_paragraph", False),
            replace,
            opt.boolean(raw, "outside_tables", False),
        )

    def check(self, doc: Document, options: ForbiddenOptions) -> Iterator[Hit]:
        """Yield one hit per match (or per paragraph)."""
        spans = sorted(set(_spans(doc.text, doc.characters, options)))
        if options.outside_tables and doc.tables:
            spans = [span for span in spans if not doc.in_table(span[0])]
        if not options.per_paragraph:
            for start, end in spans:
                yield _hit(doc.text, [(start, end)], options.replace)
            return
        starts = [p.start for p in doc.paragraphs]
        groups: dict[int, list[tuple[int, int]]] = {}
        for span in spans:
            groups.setdefault(bisect.bisect_right(starts, span[0]), []).append(span)
        for group in groups.values():
            yield _hit(doc.text, group, options.replace)


def _spans(
    text: str, chars: frozenset[str], options: ForbiddenOptions
) -> Iterator[tuple[int, int]]:
    sheltered: Spans | None = None
    for pattern in options.patterns:
        group = "span" if "span" in pattern.groupindex else 0
        for match in pattern.finditer(text, chars):
            start, end = match.span(group)
            if end <= start:
                continue
            if sheltered is None:  # only a candidate makes the shelters worth finding
                shelters = options.skip_within
                sheltered = Spans(m.span() for p in shelters for m in p.finditer(text, chars))
            if not sheltered.covers(start):
                yield start, end


def _hit(text: str, spans: list[tuple[int, int]], replace: str) -> Hit:
    start, end = spans[0]
    edits = tuple(Edit(a, b, replace) for a, b in spans)
    return Hit(start, end, {"found": _shown(text[start:end])}, edits=edits)


def _shown(text: str) -> str:
    blank = not text.strip()
    visible = "".join(_visible(ch, blank) for ch in text)
    return visible if len(visible) <= 40 else visible[:39] + "…"


def _visible(ch: str, blank: bool) -> str:
    if ch.isprintable() and not (blank and ch.isspace()):
        return ch
    return "␣" if ch == " " else f"U+{ord(ch):04X}"


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
