"""``zero-claim``: a "none happened" statement contradicted by a positive count.

Options:
  topics: list of {name, claim, evidence, scope?, other?}. ``claim`` matches the zero
    statement (未接到…投诉, 投诉0条); ``evidence`` matches a count of the same
    thing and has a group ``count`` (收到各类投诉47条; where the count may stand
    before or after the noun, groups ``count`` and ``count_before``). ``scope`` is
    ``paragraph`` (default) or ``document``; ``other`` matches evidence of another
    thing of that name (受理学术不端举报3件 against "no 举报 about the disclosure
    work"), left out. The claim is reported when some evidence in scope has a count
    above zero.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit
from discl_lint.text.numerals import number_value


@dataclass(frozen=True)
class Topic:
    """One thing that cannot be both absent and counted."""

    name: str
    claim: re.Pattern[str]
    evidence: re.Pattern[str]
    scope: str
    other: re.Pattern[str] | None = None


@dataclass(frozen=True)
class ZeroClaimOptions:
    """Validated options of ``zero-claim``."""

    topics: tuple[Topic, ...]


def _topic(item: Any, key: str) -> Topic:
    if not isinstance(item, dict):
        raise OptionError(key, "expected a mapping with name, claim and evidence")
    opt.reject_unknown(item, {"name", "claim", "evidence", "scope", "other"}, key)
    evidence = opt.regex(item.get("evidence"), f"{key}.evidence")
    if "count" not in evidence.groupindex:
        raise OptionError(f"{key}.evidence", "needs a named group (?P<count>…)")
    if set(evidence.groupindex) - {"count", "count_before"}:
        raise OptionError(f"{key}.evidence", "names groups other than count and count_before")
    scope = opt.choice(item, "scope", ("paragraph", "document"), "paragraph")
    other = opt.regex(item["other"], f"{key}.other") if "other" in item else None
    claim = opt.regex(item.get("claim"), f"{key}.claim")
    return Topic(str(item.get("name", "")), claim, evidence, scope, other)


class ZeroClaim:
    """Report zero claims that a positive count in the report contradicts."""

    name = "zero-claim"
    placeholders = ("claim", "evidence", "topic")

    def parse_options(self, raw: Mapping[str, Any]) -> ZeroClaimOptions:
        """Validate the topics."""
        opt.reject_unknown(raw, {"topics"})
        topics = raw.get("topics")
        if not isinstance(topics, list) or not topics:
            raise OptionError("options.topics", "expected a non-empty list of topics")
        return ZeroClaimOptions(
            tuple(_topic(t, f"options.topics[{i}]") for i, t in enumerate(topics))
        )

    def check(self, doc: Document, options: ZeroClaimOptions) -> Iterator[Hit]:
        """One hit per contradicted claim; each pattern scans the text once."""
        starts = [p.start for p in doc.paragraphs]
        for topic in options.topics:
            scope = _scope_of(starts) if topic.scope == "paragraph" else lambda _offset: 0
            evidence: dict[int, str] = {}
            for match in topic.evidence.finditer(doc.text):
                if topic.other is not None and topic.other.search(match.group(0)):
                    continue
                if (number_value(_count(match)) or 0) > 0:
                    evidence.setdefault(scope(match.start()), match.group(0))
            for claim in topic.claim.finditer(doc.text):
                found = evidence.get(scope(claim.start()))
                if found is not None:
                    args = {"claim": claim.group(0), "evidence": found, "topic": topic.name}
                    yield Hit(claim.start(), claim.end(), args)


def _count(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return groups["count"] or groups.get("count_before") or ""


def _scope_of(starts: list[int]) -> Callable[[int], int]:
    return lambda offset: bisect.bisect_right(starts, offset)
