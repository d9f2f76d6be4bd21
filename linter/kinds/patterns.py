"""Pattern kinds: text that must not appear, and text that must.

Patterns are compiled with ``re.MULTILINE``: ``^`` and ``$`` match at line ends.

``forbidden-pattern`` options:
  patterns: list of regular expressions; each match is a finding ({found}). A
    pattern with a group named ``span`` reports (and fixes) only that group.
  ignore_case: bool (default false).
  skip_within: regular expressions whose matches shelter text (URLs, e-mail).
  per_paragraph: report only the first match of each paragraph; its fix then
    repairs every match of that paragraph (default false).
  habit: with per_paragraph, a number of paragraphs: when matches stand in at
    least that many paragraphs, the document has a habit — one finding for the
    document, its fix repairs every match (default: none). {count} is the
    number of matches, {where} the scope in Chinese (本段/全文), {scope} in
    English (paragraph/document).
  replace: the text a fix puts in place of the match (default: remove it).
  in_chrome: also search page chrome and tables, the text as read (default
    false: they are blanked out; artifact checks want them).
  skip_lookalikes: shelter codes set off by spaces (URLs, e-mail addresses,
    telephone numbers, times), the space between joint issuers and the lost
    line ends of a page saved on one line (default false).
  converted_patterns: patterns searched only in a document whose punctuation
    was converted to ASCII wholesale (default none).
  outside_tables: skip matches inside the document's tables, where spaces and
    line breaks are layout (default false).

``required-pattern`` options:
  patterns: list of regular expressions; a finding when none matches.
  within: ``document`` (default) or ``preamble`` (text before the first section).
  several_of, several: a list of regular expressions and a number: the text also
    passes when at least that many of them match (a walk through a list's items).
  in_chrome: search tables and page chrome too, the text as read (default false).
  blank: also report a blank text (default false: only the empty-report rule
    speaks of a blank report). The finding stands where the searched text
    starts, past any page chrome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.kinds.habits import grouped
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Edit, Hit
from discl_lint.text.regex import LazyRegex
from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Spans


@dataclass(frozen=True)
class ForbiddenOptions:
    """Validated options of ``forbidden-pattern``."""

    patterns: tuple[LazyRegex, ...]
    skip_within: tuple[LazyRegex, ...]
    per_paragraph: bool
    replace: str
    in_chrome: bool = False
    skip_lookalikes: bool = False
    converted_patterns: tuple[LazyRegex, ...] = ()
    habit: int = 0
    outside_tables: bool = False


class ForbiddenPattern:
    """Report every match of any pattern outside sheltered spans."""

    name = "forbidden-pattern"
    placeholders = ("found", "count", "where", "scope")

    def parse_options(self, raw: Mapping[str, Any]) -> ForbiddenOptions:
        """Validate and compile the options."""
        known = {"patterns", "ignore_case", "skip_within", "per_paragraph", "replace"}
        known |= {"in_chrome", "skip_lookalikes", "converted_patterns", "habit", "outside_tables"}
        opt.reject_unknown(raw, known)
        flags = re.MULTILINE | (re.IGNORECASE if opt.boolean(raw, "ignore_case", False) else 0)
        replace = raw.get("replace", "")
        if not isinstance(replace, str):
            raise OptionError("options.replace", f"expected text, got {replace!r}")
        habit = raw.get("habit", 0)
        if not isinstance(habit, int) or isinstance(habit, bool) or habit < 0:
            raise OptionError("options.habit", f"expected a number of paragraphs, got {habit!r}")
        return ForbiddenOptions(
            opt.lazy_regex_list(raw, "patterns", flags),
            opt.lazy_regex_list(raw, "skip_within", re.MULTILINE, required=False),
            opt.boolean(raw, "per_paragraph", False),
            replace,
            opt.boolean(raw, "in_chrome", False),
            opt.boolean(raw, "skip_lookalikes", False),
            opt.lazy_regex_list(raw, "converted_patterns", flags, required=False),
            habit,
            opt.boolean(raw, "outside_tables", False),
        )

    def check(self, doc: Document, options: ForbiddenOptions) -> Iterator[Hit]:
        """Yield one hit per match (or per paragraph, or one for a habit)."""
        text = doc.source_text if options.in_chrome else doc.text
        chars = doc.source_characters if options.in_chrome else doc.characters
        spans = _outermost(_spans(doc, text, chars, options))
        if options.outside_tables and doc.tables:
            spans = [span for span in spans if not doc.in_table(span[0])]
        if not options.per_paragraph:
            for start, end in spans:
                yield _hit(text, [(start, end)], options.replace)
            return
        groups, whole = grouped(doc, spans, options.habit)
        for group in groups:
            yield _hit(text, group, options.replace, "全文" if whole else "本段")


def _outermost(found: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, each dropped that lies inside another (_Toc123456 inside
    [bookmark: _Toc123456] is the same leftover, matched by a second pattern)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda span: (span[0], -span[1])):
        if kept and kept[-1][0] <= start and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _patterns(doc: Document, options: ForbiddenOptions) -> tuple[LazyRegex, ...]:
    if options.converted_patterns:
        from discl_lint.page.punctuation import punctuation_of

        if punctuation_of(doc).converted:
            return options.patterns + options.converted_patterns
    return options.patterns


def _shelters(
    doc: Document, text: str, chars: frozenset[str], options: ForbiddenOptions
) -> list[Spans]:
    skip = options.skip_within
    shelters = [Spans(m.span() for p in skip for m in p.finditer(text, chars))]
    if not options.in_chrome:
        from discl_lint.page.layout import page_of

        shelters.append(page_of(doc).masked_spans)
    if options.skip_lookalikes:
        from discl_lint.page.lookalikes import lookalike_spans

        shelters.append(lookalike_spans(doc))
    return shelters


def _spans(
    doc: Document, text: str, chars: frozenset[str], options: ForbiddenOptions
) -> Iterator[tuple[int, int]]:
    shelters: list[Spans] | None = None
    for pattern in _patterns(doc, options):
        group = "span" if "span" in pattern.groupindex else 0
        for match in pattern.finditer(text, chars):
            start, end = match.span(group)
            if end <= start:
                continue
            if shelters is None:  # only a candidate makes the shelters worth finding
                shelters = _shelters(doc, text, chars, options)
            if not any(s.covers(start) for s in shelters):
                yield start, end


def _hit(text: str, spans: list[tuple[int, int]], replace: str, where: str = "本段") -> Hit:
    start, end = spans[0]
    edits = tuple(Edit(a, b, replace) for a, b in spans)
    scope = "document" if where == "全文" else "paragraph"
    args = {"found": _shown(text[start:end]), "count": str(len(spans)), "where": where}
    return Hit(start, end, {**args, "scope": scope}, edits=edits)


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
    several_of: tuple[re.Pattern[str], ...] = ()
    several: int = 0
    blank: bool = False
    in_chrome: bool = False


class RequiredPattern:
    """Report once when no pattern matches."""

    name = "required-pattern"
    placeholders = ("expected",)
    checks_blank = True  # a blank report lacks every required pattern

    def parse_options(self, raw: Mapping[str, Any]) -> RequiredOptions:
        """Validate and compile the options."""
        known = {"patterns", "within", "several_of", "several", "blank", "in_chrome"}
        opt.reject_unknown(raw, known)
        within = opt.choice(raw, "within", ("document", "preamble"), "document")
        several_of = opt.regex_list(raw, "several_of", required=False)
        several = raw.get("several", 0 if not several_of else None)
        whole = isinstance(several, int) and not isinstance(several, bool)
        if (several_of or "several" in raw) and not (whole and 0 < several <= len(several_of)):
            raise OptionError(
                "options.several", f"expected a number from 1 to {len(several_of)}, got {several!r}"
            )
        patterns = opt.regex_list(raw, "patterns")
        blank, in_chrome = opt.boolean(raw, "blank", False), opt.boolean(raw, "in_chrome", False)
        return RequiredOptions(patterns, within, several_of, several, blank, in_chrome)

    def check(self, doc: Document, options: RequiredOptions) -> Iterator[Hit]:
        """Yield a hit at the start of the searched text when nothing matches."""
        end = len(doc.text) if options.within == "document" else doc.preamble_end
        first = _VISIBLE.search(doc.text, 0, end)  # the masked chrome above is blank
        start = first.start() if first else end
        text = (doc.source_text if options.in_chrome else doc.text)[:end]
        if start == end:
            if not options.blank:
                return
            start = 0
        if _found(text, options):
            return
        if "\n" in text and _found(_WRAP.sub("", text), options):
            return  # the words wrapped over two lines of a PDF transcript
        yield Hit(start, start, {"expected": options.patterns[0].pattern, "anchor": "document"})


_VISIBLE = regex(r"\S")
# A line break inside running words (neither side a space or a sentence's end).
_WRAP = regex(r"(?<=[^\s。！？；])[ \t]*\n[ \t]*(?=\S)")


def _found(text: str, options: RequiredOptions) -> bool:
    if any(p.search(text) for p in options.patterns):
        return True
    return bool(options.several_of) and _matching(options.several_of, text) >= options.several


def _matching(patterns: tuple[re.Pattern[str], ...], text: str) -> int:
    return sum(1 for p in patterns if p.search(text))
